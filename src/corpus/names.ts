// How names meet across documents: the keys of the corpus view, and which aliases it lists.
//
// A name's key ignores case and, for an acronym, its dots: "U.S.", "US" and "Us" are one name, and
// so are "Reuters" and "REUTERS" in a shouted headline; the row shows the form most documents use.
// Cross-document joins go through two more keys: a multi-word person owns its last word
// ("Vladimir Putin" → "putin") and is named by its first ("vladimir"); an organisation or place of
// several words owns its initials ("United States" → "us", "European Union" → "eu").
import { acronymOf } from '../ner/alias-merge.js';
import type { CorpusSpeaker } from '../render/contract.js';

/** An entity type, or 'other': a speaker that is no entity ("Lithuanian lawmakers"). */
export type GroupType = CorpusSpeaker['type'];

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const words = (s: string): string[] => s.split(' ');

/** "EU", "U.S.", "AT&T": capitals, dots and ampersands only. */
export const looksLikeAcronym = (name: string): boolean => /^[\p{Lu}&.]{2,}$/u.test(name) && /\p{Lu}/u.test(name);

/** The name as a key: case folded, an acronym without its dots ("U.S." → "us"). */
export function nameKey(name: string): string {
  const n = squash(name);
  return (looksLikeAcronym(n) ? n.replace(/\./g, '') : n).toLowerCase();
}

/** The key of a group: its type and its name's key. */
export const groupKey = (type: GroupType, name: string): string => `${type}\u0000${nameKey(name)}`;

/**
 * The short form a group of several words owns, as the key of the group that would carry it:
 * a person's last word ("Vladimir Putin" → person "putin"), an organisation's or place's initials
 * ("United States" → place "us"). Null for one-word names and speakers that are no entity.
 */
export function shortFormKey(type: GroupType, name: string): string | null {
  const ws = words(squash(name));
  if (type === 'other' || ws.length < 2) return null;
  if (type === 'person') return `person\u0000${ws.at(-1)!.toLowerCase()}`;
  // A name with an acronym in it has no initials of its own: "U.S. Sprint" is not "US".
  if (ws.some(looksLikeAcronym)) return null;
  const acr = acronymOf(ws.join(' '));
  return acr ? `${type}\u0000${acr}` : null;
}

/** A person's first word as a key ("Charles Kennedy" → "charles"), to tell first names from surnames. */
export function firstNameKey(type: GroupType, name: string): string | null {
  const ws = words(squash(name));
  return type === 'person' && ws.length >= 2 ? `person\u0000${ws[0].toLowerCase()}` : null;
}

const isShouted = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/**
 * The aliases a corpus row lists, from every form merged into it with the number of documents using
 * each: the row's name, then the most used first:
 *   - forms that differ only in case are one, written as most documents write it ("Us" goes into "US");
 *   - a form of several words all in capitals is a headline, not a name ("U.S. SALES");
 *   - a person's first name alone is no alias across a corpus: it names many people ("Charles" is not
 *     listed for Charles Kennedy; Ray Charles keeps his surname).
 */
export function cleanAliases(type: GroupType, name: string, forms: Map<string, number>): string[] {
  const byFold = new Map<string, { form: string; docs: number; total: number }>();
  for (const [form, docs] of forms) {
    const fold = form.toLowerCase();
    const seen = byFold.get(fold);
    if (!seen) byFold.set(fold, { form, docs, total: docs });
    else {
      seen.total += docs;
      if (docs > seen.docs || (docs === seen.docs && form < seen.form)) { seen.form = form; seen.docs = docs; }
    }
  }
  const ws = words(name);
  const firstName = type === 'person' && ws.length >= 2 ? ws[0].toLowerCase() : null;
  const nameFold = name.toLowerCase();
  return [...byFold.entries()]
    .filter(([fold, a]) => fold === nameFold || !(
      (isShouted(a.form) && words(a.form).length > 1)
      || (firstName !== null && fold === firstName && fold !== ws.at(-1)!.toLowerCase())))
    .map(([fold, a]) => ({ form: fold === nameFold ? name : a.form, total: a.total }))
    .sort((a, b) => Number(b.form === name) - Number(a.form === name) || b.total - a.total || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0))
    .map((a) => a.form);
}

/** The form most documents use; on a tie the first in code-point order, so that any order of input gives the same. */
export function mostUsed(forms: Map<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [form, n] of forms) if (n > bestN || (n === bestN && form < best)) { best = form; bestN = n; }
  return best;
}
