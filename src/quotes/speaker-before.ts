// The speaker of a quote from the clause before it: the nearest cue and its subject, then the
// outermost reporting clause that holds it.
//
//   Merkel told Putin that ... must "Q"          → told, Merkel
//   Obama said he expected that voters will say "no"   → said, Obama (outermost)
//   Hillary shot back, "Q"                        → an open-class verb before a comma
//   Trump's claim that "Q"                        → noun cue, the possessor
//   according to the senator, "Q"                → the phrase after "according to"
//   PENCE: "Q"                                   → a label before a colon
import { clauseSubject, isAccordingTo, npLeft, npRight, possessedNounCue, skipFillersRight, type Phrase } from './phrases.js';
import { cueAt } from './cues.js';
import { cueInText, isCap, isPossessive, isPronoun, isWord, low, type Reading } from './reading.js';
import { DETERMINERS, NP_STOPS } from '../lexicon/speaker-words.js';
import {
  BE_FINITE, CLAUSE_BREAKS, CLAUSE_PRONOUNS, GROUP_PRONOUNS, IRREGULAR_PAST_TAGS, MESSAGE_NOUNS, NOUN_CUE_FOLLOWERS, NOUN_CUES_WITH_TO,
  PERSON_PRONOUNS, RELATIVES, SUBORDINATORS, TITLE_SMALL_WORDS,
} from '../lexicon/clause-words.js';
import { cueEnd } from '../lexicon/cue-verbs.js';
import { DOCUMENT_OF, DOCUMENTS } from '../lexicon/clause-words.js';
import { firstAnswer, type Rule, type RuleInfo } from './rule.js';
import { authorOf, passiveUse, subjectOf, type Found } from './subject.js';

/** Is there a clause break between a and b ("..., while Macron urged")? */
function clauseBreak(r: Reading, a: number, b: number): boolean {
  let comma = false;
  let that = false;
  for (let i = a; i < b; i++) {
    const w = low(r, i);
    if (CLAUSE_BREAKS.has(w) && low(r, i - 1) !== 'that') return true;
    if (w === ',') comma = true;
    if (w === 'that') that = true;
  }
  return comma && !that;
}

/** A position in the scan for the nearest cue before a quote: token c, in the clause [lo, open). */
interface CueSite {
  r: Reading;
  c: number;
  lo: number;
  open: number;
  /** Where the sentence starts, for subjects that lie before a clause break. */
  slo: number;
}

/** What may stand at a token before a quote and make it a cue, tried in order at each token, nearest token first. */
export const BEFORE_CUE_RULES: ReadonlyArray<Rule<CueSite>> = [
  {
    id: 'before:according-to',
    reason: 'a source named before the quote: "according to the senator, "...""',
    example: 'According to the opposition leader, the vote was "a farce from start to finish."',
    speaker: 'the opposition leader',
    find: ({ r, c, open }) => {
      if (!isAccordingTo(r, c)) return null;
      const np = npRight(r, c + 2, open);
      return np ? { subject: np, cue: { s: c, e: c + 2 } } : null;
    },
  },
  {
    id: 'before:noun-cue',
    reason: 'a noun cue with a possessor, who speaks: "Trump\'s claim that "..."", "Merkel\'s promise to "..."',
    example: 'Lukashenko\'s claim that the protesters were "paid by foreigners" drew scorn.',
    speaker: 'Lukashenko',
    find: ({ r, c, lo }) => {
      if (!possessedNounCue(r, c)) return null;
      if (!(NOUN_CUE_FOLLOWERS.has(low(r, c + 1)) || (low(r, c + 1) === 'to' && NOUN_CUES_WITH_TO.has(low(r, c))))) return null;
      return { subject: npLeft(r, c - 2, lo), cue: { s: c, e: c + 1 } };
    },
  },
  {
    id: 'before:message',
    reason: 'a message noun and a colon: the clause\'s subject speaks: "a new campaign message: "It\'s about me.""',
    example: 'The president had a short message: "Go home and rest."',
    speaker: 'The president',
    find: ({ r, c, lo, open }) => {
      if (!(c === open - 2 && r.tokens.text(c + 1) === ':' && MESSAGE_NOUNS.has(low(r, c)))) return null;
      // "She became so upset ... that I had to change my answer:": the subject of the nearest clause.
      let np = clauseSubject(r, lo, c);
      for (let k = c - 1; k > lo; k--) {
        if (CLAUSE_PRONOUNS.has(low(r, k)) && (low(r, k - 1) === 'that' || SUBORDINATORS.has(low(r, k - 1)))) { np = { s: k, e: k + 1 }; break; }
      }
      return np ? { subject: np, cue: { s: c, e: c + 2 } } : null;
    },
  },
  {
    id: 'before:verb',
    reason: 'a cue verb and its subject before the quote: "Merkel told Putin that ... must "...""; a statement or letter "saying" speaks for its author',
    example: 'Merkel told Putin that the violence must "stop at once."',
    speaker: 'Merkel',
    find: ({ r, c, lo, slo }) => {
      const cf = cueAt(r, c, lo);
      if (!cf) return null;
      if (passiveUse(r, c, lo, !!cf.entry.passive)) return null;
      // "urged the government to show "firm resolve"": a belief or finding verb in an infinitive is
      // the content of the verb before it.
      if (cf.form === 'base' && low(r, c - 1) === 'to' && cf.entry.infinitiveIsContent) return null;
      const subject = groupAntecedent(r, subjectOf(r, c, lo, cf.form === 'ing', slo), slo);
      const e = cueEnd(cf, c);
      // "a statement saying", "a letter ... that says": documents voice their authors' words.
      if (subject && cf.form === 'ing' && DOCUMENTS.has(low(r, subject.e - 1))) return { subject, cue: { s: c, e }, weak: true };
      const doc = subject && documentBefore(r, subject, lo);
      if (doc) return { subject: doc, cue: { s: c, e }, weak: true, fallback: subject };
      return { subject, cue: { s: c, e } };
    },
  },
];

/** "Clinton's campaign is seeking to contrast her approach with what they call "..."": the "it" or
 *  "they" of a free relative names the clause's own subject, when that is a phrase and nothing
 *  but the clause's words stands between them. */
function groupAntecedent(r: Reading, subject: Phrase | null, slo: number): Phrase | null {
  if (!subject || subject.e - subject.s !== 1 || !GROUP_PRONOUNS.has(low(r, subject.s)) || low(r, subject.s - 1) !== 'what') return subject;
  const np = clauseSubject(r, slo, subject.s - 1);
  if (!np || isPronoun(r, np.s)) return subject;
  for (let i = np.e; i < subject.s - 1; i++) if (/^[,;:—–-]$/.test(r.tokens.text(i)) || RELATIVES.has(low(r, i)) || CLAUSE_BREAKS.has(low(r, i))) return subject;
  return np;
}

/** The document a relative clause's verb speaks for: "a statement that said", "a letter from his
 *  doctor (Friday) that says" → the document phrase; null when the antecedent is none. */
function documentBefore(r: Reading, subject: Phrase, lo: number): Phrase | null {
  if (subject.e - subject.s < 2 || !RELATIVES.has(low(r, subject.e - 1))) return null;
  if (DOCUMENTS.has(low(r, subject.e - 2))) return { s: subject.s, e: subject.e - 1 };
  // "a letter from his doctor that says": the document before the phrase's preposition.
  if (subject.s - 2 >= lo && DOCUMENT_OF.has(low(r, subject.s - 1)) && DOCUMENTS.has(low(r, subject.s - 2))) return npLeft(r, subject.s - 2, lo, true);
  return null;
}

/** The nearest cue before [lo, to) and its subject, or null. */
function nearestCue(r: Reading, lo: number, to: number, open: number, slo = lo): Found | null {
  const site: CueSite = { r, c: to - 1, lo, open, slo }; // one site moved along: the scan allocates nothing per token
  for (; site.c >= lo; site.c--) {
    const f = firstAnswer(BEFORE_CUE_RULES, site);
    if (f) return f;
  }
  return null;
}

/** The steps of `speakerBefore` after the nearest cue, each recorded as the rule that attributed a quote. */
export const BEFORE_STEPS: ReadonlyArray<RuleInfo> = [
  {
    id: 'before:open-class',
    reason: 'an open-class past verb between a name and the comma before a direct quote: "Hillary shot back, "...""',
    example: 'On Monday, Tikhanovskaya fired back, "We are the majority."',
    speaker: 'Tikhanovskaya',
  },
  {
    id: 'before:outer-clause',
    reason: 'of nested reporting clauses the outermost speaks: "Obama said he expected that voters will say "no"" → Obama',
    example: 'Lukashenko said he expected that the workers would say "no" to strikes.',
    speaker: 'Lukashenko',
  },
  {
    id: 'before:document-author',
    reason: 'a document speaks for its author: "Rubio\'s campaign sent out a press release saying "...""',
    example: 'The ministry issued a statement saying the protests were "fully under control."',
    speaker: 'The ministry',
  },
  {
    id: 'before:clause-comma',
    reason: 'a clause with a named subject and a past verb, then a comma, introduces a quote: "Clinton shared her worry with donors, "I do not know ...""',
    example: 'Tikhanovskaya shared her worries with supporters in Vilnius, "We do not know what will happen next."',
    speaker: 'Tikhanovskaya',
  },
  {
    id: 'before:colon',
    reason: 'a colon introduces the quote: "PENCE: "..."", "Sanders made the following comment: "...""',
    example: 'Maria Kolesnikova: "We will stay until the end."',
    speaker: 'Maria Kolesnikova',
  },
];

/** The cue before the quote, in [lo, open), and its subject. Of nested reporting clauses the outermost
 *  wins: in "Obama said he expected that Americans will say "no"" the speaker is Obama. */
export function speakerBefore(r: Reading, lo: number, open: number, slo = lo): Found | null {
  // "Hillary shot back, "...": an open-class verb between a name and the comma before a direct quote.
  let found = nearestCue(r, lo, open, open, slo);
  if ((!found || found.cue!.s < open - 6) && open - 2 >= lo && /^[,:]$/.test(r.tokens.text(open - 1))) {
    let v = open - 2;
    let n = 0;
    let verb = false;
    while (v >= lo && n < 3 && /^[a-z]+$/.test(r.tokens.text(v)) && !NP_STOPS.has(low(r, v)) && !cueInText(r, v)) {
      if (/ed$/.test(r.tokens.text(v)) || IRREGULAR_PAST_TAGS.has(r.tokens.text(v))) verb = true;
      v--;
      n++;
    }
    if (n > 0 && verb && v >= lo && (isPronoun(r, v) || (isCap(r, v) && v > lo))) {
      const np = npLeft(r, v, lo);
      if (np) found = { subject: np, cue: { s: v + 1, e: open - 1 }, rule: 'before:open-class' };
    }
  }
  if (found?.cue) {
    // Look for an outer reporting clause whose content holds this one.
    for (let guard = 0; guard < 3; guard++) {
      const cue: Phrase = found.cue!;
      const from = Math.min(cue.s, found.subject ? found.subject.s : cue.s);
      const outer = nearestCue(r, lo, from, open, slo);
      if (!outer?.subject || !outer.cue || clauseBreak(r, outer.cue.e, from)) break;
      if (low(r, outer.cue.s) === 'according') break;
      // "footage of Trump saying "..."": a participle on its own noun is not inside another report.
      if (found.subject && found.subject.e === cue.s && /ing$/.test(low(r, cue.s))
        && !r.tokens.texts(cue.e, open).some((_, k) => BE_FINITE.has(low(r, cue.e + k)))) break;
      const outerCue = cueAt(r, outer.cue.s, lo);
      if (outerCue && !outerCue.entry.clausal && outerCue.form !== 'ing') break;
      // "So when Patriot signaled that ..., Mr. Barrett said": the outer verb is in a side clause.
      if (SUBORDINATORS.has(low(r, outer.subject.s - 1)) && r.tokens.texts(outer.cue.e, from).includes(',')) break;
      // ""...," said Beck, who said there were "..."": the same speaker twice; keep the nearer mention.
      if (found.subject && outer.subject.s < found.subject.e && found.subject.s < outer.subject.e) break;
      found = { ...outer, rule: 'before:outer-clause' };
    }
    if (found.weak) {
      const subject = authorOf(r, found.subject!, slo) ?? clauseSubject(r, slo, found.cue!.s);
      if (subject && subject.s < found.subject!.s) return { subject, cue: found.cue, rule: 'before:document-author' };
      if (found.fallback) return { subject: found.fallback, cue: found.cue, rule: found.rule };
    }
    return found;
  }
  // "PENCE: "..."", "Sanders made the following comment: "..."": a colon introduces the quote.
  const colon = open - 1;
  if (colon >= lo && r.tokens.text(colon) === ':') {
    const np = clauseSubject(r, lo, colon);
    if (np && (colon - lo <= 6 || isCap(r, np.s) || isPronoun(r, np.s) || DETERMINERS.has(low(r, np.s)))) return { subject: np, cue: { s: colon, e: colon + 1 }, rule: 'before:colon' };
  }
  // "Clinton shared her worry with an audience, "I do not know ..."": a named subject, its past
  // verb, and a comma before a quote that opens with a capital.
  const comma = open - 1;
  if (comma > lo && r.tokens.text(comma) === ',' && isCap(r, open + 1) && sentenceLike(r, open + 1)) {
    const np = clauseSubject(r, lo, comma);
    const v = np ? skipFillersRight(r, np.e, comma) : comma;
    if (np && (isCap(r, np.s) || PERSON_PRONOUNS.has(low(r, np.s))) && v < comma
      && (/^[a-z]+ed$/.test(r.tokens.text(v)) || IRREGULAR_PAST_TAGS.has(r.tokens.text(v)))) return { subject: np, cue: { s: v, e: v + 1 }, rule: 'before:clause-comma' };
  }
  return null;
}

/** Do the quoted words from token i read as a sentence (six words or more, not all capitalised), not a title like "Who's Who in the CIA"? */
function sentenceLike(r: Reading, i: number): boolean {
  let words = 0;
  let lower = false;
  for (let k = i; k < r.tokens.length && k < i + 12 && !/^["“”'‘’]{1,2}$/.test(r.tokens.text(k)); k++) {
    if (!isWord(r, k) || isPossessive(r, k)) continue;
    words++;
    if (!isCap(r, k) && !TITLE_SMALL_WORDS.has(low(r, k))) lower = true;
  }
  return words >= 6 && lower;
}

/** Closing double quotation marks as the tokeniser gives them: '"', '”', "''" (NYT), '»'. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', "''", '»']);

/** The speaker of the clause [lo, hi) that has no quote: "Smith said the plan would fail." → Smith. */
export function clauseSpeaker(r: Reading, lo: number, hi: number): Found | null {
  // A paragraph that ends in a colon introduces the next one: "Stated Stone:".
  for (let c = lo; c < hi; c++) {
    if (isAccordingTo(r, c)) {
      const np = npRight(r, c + 2, hi);
      if (np) return { subject: np, cue: { s: c, e: c + 2 } };
    }
    const cf = cueAt(r, c, lo);
    if (!cf || cf.form === 'ing' || passiveUse(r, c, lo, !!cf.entry.passive)) continue;
    // 'based on the recommendation of the doctors," said Nicholson': the end of a quote whose opening
    // mark is in the paragraph before; its speaker comes after the cue, never from before the mark
    if (CLOSING_MARKS.has(r.tokens.text(c - 1))) {
      const after = npRight(r, cueEnd(cf, c), hi);
      if (after) return { subject: after, cue: { s: c, e: cueEnd(cf, c) } };
      continue;
    }
    const subject = subjectOf(r, c, lo, false);
    if (subject) return { subject, cue: { s: c, e: cueEnd(cf, c) } };
  }
  // A transcript label at the clause start: "PENCE: Well, ...".
  for (let c = lo; c < Math.min(hi, lo + 5); c++) {
    if (r.tokens.text(c) === ':' && c > lo && isCap(r, lo) && r.tokens.texts(lo, c).every((_, k) => isWord(r, lo + k) && (isCap(r, lo + k) || isPossessive(r, lo + k)))) {
      return { subject: { s: lo, e: c }, cue: { s: c, e: c + 1 } };
    }
  }
  return null;
}
