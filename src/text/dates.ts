// Written dates → ISO `YYYY-MM-DD`. chrono-node reads the many ways news files write a date
// ("August 18, 2020", "18 Aug 2020 10:30 BST", "Tue 18.08.2020", "2020-08-18T09:00Z"); we only
// accept results that name a day, month and year, so "on Tuesday" alone never becomes a date.
//
// chrono is slow to load (~50 files and hundreds of regular expressions built on its first parse),
// and most articles never need it: it is required on first use, and only for lines that can be a
// date. The commonest date line of all, "August 18, 2020" (or "18 August 2020"), is read without it:
// for that exact form chrono's answer is known (tests/text/dates.test.ts checks every such date
// against chrono), so a plain-text article with a usual dateline loads no date parser at all.
import { createRequire } from 'node:module';
import type * as ChronoEn from 'chrono-node/en';

/** chrono's English casual parser: what `chrono.parse` itself calls. Loaded on first use. */
let casual: typeof ChronoEn.casual | null = null;
function chrono(): typeof ChronoEn.casual {
  casual ??= (createRequire(import.meta.url)('chrono-node/en') as typeof ChronoEn).casual;
  return casual;
}

const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
/** WRITTEN_YEAR without its word boundaries: a text that lacks it has no part that matches WRITTEN_YEAR. */
const ANY_WRITTEN_YEAR = /(?:1[89]|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY = '([1-9]|[12]\\d|3[01])';
const YEAR = '((?:19|20)\\d\\d)';
/** "August 18, 2020" */
const MONTH_DAY_YEAR = new RegExp(`^${MONTH} ${DAY}, ${YEAR}$`);
/** "18 August 2020" */
const DAY_MONTH_YEAR = new RegExp(`^${DAY} ${MONTH} ${YEAR}$`);

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * A text that is exactly a full date in one of the two commonest forms, and a real calendar day:
 * its ISO date. Anything else (another form, "February 30, 2020"): undefined, and chrono decides.
 */
export function plainDate(text: string): string | undefined {
  let m = MONTH_DAY_YEAR.exec(text);
  let month: string, day: string, year: string;
  if (m) [, month, day, year] = m;
  else if ((m = DAY_MONTH_YEAR.exec(text))) [, day, month, year] = m;
  else return undefined;
  const y = Number(year), mo = MONTHS.indexOf(month.toLowerCase()) + 1, d = Number(day);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? iso(y, mo, d) : undefined;
}

export function isoDate(text: string): string | null {
  const plain = plainDate(text);
  if (plain !== undefined) return plain;
  // Only a result whose text writes a year counts, and a result's text is a part of this text.
  if (!ANY_WRITTEN_YEAR.test(text)) return null;
  return isoDateByChrono(text);
}

/** isoDate by chrono alone (exported for the test that checks plainDate against it). */
export function isoDateByChrono(text: string): string | null {
  const results = chrono().parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const r of results) {
    const c = r.start;
    // chrono calls relative dates certain ("yesterday" → the day before its reference date): only a
    // date that writes its year out is one.
    if (!WRITTEN_YEAR.test(r.text)) continue;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      return iso(c.get('year')!, c.get('month')!, c.get('day')!);
    }
  }
  return null;
}

/** A date in a web address: "/2020/08/18/" or "/20200818/" or "2020-08-18". */
export function dateFromUrl(url: string): string | null {
  const m = /(?:^|[/_-])((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const LIKELY_DATE = /\b(?:1[89]\d\d|20\d\d)\b|\d{1,2}[./-]\d{1,2}[./-]\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Does this short line say nothing but a date (and perhaps a time or weekday)? */
export function isDateLine(line: string): boolean {
  const t = line.trim();
  // Every date line we accept has a day number and a year or month name: skip chrono (slow) for
  // the many lines without them.
  // A date line has few words ("Updated: Tuesday, August 18, 2020, 10:30 AM EDT" has 8).
  if (!t || t.length > 60 || !/\d/.test(t) || !LIKELY_DATE.test(t) || t.split(/\s+/).length > 9) return false;
  if (plainDate(t) !== undefined) return true;
  if (!onlyDateWords(t)) return false;
  return isDateLineByChrono(t);
}

/**
 * Parts of every longer word chrono's English parsers read (src: chrono-node's locales/en constants and
 * parser patterns: weekdays, months, numbers and ordinals, time units, "tonight", "ago", "until" ...)
 * and of the words isDateLineByChrono drops around a date ("published", "updated", "modified").
 * A word that contains none of them is outside chrono's answer and stays in the rest, so the line is
 * no date line: "SURALCO ALUMINA EXPORTS DROPPED 75 PCT IN FEB" has "SURALCO".
 */
const DATE_WORD_PARTS = new RegExp([
  'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', // weekdays, also "mon" (month) and "thurs"
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', // months, "sept"
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', // numbers
  'first', 'second', 'third', 'fifth', 'ninth', 'twelfth', 'teen', 'twent', 'thirt', // ordinals ("fourth" has "four")
  'sec', 'min', 'hour', 'day', 'week', 'quarter', 'year', 'qtr', 'hrs', 'yrs', 'mos', // time units
  'now', 'night', 'morrow', 'tmr', 'morning', 'noon', 'evening', // "today", "tonight", "overmorrow", "midnight", "afternoon"
  'this', 'last', 'past', 'next', 'after', 'ago', 'before', 'earlier', 'later', 'from', 'hence', 'forward', 'out',
  'within', 'for', 'about', 'around', 'half', 'few', 'several', 'the', 'couple', 'end', 'until', 'till', 'through', 'clock',
  'published', 'updated', 'posted', 'modified', 'date', // dropped by isDateLineByChrono
].join('|'), 'i');

/**
 * Could a line be one date and the few words isDateLineByChrono drops? Not when it has a word of five
 * or more letters that chrono never reads (it drops any word of two to four letters, and of five
 * ending in "t", as a time zone like "EDT"). Answers only "no" for lines isDateLineByChrono rejects,
 * so chrono (slow to load, slow per line) is asked only about the rest.
 */
function onlyDateWords(t: string): boolean {
  for (const word of t.match(/[A-Za-z]{5,}/g) ?? []) {
    if (!(word.length === 5 && (word[4] === 't' || word[4] === 'T')) && !DATE_WORD_PARTS.test(word)) return false;
  }
  return true;
}

/** isDateLine's answer from chrono, for a trimmed line (exported for the test of plainDate). */
export function isDateLineByChrono(t: string): boolean {
  const results = chrono().parse(t);
  if (results.length !== 1) return false;
  const r = results[0];
  const rest = (t.slice(0, r.index) + t.slice(r.index + r.text.length))
    .replace(/\b(?:published|updated|posted|on|at|last|modified|date|[A-Z]{2,4}T?|GMT|UTC)\b/gi, '')
    .replace(/[\s,.:|\-–—()]+/g, '');
  return rest.length === 0 && r.start.isCertain('day') && r.start.isCertain('month');
}
