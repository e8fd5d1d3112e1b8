// Grammar read off a clause without a parser: is a mention the subject of a verb, the speaker of a
// speech verb, a possessor, inside a prepositional phrase, or the subject of a subordinate clause?
// Subjects and speakers are the likely antecedents of the next "she said" (Lappin & Leass's salience
// factors, with speakers added for news).
//
//   Lonechild said she ...                         → "Lonechild": subject, speaker
//   "...," said oil and gas worker Mike Wipf.       → "Mike Wipf": speaker (inverted)
//   Jeff Fraser, the director of EHS, says ...      → "Jeff Fraser": subject, speaker (the aside skipped)
//   ... run by his father's friend, Martin Legere, gave → "Martin Legere": inside a PP, no subject
//   Although Trump has tweeted ...                 → "Trump": subject of a subordinate clause
import { cueForm } from '../lexicon/cue-verbs.js';
import { VERB_FILLERS } from '../lexicon/speaker-words.js';
import { low, txt, type Doc } from './document.js';

/** Prepositions whose object is no subject: "met with Minister Carolyn Bennett". */
export const PREPOSITIONS = new Set(['of', 'for', 'with', 'to', 'by', 'from', 'at', 'in', 'on', 'about', 'against', 'between',
  'among', 'including', 'like', 'than', 'after', 'before', 'behind', 'over', 'under', 'toward', 'towards', 'into', 'onto',
  'upon', 'without', 'within', 'beside', 'besides', 'near', 'across', 'through', 'during', 'via', 'per', 'despite', 'unlike',
  'around', 'beyond', 'alongside', 'amid', 'outside', 'inside', 'past', 'versus', 'vs']);

/** Words that open a subordinate clause: its subject is not the sentence's topic. */
export const SUBORDINATORS = new Set(['although', 'though', 'while', 'because', 'since', 'if', 'when', 'whether', 'unless',
  'as', 'after', 'before', 'until', 'whereas', 'once', 'that', 'which', 'who', 'whom', 'where', 'whenever', 'so']);

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'must', 'may', 'might', 'did', 'does', 'do', "'s", "'re", "'ll", "'d", "'ve", 'shall', 'won', 'wo']);

/** Common irregular past forms (regular ones end in -ed). */
const IRREGULAR = new Set(['said', 'made', 'went', 'came', 'got', 'took', 'gave', 'knew', 'thought', 'told', 'saw', 'left',
  'lost', 'met', 'ran', 'paid', 'kept', 'held', 'felt', 'found', 'became', 'began', 'spoke', 'wrote', 'sold', 'built',
  'sent', 'led', 'won', 'put', 'set', 'cut', 'hit', 'let', 'brought', 'bought', 'caught', 'taught', 'fought', 'sought',
  'stood', 'understood', 'grew', 'drew', 'threw', 'flew', 'drove', 'rose', 'fell', 'heard', 'meant', 'read', 'struck',
  'sat', 'slept', 'spent', 'stole', 'swore', 'tore', 'wore', 'woke', 'chose', 'froze', 'forgot', 'hid', 'shot', 'shut']);

/** Forms of "be" that join a fronted phrase to the name it introduces ("Among them was X"). */
const COPULAS = new Set(['is', 'are', 'was', 'were']);

const CLOSING_QUOTES = new Set(['”', '"', "''", '»', '’']);

const ASKED = 1;
const VERB = 2;
const SPEECH = 4;

/** Is a word (lower case, and as written) a finite verb? 1: yes, 2: a speech verb too, 0: no. */
export function verbWord(w: string, written: string): number {
  if (!/^[a-z']+$/.test(w)) return 0;
  const cf = cueForm(w);
  let f = 0;
  if (AUXILIARIES.has(w) || IRREGULAR.has(w) || /^[a-z]{3,}ed$/.test(w) || /^[a-z]{2,}[^su']s$/.test(w) || (cf && cf.form !== 'ing')) f |= 1;
  if (cf && cf.form !== 'ing' && cf.entry.cls === 'speech' && /^[a-z]+$/.test(written)) f |= 2;
  return f;
}

/** Both verb tests of token i (in range), computed once per distinct spelling. */
function verbFlags(doc: Doc, i: number): number {
  const id = doc.wid[i];
  const memo = doc.verbMemo[id];
  if (memo) return memo;
  const w = low(doc, i);
  const v = w === undefined ? 0 : verbWord(w, txt(doc, i));
  const f = ASKED | (v & 1 ? VERB : 0) | (v & 2 ? SPEECH : 0);
  doc.verbMemo[id] = f;
  return f;
}

/** Does a finite verb (or auxiliary) start at token i? "said", "is", "recorded", "remembers". */
export function verbAt(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.n && (verbFlags(doc, i) & VERB) !== 0;
}

/**
 * A verb that cannot be a noun: auxiliaries, irregular pasts, finite speech verbs. Descriptions
 * ("the director of provincial operations") hold plurals in -s that verbAt would take for verbs.
 */
export function plainVerbAt(doc: Doc, i: number): boolean {
  const w = low(doc, i);
  return w !== undefined && (AUXILIARIES.has(w) && w !== "'s" || IRREGULAR.has(w) || speechVerbAt(doc, i));
}

/** A speech verb at token i in a finite form: "said", "says", "told", "added". */
export function speechVerbAt(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.n && (verbFlags(doc, i) & SPEECH) !== 0;
}

/** The first token after i that is not an adverb or filler ("also", "repeatedly"), within the sentence; auxiliaries stay. */
export function skipFillers(doc: Doc, i: number, end: number): number {
  while (i < end && !AUXILIARIES.has(low(doc, i)) && (VERB_FILLERS.has(low(doc, i)) || /^[a-z]{3,}ly$/.test(low(doc, i)))) i++;
  return i;
}

/**
 * A finite verb right after a comma: "X, the mayor, said", "X, a senator, called it ..." — but not a
 * participle opening a reduced relative ("X, accused of fraud, ...", "X, based in Toronto, ...").
 */
export function finiteAfterComma(doc: Doc, v: number): boolean {
  if (speechVerbAt(doc, v)) return true;
  if (!verbAt(doc, v)) return false;
  return !/^[a-z]+ed$/.test(low(doc, v)) || !PREPOSITIONS.has(low(doc, v + 1) ?? '');
}

export interface ClauseRole {
  subject: boolean;
  speaker: boolean;
  possessor: boolean;
  embedded: boolean;
  subordinate: boolean;
}

/**
 * The clause role of the phrase [s, e) (s: where the phrase starts, titles and descriptions included),
 * written into `role` (a mention: no object per call on a 20 MB article).
 * An aside between a subject and its verb is skipped: "X, a mechanic based in Kansas City, Mo., said".
 */
export function clauseRole<T extends ClauseRole>(doc: Doc, s: number, e: number, role: T): T {
  role.subject = false;
  role.speaker = false;
  role.possessor = false;
  role.embedded = false;
  role.subordinate = false;
  const sent = doc.sent[s];
  const from = doc.sentStart[sent];
  const to = doc.sentEnd[sent];
  const prev = s > from ? low(doc, s - 1) : '';
  if (low(doc, e) === "'s" || low(doc, e) === "'") { role.possessor = true; return role; }
  if (prev === 'to' && low(doc, s - 2) === 'according') { role.speaker = true; role.subject = true; return role; }
  // "For Megda Belkacemi, Friday is a day she has awaited": a fronted topic is as salient as a subject.
  if ((prev === 'for' || prev === 'to') && s - 1 === from && txt(doc, e) === ',') { role.subject = true; return role; }
  if (PREPOSITIONS.has(prev)) { role.embedded = true; return role; }
  // "...," said X / said X, the mayor.
  if (s > from && speechVerbAt(doc, s - 1)) {
    const before = s - 2 >= from ? txt(doc, s - 2) : '';
    if (s - 1 === from || before === ',' || CLOSING_QUOTES.has(before) || before === '.') {
      role.speaker = true;
      role.subject = true;
      return role;
    }
  }
  // "Among them was Rosa Delgado, a retired nurse ...", "One of the workers on the picket line was Keisha
  // Barnes, who ...": a name after a fronted phrase and its copula, then described, is whom the sentence
  // introduces: its subject in all but word order. (Not a name in passing: "One of his fellow pupils at
  // intelligence school was Vladimir Putin." is still about "his" pupil.)
  if (COPULAS.has(prev) && s - 1 > from && txt(doc, e) === ',') { role.subject = true; return role; }
  // A subject opens its clause: nothing but a conjunction, a comma or a subordinator before it.
  const opens = s === from || prev === ',' || prev === ';' || prev === ':' || prev === '—' || prev === '–' || prev === '(' ||
    prev === 'and' || prev === 'but' || prev === 'or' || prev === 'then' || prev === 'so' || prev === 'yet' ||
    SUBORDINATORS.has(prev) || CLOSING_QUOTES.has(txt(doc, s - 1) ?? '') || /^["“]$/.test(txt(doc, s - 1) ?? '');
  if (!opens) return role;
  role.subordinate = SUBORDINATORS.has(prev) && prev !== 'so';
  let j = e;
  // "(D-Wis.)" after a name
  if (txt(doc, j) === '(') {
    let k = j + 1;
    while (k < to && k < j + 8 && txt(doc, k) !== ')') k++;
    if (txt(doc, k) === ')') j = k + 1;
  }
  if (txt(doc, j) === ',' && finiteAfterComma(doc, skipFillers(doc, j + 1, to))) {
    // The end of an aside before it: "Director of security at Symantec, Kevin Haley, agreed".
    j = skipFillers(doc, j + 1, to);
  } else if (txt(doc, j) === ',') {
    // An aside: the verb follows one of the next commas ("X, who ..., and ..., said").
    // A past form before a preposition is the verb only when no later comma brings one: "Rowe, 42,
    // waded through mud", but not "X, located in Toronto, said".
    let found = -1;
    let participle = -1;
    for (let k = j + 1; k < to && k < j + 45; k++) {
      if (doc.quoted[k] && doc.quoted[k - 1] === 0 && k > j + 1) break;
      if (txt(doc, k) !== ',') continue;
      const v = skipFillers(doc, k + 1, to);
      if (v < to && finiteAfterComma(doc, v)) { found = v; break; }
      if (v < to && participle < 0 && verbAt(doc, v)) participle = v;
    }
    if (found < 0) found = participle;
    if (found < 0) return role;
    j = found;
  } else if (/^(?:with|of|from|at|for)$/.test(low(doc, j) ?? '')) {
    // "Tim Guest with the Nova Scotia Health Authority says": a short phrase after the name.
    let k = j + 1;
    while (k < to && k < j + 9 && !verbAt(doc, k) && !/^[,;:.]$/.test(txt(doc, k))) k++;
    if (k >= to || !verbAt(doc, k)) return role;
    j = k;
  } else j = skipFillers(doc, j, to);
  if (j >= to || !verbAt(doc, j)) return role;
  role.subject = true;
  // "X has said", "X would tell": an auxiliary before the speech verb.
  let v = j;
  while (v < to - 1 && AUXILIARIES.has(low(doc, v))) v = skipFillers(doc, v + 1, to);
  if (speechVerbAt(doc, v) || low(doc, v) === 'according') role.speaker = true;
  return role;
}
