// What news writing tells a summariser beyond word overlap, each cue a number in [0, 1] per
// candidate sentence:
//  - lead: the inverted pyramid puts who/what/when first ("European leaders urged Putin ..." is body
//    sentence 0 and scores 1; sentence 4 scores 1/√5);
//  - title: sharing the headline's rare words ("Putin", "Belarus", "talks") marks the story's core;
//  - entities: naming the article's most-mentioned people, organisations and places;
//  - quotes: carrying a quotation from one of the article's key people.
// And one multiplier in (0, 1]: sentences that open by pointing back ("She also denied ...",
// "But it is unclear ...") read worse out of context than ones that stand alone.
import type { Entity, Quote, Sentence } from '../types.js';
import type { Vectors } from './vectors.js';
import { firstIndex } from '../util/search.js';

/** Body position 0, 1, 2, ... → 1, 0.71, 0.58, ...: gently decaying, never zero. */
export function leadCue(position: number): number {
  return 1 / Math.sqrt(1 + position);
}

/** Similarity of vector `sentence` to vector `title` (-1: no headline, which gives 0). */
export function titleCue(vectors: Vectors, sentence: number, title: number): number {
  return title >= 0 && vectors.size(title) ? vectors.cosine(sentence, title) : 0;
}

/** How many of the most-mentioned entities define "the main entities" of an article. */
export const MAIN_ENTITIES = 3;

/**
 * Share of the main entities' weight a sentence names. The MAIN_ENTITIES entities with the most
 * mentions each weigh their mention count; a sentence scores the weight of those it names over their
 * total. Lukashenko 14, Belarus 9, Putin 7: "Putin and Lukashenko had also spoken" → 21/30 = 0.7.
 */
export function entityCues(sentenceCount: number, entities: readonly Entity[]): number[] {
  const cue = new Array<number>(sentenceCount).fill(0);
  const main = [...entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, MAIN_ENTITIES);
  const total = main.reduce((s, e) => s + e.mentions.length, 0);
  if (!total) return cue;
  for (const e of main) {
    const seen = new Set<number>();
    for (const m of e.mentions) seen.add(m.sentence);
    for (const s of seen) if (s >= 0 && s < sentenceCount) cue[s] += e.mentions.length / total;
  }
  return cue;
}

/** Index of the sentence that wholly holds [start, end), or -1; sentences are in text order. */
export function sentenceHolding(sentences: readonly Sentence[], start: number, end: number): number {
  const lo = firstIndex(sentences.length, (i) => sentences[i].end <= start);
  const s = sentences[lo];
  return s && s.start <= start && end <= s.end ? lo : -1;
}

/** 1 for a sentence holding a quote by a key person, 0.5 by anyone named, else 0. */
export function quoteCues(sentences: readonly Sentence[], quotes: readonly Quote[], keyPeople: ReadonlySet<string>): number[] {
  const cue = new Array<number>(sentences.length).fill(0);
  for (const q of quotes) {
    const i = sentenceHolding(sentences, q.start, q.end);
    if (i < 0) continue;
    const v = q.speakerId && keyPeople.has(q.speakerId) ? 1 : q.speaker ? 0.5 : 0;
    cue[i] = Math.max(cue[i], v);
  }
  return cue;
}

/** Openers that lean on the sentence before: pronouns and contrast or continuation words. */
const LEANS_BACK = /^["“]?(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|also|however|meanwhile|instead|still|yet|so|then|there|such)\b/i;

/** 0.85 for a sentence that opens by pointing back, else 1. */
export function standAloneFactor(text: string): number {
  return LEANS_BACK.test(text.trim()) ? 0.85 : 1;
}
