// First names the tagger's lists (taken from compromise's lexicon when the model was trained) lack,
// each with its gender and why it is here. They add to the model's lists, never override them.
//
//   "Svetlana Tikhanovskaya" → female: "svetlana" is in no list the model carries

import type { Gender } from './speaker-words.js';

export const EXTRA_FIRST_NAMES: Record<string, { gender: Gender; reason: string }> = {
  svetlana: { gender: 'female', reason: 'Russian/Belarusian: "Svetlana Tikhanovskaya"; missing from the lists' },
  tatyana: { gender: 'female', reason: 'transliteration of Татьяна (the lists have only "tatiana")' },
  yulia: { gender: 'female', reason: 'transliteration of Юлия: "Yulia Tymoshenko"' },
  ksenia: { gender: 'female', reason: 'transliteration of Ксения: "Ksenia Sobchak"' },
  lyudmila: { gender: 'female', reason: 'transliteration of Людмила' },
};
