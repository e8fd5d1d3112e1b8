// Stage 4 on the reference article (fixtures/belarus-2020-08-18.txt): its ten quotations, each with
// its kind, the speaker mention next to the cue, the cue, and the canonical speaker — once from the
// text's own names (no entities) and once with the entities of the real pipeline (the shipped NER
// model, which is in the repository). Nothing else may come out as a direct or partial quote.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { findEntities } from '../../src/pipeline/03-entities.js';
import { loadNerModel } from '../../src/ner/model-io.js';
import { firstNamesOf } from '../../src/ner/gender.js';
import { findQuotes } from '../../src/pipeline/04-quotes.js';
import type { Quote } from '../../src/types.js';

const text = readFileSync(new URL('../../fixtures/belarus-2020-08-18.txt', import.meta.url), 'utf8');
const seg = read(text);

// [quote, kind, speaker mention, cue, speaker]
const REFERENCE: Array<[string, string, string, string, string]> = [
  ['only peaceful and truly inclusive dialogue can resolve the crisis in Belarus.', 'partial', 'Charles Michel', 'added', 'Charles Michel'],
  ['enter into a national dialogue with the opposition and society to overcome the crisis,', 'partial', 'Merkel', 'told', 'Angela Merkel'],
  ['calm and dialogue.', 'partial', 'Macron', 'urged', 'Emmanuel Macron'],
  ['unacceptable', 'partial', 'Putin', 'emphasized', 'Vladimir Putin'],
  ['seize power,', 'partial', 'Lukashenko', 'accused', 'Alexander Lukashenko'],
  ['They demand nothing more and nothing less: to transfer power to them,', 'direct', 'Lukashenko', 'said', 'Alexander Lukashenko'],
  ['We are just starting to feel like an independent nation,', 'direct', 'Maria Kolesnikova', 'told', 'Maria Kolesnikova'],
  ['maintain friendly, mutually beneficial, pragmatic,', 'partial', 'She', 'vowed', 'Maria Kolesnikova'],
  ['a crime he did not commit.', 'partial', 'Tikhanovskaya', 'said', 'Svetlana Tikhanovskaya'],
  ['All of this blatant lawlessness and injustice shows how this rotting system works, in which one person controls everything, one person who has kept the country in fear for 26 years, one person who robbed Belarusians of their choice,', 'direct', 'she', 'said', 'Svetlana Tikhanovskaya'],
];

function check(quotes: Quote[]) {
  const quoted = quotes.filter((q) => q.kind !== 'indirect');
  expect(quoted.map((q) => q.text)).toEqual(REFERENCE.map((r) => r[0]));
  REFERENCE.forEach(([, kind, mention, cue, speaker], i) => {
    const q = quoted[i];
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.kind).toBe(kind);
    expect(q.speakerMention?.text).toBe(mention);
    expect(q.cue?.text).toBe(cue);
    expect(q.speaker).toBe(speaker);
  });
}

describe('findQuotes on the reference article', () => {
  test('without entities: the ten quotes, speakers from the article\'s own names', () => check(findQuotes(seg, [])));

  test('with the real entities: speakers are entity names with ids', () => {
    const model = loadNerModel();
    const entities = findEntities(seg, { model });
    const quotes = findQuotes(seg, entities, { firstNames: firstNamesOf(model.res.gazetteer) });
    check(quotes);
    for (const q of quotes.filter((x) => x.kind !== 'indirect')) {
      const e = entities.find((x) => x.id === q.speakerId);
      expect(e?.name).toBe(q.speaker);
    }
  });

  test('headings and related links are never quotes', () => {
    const texts = findQuotes(seg, []).map((q) => q.text);
    expect(texts).not.toContain('Lawlessness and injustice');
    expect(texts.some((t) => t.includes('Seize Power'))).toBe(false);
  });

  test('indirect speech: the reported content with its speaker', () => {
    const indirect = findQuotes(seg, []).filter((q) => q.kind === 'indirect');
    const find = (s: string) => indirect.find((q) => q.text.startsWith(s));
    expect(find('it is ready to step in')?.speakerMention?.text).toBe('Moscow');
    expect(find('she will organize new elections')?.speaker).toBe('Svetlana Tikhanovskaya');
    expect(find('not to recognize Lukashenko')?.speaker).toBe('Lithuanian lawmakers');
  });
});
