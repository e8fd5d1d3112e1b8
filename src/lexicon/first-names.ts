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

/**
 * Groups of first names the lists lack, each with its gender and why: compromise files a name that is
 * also a common word under the word ("mark", "grace"), so "Grace Clark said ... she said" had no woman
 * to give "she" to. Only names used for one gender in news copy: not "Pat", "Robin", "Jamie", "Taylor".
 */
const GROUPS: Array<{ gender: Gender; reason: string; names: string[] }> = [
  { gender: 'male', reason: 'also a common English word, so filed under the word: "Mark Carney", "Bill Gates", "Frank Field"',
    names: ['mark', 'bill', 'frank', 'bob', 'ray', 'nick', 'jack', 'will', 'max', 'dean', 'leo', 'guy', 'grant', 'rob', 'rod', 'dick',
      'pierce', 'warren', 'lance', 'drew', 'earl', 'miles', 'chuck', 'buck', 'duke', 'rusty', 'sonny', 'bud', 'art', 'wade', 'reed',
      'cliff', 'gene', 'rich', 'chase', 'mason', 'colt', 'woody', 'jay'] },
  { gender: 'female', reason: 'also a common English word, so filed under the word: "Grace Clark", "Victoria Coren", "Ruby Wax"',
    names: ['grace', 'rose', 'joy', 'hope', 'faith', 'victoria', 'ruby', 'lily', 'ivy', 'holly', 'daisy', 'crystal', 'jade', 'pearl',
      'dawn', 'hazel', 'eve', 'iris', 'violet', 'olive', 'ginger', 'honey', 'candy', 'misty', 'april', 'june', 'penny', 'patience',
      'mercy', 'charity', 'felicity', 'melody', 'destiny', 'trinity', 'clementine', 'fern', 'autumn'] },
  { gender: 'male', reason: 'names frequent in world news that the lists lack: "Helmut Kohl", "Thierry Henry", "Rishi Sunak"',
    names: ['franz', 'edouard', 'helmut', 'jurgen', 'juergen', 'thierry', 'caspar', 'kostas', 'lleyton', 'arsene', 'didier', 'francois',
      'herve', 'joachim', 'gaston', 'josep', 'mauro', 'gianni', 'hosni', 'thabo', 'jerzy', 'siegfried', 'vijay', 'tiago', 'barack',
      'rishi', 'narendra', 'yair', 'keanu', 'kanye', 'graeme', 'ruud', 'martyn', 'rhys', 'ewan', 'huw', 'declan', 'eidur', 'mats',
      'mikko', 'gerd', 'benoit', 'franck', 'jude', 'hiroshi', 'takashi', 'koji', 'hajime', 'naoki', 'makoto', 'akira', 'yasuhiro'] },
  { gender: 'female', reason: 'names frequent in world news that the lists lack: "Corazon Aquino", "Cate Blanchett", "Halle Berry"',
    names: ['corazon', 'cate', 'conchita', 'birgit', 'avril', 'aretha', 'charlize', 'halle', 'fearne', 'ziyi', 'aishwarya'] },
];
for (const g of GROUPS) for (const name of g.names) EXTRA_FIRST_NAMES[name] ??= { gender: g.gender, reason: g.reason };
