// The speaker and cue of one quote, read from the clause around it.
//
//   "Q," Lukashenko said.                        → after: phrase then cue
//   "Q," said Lukashenko.                        → after: cue then phrase
//   "Q," Maria Kolesnikova, the ..., told ...    → after: appositive skipped
//   "Q" — Brian Fallon                            → after: dash sign-off
//   Merkel told Putin that ... must "Q"          → before: nearest cue, its subject
//   She denied ... and vowed that ... "Q"        → before: coordination → the clause subject
//   Fallon responded, calling it "Q"             → before: participle → the clause subject
//   an architect who said "Q"                    → before: relative pronoun → its antecedent
//   Trump's claim that "Q"                        → before: noun cue → the possessor
//   according to the senator, "Q"                → before: the phrase after "according to"
//   PENCE: "Q"                                   → label before a colon
import type { Token } from '../types.js';
import {
  clauseSubject, cueAt, isAccordingTo, isCap, isDash, isPossessive, isPronoun, isWord, low, npLeft, npRight,
  possessedNounCue, skipAppositiveRight, skipFillersLeft, skipFillersRight, type Phrase,
} from './phrases.js';
import { DETERMINERS, NP_STOPS, TIME_WORDS } from '../lexicon/speaker-words.js';

export interface Found {
  subject: Phrase | null;
  /** Token range of the cue. */
  cue: Phrase | null;
  /** The subject is a document ("a statement saying"): its author, if found, speaks. */
  weak?: boolean;
}

const PREPS = new Set(['in', 'on', 'at', 'during', 'through', 'across', 'from', 'via', 'outside', 'inside', 'near', 'around', 'with']);

/** The author of a document phrase: "Rubio's campaign sent out [a press release] saying" → Rubio's campaign. */
export function authorOf(tokens: Token[], doc: Phrase, lo: number): Phrase | null {
  let v = doc.s - 1;
  while (v > lo && /^(?:out|up|off|also|a|an)$/.test(low(tokens[v]))) v--;
  if (v <= lo || !/^[a-z]+$/.test(tokens[v].text)) return null;
  return npLeft(tokens, skipFillersLeft(tokens, v - 1, lo), lo);
}

const SAME_PAST_VERBS = new Set(['put', 'read']);

/** Verbs whose next noun is their object, not an inverted subject: "..., told CBS News". */
const TAKES_OBJECT = new Set(['tell', 'urge', 'warn', 'inform', 'remind', 'assure', 'advise', 'accuse', 'thank', 'blame',
  'praise', 'call', 'criticize', 'criticise', 'attack', 'cite', 'encourage', 'order', 'introduce', 'describe', 'label', 'brand']);

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "'s", 'get', 'got', 'gets']);

/** Cue then subject, or subject then cue, right after a quote: [a, hi) is the rest of the clause. */
export function speakerAfter(tokens: Token[], a: number, hi: number): Found | null {
  let k = a;
  let dash = -1;
  while (k < hi && (/^[,]$/.test(tokens[k].text) || isDash(tokens[k]))) { if (isDash(tokens[k])) dash = k; k++; }
  if (k >= hi) return null;
  if (isAccordingTo(tokens, k)) {
    const np = npRight(tokens, k + 2, hi);
    return np ? { subject: np, cue: { s: k, e: k + 2 } } : null;
  }
  const cf = cueAt(tokens, k, a);
  if (cf && cf.form !== 'ing') {
    // "...," said Smith  /  "...," says the senator, "..."
    const s = skipFillersRight(tokens, k + 1, hi);
    const np = npRight(tokens, s, hi);
    if (np && !TIME_WORDS.has(low(tokens[np.e - 1]))) return { subject: np, cue: { s: k, e: k + 1 } };
    return null;
  }
  // ""...," as a Homeland Security memo put it." / ""...," as he said."
  if (low(tokens[k]) === 'as' && k + 1 < hi) {
    const np = npRight(tokens, k + 1, hi);
    if (np) {
      const j = skipFillersRight(tokens, np.e, hi);
      const cf = cueAt(tokens, j, -1, true);
      if (cf && cf.form !== 'ing') return { subject: np, cue: { s: j, e: ['put', 'point'].includes(cf.entry.lemma) ? j + 2 : j + 1 } };
    }
    return null;
  }
  if (NP_STOPS.has(low(tokens[k])) && !isCap(tokens[k]) && !isPronoun(tokens[k])) return null;
  const np = npRight(tokens, k, hi);
  if (!np) return null;
  let j = skipFillersRight(tokens, np.e, hi);
  const cue = cueAt(tokens, j, -1, true);
  // A bare form only after a plural or I/we/they/you: ""...," officials say" but not "a Donald Trump tweet".
  const plural = /^(?:i|we|they|you)$/.test(low(tokens[np.e - 1])) || /[a-z]s$/.test(tokens[np.e - 1].text);
  if (cue && (cue.form === 'finite' || (cue.form === 'base' && (plural || SAME_PAST_VERBS.has(cue.entry.lemma))))) return { subject: np, cue: { s: j, e: j + 1 } };
  // "X, the attorney general of Oklahoma, one of the states suing ..., said": appositives, however many.
  if (tokens[j]?.text === ',') {
    for (let m = j + 1; m < hi && m < j + 45; m++) {
      if (/^[;?!"“”«»]$/.test(tokens[m].text) || (tokens[m].text === '.' && tokens[m + 1]?.text !== ',')) break;
      const cf = cueAt(tokens, m, -1);
      // "policies, which he said had harmed ...": a relative clause with a speaker of its own.
      if (cf && /^(?:which|who|that)$/.test(low(tokens[j + 1])) && tokens[m - 1].text !== ',') break;
      if (cf && cf.form !== 'ing' && !/^(?:that|who|which)$/.test(low(tokens[m - 1])) && (tokens[m - 1].text === ',' || isWord(tokens[m - 1]))) {
        if (!(tokens.slice(j + 1, m).some((t) => t.text === ',') || m - j <= 12)) break;
        // ""in homage to" Lazar, Song wrote": a bare name right before the verb is its subject.
        // "Any "cleareyed" interpretation of Mr. Kerry's actions, said Michael Kofman, ...": inverted.
        if (tokens[m - 1].text === ',' && isCap(tokens[m + 1]) && !TIME_WORDS.has(low(tokens[m + 1])) && !TAKES_OBJECT.has(cf.entry.lemma)) {
          const inv = npRight(tokens, m + 1, hi);
          if (inv) return { subject: inv, cue: { s: m, e: m + 1 } };
        }
        const near = tokens[m - 1].text !== ',' ? npLeft(tokens, skipFillersLeft(tokens, m - 1, j + 1), j + 1) : null;
        if (near && near.s >= j + 1 && tokens[near.s - 1].text === ',' && isCap(tokens[near.s]) && near.e - near.s <= 3) return { subject: near, cue: { s: m, e: m + 1 } };
        return { subject: np, cue: { s: m, e: m + 1 } };
      }
    }
  }
  j = skipAppositiveRight(tokens, j, hi);
  if (isAccordingTo(tokens, j)) return null;
  // "Q" — Brian Fallon: a sign-off names the speaker without a verb.
  if (dash >= 0 && isCap(tokens[np.s]) && (np.e >= hi || /^[(.]$/.test(tokens[np.e].text))) {
    return { subject: np, cue: { s: dash, e: dash + 1 } };
  }
  return null;
}

/** The subject of the cue verb at c, looking left within [lo, c). */
export function subjectOf(tokens: Token[], c: number, lo: number, participle: boolean, slo = lo): Phrase | null {
  let j = skipFillersLeft(tokens, c - 1, lo);
  // "Protesters marching through the streets chanted", "but in a later interview said": a
  // prepositional phrase (and a participle before it) sits between the subject and its verb.
  for (let guard = 0; guard < 2 && j >= lo && !participle; guard++) {
    const np = npLeft(tokens, j, lo);
    if (!np || !PREPS.has(low(tokens[np.s - 1])) || np.s - 1 <= lo) break;
    j = np.s - 2;
    if (/^[a-z]+ing$/.test(tokens[j]?.text ?? '')) j--;
    j = skipFillersLeft(tokens, j, lo);
  }
  if (j < lo) {
    // "Said Smith: ..." / "Continued Stone: ..." — an inverted cue at the clause start.
    return npRight(tokens, c + 1, Math.min(tokens.length, c + 12));
  }
  const w = low(tokens[j]);
  if (w === 'and' || w === 'but' || w === 'or' || w === 'then') {
    // "Manafort told friends that ... and thought ...": the subject of the first verb of the pair.
    for (let k = j - 1; k >= Math.max(slo, j - 80); k--) {
      const cf = cueAt(tokens, k, slo);
      if (!cf || passiveUse(tokens, k, slo, !!cf.entry.passive)) continue;
      const np = subjectOf(tokens, k, slo, cf.form === 'ing');
      if (np && !DOCUMENT.test(low(tokens[np.e - 1]))) return np;
      if (np) return authorOf(tokens, np, slo) ?? clauseSubject(tokens, slo, c);
      break;
    }
    return clauseSubject(tokens, lo, c) ?? clauseSubject(tokens, slo, c);
  }
  if (w === ',') {
    if (participle) return clauseSubject(tokens, lo, c) ?? clauseSubject(tokens, slo, c);
    // "X, the campaign manager of ..., told": the phrase before the previous comma.
    let p = j - 1;
    while (p > lo && p > j - 30 && tokens[p].text !== ',') p--;
    if (p > lo && tokens[p].text === ',') {
      // "Bret Stephens, who, after trading insults ..., said": a relative pronoun before the aside.
      if (/^(?:who|which)$/.test(low(tokens[p - 1]))) {
        let k = p - 2;
        if (tokens[k]?.text === ',') k--;
        const ante = npLeft(tokens, k, lo, true);
        return ante ? { s: ante.s, e: p } : { s: p - 1, e: p };
      }
      const np = npLeft(tokens, skipFillersLeft(tokens, p - 1, lo), lo);
      // "The first Belarusian diplomat to ..., Minsk's ambassador Igor Leshchenya, announced": a name
      // closing the aside is the speaker's name.
      const aside = npLeft(tokens, j - 1, p + 1);
      if (aside && isCap(tokens[aside.e - 1]) && (!np || !isCap(tokens[np.e - 1]))) return aside;
      if (np) return np;
    }
    return clauseSubject(tokens, lo, c);
  }
  if (w === 'who' || w === 'which' || w === 'that') {
    // "an architect who said": the mention runs from the antecedent to the relative pronoun, which
    // is where corpora such as PolNeAR mark the speaker.
    let k = j - 1;
    if (tokens[k]?.text === ',') k--;
    const np = npLeft(tokens, k, lo, true);
    return np ? { s: np.s, e: j + 1 } : w === 'that' ? null : { s: j, e: j + 1 };
  }
  if (BE.has(w) && participle) {
    // "He's claiming that": a progressive is a finite verb.
    return npLeft(tokens, skipFillersLeft(tokens, j - 1, lo), lo) ?? clauseSubject(tokens, lo, c);
  }
  if (participle) {
    const np = npLeft(tokens, j, lo);
    // "Trump's spokesman, saying" is rare; "as saying" / "by saying" mean the clause subject.
    return np && np.e === c ? np : clauseSubject(tokens, lo, c);
  }
  return npLeft(tokens, j, lo) ?? clauseSubject(tokens, lo, c);
}

/** Is the cue at c a passive or reduced relative ("was accused", "in prison accused of")? */
function passiveUse(tokens: Token[], c: number, lo: number, passive: boolean): boolean {
  const prev = low(tokens[c - 1]);
  if (BE.has(prev) && /(?:ed|en|told|said|asked)$/.test(low(tokens[c]))) return true;
  if (!passive) return false;
  const next = low(tokens[c + 1]);
  // "in prison accused of ...", "Mr. Pinchuk, described as one of ...": a reduced passive.
  return c - 1 >= lo && (/^[a-z]+$/.test(tokens[c - 1].text) || tokens[c - 1].text === ',') && !isPronoun(tokens[c - 1])
    && /ed$/.test(low(tokens[c])) && ['of', 'as', 'by'].includes(next);
}

/** Is there a clause break between a and b ("..., while Macron urged")? */
function clauseBreak(tokens: Token[], a: number, b: number): boolean {
  let comma = false;
  let that = false;
  for (let i = a; i < b; i++) {
    const w = low(tokens[i]);
    if (/^(?:;|while|whereas|but|although|though|because|since|when|after|before|if|until|unless|--|—|–|―)$/.test(w) && low(tokens[i - 1]) !== 'that') return true;
    if (w === ',') comma = true;
    if (w === 'that') that = true;
  }
  return comma && !that;
}
const SUBORDINATORS = new Set(['when', 'after', 'before', 'if', 'as', 'because', 'while', 'since', 'although', 'though', 'once', 'until', 'unless', 'whether']);

/** The nearest cue before [lo, to) and its subject, or null. */
function nearestCue(tokens: Token[], lo: number, to: number, open: number, slo = lo): Found | null {
  for (let c = to - 1; c >= lo; c--) {
    if (isAccordingTo(tokens, c)) {
      const np = npRight(tokens, c + 2, open);
      if (np) return { subject: np, cue: { s: c, e: c + 2 } };
      continue;
    }
    if (possessedNounCue(tokens, c) && (/^(?:that|:|,|"|“|«|'|„)$/.test(low(tokens[c + 1])) || (low(tokens[c + 1]) === 'to' && /^(?:promise|pledge|call|vow)$/.test(low(tokens[c]))))) {
      return { subject: npLeft(tokens, c - 2, lo), cue: { s: c, e: c + 1 } };
    }
    // "a new and more personal campaign message: "It's about me."": the subject of the clause.
    if (c === open - 2 && tokens[c + 1].text === ':' && /^(?:message|statement|words|answer|response|reply|tweet|post|note|letter|warning|headline|slogan|question|lines?|comment|remarks?)$/.test(low(tokens[c]))) {
      const np = clauseSubject(tokens, lo, c);
      if (np) return { subject: np, cue: { s: c, e: c + 2 } };
    }
    const cf = cueAt(tokens, c, lo);
    if (!cf) continue;
    if (passiveUse(tokens, c, lo, !!cf.entry.passive)) continue;
    // "urged the government to show "firm resolve"": a belief or finding verb in an infinitive is
    // the content of the verb before it.
    if (cf.form === 'base' && low(tokens[c - 1]) === 'to' && WEAK_INFINITIVES.has(cf.entry.lemma)) continue;
    const subject = subjectOf(tokens, c, lo, cf.form === 'ing', slo);
    const e = ['put', 'point'].includes(cf.entry.lemma) ? c + 2 : c + 1;
    // "a statement saying", "a letter ... that says": documents voice their authors' words.
    if (subject && cf.form === 'ing' && DOCUMENT.test(low(tokens[subject.e - 1]))) return { subject, cue: { s: c, e }, weak: true };
    return { subject, cue: { s: c, e } };
  }
  return null;
}

/** Irregular past tenses for the open-class "X shot back, "..."" pattern. */
const PAST_VERBS = new Set(['shot', 'spoke', 'wrote', 'began', 'went', 'put', 'thought', 'came', 'gave', 'took', 'made', 'got', 'fired', 'hit', 'struck', 'threw', 'sang', 'swore', 'drew', 'rang', 'broke', 'led']);

const WEAK_INFINITIVES = new Set(['show', 'find', 'hope', 'expect', 'fear', 'believe', 'think', 'worry', 'maintain', 'order', 'promise', 'pledge', 'answer', 'read', 'post', 'state', 'note', 'report']);

const DOCUMENT = /^(?:statement|release|letter|tweet|post|message|memo|report|note|email|e-mail|video|ad|advertisement|interview|op-ed|column|speech|remarks|filing|complaint|lawsuit|language|ruling|order)$/;

/** The cue before the quote, in [lo, open), and its subject. Of nested reporting clauses the outermost
 *  wins: in "Obama said he expected that Americans will say "no"" the speaker is Obama. */
export function speakerBefore(tokens: Token[], lo: number, open: number, slo = lo): Found | null {
  // "Hillary shot back, "...": an open-class verb between a name and the comma before a direct quote.
  let found = nearestCue(tokens, lo, open, open, slo);
  if ((!found || found.cue!.s < open - 6) && open - 2 >= lo && /^[,:]$/.test(tokens[open - 1].text)) {
    let v = open - 2;
    let n = 0;
    let verb = false;
    while (v >= lo && n < 3 && /^[a-z]+$/.test(tokens[v].text) && !NP_STOPS.has(low(tokens[v])) && !cueAt(tokens, v, -1)) {
      if (/ed$/.test(tokens[v].text) || PAST_VERBS.has(tokens[v].text)) verb = true;
      v--;
      n++;
    }
    if (n > 0 && verb && v >= lo && (isPronoun(tokens[v]) || (isCap(tokens[v]) && v > lo))) {
      const np = npLeft(tokens, v, lo);
      if (np) found = { subject: np, cue: { s: v + 1, e: open - 1 } };
    }
  }
  if (found?.cue) {
    // Look for an outer reporting clause whose content holds this one.
    for (let guard = 0; guard < 3; guard++) {
      const cue: Phrase = found.cue!;
      const from = Math.min(cue.s, found.subject ? found.subject.s : cue.s);
      const outer = nearestCue(tokens, lo, from, open, slo);
      if (!outer?.subject || !outer.cue || clauseBreak(tokens, outer.cue.e, from)) break;
      if (low(tokens[outer.cue.s]) === 'according') break;
      // "footage of Trump saying "..."": a participle on its own noun is not inside another report.
      if (found.subject && found.subject.e === cue.s && /ing$/.test(low(tokens[cue.s]))
        && !tokens.slice(cue.e, open).some((t) => /^(?:is|are|was|were|be|been)$/.test(low(t)))) break;
      const outerCue = cueAt(tokens, outer.cue.s, lo);
      if (outerCue && !outerCue.entry.clausal && outerCue.form !== 'ing') break;
      // "So when Patriot signaled that ..., Mr. Barrett said": the outer verb is in a side clause.
      if (SUBORDINATORS.has(low(tokens[outer.subject.s - 1])) && tokens.slice(outer.cue.e, from).some((t) => t.text === ',')) break;
      // ""...," said Beck, who said there were "..."": the same speaker twice; keep the nearer mention.
      if (found.subject && outer.subject.s < found.subject.e && found.subject.s < outer.subject.e) break;
      found = outer;
    }
    if (found.weak) {
      const subject = authorOf(tokens, found.subject!, slo) ?? clauseSubject(tokens, slo, found.cue!.s);
      if (subject && subject.s < found.subject!.s) return { subject, cue: found.cue };
    }
    return found;
  }
  // "PENCE: "..."", "Sanders made the following comment: "..."": a colon introduces the quote.
  const colon = open - 1;
  if (colon >= lo && tokens[colon].text === ':') {
    const np = clauseSubject(tokens, lo, colon);
    if (np && (colon - lo <= 6 || isCap(tokens[np.s]) || isPronoun(tokens[np.s]) || DETERMINERS.has(low(tokens[np.s])))) return { subject: np, cue: { s: colon, e: colon + 1 } };
  }
  return null;
}

/** A sentence-final speech tag after the quote: ""Q" to drive up the stock price, she said." */
export function speakerTail(tokens: Token[], a: number, hi: number): Found | null {
  for (let k = a; k < hi; k++) {
    if (tokens[k].text !== ',') continue;
    const f = speakerAfter(tokens, k + 1, hi);
    if (f?.cue && f.subject && low(tokens[f.cue.e]) !== 'that' && cueAt(tokens, f.cue.s, -1)) return f;
  }
  return null;
}

/** The speaker of the clause [lo, hi) that has no quote: "Smith said the plan would fail." → Smith. */
export function clauseSpeaker(tokens: Token[], lo: number, hi: number): Found | null {
  // A paragraph that ends in a colon introduces the next one: "Stated Stone:".
  for (let c = lo; c < hi; c++) {
    if (isAccordingTo(tokens, c)) {
      const np = npRight(tokens, c + 2, hi);
      if (np) return { subject: np, cue: { s: c, e: c + 2 } };
    }
    const cf = cueAt(tokens, c, lo);
    if (!cf || cf.form === 'ing' || passiveUse(tokens, c, lo, !!cf.entry.passive)) continue;
    const subject = subjectOf(tokens, c, lo, false);
    if (subject) return { subject, cue: { s: c, e: c + 1 } };
  }
  // A transcript label at the clause start: "PENCE: Well, ...".
  for (let c = lo; c < Math.min(hi, lo + 5); c++) {
    if (tokens[c].text === ':' && c > lo && isCap(tokens[lo]) && tokens.slice(lo, c).every((t) => isWord(t) && (isCap(t) || isPossessive(t)))) {
      return { subject: { s: lo, e: c }, cue: { s: c, e: c + 1 } };
    }
  }
  return null;
}
