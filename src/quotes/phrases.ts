// Noun phrases and cue words read off a paragraph's tokens without a parser: enough to find the
// subject next to a cue verb.
//
//   [Maria Kolesnikova], the campaign manager of ..., told   → npLeft from "told" skips the appositive
//   "...," [Lukashenko] said                                  → npRight from after the quote
//   [EU chief Charles Michel] said ... and added that "..."   → clauseSubject of the sentence
import type { Token } from '../types.js';
import { cueForm, isNounCue, NOUN_LIKE, type CueForm } from '../lexicon/cue-verbs.js';
import { DETERMINERS, INTRO_WORDS, LEADING_CONJUNCTIONS, NP_STOPS, SUBJECT_PRONOUNS, TIME_WORDS, VERB_FILLERS } from '../lexicon/speaker-words.js';

/** Token indices [s, e) of a phrase inside one paragraph's token list. */
export interface Phrase { s: number; e: number }

export const low = (t: Token | undefined) => (t ? t.text.toLowerCase().replace(/’/g, "'") : '');
export const isWord = (t: Token | undefined) => !!t && /[\p{L}\p{N}]/u.test(t.text);
export const isCap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
export const isPossessive = (t: Token | undefined) => !!t && /^['’]s?$/i.test(t.text);
export const isPronoun = (t: Token | undefined) => !!t && low(t) in SUBJECT_PRONOUNS;
const isDash = (t: Token | undefined) => !!t && /^(?:-{1,3}|[—–―])$/.test(t.text);

/** A cue verb at token i, read in context; null for nouns and names ("the call", "the Washington Post"). */
export function cueAt(tokens: Token[], i: number, clauseStart: number, afterSubject = false): CueForm | null {
  const t = tokens[i];
  if (!t || !/^\p{L}+$/u.test(t.text)) return null;
  const cf = cueForm(t.text);
  if (!cf) return null;
  if (isCap(t) && i !== clauseStart) return null; // "the Washington Post reported": a name, not a verb
  const prev = low(tokens[i - 1]);
  if (i > clauseStart && ARTICLES.has(prev)) return null; // "the call", "his claims"
  if (i > clauseStart && isPossessive(tokens[i - 1]) && cf.form !== 'ing') return null; // "Trump's claims" (a noun cue)
  const lemma = cf.entry.lemma;
  // "as X put it", "pointed out": these verbs are cues only with their particle.
  if (lemma === 'put' && low(tokens[i + 1]) !== 'it') return null;
  if (lemma === 'point' && low(tokens[i + 1]) !== 'out') return null;
  if (lemma === 'quote' && low(t) !== 'quoted') return null; // "and I quote" introduces, "was quoted as saying" reports
  const word = low(t);
  if (afterSubject) return cf;
  let p = i - 1;
  while (p > clauseStart && (VERB_FILLERS.has(low(tokens[p])) || isAdverb(tokens[p])) && !MODALS.has(low(tokens[p]))) p--;
  const before = tokens[p];
  const pw = low(before);
  if (cf.form === 'base' && i !== clauseStart && !SAME_PAST.has(lemma)) {
    // "they say", "would say", "to tell", "officials warn": a bare form needs a subject or an auxiliary.
    if (!(MODALS.has(pw) || ['i', 'we', 'they', 'you', 'who'].includes(pw) || (isCap(before) && p !== clauseStart && !DETERMINERS.has(low(tokens[p - 1]))) || /^[a-z]+s$/.test(before?.text ?? ''))) return null;
  }
  if (NOUN_LIKE.has(lemma) && cf.form === 'finite' && word === `${lemma}s` || NOUN_LIKE.has(lemma) && word === `${lemma}es`) {
    // "Clinton claims", "it reports" — but "eliminating state money", "late-night tweets targeting".
    const nounAfterPrep = isCap(before) && /^(?:of|the|a|an|on|in|for|about|to|with|by|from|all|some|many|most|his|her|their|its)$/.test(low(tokens[p - 1]));
    if (!(low(tokens[i + 1]) === 'that' || ((isCap(before) && !nounAfterPrep) || ['he', 'she', 'it', 'who', 'which', 'that'].includes(pw) || DETERMINERS.has(low(tokens[p - 1]))))) return null;
  }
  return cf;
}

/** Determiners that make the next word a noun ("the call"); numerals do not ("mother of three replied"). */
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'no', 'any', 'such', 'another']);

/** Verbs whose past tense is their bare form: "as X put it", "the editorial read". */
const SAME_PAST = new Set(['put', 'read']);

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'to', "n't", 'not', 'shall', "'ll", "'d"]);

/** "according to" at token i. */
export const isAccordingTo = (tokens: Token[], i: number) => low(tokens[i]) === 'according' && low(tokens[i + 1]) === 'to';

/** A noun cue with a possessor: "Trump's claim", at the noun. */
export const possessedNounCue = (tokens: Token[], i: number) =>
  isNounCue(tokens[i]?.text ?? '') && /^[a-z]/.test(tokens[i].text) && isPossessive(tokens[i - 1]);

/** Is the word one that may sit inside a speaker phrase? */
function npWord(t: Token | undefined): boolean {
  if (!t || !isWord(t)) return false;
  const w = low(t);
  // Capitalised function words open sentences ("When asked ..."); only names like "Theresa May",
  // "Will Estrada" pass.
  if (NP_STOPS.has(w) && !(isCap(t) && (w === 'may' || w === 'will'))) return false;
  if (isCap(t) && (INTRO_WORDS.has(w) || LEADING_CONJUNCTIONS.has(w)) && !['may', 'will', 'this', 'last'].includes(w)) return false;
  return true;
}

/** Adverbs in -ly between subject and verb: "forcefully told", "often say". */
const isAdverb = (t: Token | undefined) => !!t && /^[a-z]{3,}ly$/.test(t.text) && !['family', 'ally', 'rally', 'early', 'only', 'italy', 'july', 'daily', 'weekly', 'monthly', 'likely', 'holy', 'belly', 'jelly', 'bully', 'supply', 'reply', 'apply', 'fly', 'ugly', 'silly', 'lonely', 'elderly'].includes(t.text);

/** The speaker phrase that ends at token j, scanning left (at most 8 tokens): "the campaign's top strategist". */
export function npLeft(tokens: Token[], j: number, lo: number, nounHead = false): Phrase | null {
  if (j < lo) return null;
  if (isPronoun(tokens[j])) return { s: j, e: j + 1 };
  if (!npWord(tokens[j]) || (!nounHead && cueAt(tokens, j, -1))) return null;
  let i = j;
  let n = 0;
  while (i >= lo && n < 8) {
    const t = tokens[i];
    if (isPossessive(t) && i > lo && isWord(tokens[i - 1])) { i--; n++; continue; }
    const w = low(t);
    if (DETERMINERS.has(w)) {
      i--;
      // "the mother of three", "all three": a numeral or quantifier can be the head.
      if (n === 0 && i >= lo && low(tokens[i]) === 'of') { i--; n++; continue; }
      break;
    }
    if (w === 'of' && n > 0 && i > lo && npWord(tokens[i - 1]) && !cueAt(tokens, i - 1, -1)) { i--; n++; continue; }
    if (!npWord(t) || (n > 0 && cueAt(tokens, i, -1)) || isPronoun(t)) break;
    // A lower-case word ending in -ed right before a name is a verb: "Obama addressed Trump".
    i--;
    n++;
  }
  const s = i + 1;
  return s <= j ? { s, e: j + 1 } : null;
}

/** The speaker phrase that starts at token i, scanning right (at most 10 tokens): "a spokesman for the campaign". */
export function npRight(tokens: Token[], i: number, hi: number): Phrase | null {
  if (i >= hi) return null;
  if (isPronoun(tokens[i])) return { s: i, e: i + 1 };
  let j = i;
  if (DETERMINERS.has(low(tokens[j])) && j + 1 < hi) j++;
  if (!npWord(tokens[j]) || cueAt(tokens, j, -1) || isAccordingTo(tokens, j)) return null;
  let n = 0;
  while (j < hi && n < 10) {
    const t = tokens[j];
    if (isPossessive(t) && n > 0) { j++; n++; continue; }
    const w = low(t);
    if (['of', 'for', 'at', 'with', 'from', 'in'].includes(w) && n > 0 && j + 1 < hi
      && (npWord(tokens[j + 1]) || DETERMINERS.has(low(tokens[j + 1]))) && !cueAt(tokens, j + 1, -1)) { j++; n++; continue; }
    if (DETERMINERS.has(w) && n > 0 && ['of', 'for', 'at', 'with', 'from', 'in'].includes(low(tokens[j - 1]))) { j++; n++; continue; }
    if (!npWord(t) || cueAt(tokens, j, -1) || VERB_FILLERS.has(w) || isAccordingTo(tokens, j)) break;
    // "a narrator in the Clinton ad asks.": a cue that is also a noun ends the phrase when the clause ends.
    if (n > 0 && /s$/.test(w) && cueAt(tokens, j, -1, true)?.form === 'finite' && (j + 1 >= hi || /^(?:[.,;:!?]|that)$/.test(low(tokens[j + 1])))) break;
    // "Trump spoke at ..." : a lower-case -ed word after a name or pronoun is the verb.
    if (n > 0 && /^[a-z]+ed$/.test(t.text) && (isCap(tokens[j - 1]) || isPronoun(tokens[j - 1]))) break;
    j++;
    n++;
  }
  return j > i ? { s: i, e: j } : null;
}

/** Skips tokens leftward that stand between a subject and its verb: "also", "has", "on Tuesday", "(D-Wis.)". */
export function skipFillersLeft(tokens: Token[], j: number, lo: number): number {
  for (;;) {
    while (j >= lo && (VERB_FILLERS.has(low(tokens[j])) || isAdverb(tokens[j]))) j--;
    // "Beck on Wednesday called": the preposition of a skipped day name goes too.
    if (j >= lo && ['on', 'in', 'at', 'last', 'this'].includes(low(tokens[j])) && TIME_WORDS.has(low(tokens[j + 1]))) { j--; continue; }
    if (j >= lo && tokens[j].text === ')') {
      let k = j - 1;
      while (k >= lo && k > j - 12 && tokens[k].text !== '(') k--;
      if (k >= lo && tokens[k].text === '(') { j = k - 1; continue; }
    }
    // "Lithuanian lawmakers on Tuesday urged": a time phrase.
    const timeWord = (t: Token) => TIME_WORDS.has(low(t)) || /^\d{1,4}$/.test(t.text);
    if (j >= lo && timeWord(tokens[j]) && !['the', 'on', 'in', 'at', 'this', 'last', 'next'].includes(low(tokens[j]))) {
      let k = j;
      while (k >= lo && timeWord(tokens[k])) k--;
      if (k < j && ['on', 'in', 'at', 'last', 'this', 'earlier', 'late', 'early'].includes(low(tokens[k + 1]))) { j = k; continue; }
    }
    return j;
  }
}

/** Skips tokens rightward between a subject and its verb. */
export function skipFillersRight(tokens: Token[], j: number, hi: number): number {
  for (;;) {
    while (j < hi && (VERB_FILLERS.has(low(tokens[j])) || isAdverb(tokens[j])) && !cueAt(tokens, j, -1)) j++;
    if (j < hi && tokens[j].text === '(') {
      let k = j + 1;
      while (k < hi && k < j + 12 && tokens[k].text !== ')') k++;
      if (k < hi && tokens[k].text === ')') { j = k + 1; continue; }
    }
    if (j < hi && ['on', 'in', 'at', 'last', 'this', 'earlier'].includes(low(tokens[j])) && TIME_WORDS.has(low(tokens[j + 1]))) {
      let k = j + 1;
      while (k < hi && TIME_WORDS.has(low(tokens[k])) && !['on', 'in', 'at'].includes(low(tokens[k]))) k++;
      if (k > j + 1) { j = k; continue; }
    }
    return j;
  }
}

/** The subject at the start of a clause, past introductory phrases: "In a video message, [Tikhanovskaya] said". */
export function clauseSubject(tokens: Token[], lo: number, hi: number): Phrase | null {
  let i = lo;
  // A quotation that opens the sentence is not its subject: ""We need change," the businessman said".
  if (/^["“'‘]$/.test(tokens[i]?.text ?? '')) {
    let k = i + 1;
    while (k < hi && k < i + 80 && !/^["”'’]$/.test(tokens[k].text)) k++;
    if (k < hi) i = k + 1;
  }
  // A dateline: "WASHINGTON —", "MINSK (AFP) -".
  for (let k = i; k < Math.min(hi, i + 6); k++) {
    if (isDash(tokens[k]) && k > i && tokens.slice(i, k).every((t) => !isWord(t) || /^[\p{Lu}.,()-]+$/u.test(t.text))) { i = k + 1; break; }
  }
  while (i < hi && (!isWord(tokens[i]) || LEADING_CONJUNCTIONS.has(low(tokens[i])))) i++;
  if (i < hi && /^[A-Z][a-z]+ly$/.test(tokens[i].text) && ['after', 'before', 'afterward', 'since'].includes(low(tokens[i + 1]))) i++;
  // "Weighing in on the discussion, former Gov. Mike Huckabee agreed": a participle phrase opens.
  if (i < hi && (INTRO_WORDS.has(low(tokens[i])) || /^[A-Z][a-z]+ing$/.test(tokens[i].text)) && !isPronoun(tokens[i])) {
    let k = i;
    while (k < hi && k < i + 20 && tokens[k].text !== ',') k++;
    if (k < hi && tokens[k].text === ',') {
      i = k + 1;
      // "On July 6, 2015, Sanders ...": a date runs past its first comma.
      if (/^\d{4}$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2;
    } else {
      // "On September 27 they published ...": no comma; the subject is the first pronoun.
      let m = i + 1;
      while (m < hi && m < i + 6 && !isPronoun(tokens[m])) m++;
      if (m < hi && isPronoun(tokens[m])) return { s: m, e: m + 1 };
      return null;
    }
  }
  while (i < hi && !isWord(tokens[i])) i++;
  const np = npRight(tokens, i, hi);
  return np;
}

/** Are the tokens an appositive between commas? Returns the index after the closing comma. */
export function skipAppositiveRight(tokens: Token[], j: number, hi: number): number {
  if (tokens[j]?.text !== ',') return j;
  let k = j + 1;
  while (k < hi && k < j + 30 && tokens[k].text !== ',' && !/^[.;:!?"“”]$/.test(tokens[k].text)) k++;
  return k < hi && tokens[k].text === ',' ? k + 1 : j;
}

export { isDash };
