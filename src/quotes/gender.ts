// Gender of a person's name, for "she said" → the latest woman. Evidence, strongest first: an honorific
// ("Mrs Merkel"), the first name in the first-name lists ("Angela" female), and the shape of
// Slavic surnames, whose endings mark gender ("Tikhanovskaya", "Kolesnikova" vs "Tikhanovsky").
//
// The first-name lists are the ones the entity tagger's model carries (taken from compromise's
// lexicon when the model was trained), so no NLP library is loaded at run time for this.
import type { Gender } from '../lexicon/speaker-words.js';
import { loadNerModel } from '../ner/model-io.js';
import { GAZ_BITS, wordHasBit } from '../ner/gazetteer.js';

/** The gender the first-name lists give a first name, if exactly one. */
function firstNameGender(word: string): Gender | undefined {
  let gazetteer;
  try {
    gazetteer = loadNerModel().res.gazetteer;
  } catch {
    return undefined; // without the model the surname and honorific evidence still works
  }
  const female = wordHasBit(gazetteer, word, GAZ_BITS.femaleName);
  const male = wordHasBit(gazetteer, word, GAZ_BITS.maleName);
  return female === male ? undefined : female ? 'female' : 'male';
}

/** "Svetlana Tikhanovskaya" → female from the surname; "Angela Merkel" → female from the first name. */
export function nameGender(words: string[]): Gender | undefined {
  if (!words.length) return undefined;
  const first = words[0].toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  if (words.length > 1) {
    const g = firstNameGender(first);
    if (g) return g;
  }
  // Slavic surnames: -ova, -eva, -ina, -skaya, -aya are feminine; -ov, -ev, -sky, -in masculine.
  if (/(?:ov|ev|yov)a$|(?:sk|ck|tsk)aya$|[^r]ina$|ayeva$/.test(last) && words.length >= 1) return 'female';
  if (/(?:ov|ev|sky|skiy|ski|vich)$/.test(last) && words.length > 1) return 'male';
  if (words.length > 1 && /^(?:svetlana|tatiana|tatyana|olga|irina|natalia|natalya|yulia|ekaterina|anastasia|ksenia|oksana|lyudmila)$/.test(first)) return 'female';
  return undefined;
}
