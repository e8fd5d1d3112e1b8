// A headline's names take the type the body gives them (src/ner/headline-types.ts).
import { describe, expect, test } from 'vitest';
import { headlineTypesFromBody } from '../../src/ner/headline-types.js';
import type { EntityType, Mention } from '../../src/types.js';

const m = (text: string, type: EntityType, sentence: number): Mention => ({ text, type, sentence, start: 0, end: text.length });
const typesOf = (ms: Mention[]) => ms.map((x) => `${x.text}:${x.type}`);
const title = (s: number) => s === 0;

describe('headlineTypesFromBody', () => {
  test('a surname in the headline is the person the body names in full', () => {
    const got = headlineTypesFromBody([m('Postecoglou', 'place', 0), m('Ange Postecoglou', 'person', 1)], title);
    expect(typesOf(got)).toEqual(['Postecoglou:person', 'Ange Postecoglou:person']);
  });

  test('a name written the same way takes the body\'s one type', () => {
    const got = headlineTypesFromBody([m('Zelenskyy', 'organization', 0), m('Zelenskyy', 'person', 2), m('Zelenskyy', 'person', 3)], title);
    expect(typesOf(got)[0]).toBe('Zelenskyy:person');
  });

  test('a name the body types two ways, or does not name, stays as tagged', () => {
    const got = headlineTypesFromBody(
      [m('Jordan', 'place', 0), m('Looms', 'misc', 0), m('Jordan', 'place', 1), m('Jordan', 'person', 2)],
      title,
    );
    expect(typesOf(got).slice(0, 2)).toEqual(['Jordan:place', 'Looms:misc']);
  });

  test('body mentions are never changed', () => {
    const body = [m('Starmer', 'place', 1), m('Keir Starmer', 'person', 2)];
    expect(headlineTypesFromBody(body, title)).toEqual(body);
  });
});
