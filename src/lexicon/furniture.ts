// Sentences inside body paragraphs that are page furniture, not story: wire credits, calls to
// action, corrections. A summary sentence must never be one of these.
//
//   "Reporting by Andrei Makhovsky; Editing by Alex Richardson"   → furniture
//   "Click here to read more."                                    → furniture

export interface FurniturePattern {
  re: RegExp;
  reason: string;
}

export const FURNITURE: FurniturePattern[] = [
  { re: /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|translated)\s+by\b/i, reason: 'wire credit line' },
  { re: /^(?:click|tap)\s+here\b/i, reason: 'link prompt' },
  { re: /^(?:follow|like)\s+(?:us|him|her|them)\s+on\b/i, reason: 'social media prompt' },
  { re: /^(?:subscribe|sign\s+up)\b/i, reason: 'newsletter prompt' },
  { re: /^(?:read|see|watch)\s+(?:more|also)\b/i, reason: 'related-content prompt' },
  { re: /^(?:correction|clarification|editor'?s\s+note)\s*:/i, reason: 'correction note' },
  { re: /^(?:copyright|©|\(c\))\s/i, reason: 'copyright notice' },
  { re: /^(?:photo|image|picture|video)\s*(?:credit)?\s*:/i, reason: 'media credit' },
  { re: /^(?:all\s+rights\s+reserved)\b/i, reason: 'copyright notice' },
];

export function isFurniture(sentence: string): boolean {
  const s = sentence.trim();
  return FURNITURE.some((f) => f.re.test(s));
}
