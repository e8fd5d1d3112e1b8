// BILOU labels over the four CoNLL types, the transitions that may follow each other, and the
// conversions between labels and spans.
//
//   "President Vladimir Putin said" -> O B-PER L-PER O
//   spans [{start: 1, end: 3, type: 'PER'}]

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof TYPES)[number];

/** Label index: 0 is O; then for type t: B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t. */
export const NUM_LABELS = 1 + 4 * TYPES.length;
export const O = 0;
const PARTS = ['B', 'I', 'L', 'U'] as const;

export const LABEL_NAMES: string[] = ['O', ...TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];

export const labelType = (label: number): number => (label === 0 ? -1 : (label - 1) >> 2);
/** 0 B, 1 I, 2 L, 3 U. */
export const labelPart = (label: number): number => (label - 1) & 3;
export const makeLabel = (type: number, part: number): number => 1 + type * 4 + part;

/** True when `cur` may follow `prev` (prev = -1 at the sentence start). */
export function allowed(prev: number, cur: number): boolean {
  const open = prev > 0 && labelPart(prev) <= 1; // after B or I an entity is still open
  if (open) return cur > 0 && labelType(cur) === labelType(prev) && (labelPart(cur) === 1 || labelPart(cur) === 2);
  return cur === 0 || labelPart(cur) === 0 || labelPart(cur) === 3;
}

/** True when a sentence may end after `label`. */
export const canEnd = (label: number): boolean => label === 0 || labelPart(label) >= 2;

export interface LabelSpan {
  start: number; // token index
  end: number; // exclusive
  type: number; // index into TYPES
}

/** BILOU label indexes -> token spans (a well-formed sequence is assumed, as Viterbi guarantees). */
export function labelsToSpans(labels: ArrayLike<number>): LabelSpan[] {
  const out: LabelSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === 0) {
      start = -1;
      continue;
    }
    const part = labelPart(l);
    if (part === 3) out.push({ start: i, end: i + 1, type: labelType(l) });
    else if (part === 0) start = i;
    else if (part === 2 && start >= 0) {
      out.push({ start, end: i + 1, type: labelType(l) });
      start = -1;
    }
  }
  return out;
}

/** Token spans -> BILOU label indexes. */
export function spansToLabels(n: number, spans: LabelSpan[]): Int32Array {
  const out = new Int32Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = makeLabel(s.type, 3);
    else {
      out[s.start] = makeLabel(s.type, 0);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = makeLabel(s.type, 1);
      out[s.end - 1] = makeLabel(s.type, 2);
    }
  }
  return out;
}

/** IOB1 or IOB2 tags ("I-PER", "B-LOC", "O") -> token spans, conlleval-style. */
export function iobToSpans(tags: string[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  let cur: LabelSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? -1 : TYPES.indexOf(tag.slice(2).toUpperCase() as NerType);
    const b = tag.startsWith('B-');
    if (type < 0 || b || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = type < 0 ? null : { start: i, end: i + 1, type };
    } else cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}
