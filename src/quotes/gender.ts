// Gender of a person's name, for "she said" → the latest woman. Evidence, strongest first: an honorific
// ("Mrs Merkel"), the first name in compromise's name lexicon ("Angela" FemaleName), and the shape of
// Slavic surnames, whose endings mark gender ("Tikhanovskaya", "Kolesnikova" vs "Tikhanovsky").
//
// compromise costs about half a second to load, so it is loaded lazily, synchronously, the first
// time a pronoun needs a gender, and never at CLI start-up.
import { createRequire } from 'node:module';
import type { Gender } from '../lexicon/speaker-words.js';

let names: Map<string, Gender> | null = null;

function firstNames(): Map<string, Gender> {
  if (names) return names;
  names = new Map();
  try {
    const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
      const tags = Array.isArray(tag) ? tag : [tag];
      if (tags.includes('FemaleName')) names.set(word, 'female');
      else if (tags.includes('MaleName')) names.set(word, 'male');
    }
  } catch {
    // Without compromise the surname and honorific evidence still works.
  }
  return names;
}

/** "Svetlana Tikhanovskaya" → female from the surname; "Angela Merkel" → female from the first name. */
export function nameGender(words: string[]): Gender | undefined {
  if (!words.length) return undefined;
  const first = words[0].toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  if (words.length > 1) {
    const g = firstNames().get(first);
    if (g) return g;
  }
  // Slavic surnames: -ova, -eva, -ina, -skaya, -aya are feminine; -ov, -ev, -sky, -in masculine.
  if (/(?:ov|ev|yov)a$|(?:sk|ck|tsk)aya$|[^r]ina$|ayeva$/.test(last) && words.length >= 1) return 'female';
  if (/(?:ov|ev|sky|skiy|ski|vich)$/.test(last) && words.length > 1) return 'male';
  if (words.length > 1 && /^(?:svetlana|tatiana|tatyana|olga|irina|natalia|natalya|yulia|ekaterina|anastasia|ksenia|oksana|lyudmila)$/.test(first)) return 'female';
  return undefined;
}
