// Labelled sets other than CoNLL-2003, each with its own conventions, turned into training documents
// that teach the tagger CoNLL-2003's conventions and nothing a set does not annotate.
//
//   GMB:  "President/B-per Mahmoud/I-per Ahmadinejad/I-per"  -> O B-PER L-PER (titles cut off)
//         "Iraqi/B-gpe"                                      -> LOC or MISC, whichever the tagger prefers
//   UNER: "American/O forces/O"                              -> "American" may be O or MISC: UNER has no MISC,
//                                                              so its O is no evidence that a nationality is O
//
// Partial labels (Tsuboi et al. 2008; the latent structured perceptron): where the data allows several
// labels, training takes as gold the best-scoring sequence among those allowed, so a set without MISC
// never pushes MISC scores down.

import type { ConllDocument } from './conll.js';
import { makeLabel, spansToLabels, TYPES, type LabelSpan, type NerType } from './labels.js';
import { isTitleWord } from '../lexicon/honorifics.js';

/** One training document: its sentences (tokens) and their labels, read from a labelled set. */
export interface LabelledDocument {
  sentences: string[][];
  /** The gold labels; where `allowed` is set, one reading of them (used for the gazetteer). */
  labels: Int32Array[];
  /**
   * Partial labels: per sentence, per token, a bit mask of the labels the data allows (bit l = label l),
   * or null when `labels` is the only answer. A set without MISC lets its O tokens be MISC too.
   */
  allowed?: (Int32Array | null)[];
  /** How much one update on this document counts (default 1). */
  weight?: number;
}

/** One labelled file and how to read its labels. */
export interface TrainSource {
  file: string;
  /**
   * The file's entity types (upper-case) -> CoNLL types: "LOC", "LOC|MISC" (either; the tagger picks),
   * or "O" (not a name: GMB's dates). Types not listed keep their name when it is a CoNLL type, else O.
   */
  types?: Record<string, string>;
  /** CoNLL types the set never annotates: its O tokens may belong to them (partial labels). */
  unannotated?: NerType[];
  /** The set puts titles inside person spans ("President Mahmoud Ahmadinejad"): cut them off. */
  titlesInPerson?: boolean;
  /** Keep only documents whose id starts with one of these ("GUM_news_"). */
  docPrefixes?: string[];
  /** Weight of each update from this set (default 1): below 1 for silver or off-genre data. */
  weight?: number;
  /** Why this set is used, its licence: for the model card (not read by training). */
  note?: string;
}

const ALL_PARTS = (type: number): number => {
  let m = 0;
  for (let part = 0; part < 4; part++) m |= 1 << makeLabel(type, part);
  return m;
};

interface RawSpan {
  start: number;
  end: number;
  types: number[]; // allowed CoNLL type indexes; never empty
}

/** IOB1/IOB2 tags -> spans with their raw type names, conlleval-style. */
function rawSpans(tags: string[]): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  let cur: { start: number; end: number; type: string } | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' || tag.length < 3 ? '' : tag.slice(2).toUpperCase();
    if (!type || tag.startsWith('B-') || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = type ? { start: i, end: i + 1, type } : null;
    } else cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}


/**
 * Where a person's name starts inside a span that holds its titles: after the last title word, and
 * past lower-case words ("U.S. President George Bush" -> "George Bush"; "Mr. Bush" -> "Bush";
 * "Secretary of State Anna Berg" -> "Anna Berg").
 */
export function nameStart(words: string[], start: number, end: number): number {
  let s = start;
  for (let k = end - 2; k >= start; k--)
    if (isTitleWord(words[k])) {
      s = k + 1;
      break;
    }
  // "Secretary of State Anna Berg": a title's complement after a lower-case word goes with it
  if (s > start && s < end - 2 && !/^\p{Lu}/u.test(words[s])) s += 2;
  while (s < end - 1 && !/^\p{Lu}/u.test(words[s])) s++;
  return s;
}

/** The allowed-label masks and one reading of the labels for a sentence of a source. */
export function labelMasks(src: TrainSource, words: string[], tags: string[]): { labels: Int32Array; allowed: Int32Array | null } {
  const n = words.length;
  const spans: RawSpan[] = [];
  const definiteO = new Uint8Array(n); // spans the set types as non-names (GMB's dates): O, never MISC
  for (const r of rawSpans(tags)) {
    const mapped = (src.types?.[r.type] ?? r.type).split('|');
    const types = mapped.map((t) => TYPES.indexOf(t as NerType)).filter((t) => t >= 0);
    if (!types.length) {
      definiteO.fill(1, r.start, r.end);
      continue;
    }
    let start = r.start;
    if (src.titlesInPerson && types.length === 1 && TYPES[types[0]] === 'PER') start = nameStart(words, r.start, r.end);
    spans.push({ start, end: r.end, types });
  }
  const labels = spansToLabels(n, spans.map((s): LabelSpan => ({ start: s.start, end: s.end, type: s.types[0] })));
  const open = (src.unannotated ?? []).map((t) => TYPES.indexOf(t));
  if (!open.length && spans.every((s) => s.types.length === 1)) return { labels, allowed: null };
  const allowed = new Int32Array(n);
  // an O token may be a name of an unannotated type if it has a capital ("Iraqi", "Olympics"); a
  // lower-case word only inside one ("Treaty of Versailles"): names of any type start and end capitalised
  let capMask = 1;
  let lowerMask = 1;
  for (const t of open) {
    capMask |= ALL_PARTS(t);
    lowerMask |= 1 << makeLabel(t, 1);
  }
  for (let i = 0; i < n; i++)
    allowed[i] = labels[i] !== 0 ? 1 << labels[i] : definiteO[i] ? 1 : /\p{Lu}/u.test(words[i]) ? capMask : lowerMask;
  for (const s of spans) {
    if (s.types.length === 1) continue;
    for (let i = s.start; i < s.end; i++) {
      const part = s.end - s.start === 1 ? 3 : i === s.start ? 0 : i === s.end - 1 ? 2 : 1;
      allowed[i] = 0;
      for (const t of s.types) allowed[i] |= 1 << makeLabel(t, part);
    }
  }
  return { labels, allowed };
}

/** The documents of one source, mapped and masked, with its weight. */
export function sourceDocuments(src: TrainSource, docs: ConllDocument[]): LabelledDocument[] {
  const keep = src.docPrefixes ? docs.filter((d) => src.docPrefixes!.some((p) => d.id?.startsWith(p))) : docs;
  return keep.map((d) => {
    const read = d.sentences.map((words, i) => labelMasks(src, words, d.tags[i]));
    const doc: LabelledDocument = { sentences: d.sentences, labels: read.map((r) => r.labels) };
    if (read.some((r) => r.allowed)) doc.allowed = read.map((r) => r.allowed);
    if (src.weight !== undefined && src.weight !== 1) doc.weight = src.weight;
    return doc;
  });
}


