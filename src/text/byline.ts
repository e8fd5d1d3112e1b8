// A byline → the names of its authors and the agency it credits. Stage 1 reads it from the line
// under a text file's headline; src/html from the "By ..." line a web page prints.
//   "By Tatiana Kalinovskaya for AFP"   → authors ["Tatiana Kalinovskaya"], agency "AFP"
//   "By Jane Doe, John Roe & Ann Lee"   → authors ["Jane Doe", "John Roe", "Ann Lee"], agency null
import { BYLINE, CREDIT_WORDS } from '../lexicon/article-lines.js';

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
  return { authors, agency: agency ? agency.replace(/[.,;:]+$/, '').trim() : null };
}
