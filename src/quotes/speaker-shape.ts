// A speaker is a name or a description, never a clause or a date. The phrase a rule finds next to a
// cue is trimmed to that shape before its mention is taken, and a phrase that is only a date names
// nobody.
//
//   "Mr Rowe wants the ferries ... but conceded"   → "Mr Rowe" (a verb after the name opens a clause)
//   "said Dupont ahead of the 4 May final"         → "Dupont" (a time phrase follows the name)
//   "his doctor Friday afternoon says"             → "his doctor"
//   "as recently as March 3 said", "began last May 2" → no speaker: "March 3" is a date
import { DATE_FILLERS, DATE_NAMES, DAY_OR_YEAR, MONTH_ABBREVIATIONS, NAME_LIKE_MONTHS } from '../lexicon/date-words.js';
import { CAPITALISED_ARTICLES } from '../lexicon/clause-words.js';
import { DETERMINERS } from '../lexicon/speaker-words.js';
import type { Phrase } from './phrases.js';
import { isCap, isPossessive, isPronoun, low, type Reading } from './reading.js';

const bare = (w: string) => w.replace(/\.$/, '');
const YEAR = /^(?:1[89]|20)\d\d$/;
const isDateWord = (r: Reading, i: number) => DATE_NAMES.has(bare(low(r, i))) || DAY_OR_YEAR.test(r.tokens.text(i));

/**
 * Are the words only a date: "December 17", "last September 26", "Wednesday February", "FEBRUARY"?
 * "May" alone is a name ("May said") and "DEC" an acronym; "May 4" and "Dec 17" are dates.
 */
function onlyDate(words: string[]): boolean {
  let dated = false;
  let named = false;
  let day = false;
  for (const w of words) {
    const b = bare(w);
    // A year is a date; a day number only beside a month ("56" alone is an age: "Schiff, 56, who told").
    if (YEAR.test(w)) dated = true;
    else if (DAY_OR_YEAR.test(w)) day = true;
    else if (NAME_LIKE_MONTHS.has(b) || MONTH_ABBREVIATIONS.has(b)) named = true;
    else if (DATE_NAMES.has(b)) dated = true;
    else if (!DATE_FILLERS.has(w)) return false;
  }
  return dated || (named && day);
}

/** Is the phrase only a date? Then it names no speaker. */
export const isDatePhrase = (r: Reading, p: Phrase): boolean => {
  const words: string[] = [];
  for (let i = Math.max(p.s, 0); i < Math.min(p.e, r.tokens.length); i++) words.push(low(r, i));
  return onlyDate(words);
};

/** Is a speaker's name only a date ("FEBRUARY")? Such an entity names nobody. */
export const isDateName = (name: string): boolean => onlyDate(name.toLowerCase().split(/\s+/).filter(Boolean));

/** A capitalised word of a name (not "The", not "Smith's"). */
const nameWord = (r: Reading, i: number) => isCap(r, i) && !isPossessive(r, i) && !CAPITALISED_ARTICLES.has(r.tokens.text(i)) && !isDateWord(r, i);

/** A lower-case finite verb right after a name, with its object or infinitive next: "Rowe wants the". */
function opensClause(r: Reading, i: number, e: number): boolean {
  if (!/^[a-z]+(?:s|ed)$/.test(r.tokens.text(i)) || /ss$/.test(r.tokens.text(i))) return false;
  const next = i + 1 < e ? i + 1 : -1;
  if (next < 0) return false;
  const w = low(r, next);
  return DETERMINERS.has(w) || w === 'to' || isPronoun(r, next);
}

/** Words that open a time phrase or run inside one: "ahead of the 4 May final", "on Monday". */
const TIME_PHRASE_WORDS = new Set(['on', 'in', 'at', 'of', 'since', 'before', 'after', 'ahead', 'during', 'until', 'by', 'from', 'as', 'recently', 'early', 'late', 'last', 'next', 'this', 'the', 'a']);

/** A month or weekday, or a day number beside one: "May", "Monday", the "4" of "4 May". Not a bare year. */
const namesDate = (r: Reading, i: number) => DATE_NAMES.has(bare(low(r, i)))
  || (/^\d{1,2}(?:st|nd|rd|th)?$/i.test(r.tokens.text(i)) && (DATE_NAMES.has(bare(low(r, i + 1) ?? '')) || DATE_NAMES.has(bare(low(r, i - 1) ?? ''))));

/** The phrase trimmed to a name or a description: a clause or a time phrase after the name goes. */
export function shapeSpeaker(r: Reading, np: Phrase): Phrase {
  for (let i = np.s + 1; i < np.e; i++) {
    if (!nameWord(r, i - 1) || !/^[a-z]/.test(r.tokens.text(i))) continue;
    // "Mr Rowe wants the ferries": the name is the subject of a verb of its own.
    if (opensClause(r, i, np.e)) return { s: np.s, e: i };
  }
  // "Dupont ahead of the 4 May final", "a ministry spokesman on Monday": the time phrase goes, from
  // the word that opens it.
  for (let k = np.s + 1; k < np.e; k++) {
    if (!namesDate(r, k) || (isCap(r, k) && nameWord(r, k - 1) && k === np.s + 1)) continue;
    let c = k;
    while (c - 1 > np.s && TIME_PHRASE_WORDS.has(low(r, c - 1))) c--;
    if (c < k && c > np.s) return { s: np.s, e: c };
    // "his doctor Friday afternoon": a weekday or month right after a description's noun.
    if (k > np.s + 1 && /^[a-z]+$/.test(r.tokens.text(k - 1)) && DATE_NAMES.has(low(r, k)) && !NAME_LIKE_MONTHS.has(low(r, k))) return { s: np.s, e: k };
  }
  return np;
}
