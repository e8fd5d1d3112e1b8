// A person's grammatical gender from the article's own cues, for pronoun resolution downstream.
//
//   "Mr Lukashenko"            -> male   (honorific before a mention: strongest cue)
//   "Svetlana Tikhanovskaya"   -> female (first name in the female list and not in the male one)
//   "Tikhanovskaya" alone      -> female (Slavic feminine surname ending)

import { honorific } from '../lexicon/honorifics.js';
import { genderFromSurname } from '../lexicon/name-endings.js';
import { GAZ_BITS, wordHasBit } from './gazetteer.js';
import type { IntMap } from './int-map.js';

export type Gender = 'male' | 'female';

/**
 * `name`: the entity's fullest form; `before`: the word right before each mention ("Mr", "said" ...);
 * `gazetteer`: the model's word lists (first names by gender).
 */
export function guessGender(name: string, before: string[], gazetteer: IntMap): Gender | undefined {
  let male = 0;
  let female = 0;
  for (const w of before) {
    const h = honorific(w);
    if (h?.gender === 'male') male++;
    if (h?.gender === 'female') female++;
  }
  if (male !== female) return male > female ? 'male' : 'female';
  const parts = name.split(/\s+/);
  if (parts.length > 1) {
    const first = parts[0];
    const isFemale = wordHasBit(gazetteer, first, GAZ_BITS.femaleName);
    const isMale = wordHasBit(gazetteer, first, GAZ_BITS.maleName);
    if (isFemale !== isMale) return isFemale ? 'female' : 'male';
  }
  return genderFromSurname(parts[parts.length - 1]);
}
