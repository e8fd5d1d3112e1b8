// Written dates → ISO `YYYY-MM-DD`. chrono-node reads the many ways news files write a date
// ("August 18, 2020", "18 Aug 2020 10:30 BST", "Tue 18.08.2020", "2020-08-18T09:00Z"); we only
// accept results that name a day, month and year, so "on Tuesday" alone never becomes a date.
//
// chrono is slow to load (~50 files and hundreds of regular expressions built on its first parse),
// and most articles never need it: it is required on first use, and only for lines that can be a
// date. The commonest date line of all, "August 18, 2020" (or "18 August 2020"), is read without it:
// for that exact form chrono's answer is known (tests/text/dates.test.ts checks every such date
// against chrono), so a plain-text article with a usual dateline loads no date parser at all. So are
// the other usual datelines ("Saturday 20 November", "Updated: Tue., Aug. 18th, 2020, 10:30 a.m. EDT":
// readDateLine), lines with a word chrono cannot read (unreadWord) and texts whose only numbers are
// bare years (onlyBareYears); tests/text/dates-lines.test.ts checks each against chrono. Loading chrono
// and compiling its patterns costs ~180 ms of CPU on the first two lines it reads.
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

/** A month's name, or chrono's abbreviation of it with or without a period ("Sept."; chrono reads no "May."). */
const MONTH_WORD = '(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)';
const monthNumber = (word: string) => MONTHS.findIndex((name) => name.startsWith(word.toLowerCase().slice(0, 3))) + 1;

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
  const read = readDateLine(text);
  if (read?.year !== undefined) return read.valid ? iso(read.year, read.month, read.day) : null;
  if (onlyBareYears(text)) return null;
  return isoDateByChrono(text);
}

/**
 * Does a text name no date that chrono could read with its year? When its only numbers are years
 * ("By late 2031 the port could open a second terminal.") and it names no month, chrono reads a
 * day in none of them: a year is a date's only with a month's name or digits around it ("2005-08-18",
 * "18.8.2005"), neither a time (an hour of 18-20 with no minutes) nor a count ("2005 days ago": a
 * unit follows it) nor a time-zone offset ("today +2005": a sign before it). Exported for the test.
 */
export function onlyBareYears(text: string): boolean {
  // anywhere in a word: chrono reads "fifteenthfeb 2005" as 15 February 2005
  if (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text)) return false;
  for (const m of text.matchAll(/\d+/g)) {
    if (!/^(?:1[89]|20)\d\d$/.test(m[0])) return false;
    const before = text[m.index - 1] ?? ' ', after = text[m.index + 4] ?? ' ';
    if (/[-+\u2212\u2013./:]/.test(before) || /[-./:]/.test(after)) return false;
    if (/^\s*[smhdwqy]/i.test(text.slice(m.index + 4))) return false;
  }
  return true;
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

/**
 * The usual dateline, one date with the words and marks isDateLineByChrono drops around it:
 * "Saturday 20 November", "Updated: Tue., Aug. 18th, 2020, 10:30 a.m. EDT", "Posted on 18 August 2020 at 10.30".
 * Parts: 1 lead words, 2 weekday, 3 day (day-month), 4 ordinal, 5 month, 6 month (month-day), 7 day,
 * 8 ordinal, 9 year, 10 hour, 11 ":" or ".", 12 minute, 13 am/pm, 14 time zone. Single spaces only: chrono reads
 * other spacing in ways this does not follow, and such lines go to chrono. It reads a line in lower case:
 * V8 compiles it in half the time without the "i" flag (~3 ms on its first use instead of ~6 ms).
 */
const DATE_LINE = new RegExp(
  '^((?:(?:published|updated|posted|last updated|last modified|modified|date)(?: on)?:? )?(?:on )?)'
  + '(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?),? )?'
  + '(?:(\\d{1,2})(st|nd|rd|th)? (?:of )?' + MONTH_WORD + '|' + MONTH_WORD + ' (\\d{1,2})(st|nd|rd|th)?)'
  + '(?:,? ((?:19|20)\\d\\d))?'
  + '(?:(?:,| at|, at)? (\\d{1,2})([:.])(\\d\\d)(?: ?(am|pm|a\\.m\\.|p\\.m\\.))?)?'
  + '(?: \\(?(gmt|utc|bst|edt|est|cdt|cst|mdt|mst|pdt|pst|cet|cest|ist|et)\\)?)?\\.?$');

/** A line of DATE_LINE's shape, read as chrono reads it: valid or not (an invalid date is no date line). */
interface DateLineReading { year?: number; month: number; day: number; valid: boolean }

/**
 * DATE_LINE's reading of a trimmed line, or undefined when the line has another shape or one where
 * chrono's answer is not known (a time zone in lower case, an hour past 23, "29 February" without
 * a year, whose answer depends on the year chrono guesses from today's date).
 */
export function readDateLine(t: string): DateLineReading | undefined {
  // ASCII only, so that the lower-case line has the same length and a time zone the same place
  if (!/^[ -~]+$/.test(t)) return undefined;
  const m = DATE_LINE.exec(t.toLowerCase());
  if (!m) return undefined;
  const month = monthNumber(m[5] ?? m[6]);
  const day = Number(m[3] ?? m[7]);
  const year = m[9] === undefined ? undefined : Number(m[9]);
  if (m[14] !== undefined && !t.replace(/\)?\.?$/, '').endsWith(m[14].toUpperCase())) return undefined;
  if (m[10] !== undefined) {
    const hour = Number(m[10]), minute = Number(m[12]);
    if (minute > 59 || (m[13] === undefined ? hour > 23 : hour < 1 || hour > 12)) return undefined;
    // Without a year, chrono reads "26 Jan, 10.30" as "26 Jan 2010" and ".30", and "6 Aug, 3.21" as "Aug 3".
    if (year === undefined && m[11] === '.') return undefined;
  }
  if (day > 31) return undefined;
  if (year === undefined && month === 2 && day === 29) return undefined;
  const date = new Date(Date.UTC(year ?? 2001, month - 1, day));
  const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return { year, month, day, valid };
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
  const read = readDateLine(t);
  if (read !== undefined) return read.valid;
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
    if (word.length === 5 && (word[4] === 't' || word[4] === 'T')) continue;
    if (!DATE_WORD_PARTS.test(word) || unreadWord(word)) return false;
  }
  return true;
}

/**
 * Each word of chrono's English patterns starts with one of these (tests/text/dates-lines.test.ts
 * checks them against every parser's pattern): "Saturday" with "s", "couple" with "couple".
 */
const CHRONO_WORD_START = /^(?:[adhimopstwyz]|b[ce]|c(?:e|lock|ouple)|e(?:arlier|ight|leven|nd|vening)|f(?:eb|ew|if(?:teenth|th)|irst|ive|o(?:r|ur)|ri|rom)|gmt|j(?:an|u[ln]|ust)|la(?:st|ter)|n(?:d|ext|i(?:ght|ne|nth)|o(?:on|v|w))|q(?:tr|uarter)|r(?:d|oughly)|u(?:ntil|tc))/i;

/**
 * Can chrono's answer leave no letter of this word (a run of five or more letters) outside it? Not
 * when chrono cannot read its first letters ("compensation": no pattern reads "co" but "couple") and
 * cannot start inside it: each parser starts after a non-word character, or a digit, except the time
 * parser, after a "t" ("...tat 10:30"). Nor can isDateLineByChrono drop what is left of it, unless it
 * is a piece of the words it drops ("modif" + a date + "ied"). Such a word makes the line no date line:
 * "Since 1990, average compensation grew 3.1 pct" ("hourly" and "average" may be read: "h", "a").
 * Exported for tests/text/dates-lines.test.ts.
 */
export function unreadWord(word: string): boolean {
  return !CHRONO_WORD_START.test(word) && !/t(?:at|from)/i.test(word) && !DROPPED_WORDS.includes(word.toLowerCase());
}
const DROPPED_WORDS = 'published updated posted modified';

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
