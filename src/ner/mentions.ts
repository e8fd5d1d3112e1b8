// From tagger labels to clean mention spans.
//
//   tokens  President | Vladimir | Putin | 's     labels U-PER B-PER L-PER O  (or B-PER I-PER L-PER O)
//   mention "Vladimir Putin" (person): the title and the possessive never inside a span

import { isTitleWord } from '../lexicon/honorifics.js';
import { NAME_END_WORDS, POSSESSIVE_S, POSSESSIVES, verbAfterPossessive } from '../lexicon/name-particles.js';
import { roleNoun } from '../lexicon/roles.js';
import { COMMON_ACRONYMS } from '../lexicon/common-acronyms.js';
import type { EntityType, Mention, Sentence } from '../types.js';
import { labelsToSpans, TYPES } from './labels.js';

export const ENTITY_TYPE: Record<(typeof TYPES)[number], EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'misc',
};

const PUNCT = /^[\p{P}\p{S}]+$/u;

/**
 * Does the span end in a possessive that is part of a body's or a place's name, as the tagger read it
 * ("Moody 's said", "Lloyd 's of London", "at St Mary 's ."): nothing it possesses follows, only the
 * sentence's end, a stop or a comma, a verb in the past or an auxiliary, or a preposition or conjunction?
 * Not "Chrysler Financial 's parent", "Great Britain 's Prime Minister", "GM 's planned cutbacks".
 */
function endsWithOwnPossessive(words: string[], start: number, end: number): boolean {
  if (end - start < 2 || !POSSESSIVE_S.has(words[end - 1]) || PUNCT.test(words[end - 2])) return false;
  const next = words[end];
  // (not before an acronym in brackets or commas: "the Chicago Mercantile Exchange's (CME) board")
  if (next === ',') return !/^\p{Lu}{2,}/u.test(words[end + 1] ?? '');
  return next === undefined || /^[.;:!?]$/.test(next) || NAME_END_WORDS.has(next) || verbAfterPossessive(words, end);
}

/** Token range of a span after trimming what never belongs to a name. */
export function trimSpan(words: string[], start: number, end: number, type: EntityType): [number, number] {
  // possessives and punctuation at either edge: "Lukashenko 's", "( EU"
  const keepPossessive = type !== 'person' && endsWithOwnPossessive(words, start, end);
  while (end > start && (POSSESSIVES.has(words[end - 1]) || PUNCT.test(words[end - 1]))) end--;
  if (keepPossessive) end++;
  while (end > start && (POSSESSIVES.has(words[start]) || PUNCT.test(words[start]))) start++;
  // common-noun abbreviations are no part of a name: "CD", "Sony CD" → "Sony"
  while (end > start && COMMON_ACRONYMS.has(words[end - 1])) end--;
  while (end > start && COMMON_ACRONYMS.has(words[start])) start++;
  if (type === 'person') {
    // titles in front of a person's name: "President Vladimir Putin", "Prime Minister Boris Johnson"
    let s = start;
    while (s < end - 1 && isTitleWord(words[s])) s++;
    if (s > start && /^\p{Lu}/u.test(words[s])) start = s;
    // a title after words of its own, before a name of two words or more: "U.S. Trade Representative
    // Clayton Yeutter" → "Clayton Yeutter"
    for (let k = end - 3; k > start; k--) {
      if ((isTitleWord(words[k]) || roleNoun(words[k].toLowerCase())?.title) && /^\p{Lu}/u.test(words[k + 1])) {
        start = k + 1;
        break;
      }
    }
  }
  return [start, end];
}

/**
 * Token ranges split where markup hid between two tokens: in "Charles Michel **Stephanie Lecocq" the
 * caption's name and the photo credit are two names, though no space-free punctuation separates them.
 */
export function splitAtMarkup(text: string, sentence: Sentence, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (let k = start + 1; k < end; k++) {
    if (/\S/.test(text.slice(sentence.tokens.end(k - 1), sentence.tokens.start(k)))) {
      out.push([from, k]);
      from = k;
    }
  }
  out.push([from, end]);
  return out;
}

const INITIALISM = /^(?:\p{L}\.)+$/u;

/**
 * Does the span ending at token `end` end the sentence with an abbreviation whose stop is also the
 * sentence's full stop? "... shares of Lear Corp." -> the mention is "Lear Corp", as CoNLL and the
 * Penn Treebank write it (the stop belongs to the sentence); initialisms keep theirs: "the U.S."
 */
export function endsSentenceWithStop(words: string[], end: number): boolean {
  const last = words[end - 1];
  // only as the very last token: before a closing quote (`Corp."`) the stop is the abbreviation's
  return end === words.length && last.length >= 3 && last.endsWith('.') && !INITIALISM.test(last);
}

/** Mentions of one sentence from its BILOU labels. */
export function sentenceMentions(text: string, sentence: Sentence, sentenceIndex: number, labels: ArrayLike<number>): Mention[] {
  const words = sentence.tokens.texts();
  const out: Mention[] = [];
  for (const span of labelsToSpans(labels)) {
    const type = ENTITY_TYPE[TYPES[span.type]];
    for (const [a, b] of splitAtMarkup(text, sentence, span.start, span.end)) {
      const [s, e] = trimSpan(words, a, b, type);
      if (e <= s) continue;
      const start = sentence.tokens.start(s);
      let end = sentence.tokens.end(e - 1);
      if (endsSentenceWithStop(words, e)) end--;
      out.push({ start, end, text: text.slice(start, end), sentence: sentenceIndex, type });
    }
  }
  return out;
}
