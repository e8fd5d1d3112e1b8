// The marks a news agency puts around a wire story: a sign-off after its last sentence and a
// dateline before its first. They are not prose: no quote, summary sentence or entity comes from
// them ("REUTER" is no person). The article reader cuts them out of the body and keeps the agency.
//
//   ... the ministry said it would reply next week. REUTER   → body ends at "week."; agency "Reuters"
//   ... the ministry said it would reply next week.\n\nAP    → the last line goes; agency "AP"
//   OTTAWA (AP) — The minister said ...                      → body starts at "The minister"; agency "AP"
//   MIRAMICHI, N.B. — Justin Trudeau is warning ...          → body starts at "Justin Trudeau"

export interface WireAgency {
  /** How the agency signs off or credits itself in a dateline, as a regular-expression source. */
  mark: string;
  /** The agency's name for `meta.agency`. */
  agency: string;
  reason: string;
}

export const WIRE_AGENCIES: WireAgency[] = [
  { mark: 'REUTERS?|Reuters?', agency: 'Reuters', reason: 'Reuters: "REUTER" closes every story of the Reuters-21578 collection; "Reuters" in later copy' },
  { mark: 'AP|The Associated Press|Associated Press', agency: 'AP', reason: 'Associated Press: "WASHINGTON (AP) —" datelines and "AP" sign-offs' },
  { mark: 'AFP|Agence France-Presse', agency: 'AFP', reason: 'Agence France-Presse' },
  { mark: 'UPI', agency: 'UPI', reason: 'United Press International' },
  { mark: 'dpa|DPA', agency: 'dpa', reason: 'Deutsche Presse-Agentur' },
  { mark: 'PTI|IANS|ANI', agency: '', reason: 'Indian wires (Press Trust of India, IANS, ANI): the agency is the mark itself' },
  { mark: 'Xinhua|TASS|Kyodo|Yonhap|ANSA|EFE|Bernama|CP', agency: '', reason: 'other national wires and The Canadian Press (CP): the agency is the mark itself' },
];

const ALTERNATION = WIRE_AGENCIES.map((a) => a.mark).join('|');

/**
 * Marks no prose writes, so they close a story even after a table row with no stop: "REUTER" in
 * capitals ("... 90-120 days unquoted REUTER"). Prose says "told Reuters", "a Reuter survey".
 */
const SIGNOFF_ONLY = 'REUTER';

/**
 * A sign-off: the agency's mark after the story's last sentence (sentence-final stop, maybe a closing
 * quote), alone or on a line of its own, maybe bracketed or dashed ("-- Reuters", "(AP)") and
 * trailed by dots ("REUTER...") and, in some Reuters-21578 files, a carriage return written out as the
 * two characters "^M". "... he told Reuters." is prose: no stop comes before the mark.
 * Group 1 (or 2, for a SIGNOFF_ONLY mark): the mark; the match begins after the sentence's stop.
 */
export const SIGNOFF = new RegExp(
  `(?:(?:^|(?<=[.!?…]["'”’»)\\]]*))\\s*((?:[-–—]{1,2}\\s*)?\\(?(?:${ALTERNATION})\\)?)|\\s+(${SIGNOFF_ONLY}))(?:\\.{0,3}|…)(?:\\^M)?\\s*$`, 'u');

/**
 * A place written as wire desks write it: "WASHINGTON", "NEW YORK", "MIRAMICHI, N.B.", "SAN JUAN, Puerto
 * Rico", or two of them for a story filed from both: "JERUSALEM/GAZA".
 */
const CAPS_PLACE = `[\\p{Lu}][\\p{Lu}.'’-]+(?:[ /][\\p{Lu}][\\p{Lu}.'’-]+){0,3}(?:, (?:[\\p{Lu}][\\p{L}.]*\\.?)(?: [\\p{Lu}][\\p{L}.]*){0,2})?`;
/** A place in ordinary case, only before an agency's credit: "Washington (Reuters) -". */
const CASED_PLACE = `[\\p{Lu}][\\p{L}.'’-]+(?:[ /][\\p{Lu}][\\p{L}.'’-]+){0,3}(?:, [\\p{Lu}][\\p{L}.]+)?`;
/** "March 26" after the place, as older wire copy dates its datelines; AFP's carries the year ("HANOI, Oct 14, 2025 (AFP) -"). */
const DAY = `(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, \\d{4})?)?`;
const DASH = `\\s*(?:--|[-–—])\\s+`;

/**
 * A dateline opening the first paragraph: the place in capitals, maybe a day, maybe the agency in
 * brackets, then a dash. Group 1: the agency's mark, when given.
 */
export const DATELINE = new RegExp(
  `^(?:${CAPS_PLACE}${DAY}(?:\\s*\\((${ALTERNATION})\\))?|${CASED_PLACE}${DAY}\\s*\\((${ALTERNATION})\\))${DASH}(?=[\\p{Lu}"“‘'0-9])`, 'u');

const WHOLE_MARK = new RegExp(`^(?:${ALTERNATION}|Reuters News|Associated Press|Press Trust of India)$`, 'u');
/** Is a name a news agency's ("AFP", "Reuters", "The Associated Press")? */
export const isWireAgency = (name: string): boolean => WHOLE_MARK.test(name.replace(/^the /i, ''));

/** The agency a mark names: "REUTER" → "Reuters", "(AP)" → "AP", "Xinhua" → "Xinhua". */
export function agencyOf(mark: string): string {
  const bare = mark.replace(/^[-–—\s(]+|[)\s.…]+$/g, '');
  for (const a of WIRE_AGENCIES) {
    if (new RegExp(`^(?:${a.mark})$`, 'u').test(bare)) return a.agency || bare;
  }
  return bare;
}
