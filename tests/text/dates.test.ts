// Dates in article text. The commonest full dates ("August 18, 2020", "18 August 2020") are read
// without chrono (src/text/dates.ts, plainDate); for them the answer must be chrono's own, which this
// checks over every month and day of sample years (scripts can check all of 1900–2099: it agrees).
import { describe, expect, test } from 'vitest';
import { isDateLine, isDateLineByChrono, isoDate, isoDateByChrono, plainDate } from '../../src/text/dates.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('dates', () => {
  test('plain full dates are read as chrono reads them, invalid days included', () => {
    let plain = 0;
    for (const year of [1900, 1999, 2000, 2020, 2024, 2099]) {
      for (const month of MONTHS) {
        for (let day = 1; day <= 31; day++) {
          for (const s of [`${month} ${day}, ${year}`, `${day} ${month} ${year}`]) {
            if (plainDate(s) !== undefined) plain++;
            expect(isoDate(s), s).toBe(isoDateByChrono(s));
            expect(isDateLine(s), s).toBe(isDateLineByChrono(s));
          }
        }
      }
    }
    expect(plain).toBeGreaterThan(4000); // most of them never reach chrono
  });

  test('other forms go to chrono', () => {
    expect(plainDate('February 30, 2021')).toBeUndefined();
    expect(plainDate('Aug 18, 2020')).toBeUndefined();
    expect(plainDate('Tuesday, August 18, 2020')).toBeUndefined();
    expect(isDateLine('Tuesday, August 18, 2020')).toBe(true);
    expect(isDateLine('Updated: 18 Aug 2020 10:30 BST')).toBe(true);
    expect(isoDate('By Jane Doe, 18.08.2020')).toBe('2020-08-18');
    expect(isoDate('By Jane Doe, AFP')).toBeNull();
    expect(isDateLine('August 18, 2020')).toBe(true);
    expect(isoDate('August 18, 2020')).toBe('2020-08-18');
  });
  test('a line with a word chrono never reads is no date line, as chrono would say', () => {
    // invented headlines and date lines; isDateLine answers the first kind without chrono
    const lines = [
      'GRAIN EXPORTS DROPPED 75 PCT IN FEB', 'Sales worst since 1981 in December', 'Minsk protests on August 18, 2020',
      'Jan 31 end', 'Saturday 20 November', 'Updated: Tuesday, August 18, 2020, 10:30 AM EDT', 'Last modified: 2020-08-18T09:00Z',
      'Wednesday evening, 19 Aug 2020', 'Posted on Monday, 17 August 2020', 'Aug 18 through Aug 20 2020', 'Thursday 20.8.2020 klo 14.32',
    ];
    for (const s of lines) expect(isDateLine(s), s).toBe(isDateLineByChrono(s.trim()));
    expect(isDateLine('GRAIN EXPORTS DROPPED 75 PCT IN FEB')).toBe(false);
    expect(isDateLine('Posted on Monday, 17 August 2020')).toBe(true);
  });
});
