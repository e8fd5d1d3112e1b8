// A person's gender from the article's own cues: the one implementation, used by the entity stage
// (Entity.gender) and by the quotes stage ("she said" → the latest woman). Evidence, strongest first:
//
//   "Mr Lukashenko"            -> male   (an honorific before a mention)
//   "Svetlana Tikhanovskaya"   -> female (the first name in the female list and not in the male one)
//   "Tikhanovskaya" alone      -> female (a Slavic feminine surname ending, src/lexicon/name-endings.ts)
//
// The first-name lists are the ones the NER model that tagged the document carries, passed in as a
// `FirstNames` lookup built once from that model (`firstNamesOf`): no stage reads a model by itself,
// and `--model my.bin` brings its own lists.

import { honorific } from '../lexicon/honorifics.js';
import { genderFromSurname, genderFromVietnameseName } from '../lexicon/name-endings.js';
import { EXTRA_FIRST_NAMES } from '../lexicon/first-names.js';
import { GAZ_BITS, wordHasBit } from './gazetteer.js';
import type { IntMap } from './int-map.js';

export type Gender = 'male' | 'female';

/** The gender a first name has in the lists, if exactly one: "angela" → female, "kim" → undefined. */
export type FirstNames = (word: string) => Gender | undefined;

/** The first-name lookup of a model's gazetteer, with the lexicon's additions. */
export function firstNamesOf(gazetteer: IntMap): FirstNames {
  const lookup = (w: string): Gender | undefined => {
    const female = wordHasBit(gazetteer, w, GAZ_BITS.femaleName);
    const male = wordHasBit(gazetteer, w, GAZ_BITS.maleName);
    if (female !== male) return female ? 'female' : 'male';
    return female ? undefined : EXTRA_FIRST_NAMES[w]?.gender;
  };
  return (word) => {
    const w = word.toLowerCase();
    // the lists spell names without accents: "Geneviève", "José" are looked up as "genevieve", "jose"
    return lookup(w) ?? (NON_ASCII.test(w) ? lookup(withoutAccents(w)) : undefined);
  };
}

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}/gu;
const withoutAccents = (w: string): string => w.normalize('NFD').replace(COMBINING_MARKS, '');

/** A name's gender from its words: the first name (when there is a surname too), then the surname's ending. */
export function nameGender(words: string[], firstNames: FirstNames): Gender | undefined {
  if (!words.length) return undefined;
  if (words.length > 1) {
    const g = genderFromVietnameseName(words) ?? firstNames(words[0]);
    if (g) return g;
  }
  return genderFromSurname(words[words.length - 1]);
}

/**
 * `name`: the entity's fullest form; `before`: the word right before each mention ("Mr", "said" ...).
 * Honorifics outvote each other; without them the name decides.
 */
export function guessGender(name: string, before: string[], firstNames: FirstNames): Gender | undefined {
  let male = 0;
  let female = 0;
  for (const w of before) {
    const h = honorific(w);
    if (h?.gender === 'male') male++;
    if (h?.gender === 'female') female++;
  }
  if (male !== female) return male > female ? 'male' : 'female';
  return nameGender(name.split(/\s+/), firstNames);
}
