// The article's headline from the page's candidates. Pages decorate titles with the site name:
//   <title>EU Leaders Urge Putin to Push for Talks | The Moscow Times</title>
//   og:title "EU Leaders Urge Putin to Push for Talks - The Moscow Times"
// and the <h1> shows the headline as readers see it. The JSON-LD headline is usually clean.
import { squash } from './dom.js';

/** " | ", " - ", " – ", " — ", " :: ", " · ", " » ": separators between headline and site name. */
const SEPARATOR = /\s+(?:[|–—·»•]|::|-|\/\/)\s+/;

/** Letters and digits only, lower-cased: "The Moscow Times" ~ "themoscowtimes.com" ~ "MoscowTimes". */
const loose = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\.(?:com|org|net|co\.uk|de|es|pl|fr|it|info|ru)\b/g, '').replace(/[^\p{L}\p{N}]+/gu, '');

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Is this part of a title the site's name? "The Moscow Times", "moscowtimes.com", "NYT". */
function isSitePart(part: string, siteName: string | null): boolean {
  const p = loose(part);
  if (!p) return true;
  if (siteName) {
    const s = loose(siteName);
    if (s && (p === s || (p.length >= 3 && (s.includes(p) || p.includes(s)) && words(part) <= 5))) return true;
  }
  return /^(?:www\.)?[\w-]+\.(?:com|org|net|co\.uk|de|es|pl|fr|it|info|ru|at|ch)$/i.test(part.trim());
}

/** Drops leading and trailing parts that name the site: "Headline | Section | Site" → "Headline". */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isSitePart(parts[to - 1], siteName)) to--;
  while (to - from > 1 && isSitePart(parts[from], siteName)) from++;
  if (from === 0 && to === parts.length) return title;
  // Keep the separators inside the headline itself: take the original substring.
  const start = from === 0 ? 0 : title.indexOf(parts[from]);
  const lastPart = parts[to - 1];
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return squash(title.slice(start, end));
}

/**
 * Chooses the headline. `candidates` are, in order of trust, the JSON-LD headline, the og/twitter
 * title and the <title>; `h1` is the page's main heading.
 *   - a candidate that agrees with the h1 gives the h1 (the form readers see);
 *   - an h1 that is a candidate with a kicker glued before it ("Open ProgressWhy …") gives the candidate;
 *   - a candidate that is the h1 plus a section or site name gives the h1;
 *   - otherwise the first candidate with the site name stripped, or a longer one it is cut from
 *     (og:title "Senador califica a Biden de " when the <title> goes on: "… de \"incapacitado\"").
 */
export function cleanTitle(candidates: Array<string | null>, h1: string | null, siteName: string | null): string | null {
  const cands = candidates.filter((c): c is string => !!c && !!squash(c)).map((c) => stripSiteName(squash(c), siteName)).filter(Boolean);
  const h = h1 ? loose(h1) : '';
  if (h.length >= 8) {
    if (cands.some((c) => loose(c) === h)) return squash(h1);
    const tail = cands.find((c) => loose(c).length >= h.length * 0.5 && h.endsWith(loose(c)));
    if (tail) return tail;
    if (cands.some((c) => loose(c).includes(h) && h.length >= loose(c).length * 0.4)) return squash(h1);
  }
  const first = cands[0];
  if (first) {
    // Cut, not decorated: what follows the shorter one is not a " - Site" or " | Section" suffix.
    const longer = cands.find((c) => loose(c).length > loose(first).length && loose(c).startsWith(loose(first)) && loose(first).length >= 10
      && c.startsWith(first.trimEnd()) && !/^\s*(?:[|–—·»•:/-])/.test(c.slice(first.trimEnd().length)));
    return longer ?? first;
  }
  return h1 ? squash(h1) : null;
}
