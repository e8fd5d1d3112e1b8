// Written dates → ISO `YYYY-MM-DD`. chrono-node reads the many ways news files write a date
// ("August 18, 2020", "18 Aug 2020 10:30 BST", "Tue 18.08.2020", "2020-08-18T09:00Z"); we only
// accept results that name a day, month and year, so "on Tuesday" alone never becomes a date.
import * as chrono from 'chrono-node';

const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

export function isoDate(text: string): string | null {
  const results = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const r of results) {
    const c = r.start;
    // chrono calls relative dates certain ("yesterday" → the day before its reference date): only a
    // date that writes its year out is one.
    if (!WRITTEN_YEAR.test(r.text)) continue;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      const y = c.get('year')!;
      const m = c.get('month')!;
      const d = c.get('day')!;
      return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
  const results = chrono.parse(t);
  if (results.length !== 1) return false;
  const r = results[0];
  const rest = (t.slice(0, r.index) + t.slice(r.index + r.text.length))
    .replace(/\b(?:published|updated|posted|on|at|last|modified|date|[A-Z]{2,4}T?|GMT|UTC)\b/gi, '')
    .replace(/[\s,.:|\-–—()]+/g, '');
  return rest.length === 0 && r.start.isCertain('day') && r.start.isCertain('month');
}
