import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { keywords } from '../../src/summary/keywords.js';
import { candidatePhrases } from '../../src/summary/phrases.js';
import { idf, shippedTable } from '../../src/summary/idf.js';
import { termOf } from '../../src/summary/terms.js';

const fixture = readFileSync(new URL('../../fixtures/belarus-2020-08-18.txt', import.meta.url), 'utf8');
const body = read(fixture).sentences.filter((s) => s.kind === 'paragraph');
const phrasesOf = (text: string) => candidatePhrases(read(`Headline line here\n\n${text}\n`).sentences[1].tokens).map((p) => p.tokens.texts().join(' '));

describe('candidate phrases', () => {
  it.each([
    ['European leaders urged Russian President Vladimir Putin to push for dialogue in Belarus.', ['European leaders', 'Russian President Vladimir Putin', 'dialogue', 'Belarus']],
    ['Opposition supporters protested President Lukashenko\'s disputed election win.', ['Opposition supporters', 'President Lukashenko', 'disputed election win']],
    ['Demonstrators gathered waving the red-and-white flags of the opposition.', ['Demonstrators', 'red-and-white flags', 'opposition']],
    ['Thousands of people gathered in the square on Tuesday.', ['square']],
    ['The European Union moves to impose sanctions over the vote.', ['European Union moves', 'sanctions', 'vote']],
    ['Blair provoked dissent among the jailed opposition leaders.', ['Blair', 'dissent', 'jailed opposition leaders']],
  ])('%s', (text, want) => expect(phrasesOf(text)).toEqual(want));

  it('never crosses a named-entity edge', () => {
    const seg = read('Headline line here\n\nHe met the ambassador to Slovakia Igor Leshchenya in Minsk.\n');
    const tokens = seg.sentences[1].tokens;
    const igor = tokens.toArray().find((t) => t.text === 'Igor')!;
    const got = candidatePhrases(tokens, new Set([igor.start])).map((p) => p.tokens.texts().join(' '));
    expect(got).toContain('Igor Leshchenya');
    expect(got).not.toContain('Slovakia Igor Leshchenya');
  });
});

describe('keywords of the reference article', () => {
  const table = shippedTable();
  const all = keywords(body, table, 1000);
  const rank = (term: string) => {
    // A word counts where it first appears, alone or inside a phrase ("impose sanctions").
    const i = all.findIndex((k) => k.term.toLowerCase().split(' ').includes(term));
    return i < 0 ? Infinity : i;
  };

  it('ranks "dialogue" and "sanctions" above "Tuesday" and "people"', () => {
    for (const topical of ['dialogue', 'sanctions']) {
      for (const filler of ['tuesday', 'people']) expect(rank(topical), `${topical} vs ${filler}`).toBeLessThan(rank(filler));
    }
    expect(rank('dialogue')).toBeLessThan(10);
  });

  it('has background frequencies that know "sanctions" is rarer than "people"', () => {
    expect(idf(table, termOf('sanctions')!)).toBeGreaterThan(idf(table, termOf('people')!) + 2);
    expect(idf(table, termOf('dialogue')!)).toBeGreaterThan(idf(table, termOf('government')!) + 2);
  });

  it('names distinct things, scored 1 down', () => {
    const top = keywords(body, table);
    expect(top.length).toBe(10);
    expect(top[0].score).toBe(1);
    const words = top.flatMap((k) => k.term.toLowerCase().split(' '));
    expect(new Set(words).size).toBe(words.length);
    expect(top.map((k) => k.term)).toContain('Belarus');
  });
});
