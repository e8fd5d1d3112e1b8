// Names the article itself spells out, for speakers when the NER has no entity for them: capitalised
// runs in the body, cleaned of titles, grouped by surname so a short name finds its full form.
//
//   "Russian President Vladimir Putin"  → run "Vladimir Putin" (titles before the last honorific dropped)
//   "Lukashenko said"                   → "Alexander Lukashenko" (the longest run with that surname)
//   "Tikhanovsky's wife, Svetlana Tikhanovskaya" → female (the article's own cue), and so is "Tikhanovskaya"
import { NAME_PARTICLES } from '../lexicon/clause-words.js';
import { honorific, TITLE_MODIFIERS } from '../lexicon/honorifics.js';
import { DETERMINERS, FAMILY_NOUNS, INTRO_WORDS, LEADING_CONJUNCTIONS, NP_STOPS, SUBJECT_PRONOUNS, type Gender } from '../lexicon/speaker-words.js';
import { nameGender, type FirstNames } from '../ner/gender.js';
import { NON_PERSON_HEADS } from '../lexicon/speaker-words.js';
import { isCap, low, type Reading } from './reading.js';

export interface NameRun {
  start: number;
  end: number;
  words: string[];
  /** Gender evidence from an honorific or a family noun next to this very mention. */
  gender?: Gender;
}

const NOT_NAMES = new Set([...DETERMINERS, ...INTRO_WORDS, ...LEADING_CONJUNCTIONS, ...NP_STOPS, ...Object.keys(SUBJECT_PRONOUNS)]);

// Module constants, not literals in the functions: a regular-expression literal is a new object each
// time it is evaluated, and these are asked of every token.
/** A word that can be part of a name: "Tikhanovskaya", "O'Brien", "Jean-Claude". */
const NAME_WORD = /^[\p{L}][\p{L}\p{M}.'’-]*$/u;
/** An acronym in capitals ("EU", "NATO."): no part of a person's name run. */
const ACRONYM = /^[\p{Lu}]{2,}[.]?$/u;
/** An initial: "J." */
const INITIAL = /^\p{Lu}\.$/u;
/** A token that ends a clause, where the search for a family noun stops. */
const CLAUSE_END = /^[.;!?]$/;

const isNameToken = (r: Reading, i: number) => {
  const t = r.tokens.text(i);
  return t !== undefined && (isCap(r, i) && NAME_WORD.test(t) && !ACRONYM.test(t) || INITIAL.test(t));
};

/** Strips title words: "German Chancellor Angela Merkel" → "Angela Merkel", "Sen. Sanders" → "Sanders". */
function stripTitles(r: Reading, s: number, e: number): { s: number; gender?: Gender } {
  let cut = -1;
  let gender: Gender | undefined;
  for (let i = s; i < e - 1; i++) {
    const h = honorific(r.tokens.text(i));
    if (h || TITLE_MODIFIERS[low(r, i)] !== undefined) { cut = i; if (h?.gender) gender = h.gender; }
  }
  if (cut < 0 && s < e - 1 && NOT_NAMES.has(low(r, s))) cut = s; // "The Kremlin", "But Putin"
  return { s: cut >= 0 ? cut + 1 : s, gender };
}

/** Capitalised runs in a paragraph's tokens, outside the given quote ranges. */
export function nameRuns(r: Reading, inQuote: (i: number) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < r.tokens.length; i++) {
    if (!isNameToken(r, i) || inQuote(i)) continue;
    let j = i + 1;
    while (j < r.tokens.length && (isNameToken(r, j) || (NAME_PARTICLES.has(r.tokens.text(j)) && isNameToken(r, j + 1)))) j++;
    const { s, gender } = stripTitles(r, i, j);
    if (s < j && !(j - s === 1 && NOT_NAMES.has(low(r, s)))) {
      let g = gender;
      // "Tikhanovsky's wife, Svetlana Tikhanovskaya" / "his wife Svetlana": a family noun just before.
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const fam = FAMILY_NOUNS[low(r, k)];
        if (fam) { g = fam; break; }
      }
      // "Tikhanovskaya said her husband ...": a possessive before a family noun soon after the name.
      if (!g) {
        for (let k = j; k < Math.min(r.tokens.length, j + 8); k++) {
          if (isNameToken(r, k) || CLAUSE_END.test(r.tokens.text(k))) break;
          const w = low(r, k);
          if ((w === 'her' || w === 'his') && FAMILY_NOUNS[low(r, k + 1)]) { g = w === 'her' ? 'female' : 'male'; break; }
        }
      }
      runs.push({ start: r.tokens.start(s), end: r.tokens.end(j - 1), words: r.tokens.texts(s, j), gender: g });
    }
    i = j - 1;
  }
  return runs;
}

export interface Cluster {
  name: string;
  gender?: Gender;
  /** At least two words, an honorific or a known first name: a person rather than a place. */
  person: boolean;
  /** Set once the first-name lists were asked. */
  checked?: boolean;
}

/** Groups runs by their last word; the name is the longest form, the gender any evidence found. */
export function clusterNames(runs: NameRun[]): Map<string, Cluster> {
  const byLast = new Map<string, Cluster>();
  for (const r of runs) {
    const key = r.words[r.words.length - 1].toLowerCase();
    const c = byLast.get(key) ?? { name: r.words.join(' '), gender: undefined, person: false, checked: false };
    if (r.words.join(' ').length > c.name.length) c.name = r.words.join(' ');
    if (r.gender) { c.gender = r.gender; c.person = true; }
    byLast.set(key, c);
  }
  for (const c of byLast.values()) {
    const words = c.name.split(' ');
    if (words.length >= 2 && !NON_PERSON_HEADS.has(words[words.length - 1].toLowerCase()) && !NON_PERSON_HEADS.has(words[0].toLowerCase())) c.person = true;
  }
  return byLast;
}

/** The gender of a cluster, looked up only when a pronoun needs it (first-name lists are costly to load). */
export function clusterGender(c: Cluster, firstNames: FirstNames): Gender | undefined {
  if (!c.gender && !c.checked && c.person) c.gender = nameGender(c.name.split(' '), firstNames);
  c.checked = true;
  return c.gender;
}

export const clusterKey = (words: string[]) => words[words.length - 1].toLowerCase().replace(/['’]s$/, '');
