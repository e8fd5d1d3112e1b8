// The speaker of a quote from the clause before it: the nearest cue and its subject, then the
// outermost reporting clause that holds it.
//
//   Merkel told Putin that ... must "Q"          → told, Merkel
//   Obama said he expected that voters will say "no"   → said, Obama (outermost)
//   Hillary shot back, "Q"                        → an open-class verb before a comma
//   Trump's claim that "Q"                        → noun cue, the possessor
//   according to the senator, "Q"                → the phrase after "according to"
//   PENCE: "Q"                                   → a label before a colon
import type { Token } from '../types.js';
import { clauseSubject, cueAt, isAccordingTo, isCap, isPossessive, isPronoun, isWord, low, npLeft, npRight, possessedNounCue, type Phrase } from './phrases.js';
import { DETERMINERS, NP_STOPS } from '../lexicon/speaker-words.js';
import { authorOf, DOCUMENT, passiveUse, subjectOf, type Found } from './subject.js';

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
