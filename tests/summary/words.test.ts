import { describe, expect, it } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { ACRONYM, ALNUM, CAPITAL, LETTER, LIST_MARK, LOWER, keyOf, knownKey, normOf, shapeOf, termIdOf, textOf, WordFacts, wordId, wordIds } from '../../src/summary/words.js';
import { normalize, termOf } from '../../src/summary/terms.js';
import { wordKey } from '../../src/summary/keywords.js';

describe('word ids', () => {
  it('gives one id per spelling, and one key to the spellings of a word', () => {
    const tokens = read('Headline line here\n\nSanctions over the vote, and sanctions again.\n').sentences[1].tokens;
    const ids = wordIds(tokens);
    const at = (w: string) => ids[tokens.toArray().findIndex((t) => t.text === w)];
    expect(at('Sanctions')).not.toBe(at('sanctions'));
    expect(wordIds(tokens)).toEqual(ids);
    expect(keyOf[at('Sanctions')]).toBe(keyOf[at('sanctions')]);
    expect(textOf[keyOf[at('Sanctions')]]).toBe('sanction');
    expect(knownKey('sanction')).toBe(keyOf[at('sanctions')]);
    expect(termIdOf[at('the')]).toBe(-1);
    expect(termIdOf[at('vote')]).toBe(keyOf[at('vote')]);
  });

  it('gives a spelling the same id in every document, whatever its id in the document\'s own word list', () => {
    // The two documents number their spellings in another order ("vote" is word 0 of the second).
    const a = read('Sanctions over the vote.\n').sentences[0].tokens;
    const b = read('vote over the Sanctions, again.\n').sentences[0].tokens;
    expect(a.wordId(3)).not.toBe(b.wordId(0));
    const ia = wordIds(a);
    const ib = wordIds(b);
    expect(ib.slice(0, 4)).toEqual([ia[3], ia[1], ia[2], ia[0]]);
    expect(wordIds(a.slice(1, 3))).toEqual(ia.slice(1, 3));
    expect(ib.map((id) => textOf[id])).toEqual(b.texts());
    expect(wordIds(a.slice(0, 0))).toEqual([]);
  });

  it('knows each word as terms.ts and keywords key it', () => {
    for (const w of ['Sanctions', 'U.S.', 'US', 'us', 'Putin’s', '2020', 'the', 'Tuesday', 'crises', 'Ünal', ',']) {
      const id = wordId(w);
      expect(normOf[id], w).toBe(normalize(w));
      expect(textOf[keyOf[id]], w).toBe(wordKey(w));
      expect(termIdOf[id] < 0 ? null : textOf[termIdOf[id]], w).toBe(termOf(w));
    }
  });

  it('tells the shape of a spelling as the regular expressions do, ASCII or not', () => {
    const shape = (w: string) => (/^\p{L}/u.test(w) ? LETTER : 0) | (/^\p{Lu}/u.test(w) ? CAPITAL : 0) | (/^\p{Ll}/u.test(w) ? LOWER : 0)
      | (/^\p{Lu}{2,6}$/u.test(w) ? ACRONYM : 0) | (/[\p{L}\p{N}]/u.test(w) ? ALNUM : 0) | (w === ',' || w === ';' ? LIST_MARK : 0);
    for (const w of ['Minsk', 'minsk', 'EU', 'CSTO', 'ABCDEFG', 'A', 'U.S.', '2020', '6,700', ',', ';', '...', '"', '-', 'ÉLAN', 'élan', 'Ünal', 'ÄÖ', '’s', "'s", 'x2', '€5', '名字', 'Ⅳ']) {
      // the id first: a new word may grow the tables, and `shapeOf` read before the call would be the old array
      const id = wordId(w);
      expect(shapeOf[id], w).toBe(shape(w));
    }
  });

  it('keeps facts of other modules per word, filled in for words added since', () => {
    const facts = new WordFacts((id) => textOf[id].length);
    const a = wordId('alpha');
    expect(facts.table()[a]).toBe(5);
    const b = wordId('a-new-word-for-facts');
    expect(facts.table()[b]).toBe(20);
  });
});
