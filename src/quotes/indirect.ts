// Reported speech without quotation marks (kind `indirect`); text/start/end cover the reported content.
// Each sentence is read from left to right, and may report more than once:
//
//   Moscow has said [it is ready to step in ...].             → cue then content ("that" optional)
//   Merkel told reporters [the talks had failed].             → the object of "told" skipped
//   [The economy is weak], the minister said.                → content then cue
//   [The truth], according to experts, [is more complex].    → a tag inside the clause: both parts
//   [Six died], he said, adding [that more could die].        → a tag, then a participle that reports again
//   He said [the plan was "dead on arrival"].                → a quoted fragment inside the content is fine
//
// A quotation is never the content itself (that is a direct quote's); an embedded post or a pull
// quote is verbatim speech set off by layout instead of quotation marks (kind `direct`).
import {
  AUXILIARIES, BE_FORMS, CLAUSE_PRONOUNS, CLAUSE_SUBJECT_OPENERS, CONTENT_COORDINATORS, FREE_RELATIVE_OPENERS, IRREGULAR_PASTS, NEGATIONS,
  NON_CONTENT_OPENERS, NON_REPORTING_BEFORE, NOUN_BEFORE, OBJECT_PRONOUNS, RELATIVE_OPENERS, REPORT_PREPOSITIONS, SIDE_CLAUSE_OPENERS,
  SUBORDINATORS, TIME_PHRASE_NON_HEADS, VERB_COORDINATORS, ARTICLES, NAMING_WITH_OBJECT, INDEFINITE_PRONOUNS, EVIDENCE_NOUNS,
  EVIDENTIAL_CUES, OBJECT_PREPOSITIONS, REPORT_BREAKS, SENTENCE_CONNECTIVES,
  AUDIENCE_FIRST, CLEFT_COPULAS, IS_CONTRACTION_HOSTS, NO_IDIOMS, NONE_SUBJECTS, PLURAL_DETERMINERS, PHRASE_OPENING_PREPOSITIONS, PERSON_RELATIVES, REPORT_PHRASE_OPENERS, SOURCE_PRONOUNS, TIME_PREPOSITIONS_RIGHT,
} from '../lexicon/clause-words.js';
import { WEEKDAYS } from '../lexicon/date-words.js';
import { cueEnd, type CueForm } from '../lexicon/cue-verbs.js';
import { roleNoun } from '../lexicon/roles.js';
import { INTRO_WORDS, LEADING_CONJUNCTIONS, NP_STOPS, TIME_WORDS } from '../lexicon/speaker-words.js';
import { isEmbedLink, isHandleMark } from '../lexicon/embeds.js';
import type { Quote, Segmented } from '../types.js';
import type { MarkPair } from './marks.js';
import { sentenceStartOf, spanOf, type Para } from './paragraphs.js';
import { headOf, mentionOf } from './mention.js';
import { isDatePhrase } from './speaker-shape.js';
import { isAccordingTo, npRight, placeBeforeBased, skipFillersLeft, skipFillersRight, npLeft, type Phrase } from './phrases.js';
import { cueAt } from './cues.js';
import { F, cueInText, cueOf, has, isCap, isDash, isPossessive, isPronoun, isWord, low, startsSentence, type Reading } from './reading.js';
import { speakerAfter } from './speaker-after.js';
import { qaLabel } from './interview.js';
import { subjectOf } from './subject.js';
import type { Resolver } from './resolve.js';
import { firstIndex } from '../util/search.js';
import { firstAnswer, type Rule } from './rule.js';

/** Can a reported clause start with this word? A pronoun, a determiner or a capitalised word. */
const subjectStart = (w: string) => CLAUSE_SUBJECT_OPENERS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w);

/** A finite verb or auxiliary: "is", "had", "won", "says", "'ve". */
const verbish = (w: string) => AUXILIARIES.has(w) || IRREGULAR_PASTS.has(w) || /^(?:['’](?:s|re|ll|d|ve)|n['’]t|[a-z]+ed|[a-z]+[^su]s)$/.test(w);

/** Is token k the verb of a clause? A plural after a determiner or preposition is a noun ("their
 *  operations"), an -ed word there an adjective ("the proposed cuts"), and an -s word that ends the
 *  clause a noun ("on several prime chances."). */
function verbAt(r: Reading, k: number): boolean {
  const w = r.tokens.text(k) ?? '';
  if (!verbish(w)) return false;
  // "it's" is a verb, "the company's" a possessive.
  if (/^['’]s$/.test(w)) return isPronoun(r, k - 1) || IS_CONTRACTION_HOSTS.has(low(r, k - 1));
  if (AUXILIARIES.has(w) || IRREGULAR_PASTS.has(w) || !/^[a-z]/.test(w)) return true;
  if (NOUN_BEFORE.has(low(r, k - 1))) return false;
  return !(/s$/.test(w) && !isWord(r, k + 1));
}

/** Does a clause start at i: a verb within 16 tokens that belongs to no relative clause? With
 *  `strict`, the subject is one plain phrase: no comma, relative pronoun or "and" before the verb
 *  ("denied the existence of such a link between their operations and ..." holds no clause). */
function clauseAt(r: Reading, i: number, hi: number, strict: boolean): boolean {
  // A long subject is common: "further information about Kim's activities, ... and a possible visit by ... would be".
  for (let k = i + 1; k < Math.min(hi, i + (strict ? 20 : 30)); k++) {
    const w = low(r, k);
    if (strict) {
      // "announced his resignation earlier on Tuesday in an interview": a phrase before any verb is an object's.
      if (r.tokens.text(k) === ',' || RELATIVE_OPENERS.has(w) || SUBORDINATORS.has(w) || w === 'and' || OBJECT_PREPOSITIONS.has(w) || REPORT_PREPOSITIONS.has(w)) return false;
      // "Edmonton responded a couple minutes later": an -s or -ed word is a verb only after a name or a pronoun.
      const t = r.tokens.text(k);
      if (AUXILIARIES.has(t) || IRREGULAR_PASTS.has(t) || /^['’](?:re|ll|d|ve|m)$|n['’]t$/.test(t)) return true;
      if (/^['’]s$/.test(t) && verbAt(r, k)) return true; // "it's", not "Lukashenko's claims"
      if (verbAt(r, k) && (isCap(r, k - 1) || isPronoun(r, k - 1))) return true;
      continue;
    }
    if (RELATIVE_OPENERS.has(low(r, k - 1)) && k - 1 > i && isWord(r, k - 2)) continue; // "the man who shot him was ..."
    if (verbAt(r, k) || bareVerbAt(r, k)) return true;
  }
  return false;
}

/** A bare verb right after a plural subject: "obstacles remain", "Liberals dismiss any concerns", "The
 *  methods take more time" — not after the object of a preposition ("between their operations and"). */
function bareVerbAt(r: Reading, k: number): boolean {
  const w = r.tokens.text(k);
  const prev = r.tokens.text(k - 1) ?? '';
  if (!/^[a-z]{3,}$/.test(w) || /(?:s|ly|ing|ed)$/.test(w) || NP_STOPS.has(w) || NOUN_BEFORE.has(w) || has(r, k, F.TIME)) return false;
  const before = low(r, k - 2);
  const subject = !NOUN_BEFORE.has(before) || (PLURAL_DETERMINERS.has(before) && (k - 2 === 0 || !NOUN_BEFORE.has(low(r, k - 3))));
  return (/[a-z][^s']s$/i.test(prev) && subject || prev === 'people') && isWord(r, k + 1);
}

/** A subject pronoun and then a verb, whatever its form: "he shot ...", "they get it" — not "it in a speech". */
const pronounClause = (r: Reading, i: number) => {
  if (!CLAUSE_PRONOUNS.has(low(r, i))) return false;
  const j = skipFillersRight(r, i + 1, r.tokens.length);
  return verbAt(r, j) || (/^[a-z]+$/.test(r.tokens.text(j) ?? '') && !NP_STOPS.has(low(r, j)) && !NOUN_BEFORE.has(low(r, j)));
};

/** Is there a finite verb in [s, e)? "The harsh truth" has none: a tag after it interrupts the clause. */
function hasVerb(r: Reading, s: number, e: number, namesOwn = false): boolean {
  for (let k = s; k < e; k++) {
    const w = r.tokens.text(k);
    // (namesOwn: in a description, "the EU's commissioner", "the union's chief", an "'s" is a possessive, not "is")
    if (namesOwn && isPossessive(r, k)) continue;
    if (AUXILIARIES.has(w) || IRREGULAR_PASTS.has(w) || /^(?:['’](?:s|re|ll|d|ve|m)|n['’]t)$/.test(w)) return true;
    if (/^[a-z]{3,}ed$/.test(w) && !NOUN_BEFORE.has(low(r, k - 1))) return true;
    if (/^[a-z]+s$/.test(w) && isPronoun(r, k - 1)) return true;
  }
  return false;
}

const wordCount = (r: Reading, s: number, e: number, quoted: (i: number) => boolean) => {
  let n = 0;
  for (let i = s; i < e; i++) if (isWord(r, i) && !quoted(i)) n++;
  return n;
};

/** A verb that ends an object; an -s word there is a plural ("urged Western governments not to ..."). */
const objectStop = (r: Reading, j: number) => {
  const w = r.tokens.text(j);
  return AUXILIARIES.has(w) || IRREGULAR_PASTS.has(w) || /^[a-z]{3,}ed$/.test(w);
};

/** The end of the object of "told", "urged", "warned": "told [the House of Commons] that",
 *  "told [investigators] he had ...", "told [CTV News] the cuts ...". A bare lower-case object is one
 *  word ("told psychologists mass shooters were ..."); a clause starts at a pronoun, "that", a new
 *  determiner or a verb. */
function objectEnd(r: Reading, i: number, hi: number, clausal = false): number {
  const w = low(r, i);
  // "told state broadcaster VTV that", "told her 40 remaining staff that": after a verb that reports a
  // clause, a "that" a few words on, with no verb before it, ends the object whatever its words
  const that = () => (clausal ? thatAfterObject(r, i, hi) : -1);
  if (OBJECT_PRONOUNS.has(w)) return Math.max(i + 1, that());
  if (w === 'that' || !isWord(r, i) || (NP_STOPS.has(w) && !isCap(r, i))) return i; // "called on ...", "told about ..."
  const before = that();
  if (before > i) return before;

  let j = i;
  const det = NOUN_BEFORE.has(w) && !PHRASE_OPENING_PREPOSITIONS.has(w);
  if (det) j++;
  let n = 0;
  while (j < hi && n < 6) {
    const lw = low(r, j);
    if (isPossessive(r, j) && n > 0) { j++; continue; }
    if (n > 0 && /^["“”]$/.test(r.tokens.text(j))) { j++; continue; } // NBC's "Today" show
    // (an -ed word right after the determiner describes: "told a packed arena that")
    if (!isWord(r, j) || lw === 'that' || CLAUSE_PRONOUNS.has(lw) || (n > 0 && NOUN_BEFORE.has(lw) && lw !== 'of') || (objectStop(r, j) && !(det && n === 0)) || cueInText(r, j)) break;
    if (NP_STOPS.has(lw) && lw !== 'of' && !isCap(r, j)) break; // "told the conference what was needed ..."
    // "told CNBC last month that", "told CNN Tuesday that": a time phrase ends the object
    if (n > 0 && (WEEKDAYS.has(lw) || (TIME_PREPOSITIONS_RIGHT.has(lw) && TIME_WORDS.has(low(r, j + 1))))) break;
    if (lw === 'of' && !(n > 0 && isCap(r, j - 1) && isCap(r, j + 1))) break; // "the House of Commons"
    // "told investigators he ...": without a determiner, a lower-case object is one word; but a title
    // before a name is part of it: "told radio host Mark Levin that ..."
    if (n > 0 && !det && !isCap(r, j) && !isCap(r, j - 1) && !(isCap(r, j + 1) && roleNoun(lw)?.kind === 'person')) break;
    j++;
    n++;
  }
  return n > 0 ? j : i;
}

/** Words of an object before "that" at most: "told [her three part-time staff] that". */
const OBJECT_BEFORE_THAT = 7;

/** Prepositions inside an object or after it, before "that": "told a meeting of island leaders that",
 *  "told reporters in a speech this month that", "told the court during a hearing that". */
const OBJECT_PHRASE_LINKS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'during', 'after', 'before', 'from', 'with', 'for']);

/** The "that" closing an object of words only (no verb, pronoun of a clause or mark): its index, else -1. */
function thatAfterObject(r: Reading, i: number, hi: number): number {
  for (let k = i + 1; k < hi && k <= i + OBJECT_BEFORE_THAT; k++) {
    const lw = low(r, k);
    if (lw === 'that') return hasVerb(r, i, k, true) ? -1 : k;
    // (not past an infinitive: "urged China to refrain from actions that would ..."; nor a second
    // determiner, which opens the content: "told a subcommittee [a proposal that would ...] would not";
    // nor "on the grounds that")
    if (!isWord(r, k - 1) && !isPossessive(r, k - 1) || lw === 'to' || VERB_COORDINATORS.has(lw) || CLAUSE_PRONOUNS.has(lw) || cueInText(r, k)) return -1;
    if (ARTICLES.has(lw) && !OBJECT_PHRASE_LINKS.has(low(r, k - 1)) || lw === 'on' && !WEEKDAYS.has(low(r, k + 1))) return -1;
  }
  return -1;
}

/** A bare "say" after a subject the cue lexicon does not read as plural, a clause after it:
 *  "Prosecutors say more charges ...", "All those involved say the issue ...", "some in the community
 *  say ..." — not "have a say in", "the final say on", "needless to say". */
function bareSay(r: Reading, i: number, s: number): boolean {
  const cf = cueOf(r, i)?.form;
  if (cf?.form !== 'base' || i <= s) return false;
  if (i - 1 === s && /^[A-Z][a-z]+s$/.test(r.tokens.text(s))) return true;
  const prev = r.tokens.text(i - 1);
  return cf.entry.lemma === 'say' && /^[a-z]+$/.test(prev) && !NP_STOPS.has(prev) && !NOUN_BEFORE.has(prev)
    && (subjectStart(r.tokens.text(i + 1) ?? '') || low(r, i + 1) === 'that');
}

/** Is token i a reporting verb of its sentence ([s, ...) is the clause)? "Prosecutors say" reads too:
 *  a capitalised plural opening the sentence is a subject. */
function reportingCue(r: Reading, i: number, s: number): CueForm | null {
  const cf = cueAt(r, i, s) ?? (bareSay(r, i, s) ? cueOf(r, i)!.form : null);
  // A clause, or a directive to an object: "advised people never to use ...".
  if (!cf || !(cf.entry.clausal || cf.entry.directive) || cf.entry.thought) return null;
  if (NON_REPORTING_BEFORE.has(low(r, i - 1))) return null;
  return cf;
}

/**
 * "Asked whether the government would agree to a cap, Chen said ...", "When asked if ...": the question
 * a sentence opens with is the reporter's, and a verb in it ("agree", "promise") reports nothing; the token after the
 * comma that ends it, or `s` when the sentence opens otherwise.
 */
function askedEnd(r: Reading, s: number, e: number): number {
  const k = low(r, s) === 'when' ? s + 1 : s;
  if (low(r, k) !== 'asked') return s;
  for (let i = k + 1; i < e; i++) if (r.tokens.text(i) === ',') return i + 1;
  return s;
}

/** "Nobody said ...", "No one at the bank said ...", "None of the officials said ...", "Not all analysts
 *  agreed that ...": a subject that denies anyone said it. */
function noneSaid(r: Reading, subject: Phrase): boolean {
  const first = low(r, subject.s);
  const before = low(r, subject.s - 1);
  // (not "No 10 said", "No ID said", "No wonder Trump said")
  if (first === 'no') return /^[a-z]/.test(r.tokens.text(subject.s + 1) ?? '') && !NO_IDIOMS.has(low(r, subject.s + 1));
  return NONE_SUBJECTS.has(first) || before === 'not' || before === 'no' || (before === 'of' && NONE_SUBJECTS.has(low(r, subject.s - 2)));
}

/** Does a clause at i open with its subject and a reporting verb: "he told Prabowo that", "the defendant told police that"? */
function reportsWithin(r: Reading, i: number, hi: number): boolean {
  for (let c = i + 1; c < Math.min(hi, i + 8); c++) {
    const cf = reportingCue(r, c, i);
    if (!cf) continue;
    // (a report of its own, with a clause after it: not "US firms added only 146,000 jobs", "research suggests")
    if (EVIDENTIAL_CUES.has(cf.entry.lemma) || !contentAfter(r, c, hi, cf)) return false;
    const np = npLeft(r, c - 1, i);
    return np !== null && np.s === i;
  }
  return false;
}

/** "did not say whether ...", "declined to say": what was not said is not reported. */
function negated(r: Reading, c: number, s: number): boolean {
  for (let k = c - 1; k >= s && k >= c - 3; k--) {
    if (NEGATIONS.has(low(r, k))) return true;
    if (!has(r, k, F.FILLER) && low(r, k) !== 'to') return false;
  }
  return false;
}

/** Does a clause with a reporting verb of its own start at i: a subject of a few words, then the verb? */
function reportsAgain(r: Reading, i: number, hi: number): boolean {
  for (let j = i; j < hi && j < i + 6; j++) {
    if (!isWord(r, j) || low(r, j) === 'that') return false;
    const cf = cueInText(r, j);
    // "... and other users who agreed to ...": a relative clause inside the content reports nothing new.
    if (cf) return j > i && !!cf.entry.clausal && cf.form !== 'ing' && !NON_REPORTING_BEFORE.has(low(r, j - 1)) && !RELATIVE_OPENERS.has(low(r, j - 1));
  }
  return false;
}

/** A tag holds a cue word before the next comma: most commas are passed without reading one. */
function cueBeforeComma(r: Reading, j: number, hi: number): boolean {
  for (; j < hi && r.tokens.text(j) !== ','; j++) if (cueOf(r, j)) return true;
  return false;
}

/** A name, an aside and then the tag's cue: "..., John Smith, a division head, told Reuters." */
function cueAfterAside(r: Reading, j: number, hi: number): boolean {
  if (!isCap(r, j)) return false;
  let k = j;
  while (k < hi && k < j + 5 && r.tokens.text(k) !== ',') k++;
  if (k >= hi || r.tokens.text(k) !== ',') return false;
  let c = k + 1;
  let lower = false; // (a description, not the next name of a list: "Ohio, Virginia, Iowa, ... states")
  for (; c < hi && c < k + 25 && r.tokens.text(c) !== ','; c++) if (/^[a-z]/.test(r.tokens.text(c))) lower = true;
  return c < hi && r.tokens.text(c) === ',' && lower && cueBeforeComma(r, c + 1, hi);
}

/** Where reported content that starts at i ends: before a second cue ("and added that ..."), a side
 *  clause (", as supporters protested"), a participle that reports again (", adding that ...") or a
 *  tag that closes this part (", he said, ..."). */
function contentEnd(r: Reading, i: number, hi: number): number {
  let e = hi;
  // (the cue before the content is a relative clause's: "X, who (last year) said ...")
  let inRelative = false;
  for (let k = i - 1; k >= 0 && k >= i - 5 && !inRelative && r.tokens.text(k) !== ','; k--) inRelative = low(r, k) === 'who' || low(r, k) === 'which';
  for (let k = i + 1; k < hi - 1; k++) {
    if (CONTENT_COORDINATORS.has(low(r, k)) && cueInText(r, k + 1)) { e = k; break; }
    // "..., while Macron urged ...", "... but he stressed ...", "... even as lawmakers warned that ...":
    // a clause that reports on its own.
    const evenAs = low(r, k) === 'even' && low(r, k + 1) === 'as';
    if ((REPORT_BREAKS.has(low(r, k)) || evenAs) && reportsAgain(r, k + (evenAs ? 2 : 1), hi)) {
      e = r.tokens.text(k - 1) === ',' ? k - 1 : k;
      break;
    }
    if (r.tokens.text(k) === ':' && /^["“'‘]$/.test(r.tokens.text(k + 1))) { e = k; break; } // ...: "I am excited"
    if (r.tokens.text(k) !== ',') continue;
    if (SIDE_CLAUSE_OPENERS.has(low(r, k + 1))) { e = k; break; }
    if (cueInText(r, k + 1)?.form === 'ing') { e = k; break; }
    if ((cueBeforeComma(r, k + 1, hi) || isAccordingTo(r, k + 1)) && readTag(r, k + 1, hi)) { e = k; break; }
    // "Luis Ortega, 52, who said he had lived there for 20 years, said he could not afford to move": the
    // main clause's verb of saying after a relative clause's report ends it
    if (inRelative && cueInText(r, k + 1)?.form === 'finite' && /^[a-z]/.test(r.tokens.text(k + 1)) && low(r, k + 2) !== 'to') { e = k; break; }
  }
  return trimEnd(r, i, e);
}

/** Marks that belong to the number before them, at the end of content: "prices rose 3%". */
const UNIT_MARKS = /^[%°‰]$/;

/** Content's end without the punctuation before it, a unit mark kept: "..., rose 3%," → "rose 3%". */
function trimEnd(r: Reading, s: number, e: number): number {
  while (e > s && !isWord(r, e - 1) && !UNIT_MARKS.test(r.tokens.text(e - 1))) e--;
  return e;
}

/** Past adverbs and a time phrase: "said Monday", "said on Tuesday", "said recently" — but not into
 *  a phrase whose first words happen to be time words ("in the company's blog post"). */
function skipTimeRight(r: Reading, i: number, hi: number): number {
  const j = skipFillersRight(r, i, hi);
  for (let k = i; k < j; k++) if (AUXILIARIES.has(low(r, k))) return i; // "he says has left ...": a verb
  return j > i && !TIME_PHRASE_NON_HEADS.has(low(r, j - 1)) ? j : i;
}

/** Quotation marks around a title and possessive endings inside a phrase: 'on ABC's "This Week"'. */
const TITLE_MARKS = /^(?:["“”]|['’]s)$/;

/** Content after the cue at c: skip the object, a short phrase ("in a statement", "on Monday") and "that". */
function contentAfter(r: Reading, c: number, hi: number, cue: CueForm): Phrase | null {
  let i = cueEnd(cue, c);
  const { entry } = cue;
  let object = false;
  if (entry.object) {
    const o = objectEnd(r, i, hi, !!entry.clausal);
    object = o > i;
    i = o;
    // "told Bild am Sonntag that": the rest of a name whose small word ended the object
    if (object && isCap(r, i - 1)) {
      let k = i;
      while (k < hi && k < i + 3 && (isCap(r, k) || /^[a-z]{1,3}$/.test(r.tokens.text(k))) && low(r, k) !== 'that') k++;
      if (k > i && low(r, k) === 'that' && isCap(r, k - 1)) i = k;
    }
    // "warned the public Monday not to speculate": a time after the object, before the directive
    if (object && entry.directive && low(r, i) !== 'to' && !NEGATIONS.has(low(r, i))) {
      let t = skipTimeRight(r, i, hi);
      // (a "not" skipped with the time is the directive's own: "Monday not to speculate")
      for (let k = i; k < t; k++) if (NEGATIONS.has(low(r, k))) { t = k; break; }
      if (low(r, t) === 'to' || (NEGATIONS.has(low(r, t)) && low(r, t + 1) === 'to')) i = t;
    }
  }
  // "urged Western governments not to recognise ...", "reminded customers to ...": a directive to the
  // object. Without an object ("pledged to work ...") the infinitive is a commitment, not speech.
  if (entry.directive && object) {
    const to = low(r, i) === 'to' ? i : (low(r, i) === 'not' || low(r, i) === 'never') && low(r, i + 1) === 'to' ? i : -1;
    if (to >= 0 && isWord(r, i + (to === i && low(r, i) === 'to' ? 1 : 2))) {
      const e = contentEnd(r, i, hi);
      return e > i ? { s: i, e } : null;
    }
  }
  i = skipTimeRight(r, i, hi);
  // "said in a statement that", "was quoted by local media as saying that", "noted several times that":
  // a short phrase before "that", a show's title or a body's long name in it ("said on ABC's "This Week"
  // that", "said in a filing with the Securities and Exchange Commission that").
  if (i < hi && low(r, i) !== 'that') {
    let k = i;
    while (k < hi && k < i + 10 && (isWord(r, k) || TITLE_MARKS.test(r.tokens.text(k))) && low(r, k) !== 'that' && !verbAt(r, k) && !cueInText(r, k) && !CLAUSE_PRONOUNS.has(low(r, k))) k++;
    const opensPhrase = REPORT_PREPOSITIONS.has(low(r, i)) || REPORT_PHRASE_OPENERS.has(low(r, i));
    if (k < hi && low(r, k) === 'that' && opensPhrase) i = k;
    // "said on Twitter he had spoken", "said in a statement, the ...": the phrase ends at a pronoun or a comma.
    else if (REPORT_PREPOSITIONS.has(low(r, i))) {
      k = i + 1;
      while (k < hi && k < i + 6 && !CLAUSE_PRONOUNS.has(low(r, k)) && r.tokens.text(k) !== ',') k++;
      if (k < hi && CLAUSE_PRONOUNS.has(low(r, k))) i = k;
      else if (k < hi && r.tokens.text(k) === ',') i = k + 1;
    }
  }
  if (!entry.clausal) return null; // a directive verb reports only its infinitive
  if (r.tokens.text(i) === ',') i++;
  const that = low(r, i) === 'that';
  if (that) i++;
  // A colon or a quotation mark opens a direct quote, not reported content.
  if (i >= hi || cueInText(r, i) || /^[:"“”'‘]$/.test(r.tokens.text(i))) return null;
  // "told the conference [what] was needed": a verb cannot open the clause after an object.
  if (object && !that && AUXILIARIES.has(low(r, i))) return null;
  const w = r.tokens.text(i);
  const lenient = entry.lemma === 'say' || entry.lemma === 'tell';
  if (!that) {
    // A clause starts with its subject ("said police were ..." is fine for say and tell).
    // "noted clients are beginning to ...": a bare plural subject, then its verb.
    const pluralSubject = /^[a-z]+[^s']s$/.test(w) && (verbAt(r, i + 1) || bareVerbAt(r, i + 1));
    if (!subjectStart(w) && !lenient && !pluralSubject) return null;
    // "told reporters about ...", but "says about 550 students attend ..." is a number.
    if (NON_CONTENT_OPENERS.has(w) && !/^\d/.test(r.tokens.text(i + 1) ?? '')) return null;
    if (INDEFINITE_PRONOUNS.has(low(r, i)) && !verbAt(r, skipFillersRight(r, i + 1, hi))) return null; // "said something to ..."

    if (entry.nounObject && !CLAUSE_PRONOUNS.has(low(r, i)) && !clauseAt(r, i, contentEnd(r, i, hi), true)) return null;
  }
  // A clause has a verb early: "he had won", "it is ready" — not "his resignation earlier on Tuesday".
  const e = contentEnd(r, i, hi);
  if (!pronounClause(r, i) && !clauseAt(r, i, e, false)) return null;
  // The content is the whole reported clause, "that" included, as news corpora mark it.
  return e > i ? { s: that ? i - 1 : i, e } : null;
}

/** The source after "according to" at i: a phrase, or a pronoun ("According to him, the state had ..."). */
function accordingSource(r: Reading, i: number, hi: number): Phrase | null {
  if (SOURCE_PRONOUNS.has(low(r, i)) && i + 1 < hi && /^[,.;]$/.test(r.tokens.text(i + 1))) return { s: i, e: i + 1 };
  return npRight(r, i, hi);
}

/** A speech tag that starts at k and closes a stretch of content: "the minister said", "said Telford",
 *  "according to the city", "Scheer said in an interview"; it ends at a comma or the sentence end. */
function readTag(r: Reading, k: number, hi: number): { subject: Phrase; cue: Phrase; end: number } | null {
  if (/^["”’']$/.test(r.tokens.text(k) ?? '')) k++; // ""...," he said": the comma sat inside the quote
  if (k >= hi) return null;
  if (isAccordingTo(r, k)) {
    const np = accordingSource(r, k + 2, hi);
    if (!np) return null;
    let j = np.e;
    // "according to the union's Friday release": the possessor's document.
    if (isPossessive(r, j - 1)) while (j < hi && isWord(r, j) && !NP_STOPS.has(low(r, j))) j++;
    // "according to a senior aide who spoke on condition of anonymity": a relative clause on the source.
    if (PERSON_RELATIVES.has(low(r, j)) || (r.tokens.text(j) === ',' && PERSON_RELATIVES.has(low(r, j + 1)))) {
      j++;
      while (j < hi && r.tokens.text(j) !== ',' && !/^[.!?;]$/.test(r.tokens.text(j))) j++;
    }
    const end = tagEnd(r, j, hi, null);
    return end >= 0 ? { subject: np, cue: { s: k, e: k + 2 }, end } : null;
  }
  let f = speakerAfter(r, k, hi, false);
  // "..., adds Al Basha.": an inverted -s form that could be a noun elsewhere (not the audience of
  // "told": "..., John Smith, a division head, told Reuters").
  const inv = cueOf(r, k)?.form;
  if (!f && inv && inv.form === 'finite' && !AUDIENCE_FIRST.has(inv.entry.lemma) && low(r, k) === r.tokens.text(k) && isCap(r, k + 1)) {
    const np = npRight(r, k + 1, hi);
    if (np) f = { subject: np, cue: { s: k, e: cueEnd(inv, k) } };
  }
  if (!f?.subject || !f.cue) return null;
  const cf = cueInText(r, f.cue.s) ?? cueAt(r, f.cue.s, k) ?? (f.cue.s === k ? cueOf(r, k)?.form ?? null : null);
  if (!cf || cf.entry.cls !== 'speech' || cf.entry.thought || cf.form === 'ing' || r.tokens.text(f.cue.s).length < 2) return null;
  // An inverted subject is a name or a described person, not a clause: "said police Chief Joseph
  // Boinnet", not "said cold weather takes a toll".
  const { subject, cue } = f;
  if (subject.s > cue.s) {
    // A verb that takes a thing as its object, and no clause, is followed by that object: in "X, the
    // chamber's top Republican, praised the agreement." the agreement is praised, not praising.
    if (cf.entry.object && !cf.entry.clausal) return null;
    let named = NOUN_BEFORE.has(low(r, subject.s));
    for (let j = subject.s; j < subject.e; j++) {
      if (isCap(r, j)) named = true;
      else if (verbAt(r, j)) return null;
    }
    if (!named) return null;
  }
  const end = tagEnd(r, Math.max(subject.e, cue.e), hi, cf);
  // A tag inside the sentence has a verb that takes a clause ("..., he said, ..."), or "went on";
  // "In July 2017, the commission asked Sinclair, ..." is no tag.
  if (end >= 0 && end < hi && !cf.entry.clausal && cf.entry.particle !== 'on') return null;
  return end >= 0 ? { subject, cue, end } : null;
}

/** Words that open a clause of when a tag's words were said: "the company said after the market
 *  closed" (not "as": "dismissed the offer as inadequate"). */
const TAG_TIME_CLAUSES: ReadonlySet<string> = new Set(['after', 'before', 'while', 'when']);

/** The end of a tag read up to j: past time words, an object ("told Reuters"), a short phrase ("in an
 *  interview", "on Twitter") and when it was said, at a comma or the sentence end; -1 if a clause
 *  follows instead. */
function tagEnd(r: Reading, j: number, hi: number, cf: CueForm | null): number {
  j = skipFillersRight(r, j, hi);
  if (cf?.entry.object) j = objectEnd(r, j, hi);
  // "in an interview", "to reporters" — but "threatened to release ..." is an infinitive, no phrase.
  if (REPORT_PREPOSITIONS.has(low(r, j)) && !(low(r, j) === 'to' && /^[a-z]+[^s]$/.test(r.tokens.text(j + 1) ?? ''))) {
    let k = j + 1;
    while (k < hi && k < j + 7 && isWord(r, k) && !RELATIVE_OPENERS.has(low(r, k)) && !verbAt(r, k) && !CLAUSE_PRONOUNS.has(low(r, k)) && !TAG_TIME_CLAUSES.has(low(r, k))) k++;
    j = k;
  }
  j = skipFillersRight(r, j, hi);
  // "..., the company said in a statement after the market closed on Tuesday.": when it was said
  if (TAG_TIME_CLAUSES.has(low(r, j)) && low(r, j - 1) !== 'that') {
    let k = j + 1;
    while (k < hi && k < j + 15 && r.tokens.text(k) !== ',' && !/^[.!?;:"“”]$/.test(r.tokens.text(k))) k++;
    // (to the sentence's end: "told Reuters while Foley believes ..., a bail-out is ..." goes on)
    if (k > j + 1 && (k >= hi || /^[.!?]$/.test(r.tokens.text(k)))) j = k;
  }
  if (j >= hi || r.tokens.text(j) === ',' || /^[.!?;:]$/.test(r.tokens.text(j))) {
    let end = j;
    while (end < hi && /^[.!?]$/.test(r.tokens.text(end))) end++;
    return r.tokens.text(j) === ',' ? j : end >= hi ? hi : -1;
  }
  return -1;
}

/** Reported speech found in a sentence: who, the cue, and the reported content. */
interface Reported {
  subject: Phrase;
  /** The cue: a verb, "according to", a sign-off dash; none for a pull quote. */
  cue: Phrase | null;
  content: Phrase;
  /** The content's second part when a tag interrupts it: "[The truth], according to experts, [is ...]". */
  rest?: Phrase;
  /** Just past what the rule read; the sentence is read on from here. */
  end: number;
  /** Verbatim speech set off by layout (an embedded post, a pull quote). */
  kind?: 'direct';
  rule?: string;
}

/** One sentence [s, e) of a paragraph, read on from token `from`. */
interface Sentence {
  r: Reading;
  s: number;
  e: number;
  from: number;
  /** Is token i inside a quotation (its marks included)? */
  quoted: (i: number) => boolean;
  /** What this sentence reported last: "..., he said, adding that ..." adds for the same speaker. */
  prev: Reported | null;
}

/** Content is reported speech of its own when it starts outside quotation marks and has words outside them. */
const fits = (ctx: Sentence, c: Phrase, more: number = 0, least = 3) => {
  let i = c.s;
  while (i < c.e && (!isWord(ctx.r, i) || low(ctx.r, i) === 'that')) {
    if (/^["“”«»„]$/.test(ctx.r.tokens.text(i))) return false; // it opens with a quotation
    i++;
  }
  if (i >= c.e || ctx.quoted(i)) return false;
  const n = wordCount(ctx.r, i, c.e, ctx.quoted) + more;
  // (two words do when they are a clause's subject and verb before a quotation that goes on with it:
  // that Europe was "ready when NASA is.")
  return n >= least || (least === 3 && n === 2 && hasVerb(ctx.r, i, c.e, true) && quotedWithin(ctx, i, c.e));
};
const quotedWithin = (ctx: Sentence, s: number, e: number): boolean => {
  for (let k = s; k < e; k++) if (ctx.quoted(k) && isWord(ctx.r, k)) return true;
  return false;
};

/** A sentence connective: "Nevertheless, ...", "Consequently, analysts said, ...". It is said by no one. */
const isConnective = (w: string) => SENTENCE_CONNECTIVES.has(w) || INTRO_WORDS.has(w) || LEADING_CONJUNCTIONS.has(w);

/** A subject that is a connective, not a speaker (the subject finder read "Nevertheless, it revealed" wrong). */
const connective = (r: Reading, p: Phrase) => p.e - p.s === 1 && isConnective(low(r, p.s));

/** "[more than] a dozen Labour MPs said": a count before the subject, not a comparison ("than TransLink says"). */
const countedSubject = (r: Reading, s: number): boolean =>
  low(r, s - 1) === 'than' && COMPARATIVES.has(low(r, s - 2)) && COUNT_WORD.test(low(r, s)) && !PHRASE_OPENING_PREPOSITIONS.has(low(r, s - 3)) && low(r, s - 3) !== 'of';
const COMPARATIVES = new Set(['more', 'fewer', 'less']);
const COUNT_WORD = /^(?:\d[\d,.]*|a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|dozens?|hundreds?|thousands?|several)$/;

/** Does a quotation end right before token i (past a comma)? Then what starts at i tags it. */
const tagsQuote = (ctx: Sentence, i: number) => {
  let k = i - 1;
  if (ctx.r.tokens.text(k) === ',') k--;
  return k >= ctx.s && ctx.quoted(k) && /^["”’']$/.test(ctx.r.tokens.text(k));
};

/** Does [s, e) hold a reporting verb of its own ("He said A, he added.")? Then no tag closes it. */
function holdsCue(r: Reading, s: number, e: number, lo: number): boolean {
  for (let c = s; c < e; c++) {
    const cf = reportingCue(r, c, lo);
    // A verb that reports a clause here ("He said A, he added."), not one with a noun object ("...
    // also explains the impacts ..., Moore said.").
    if (cf?.entry.clausal && (cf.form !== 'ing' || low(r, c - 1) === ',') && contentAfter(r, c, e, cf)) return true;
  }
  return false;
}

/** Content, then a tag: "[The economy is weak], the minister said(, ...)". When the tag interrupts a
 *  clause (no verb before it), the clause goes on after it: "[The truth], according to experts, [is ...]". */
function contentThenTag(ctx: Sentence, according: boolean): Reported | null {
  const { r, e, from, quoted } = ctx;
  // The content starts at `from`: a quotation there is a direct quote's, whatever tag follows.
  if (!fits(ctx, { s: from, e }, 0, 1)) return null;
  // Right to left: the tag nearest the end closes the longest content ("A, a woman, in ..., Lohmar said").
  for (let k = e - 2; k > from; k--) {
    if (r.tokens.text(k) !== ',' || quoted(k + 1) && !/^["”’']$/.test(r.tokens.text(k + 1))) continue;
    const a = /^["”’']$/.test(r.tokens.text(k + 1)) ? k + 2 : k + 1;
    if (isAccordingTo(r, a) !== according) continue;
    if (!according && !cueBeforeComma(r, a, e) && !cueAfterAside(r, a, e)) continue;
    const tag = readTag(r, k + 1, e);
    if (!tag) continue;
    // "When asked ..., McCallum said, "The city's debt ..."": the tag introduces a quotation.
    if (tag.end < e && quoted(tag.end + 1)) continue;
    // "Revenue rose 17%, the Austin, Texas-based company said": the place is the tag's
    const based = placeBeforeBased(r, k, from);
    if (based > from && r.tokens.text(based - 1) === ',') {
      k = based - 1;
      tag.subject = { s: based, e: tag.subject.e };
    }
    const ce = trimEnd(r, from, k);
    // "Elsewhere, the bank is expected to ..., according to a poll": the connective is the writer's
    const cs = ce - from > 2 && isConnective(low(r, from)) && r.tokens.text(from + 1) === ',' ? from + 2 : from;
    const content = { s: cs, e: ce };
    if (holdsCue(ctx.r, from, ce, ctx.s)) return null;
    let rest: Phrase | undefined;
    // "[It is on Trudeau's watch], Scheer said, [that the country is facing ...]": "that" goes on too.
    if (tag.end < e && r.tokens.text(tag.end) === ',' && (!hasVerb(r, from, ce, true) || low(r, tag.end + 1) === 'that')) {
      const rs = tag.end + 1;
      // (a verb of finding goes on with the interrupted subject: "The floats, she said, showed the town's pride")
      const restCue = cueInText(r, rs);
      if (rs < e && !VERB_COORDINATORS.has(low(r, rs)) && (!restCue || restCue.entry.thought) && !holdsCue(r, rs + (restCue ? 1 : 0), e, ctx.s)) {
        const re = contentEnd(r, rs, e);
        if (re > rs && !quoted(rs)) rest = { s: rs, e: re };
      }
    }
    // "Consequently, analysts said, ...": a connective before the tag is no part of what was said.
    const w = low(r, from);
    if (ce - from === 1 && isConnective(w)) {
      if (rest && fits(ctx, rest)) return { subject: tag.subject, cue: tag.cue, content: rest, end: rest.e };
      continue;
    }
    // Without a second part, the content is a clause of its own: not "Asked about the aid, she sighed."
    if (!rest && !hasVerb(r, from, ce) && !clauseAt(r, from, ce, false) && !pronounClause(r, from)) continue;
    if (!fits(ctx, content, rest ? wordCount(r, rest.s, rest.e, quoted) : 0)) continue;
    return { subject: tag.subject, cue: tag.cue, content, rest, end: rest ? rest.e : tag.end };
  }
  return null;
}

/** Reported speech in a sentence, in order; the first rule that answers wins, then the sentence is
 *  read on from where it stopped. */
export const INDIRECT_RULES: ReadonlyArray<Rule<Sentence, Reported>> = [
  {
    id: 'embed:post',
    reason: 'an embedded social-media post as a page\'s text gives it: the post, a link, then "— Name (@handle) date"',
    example: 'Thousands of customers remain without power after the storm. pic.twitter.com/Ab12Cd — BC Hydro (@bchydro) December 22, 2018',
    speaker: 'BC Hydro',
    find: ({ r, s, from }) => {
      if (s !== 0 || from !== 0) return null;
      const t = r.tokens;
      for (let d = 1; d < t.length - 3; d++) {
        if (!isDash(r, d)) continue;
        let k = d + 1;
        while (k < t.length && k < d + 7 && isCap(r, k)) k++;
        if (k === d + 1 || t.text(k) !== '(' || !isHandleMark(t.text(k + 1) ?? '')) continue;
        let ce = 0;
        while (ce < d && !isEmbedLink(t.text(ce))) ce++;
        while (ce > 0 && !isWord(r, ce - 1)) ce--;
        if (ce < 3 || !isWord(r, 0)) return null;
        return { subject: { s: d + 1, e: k }, cue: { s: d, e: d + 1 }, content: { s: 0, e: ce }, end: t.length, kind: 'direct' };
      }
      return null;
    },
  },
  {
    id: 'embed:pull-quote',
    reason: 'a pull quote as a page\'s text gives it: the words, then the speaker\'s name (and role) with no verb and no stop',
    example: 'It is very bad for our senior population if they have nothing in the way of backup. Rod Peters, Lake Cowichan mayor',
    speaker: 'Rod Peters',
    find: ({ r, s, from }) => {
      if (s !== 0 || from !== 0) return null;
      const n = r.tokens.length;
      const last = sentenceStartOf(r, n - 1);
      let stop = last - 1;
      if (/^["”’']$/.test(r.tokens.text(stop) ?? '')) stop--;
      if (last < 3 || !/^[.!?]$/.test(r.tokens.text(stop))) return null;
      // The name: two to four capitalised words, then at most a comma and a role; no verb, no stop.
      let k = last;
      while (k < n && k < last + 6 && isCap(r, k) && isWord(r, k) && !cueInText(r, k)) k++;
      if (k - last < 2 || (k < n && r.tokens.text(k) !== ',')) return null;
      if (CLAUSE_SUBJECT_OPENERS.has(low(r, last))) return null;
      for (let j = k; j < n; j++) if (!isWord(r, j) && r.tokens.text(j) !== ',' || verbAt(r, j) || cueInText(r, j)) return null;
      if (n - k > 9) return null;
      let ce = last;
      while (ce > 0 && !isWord(r, ce - 1)) ce--;
      return { subject: { s: last, e: k }, cue: null, content: { s: 0, e: ce }, end: n, kind: 'direct' };
    },
  },
  {
    id: 'indirect:according-to-first',
    reason: 'a source first, then the content: "According to officials, six people died."',
    example: 'According to the interior ministry, more than 6,700 people were detained.',
    speaker: 'the interior ministry',
    find: (ctx) => {
      const { r, from, e } = ctx;
      if (!isAccordingTo(r, from)) return null;
      const np = accordingSource(r, from + 2, e);
      if (!np) return null;
      let k = np.e;
      while (k < e && r.tokens.text(k) !== ',') k++;
      if (k >= e) return null;
      // "According to Thierry Breton, the EU's internal market commissioner, the bloc is ...": a
      // description of the source between commas, with no verb, is not what it said
      if (ARTICLES.has(low(r, k + 1))) {
        let d = k + 1;
        while (d < e && d < k + 14 && r.tokens.text(d) !== ',') d++;
        if (d < e && r.tokens.text(d) === ',' && !hasVerb(r, k + 1, d, true) && !cueInText(r, d - 1)) k = d;
      }
      // "According to the Kremlin transcript, he told Prabowo that ...": the document reports someone's
      // report, which the cue-first rules read (X told Y that ...)
      if (reportsWithin(r, k + 1, e)) return null;
      const content = { s: k + 1, e: contentEnd(r, k + 1, e) };
      return content.e > content.s && fits(ctx, content) ? { subject: np, cue: { s: from, e: from + 2 }, content, end: content.e } : null;
    },
  },
  {
    id: 'indirect:according-to-after',
    reason: 'a source after the content, or inside it: "Six people died, according to officials." / "The harsh truth, according to experts, is ..."',
    example: 'Shelter residents, according to the preliminary findings, are fearful about losing their beds.',
    speaker: 'the preliminary findings',
    find: (ctx) => contentThenTag(ctx, true),
  },
  {
    id: 'indirect:content-first',
    reason: 'the content, then a tag: "The economy is weak, the minister said (on Tuesday)." / "..., said police Chief Joseph Boinnet." — not ", announced his resignation ..."',
    example: 'The strike committee would meet again on Friday, Kolesnikova said.',
    speaker: 'Kolesnikova',
    find: (ctx) => contentThenTag(ctx, false),
  },
  {
    id: 'indirect:cue-first',
    reason: 'a reporting verb and its clause: "Moscow has said (that) it is ready to step in.", "Merkel told reporters the talks had failed."',
    example: 'Lukashenko said the opposition was trying to seize power.',
    speaker: 'Lukashenko',
    find: (ctx) => {
      const { r, s, e, from, quoted, prev } = ctx;
      const asked = askedEnd(r, s, e);
      for (let c = Math.max(from, asked); c < e - 2; c++) {
        if (quoted(c)) continue;
        const cf = reportingCue(r, c, s);
        if (!cf) continue;
        const prevWord = low(r, c - 1);
        // "Obama addressed the concerns, stating (that) ...": a participle after a comma reports too;
        // right after a tag it reports for the tag's speaker ("..., he said, adding that ...").
        const quotedAs = prevWord === 'as' && low(r, c - 2) === 'quoted';
        if (cf.form === 'ing' && prevWord !== ',' && !quotedAs) continue;
        if (negated(r, c, s) || (cf.form !== 'ing' && tagsQuote(ctx, c))) continue;
        // The content first (most cues tag a quotation and have none), then its speaker.
        const content = contentAfter(r, c, e, cf);
        const be = skipFillersRight(r, cueEnd(cf, c), e);
        if (!(content && fits(ctx, content)) && !CLEFT_COPULAS.has(low(r, be))) continue;
        let subject: Phrase | null;
        if (cf.form === 'ing' && prev && prevWord === ',' && prev.end === c - 1) subject = prev.subject;
        else if (quotedAs) {
          // "He was quoted as saying ...": the subject of the passive.
          let k = c - 3;
          if (BE_FORMS.has(low(r, k))) k--;
          subject = npLeft(r, skipFillersLeft(r, k, s), s);
        } else subject = subjectOf(r, c, s, cf.form === 'ing');
        if (!subject || quoted(subject.s) || connective(r, subject) || noneSaid(r, subject)) continue;
        // "The data suggests ...": evidence says nothing.
        if (EVIDENTIAL_CUES.has(cf.entry.lemma) && EVIDENCE_NOUNS.has(low(r, subject.e - 1))) continue;
        // ""...," Fraser wrote on Aug. 30 in an email": the tag of a quotation reports that quotation.
        if (cf.form !== 'ing' && tagsQuote(ctx, Math.min(subject.s, c))) continue;
        // "what he said about Uber", "than TransLink says": a noun clause, no report — but "what he
        // would say is that ..." reports what follows "is".
        if (FREE_RELATIVE_OPENERS.has(low(r, Math.min(subject.s, c) - 1)) && !countedSubject(r, subject.s)) {
          if (low(r, Math.min(subject.s, c) - 1) !== 'what' || !CLEFT_COPULAS.has(low(r, be))) continue;
          const i = be + 1;
          const cleft = { s: i, e: contentEnd(r, i + (low(r, i) === 'that' ? 1 : 0), e) };
          if (cleft.e > cleft.s && fits(ctx, cleft)) return { subject, cue: { s: c, e: cueEnd(cf, c) }, content: cleft, end: cleft.e };
          continue;
        }
        if (content && fits(ctx, content)) return { subject, cue: { s: c, e: cueEnd(cf, c) }, content, end: content.e };
      }
      return null;
    },
  },
  {
    id: 'indirect:naming',
    reason: 'what a speaker calls something: "They called it a bandage solution ...", "Authorities described her as the mother", "what he calls the UN\'s taking away of ..."',
    example: 'The mayor called the plan a costly mistake for the city.',
    speaker: 'The mayor',
    find: (ctx) => {
      const { r, s, e, from, quoted } = ctx;
      for (let c = from; c < e - 2; c++) {
        const cf = quoted(c) ? null : cueAt(r, c, s);
        if (!cf || cf.entry.cls !== 'naming' || cf.form === 'ing' || NON_REPORTING_BEFORE.has(low(r, c - 1)) || negated(r, c, s)) continue;
        const subject = subjectOf(r, c, s, false);
        if (!subject || quoted(subject.s) || tagsQuote(ctx, Math.min(subject.s, c))) continue;
        let i = cueEnd(cf, c);
        if (low(r, Math.min(subject.s, c) - 1) !== 'what') {
          // "described his attempt to steal a car as [a carjacking]"
          let k = i;
          while (k < e && k < i + 10 && low(r, k) !== 'as' && isWord(r, k) && !objectStop(r, k)) k++;
          if (low(r, k) === 'as' && k > i) i = k + 1;
          else if (NAMING_WITH_OBJECT.has(cf.entry.lemma)) {
            // "called it [a bandage solution]", "called the stop [the single clearest point]"
            const o = objectEnd(r, i, e);
            if (o === i || !ARTICLES.has(low(r, o)) || (NP_STOPS.has(low(r, i)) && !OBJECT_PRONOUNS.has(low(r, i)))) continue;
            i = o;
          } else continue;
        }
        // The name is a noun phrase: it ends before a verb of the sentence ("what they call [X] have outlined").
        let ce = contentEnd(r, i, e);
        for (let k = i + 1; k < ce; k++) if (objectStop(r, k) && !RELATIVE_OPENERS.has(low(r, k - 1))) { ce = k; break; }
        while (ce > i && !isWord(r, ce - 1)) ce--;
        const content = { s: i, e: ce };
        if (content.e > content.s && fits(ctx, content, 0, 2)) return { subject, cue: { s: c, e: cueEnd(cf, c) }, content, end: content.e };
      }
      return null;
    },
  },
];

/** A content that opens a quotation it does not close ends with the closing mark: `would be
 *  "unacceptable."` — not `would be "unacceptable`. */
function closingMark(r: Reading, c: Phrase, hi: number): Phrase {
  let marks = 0;
  for (let k = c.s; k < c.e; k++) if (/^["“”]$/.test(r.tokens.text(k))) marks++;
  if (marks % 2 === 0) return c;
  for (let k = c.e; k < hi && k < c.e + 3; k++) {
    if (/^["”]$/.test(r.tokens.text(k))) return { s: c.s, e: k + 1 };
    if (!/^[.,!?;:…]$/.test(r.tokens.text(k))) break;
  }
  return c;
}

/** Tokens of a paragraph inside quotation marks (kept quotes, their marks included). */
function quotedTokens(p: Para, spans: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const t = p.tokens;
  const out = new Uint8Array(t.length);
  if (!t.length) return out;
  const from = t.start(0);
  const to = t.end(t.length - 1);
  for (let k = firstIndex(spans.length, (m) => spans[m][1] <= from); k < spans.length && spans[k][0] < to; k++) {
    const [open, close] = spans[k];
    for (let i = firstIndex(t.length, (m) => t.start(m) < open); i < t.length && t.end(i) <= close; i++) out[i] = 1;
  }
  return out;
}

export function findIndirect(seg: Segmented, paras: Para[], quoted: MarkPair[], resolver: Resolver, answers: ReadonlyMap<Para, unknown> = new Map()): Quote[] {
  const { text } = seg.article;
  const out: Quote[] = [];
  // Quoted spans sorted by end (they do not nest at the top level, so by start too).
  const spans = quoted.map((q) => [q.open, q.close] as const).sort((a, b) => a[1] - b[1]);
  for (const p of paras) {
    // (an interview's questions report no one's speech; its answers are quotes of their own: interview.ts)
    if (qaLabel(p) || answers.has(p)) continue;
    const r = p;
    const t = p.tokens;
    const inQuote = quotedTokens(p, spans);
    const isQuoted = (i: number) => inQuote[i] === 1;
    for (let s = 0; s < t.length;) {
      let e = s + 1;
      while (e < t.length && !startsSentence(p, e)) e++;
      let from = s;
      let prev: Reported | null = null;
      let next = e;
      while (from < e - 1) {
        const q: Reported | null = firstAnswer(INDIRECT_RULES, { r, s, e, from, quoted: isQuoted, prev });
        if (!q) break;
        const m = mentionOf(r, q.subject);
        // A date is no speaker: "the auctions began last September 26" reports nothing.
        if (isDatePhrase(r, m)) {
          if (q.end >= e) { next = Math.max(e, q.end); break; }
          from = Math.max(from + 1, q.end);
          continue;
        }
        const mention = spanOf(text, t, m);
        const who = resolver.resolve(spanOf(text, t, headOf(r, m)));
        const cue = q.cue ? spanOf(text, t, q.cue) : null;
        // "The new budget, she said, would protect libraries": one report, the tag inside it
        for (const piece of q.rest ? [{ s: q.content.s, e: q.rest.e }] : [q.content]) {
          const c = closingMark(r, piece, e);
          const start = t.start(c.s);
          const end = t.end(c.e - 1);
          out.push({
            id: '', text: text.slice(start, end), start, end, kind: q.kind ?? 'indirect', speaker: who.speaker, speakerId: who.speakerId,
            speakerMention: mention, speakerGender: who.gender ?? null, resolvedBy: who.speaker ? who.how ?? 'name' : null, rule: q.rule ?? null, cue,
          });
        }
        prev = q;
        if (q.end >= e) { next = Math.max(e, q.end); break; }
        from = Math.max(from + 1, q.end);
      }
      s = next;
      while (s < t.length && !startsSentence(p, s)) s++;
    }
  }
  return out;
}
