// Is the word at token i a cue verb here? The cue lexicon says what a word could be ("claims" →
// claim); the context decides: a capital makes a name, an article a noun, a bare form needs a subject.
//
//   Lukashenko said              → say (finite)
//   the Washington Post reported → null: a capital inside the clause is a name
//   his claims                   → null: after an article, a noun
//   officials warn               → warn (base, after a plural subject)
//
// Two readings do not depend on where a clause starts and are asked most: the word inside running
// text (`Reading.inText`) and right after a subject phrase (`Reading.afterSubject`, "the nominee
// riffed"). readTokens works both out once per token; `cueAt` is for a clause that starts at a known
// token, where a capital may be a verb ("Said Smith: ...").
import type { CueForm } from '../lexicon/cue-verbs.js';
import { NOUN_LIKE } from '../lexicon/cue-verbs.js';
import { ARTICLES, INCLUSION_OPENERS, IS_CONTRACTION_HOSTS, MODALS, NOUN_BEFORE, NOUN_CONTEXT, PAST_VERB_NEXT, PLURAL_SUBJECTS, SINGULAR_SUBJECTS, STANDALONE_DETERMINERS } from '../lexicon/clause-words.js';
import { DETERMINERS, TIME_WORDS } from '../lexicon/speaker-words.js';
import { cueOf, F, has, isCap, isPossessive, low, text, type TokenView } from './token-view.js';

/** The cue at token i in a clause that starts at `clauseStart` (a capital there is no name). */
/** Verbs in -ing that a cue may follow as a verb of its own clause: "saying", "adding". */
const SAYING: ReadonlySet<string> = new Set(['saying', 'adding', 'noting', 'arguing', 'claiming', 'insisting', 'warning']);

export function cueAt(r: TokenView, i: number, clauseStart: number): CueForm | null {
  return readCue(r, i, clauseStart, false);
}

/** The cue at token i: in a clause from `clauseStart` (-1: inside running text), right after a subject or not. */
export function readCue(r: TokenView, i: number, clauseStart: number, afterSubject: boolean): CueForm | null {
  const cf = cueOf(r, i)?.form;
  if (!cf) return null;
  if (isCap(r, i) && i !== clauseStart) return null; // "the Washington Post reported": a name, not a verb
  // "State Representative Arturo Benavidez ...", "Report Card": a clause-opening capital before another
  // capital is a name's first word, not an imperative
  if (isCap(r, i) && cf.form === 'base' && isCap(r, i + 1) && !has(r, i + 1, F.PRONOUN)) return null;
  const prev = low(r, i - 1);
  // "His opponent, state Attorney General Renee Delacroix, fired back", "includes state Treasurer Gwen
  // Adebayo": a noun-like bare form before a capital modifies a title or a name, unless a subject or a
  // modal stands before it ("they state Smith lied", "analysts estimate OPEC is producing more")
  if (cf.form === 'base' && cf.entry.nounLike && !isCap(r, i) && isCap(r, i + 1) && !has(r, i + 1, F.PRONOUN)
    && !MODALS.has(prev) && !PLURAL_SUBJECTS.has(prev) && !/^[a-z]+s$/.test(text(r, i - 1) ?? '')) return null;
  // "the call", "his claims" — but "Another said", "each told": these stand alone as a subject before a verb
  // (nor "Members who voted no said": "no" before a verb that is no noun is an answer, not an article)
  if (i > clauseStart && ARTICLES.has(prev) && !(STANDALONE_DETERMINERS.has(prev) && !cf.entry.nounLike) && !(prev === 'no' && !cf.entry.nounLike && cf.form === 'finite')) return null;
  // "We're getting reports that", "Police are receiving calls": a noun cue right after a verb in -ing is its object
  if (i > clauseStart && cf.entry.nounLike && cf.form === 'finite' && /s$/.test(text(r, i) ?? '') && /^[a-z]+ing$/.test(text(r, i - 1) ?? '') && !SAYING.has(prev)) return null;
  const lemma = cf.entry.lemma;
  // "Trump's claims" (a noun cue), "his stated goal" (an adjective); but a past form before what a verb
  // takes is one: "Moody's said the rating was stable", "Trump's said" (has), and before an audience,
  // which no adjective has: "McDonald's told investors"
  if (i > clauseStart && isPossessive(r, i - 1) && cf.form !== 'ing' && !(cf.form === 'finite' && pastForm(r, i, lemma) && (cf.entry.object || !nounAfter(r, i)) && !contracted(r, i))) return null;
  // "said that continued drought could ...", "Haugen said continued shelling was ...": a form in -ed right
  // after "that" or a verb of saying, before a word in lower case that no verb takes first, describes the
  // reported subject (not "said that added to the pressure", "that continued to grow")
  if (cf.form === 'finite' && /^[a-z]+ed$/.test(text(r, i) ?? '') && (prev === 'that' || saysBefore(r, i))
    && /^[a-z]+$/.test(text(r, i + 1) ?? '') && !has(r, i + 1, F.PRONOUN) && !NOUN_BEFORE.has(low(r, i + 1)) && !OBJECT_STARTS.has(low(r, i + 1))) return null;
  // "as X put it", "pointed out", "she went on": these verbs are cues only with their particle.
  if (cf.entry.particle && low(r, i + 1) !== cf.entry.particle) return null;
  const word = low(r, i);
  if (afterSubject) return cf;
  let p = i - 1;
  while (p > clauseStart && has(r, p, F.FILLER | F.ADVERB) && !MODALS.has(low(r, p))) p--;
  const pw = low(r, p);
  if (cf.form === 'base' && i !== clauseStart && !cf.entry.samePast) {
    // "they say", "would say", "to tell", "officials warn": a bare form needs a subject or an auxiliary.
    if (!(MODALS.has(pw) || PLURAL_SUBJECTS.has(pw) || (isCap(r, p) && p !== clauseStart && !DETERMINERS.has(low(r, p - 1))) || /^[a-z]+s$/.test(text(r, p))
      || pw === ',' && pluralBeforeAside(r, p, clauseStart))) return null;
  }
  if (NOUN_LIKE.has(lemma) && cf.form === 'finite' && word === `${lemma}s` || NOUN_LIKE.has(lemma) && word === `${lemma}es`) {
    // "Clinton claims", "it reports" — but "eliminating state money", "late-night tweets targeting".
    const nounAfterPrep = isCap(r, p) && NOUN_CONTEXT.has(low(r, p - 1));
    if (!(low(r, i + 1) === 'that' || ((isCap(r, p) && !nounAfterPrep) || SINGULAR_SUBJECTS.has(pw) || DETERMINERS.has(low(r, p - 1))))) return null;
  }
  return cf;
}

/** Words a verb in -ed takes first, so that it is a verb there: "said that added to the pressure", "that continued to grow". */
const OBJECT_STARTS: ReadonlySet<string> = new Set([...PAST_VERB_NEXT, 'as', 'and', 'or', 'not']);

/** A finite verb of saying right before token i: "said" of "Haugen said continued shelling ...". */
function saysBefore(r: TokenView, i: number): boolean {
  const before = i > 0 ? cueOf(r, i - 1)?.form : undefined;
  return before?.entry.cls === 'speech' && before.form === 'finite';
}

/** "Critics, including Public Citizen, argue": a plural noun before the aside that the comma at p closes. */
function pluralBeforeAside(r: TokenView, p: number, clauseStart: number): boolean {
  for (let k = p - 1; k > clauseStart && k > p - 12; k--) {
    if (text(r, k) !== ',') continue;
    return INCLUSION_OPENERS.has(low(r, k + 1)) && /^\p{L}+s$/u.test(text(r, k - 1) ?? '');
  }
  return false;
}

/** Is the cue word at i a past form ("said", "claimed"), not the -s form ("says", "claims") that is also a plural noun? */
const pastForm = (r: TokenView, i: number, lemma: string): boolean => {
  const w = low(r, i);
  return w !== `${lemma}s` && w !== `${lemma}es`;
};

/** Is "'s" before the cue at i a contracted "is", so that the cue is passive: "It's predicted that",
 *  "The deal's said to be worth"? */
const contracted = (r: TokenView, i: number): boolean => {
  const host = low(r, i - 1) === "'s" || low(r, i - 1) === '’s' ? i - 2 : -1;
  return (host >= 0 && (has(r, host, F.PRONOUN) || IS_CONTRACTION_HOSTS.has(low(r, host)))) || low(r, i + 1) === 'to';
};

/**
 * Does a noun follow token i, making a past form before it an adjective: "his stated goal", "its
 * reported profit"? Not a time or an adverb: "McDonald's said last week that", "Denny's said recently".
 */
const nounAfter = (r: TokenView, i: number): boolean => {
  const next = text(r, i + 1) ?? '';
  return /^[a-z]/.test(next) && !has(r, i + 1, F.PRONOUN | F.FILLER | F.ADVERB) && !NOUN_BEFORE.has(low(r, i + 1)) && low(r, i + 1) !== 'that'
    && !TIME_WORDS.has(low(r, i + 1));
};
