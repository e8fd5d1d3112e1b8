// A byline → the names of its authors and the agency it credits. Stage 1 reads it from the line
// under a text file's headline; src/html from the "By ..." line a web page prints.
//   "By Tatiana Kalinovskaya for AFP"   → authors ["Tatiana Kalinovskaya"], agency "AFP"
//   "By Jane Doe, John Roe & Ann Lee"   → authors ["Jane Doe", "John Roe", "Ann Lee"], agency null
import { AUTHOR_GLUE, AUTHOR_TAIL, BYLINE, BYLINE_JOBS, CREDIT_WORDS, FILED_FROM, NOT_AUTHOR_WORDS, WITH_AUTHORS } from '../lexicon/article-lines.js';

const words = (s: string) => (s.match(/\S+/g) ?? []).length;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Tatiana Kalinovskaya for AFP" → authors and agency. */
export function parseByline(byline: string): { authors: string[]; agency: string | null } {
  let rest = squash(byline.replace(BYLINE, '$1'));
  let agency: string | null = null;
  const forAgency = /\s+(?:for|of)\s+(.+)$/i.exec(rest);
  if (forAgency) {
    agency = forAgency[1];
    rest = rest.slice(0, forAgency.index);
  } else {
    const parts = rest.split(/\s*[|/]\s*|,\s*/);
    const tail = parts[parts.length - 1];
    if (parts.length > 1 && (CREDIT_WORDS.test(tail) || /^[A-Z]{2,}$/.test(tail) || /\b(?:News|Press|Times|Post|Agency|Service)\b/.test(tail))) {
      agency = tail;
      rest = parts.slice(0, -1).join(', ');
    }
  }
  // A date after the names belongs to the dateline, not the byline: "By Jane Doe, Aug. 18, 2020".
  rest = rest.replace(/,?\s*(?:updated|published|posted)?\s*(?:on\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}(?:,\s*\d{4})?.*$/i, '');
  const authors = rest
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((a) => a.trim().replace(/[.,;:]+$/, ''))
    .filter((a) => a && /\p{Lu}/u.test(a) && words(a) <= 5);
  return { authors: authorNames(authors), agency: agency ? agency.replace(/[.,;:]+$/, '').trim() : null };
}

/** The byline text before the date, time or count a page prints after the names (see AUTHOR_TAIL). */
export function cutTail(text: string): string {
  return text.replace(AUTHOR_GLUE, '$1 • ').replace(WITH_AUTHORS, ', $1').replace(AUTHOR_TAIL, '');
}

/**
 * One author's name out of what a byline element prints around it, or null when none is left: an
 * author is a person's or an organisation's name, never a date, a time or a link label.
 *   "Lucas Nolan22 Dec 2016651" → "Lucas Nolan"     "James Akinaka • 8h" → "James Akinaka"
 *   "CBS News February 24"      → "CBS News"        "3:51 pm 11 Edit", "15:25 Uhr" → null
 */
export function authorName(raw: string): string | null {
  let s = squash(cutTail(raw)).replace(FILED_FROM, '').replace(/[\s,;:.\-–—(]+$/, '').replace(/^[\s,;:\-–—)]+/, '');
  if (!s.includes('(')) s = s.replace(/\)+$/, ''); // "… et Morgane Tual)": the bracket opened before the name
  // A name has a capital, or is written in a script without capitals ("崔宁宁").
  if (!s || !(/\p{Lu}/u.test(s) || /\p{Lo}/u.test(s)) || words(s) > 5 || /^https?:|[@/\\]|\.com\b/i.test(s)) return null;
  if (s.split(' ').every((w) => NOT_AUTHOR_WORDS.has(w.toLowerCase()))) return null;
  // "Political Correspondent", "Staff Writer": a job of three words or fewer is no name (a newsroom's
  // credit is: "HNN Staff", "Our Foreign Staff")
  const ws = s.split(' ');
  if (ws.length <= 3 && BYLINE_JOBS.has(ws[ws.length - 1].toLowerCase())) return null;
  return s;
}

/** A byline's names, each cleaned by `authorName`: "By A (with B and C)" → ["A", "B", "C"]. */
export function authorNames(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const clean = authorName(n);
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}
