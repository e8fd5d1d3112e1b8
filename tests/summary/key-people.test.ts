import { describe, expect, it } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { keyPeople } from '../../src/summary/key-people.js';
import type { Entity, Mention, Quote } from '../../src/types.js';

const seg = read('Putin and Merkel talk\n\nBy Jane Writer for AFP\n\nMerkel called Putin on Tuesday about the crisis in the east.\n\nMacron also spoke to Putin about the talks in the capital.\n\nLater, officials met Macron and Scholz and Scholz again and Scholz once more.\n\nThe talks ended without any agreement being reached at all.\n');
const where = (word: string, nth = 0): Mention => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = seg.article.text.indexOf(word, at + 1);
  const sentence = seg.sentences.findIndex((s) => s.start <= at && at < s.end);
  return { text: word, start: at, end: at + word.length, sentence, type: 'person' };
};
const person = (id: string, name: string, mentions: Mention[]): Entity => ({ id, name, type: 'person', aliases: [name], mentions });

describe('keyPeople', () => {
  const putin = person('e1', 'Putin', [where('Putin', 0), where('Putin', 1), where('Putin', 2)]);
  const merkel = person('e2', 'Merkel', [where('Merkel', 0), where('Merkel', 1)]);
  const macron = person('e3', 'Macron', [where('Macron', 0), where('Macron', 1)]);
  const scholz = person('e4', 'Scholz', [where('Scholz', 0), where('Scholz', 1), where('Scholz', 2)]);
  const writer = person('e5', 'Jane Writer', [where('Jane Writer'), where('Jane Writer'), where('Jane Writer'), where('Jane Writer')]);
  const place: Entity = { id: 'e6', name: 'east', type: 'place', aliases: [], mentions: [where('east'), where('east'), where('east'), where('east'), where('east')] };

  it('ranks by mentions, lead presence and quotes; ignores bylines and non-persons', () => {
    // Putin 3 + lead 3 = 6; Merkel 2 + lead 3 = 5; Scholz 3; Macron 2 (not in the first two body sentences? it is: sentence 2).
    expect(keyPeople(seg.sentences, [scholz, macron, merkel, putin, writer, place], [])).toEqual(['e1', 'e2', 'e3']);
  });

  it('counts quotes attributed to a person', () => {
    const q = (id: string): Quote => ({ id, kind: 'direct', text: 'x', start: 0, end: 1, speaker: 'Scholz', speakerId: 'e4', speakerMention: null, cue: null });
    expect(keyPeople(seg.sentences, [scholz, macron, merkel, putin], [q('q1'), q('q2')])[0]).toBe('e4');
  });

  it('is empty without person entities', () => expect(keyPeople(seg.sentences, [place], [])).toEqual([]));
});

describe('keyPeople ignores sign-offs', () => {
  const wire = read('Bond prices rise\n\nPrices rose after Prime Minister Schlueter spoke on Tuesday.\n\nREUTER\n');
  const at = (word: string): Mention => {
    const start = wire.article.text.indexOf(word);
    return { text: word, start, end: start + word.length, sentence: wire.sentences.findIndex((s) => s.start <= start && start < s.end), type: 'person' };
  };
  it('counts no mention on a line of its own', () => {
    const reuter: Entity = { id: 'e2', name: 'REUTER', type: 'person', aliases: [], mentions: [at('REUTER')] };
    const schlueter: Entity = { id: 'e1', name: 'Schlueter', type: 'person', aliases: [], mentions: [at('Schlueter')] };
    expect(keyPeople(wire.sentences, [reuter, schlueter], [])).toEqual(['e1']);
  });
});
