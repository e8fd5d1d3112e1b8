// Stage 3 on the reference article (fixtures/belarus-2020-08-18.txt): the shipped tagger plus alias
// merging must find its people, places and organisations with their aliases merged, keep different
// people apart, strip titles and possessives, and guess gender for pronoun resolution.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { findEntities } from '../../src/pipeline/03-entities.js';
import { loadNerModel } from '../../src/ner/model-io.js';
import type { Entity } from '../../src/types.js';

const text = readFileSync(new URL('../../fixtures/belarus-2020-08-18.txt', import.meta.url), 'utf8');
const seg = read(text);
const entities = findEntities(seg, { model: loadNerModel() });
const byAlias = (alias: string): Entity | undefined => entities.find((e) => e.aliases.includes(alias));

describe('findEntities on the reference article', () => {
  test.each([
    ['Alexander Lukashenko', 'person', ['Alexander Lukashenko', 'Lukashenko']],
    ['Vladimir Putin', 'person', ['Vladimir Putin', 'Putin']],
    ['Angela Merkel', 'person', ['Angela Merkel', 'Merkel']],
    ['Svetlana Tikhanovskaya', 'person', ['Svetlana Tikhanovskaya', 'Tikhanovskaya']],
    ['Sergei Tikhanovsky', 'person', ['Sergei Tikhanovsky']],
    ['Svetlana Alexievich', 'person', ['Svetlana Alexievich']],
    ['Tatiana Kalinovskaya', 'person', ['Tatiana Kalinovskaya']], // the byline's author
    ['Stephanie Lecocq', 'person', ['Stephanie Lecocq']], // the photo credit, after markup
    ['European Union', 'organization', ['European Union', 'EU']],
    ['AFP', 'organization', ['AFP']], // the byline's agency
    ['Belarus', 'place', ['Belarus']],
    ['Minsk', 'place', ['Minsk']],
    ['Soviet Union', 'place', ['Soviet Union']],
  ])('%s (%s) with aliases %j', (name, type, aliases) => {
    const e = byAlias(aliases[0]);
    expect(e?.name).toBe(name);
    expect(e?.type).toBe(type);
    for (const a of aliases) expect(e?.aliases).toContain(a);
  });

  test.each([
    ['Sergei Tikhanovsky', 'Svetlana Tikhanovskaya'],
    ['Svetlana Tikhanovskaya', 'Svetlana Alexievich'],
  ])('%s and %s stay apart', (a, b) => {
    expect(byAlias(a)).toBeDefined();
    expect(byAlias(a)).not.toBe(byAlias(b));
  });

  test('no span holds a title, a possessive or trailing punctuation', () => {
    for (const e of entities)
      for (const m of e.mentions) {
        expect(m.text).not.toMatch(/(?:['’]s|[.,;:!?"”)])$/u);
        expect(m.text).not.toMatch(/^(?:President|Chancellor|Mr\.?|Ms\.?) /);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
  });

  test('the most mentioned entity comes first, ids in order', () => {
    expect(entities[0].name).toBe('Alexander Lukashenko');
    entities.forEach((e, i) => expect(e.id).toBe(`e${i + 1}`));
    for (let i = 1; i < entities.length; i++) expect(entities[i - 1].mentions.length).toBeGreaterThanOrEqual(entities[i].mentions.length);
  });

  test.each([
    ['Svetlana Tikhanovskaya', 'female'],
    ['Angela Merkel', 'female'],
    ['Alexander Lukashenko', 'male'],
    ['Vladimir Putin', 'male'],
  ])('%s is %s', (name, gender) => {
    expect(entities.find((e) => e.name === name)?.gender).toBe(gender);
  });

  test('the title-case headline is not read as a string of names', () => {
    const title = seg.sentences.findIndex((s) => s.kind === 'title');
    const inTitle = entities.flatMap((e) => e.mentions.filter((m) => m.sentence === title).map((m) => `${e.type}:${m.text}`));
    expect(inTitle).toEqual(expect.arrayContaining(['organization:EU', 'person:Putin', 'place:Belarus']));
    expect(inTitle).toHaveLength(3);
  });
});

describe('findEntities on small texts', () => {
  test.each([
    ['Title\n\nRussian President Vladimir Putin met Mr. Lukashenko in Moscow.', 'Vladimir Putin'],
    ["Title\n\nThe talks were led by Chancellor Angela Merkel's office in Berlin.", 'Angela Merkel'],
  ])('titles and possessives stay out: %s', (doc, name) => {
    const found = findEntities(read(doc), { model: loadNerModel() });
    expect(found.map((e) => e.name)).toContain(name);
  });
});

describe('findEntities repairs spans with what the article shows (src/ner/span-repair.ts)', () => {
  // invented text: a new town, a new app and a coordination of two parties
  const doc = [
    'Fighting reaches Tal Varesh',
    '',
    'Troops pushed into Tal Varesh on Tuesday, the army said. Residents of Tal Varesh fled north.',
    '',
    'Quorvia said it would change its settings after the report.',
    '',
    'The Tallmoor Brotherhood and Ennavik rejected the decree, analysts at the Holloway Institute for Near East Policy said.',
    '',
    // the issue's own examples of today's news: an app read as a person, an AI company as a product
    'Strava, the fitness app, changed its privacy settings. OpenAI chief executive Sam Altman agreed.',
  ].join('\n');
  const found = findEntities(read(doc), { model: loadNerModel() });
  const typeOf = (name: string) => found.find((e) => e.name === name)?.type;

  test.each([
    ['Tal Varesh', 'place'],
    ['Quorvia', 'organization'],
    ['Tallmoor Brotherhood', 'organization'],
    ['Ennavik', 'organization'],
    ['Holloway Institute for Near East Policy', 'organization'],
    ['Strava', 'organization'],
    ['OpenAI', 'organization'],
    ['Sam Altman', 'person'],
  ])('%s is one %s', (name, type) => {
    expect(typeOf(name)).toBe(type);
  });

  test('no entity joins two parties or cuts the institute', () => {
    expect(found.map((e) => e.name)).not.toContain('Tallmoor Brotherhood and Ennavik');
    expect(found.map((e) => e.name)).not.toContain('Near East');
  });
});

describe('findEntities types teams named after places as organisations (src/ner/teams.ts)', () => {
  // invented text, read with the open model, which has seen no sports page and reads the counties as places
  const doc = [
    'Essex go top',
    '',
    'Essex beat Kent by nine wickets at Chelmsford on Friday to go top of the table.',
    '',
    'Kent had been bowled out for 183. Rain is forecast in Kent on Saturday.',
  ].join('\n');
  const found = findEntities(read(doc), { model: loadNerModel('open') });
  const types = (name: string) => found.filter((e) => e.name === name).map((e) => e.type).sort();

  test('the sides are organisations, the ground and the county in the weather report places', () => {
    expect(types('Essex')).toEqual(['organization']);
    expect(types('Kent')).toEqual(['organization', 'place']);
    expect(types('Chelmsford')).toEqual(['place']);
  });
});
