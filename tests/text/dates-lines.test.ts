// Date lines read without chrono (src/text/dates.ts, readDateLine): "Saturday 20 November",
// "Updated: Tue., Aug. 18th, 2020, 10:30 a.m. EDT". Wherever the fast reading answers, its answer
// must be chrono's own (isDateLineByChrono, isoDateByChrono): this walks a grid of weekdays, day and
// month forms, years, times, zones and lead words, with near-misses where chrono reads otherwise
// ("Saturday. 20 November" is two results, "26 Jan, 10.30" is 26 January 2010). All lines invented.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as ChronoEn from 'chrono-node/en';
import { describe, expect, test } from 'vitest';
import { isDateLine, isDateLineByChrono, isoDate, isoDateByChrono, onlyBareYears, readDateLine, unreadWord } from '../../src/text/dates.js';

const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = [
  '', 'Saturday ', 'Saturday, ', 'Saturday. ', 'Sat ', 'Sat. ', 'Sat., ', 'Tues ', 'Tues. ', 'Thurs, ', 'Thur. ', 'Thu ',
  'Wednesday,', 'WEDNESDAY ', 'sunday ', 'Mon,  ', 'Satur ', 'Weds ',
];
const LEADS = ['', 'Published ', 'Updated: ', 'Posted on ', 'On ', 'Last updated ', 'Last modified: ', 'Date: ', 'UPDATED ON ', 'By ', 'Since ', 'Next '];
const TIMES = [
  '', ' 10:30', ', 10:30 AM', ' at 9:05pm', ', at 10:30 a.m.', ' 23:59', ' 0:30', ' 10.30am', ', 10.30', ' 3.21',
  ' 12:00 am', ' - 10:30', ' | 10:30', ' 24:00', ' 10:60', ' 1030', ' 10:30:15', ' 10:3', '  10:30', ', 13:45 PM',
];
const ZONES = ['', ' EDT', ' GMT', ' (UTC)', ' ET', ' CEST', ' edt', ' AEST', ' XYZ', ' +0100', '.', ' |', ' 2021', ' to 21 November'];

/** Checks every line the fast reading answers against chrono; counts them. */
function check(lines: Iterable<string>): number {
  let fast = 0;
  for (const line of lines) {
    const t = line.trim();
    const read = readDateLine(t);
    if (read === undefined) continue;
    fast++;
    expect(read.valid, line).toBe(isDateLineByChrono(t));
    if (read.year !== undefined) expect(isoDate(t), line).toBe(isoDateByChrono(t));
  }
  return fast;
}

describe('date lines read without chrono', () => {
  test('every day of every month, both orders, with and without a year, as chrono reads them', () => {
    const lines: string[] = [];
    for (let month = 0; month < 12; month++) {
      for (let day = 0; day <= 33; day++) {
        const full = FULL_MONTHS[month], short = SHORT_MONTHS[month];
        const d = day % 4 === 0 ? `${day}${['th', 'st', 'nd', 'rd'][day % 4 === 0 ? 0 : 1]}` : day < 10 && day % 3 === 0 ? `0${day}` : String(day);
        lines.push(`${d} ${full}`, `${full} ${d}`, `${short}. ${d}, 2024`, `${d} of ${short} 2021`, `Saturday ${d} ${full}`, `${full} ${day}, 1999`);
      }
    }
    expect(check(lines)).toBeGreaterThan(2000);
  });

  test('weekdays, lead words, times and zones around a date, as chrono reads them', () => {
    const dates = ['20 November', 'November 20', 'Sept. 20th, 2020', '31 November 2020', '29 February', '29 Feb 2024', 'May 5', '6 Aug', 'Aug 18 2020', '1st of May'];
    const lines: string[] = [];
    let i = 0;
    for (const lead of LEADS) {
      for (const weekday of WEEKDAYS) {
        for (const time of TIMES) {
          // every lead × weekday × time, with the date and the zone turning through their lists
          const date = dates[i % dates.length], zone = ZONES[(i * 7) % ZONES.length];
          lines.push(lead + weekday + date + time + zone);
          i++;
        }
      }
    }
    expect(check(lines)).toBeGreaterThan(500);
  });

  test('every weekday form × date × time × zone that the fast reading knows, as chrono reads them', () => {
    const lines: string[] = [];
    for (const weekday of ['', 'Sunday ', 'Mon, ', 'Tue. ', 'Tues, ', 'WEDNESDAY ', 'thurs. ', 'Fri., ']) {
      for (const date of ['20 November', 'Nov 20', 'Sept. 20th, 2020', '31 Nov 2020', '1st of May', 'May 5 2021', '29 Feb 2023', 'Dec. 09']) {
        for (const time of ['', ' 10:30', ', 10:30 AM', ' at 9:05pm', ', at 10:30 a.m.', ' 23:59', ' 0:30', ' 12:00 P.M.']) {
          for (const zone of ['', ' EDT', ' (GMT)', '.']) lines.push(`On ${weekday}${date}${time}${zone}`, weekday + date + time + zone);
        }
      }
    }
    expect(check(lines)).toBe(lines.length);
  });

  test('near-misses go to chrono, or are answered as chrono answers them', () => {
    const lines = [
      'Saturday. 20 November', 'May. 5, 2020', '6 Aug, 3.21', '26 Jan, 10.30', 'Aug 18 - 10:30', 'Aug 18 to 20', '18-20 August',
      'Saturday 20 November 2020 and 21 November', '20 November, 21 November', 'Tuesday, 31 November', 'May 2020', 'may 5',
      'Saturday 20 Novembre', 'Saturday 20Nov', 'Sat 20 Nov 20', "Sat 20 Nov '20", 'Sat 20 Nov 2020 10:30 GMT+1', '32 May',
    ];
    check(lines);
    expect(readDateLine('Saturday 20 November')).toEqual({ year: undefined, month: 11, day: 20, valid: true });
    expect(readDateLine('31 November')?.valid).toBe(false);
    expect(readDateLine('29 February')).toBeUndefined(); // chrono's answer depends on the year it guesses from today
    expect(readDateLine('26 Jan, 10.30')).toBeUndefined();
    expect(isoDate('Updated: Tue., Aug. 18th, 2020, 10:30 a.m. EDT')).toBe('2020-08-18');
  });
});

/** Every run of letters in chrono's English patterns: each parser's, and the refiners' (from their sources). */
function chronoPatternWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const en = require('chrono-node/en') as typeof ChronoEn;
  const sources: string[] = [];
  for (const forwardDate of [false, true]) {
    const context = { option: { forwardDate }, reference: undefined, refDate: new Date() } as never;
    for (const parser of en.casual.parsers) sources.push(parser.pattern(context).source);
  }
  const root = join(dirname(require.resolve('chrono-node/en')), '..', '..');
  for (const dir of ['locales/en/refiners', 'common/refiners']) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(join(root, dir, file), 'utf8');
      for (const m of source.matchAll(/new RegExp\(([^;]*?)\)[;,]|(?<=[=(,:]\s*)\/((?:[^/\\\n]|\\.)+)\/[gimsuy]*/g)) sources.push(m[1] ?? m[2]);
    }
  }
  const words = new Set<string>();
  for (const s of sources) {
    for (const w of s.replace(/\\\\?[a-zA-Z]/g, ' ').replace(/constants_\d\.\w+|pattern_\d\.\w+|new RegExp/g, ' ').match(/[a-zA-Z]+/g) ?? []) words.add(w.toLowerCase());
  }
  return words;
}

describe('lines and texts that cannot hold a date, answered without chrono', () => {
  test('no word that chrono reads is taken for one it cannot read', () => {
    const words = chronoPatternWords();
    expect(words.size).toBeGreaterThan(150);
    for (const w of ['saturday', 'sept', 'couple', 'clock', 'afternoon', 'yesterday', 'thirtieth', 'within']) expect(words.has(w), w).toBe(true);
    for (const w of words) expect(unreadWord(`${w}xxxxx`), w).toBe(false);
    expect(unreadWord('compensation')).toBe(true);
    expect(unreadWord('cantata')).toBe(false); // its "tat": chrono's time parser starts after a "t" when "at 10:30" follows
    expect(unreadWord('modif')).toBe(false); // a piece of a word isDateLineByChrono drops
    for (const line of ['Since 1990, average compensation grew 3.1 pct', 'Payroll 2020 first quarter', 'Cantata 10:30 Aug 18', 'Fourth quarter 2020 bonus']) {
      expect(isDateLine(line), line).toBe(isDateLineByChrono(line));
    }
    expect(isDateLine('Since 1990, average compensation grew 3.1 pct')).toBe(false);
  });

  test('a text whose only numbers are bare years and that names no month has no date, as chrono says', () => {
    const words = ['By late', 'the port', 'today', 'yesterday', 'tonight', 'next', 'last', 'ago', 'days ago', 'days', 'd', 'h', 'hours later', 'am', 'pm',
      'at', 'from', 'to', 'until', 'fifteenth', 'fifteenthfeb', 'first of', 'end of', 'Monday', 'this year', 'in', 'couple', 'o\'clock', 'CE', 'BC'];
    const years = ['2031', '1999', '+2005', '-2005', '2005s', '(1985)', '2020,', '1850.'];
    let answered = 0;
    for (const before of words) {
      for (const year of years) {
        for (const after of words) {
          for (const text of [`${before} ${year} ${after}`, `${before}${year}${after}`]) {
            if (!onlyBareYears(text)) continue;
            answered++;
            expect(isoDateByChrono(text), text).toBeNull();
            expect(isoDate(text), text).toBeNull();
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(2000);
    expect(onlyBareYears('By late 2031 the port could open a second terminal.')).toBe(true);
    for (const text of ['fifteenthfeb 2005', 'today +2005', '2005 days ago', 'from 10 to 2005', '18.8.2005', 'May 2005']) expect(onlyBareYears(text), text).toBe(false);
  });
});
