// The corpus view: names merge across documents by the within-document alias rules; only aggregates
// are kept.
import { describe, expect, test } from 'vitest';
import { CorpusAggregate } from '../../src/corpus/aggregate.js';
import { cli, jsonLines } from '../helpers/cli.js';

/** A newsq/1-like document from [name, type, aliases, mention texts] and quotes [speakerName, text, kind]. */
function doc(source: string, entities: Array<[string, string, string[]]>, quotes: Array<[string, string, string]> = []) {
  const ents = entities.map(([name, type, mentions], i) => ({
    id: `e${i + 1}`, name, type, aliases: [...new Set(mentions)], mentions: mentions.map((text) => ({ text, start: 0, end: 0 })),
  }));
  return {
    schema: 'newsq/1', source, entities: ents,
    quotes: quotes.map(([speaker, text, kind]) => ({ text, kind, speaker, speakerId: ents.find((e) => e.name === speaker)?.id ?? null })),
  };
}

describe('CorpusAggregate', () => {
  test('a short name in one article joins the full name from another; namesakes stay apart', () => {
    const agg = new CorpusAggregate();
    agg.add(doc('a.txt', [['Vladimir Putin', 'person', ['Vladimir Putin', 'Putin', 'Putin']], ['European Union', 'organization', ['European Union', 'EU']]]));
    agg.add(doc('b.txt', [['Putin', 'person', ['Putin']], ['EU', 'organization', ['EU', 'EU']], ['Svetlana Tikhanovskaya', 'person', ['Svetlana Tikhanovskaya']]]));
    agg.add(doc('c.txt', [['Svetlana Alexievich', 'person', ['Svetlana Alexievich']], ['Sergei Tikhanovsky', 'person', ['Sergei Tikhanovsky']]]));
    agg.add({ schema: 'newsq/1', source: 'bad.txt', error: { code: 'x', message: 'y' } });
    const byName = new Map(agg.entities().map((e) => [e.name, e]));
    expect(byName.get('Vladimir Putin')).toMatchObject({ type: 'person', mentions: 4, documents: 2 });
    expect(byName.get('European Union')).toMatchObject({ mentions: 4, documents: 2 });
    expect(byName.get('Svetlana Tikhanovskaya')).toMatchObject({ documents: 1 });
    expect(byName.get('Svetlana Alexievich')).toMatchObject({ documents: 1 });
    expect(byName.get('Sergei Tikhanovsky')).toMatchObject({ documents: 1 });
    expect(agg.entities()[0].documents).toBe(2);
  });

  test('an ambiguous one-word name or alias never links two people across articles', () => {
    const agg = new CorpusAggregate();
    agg.add(doc('a.txt', [['Boris Johnson', 'person', ['Boris Johnson', 'Johnson']]]));
    agg.add(doc('b.txt', [['Magic Johnson', 'person', ['Magic Johnson', 'Johnson']]]));
    agg.add(doc('c.txt', [['Johnson', 'person', ['Johnson']]]));
    const byName = new Map(agg.entities().map((e) => [e.name, e]));
    expect(byName.get('Boris Johnson')).toMatchObject({ mentions: 2, documents: 1 });
    expect(byName.get('Magic Johnson')).toMatchObject({ mentions: 2, documents: 1 });
    expect(byName.get('Johnson')).toMatchObject({ mentions: 1, documents: 1 });
  });

  test('asking twice gives the same totals', () => {
    const agg = new CorpusAggregate();
    agg.add(doc('a.txt', [['Vladimir Putin', 'person', ['Vladimir Putin']]]));
    agg.add(doc('b.txt', [['Putin', 'person', ['Putin']]]));
    expect(agg.entities()).toEqual(agg.entities());
    expect(agg.entities()[0]).toMatchObject({ name: 'Vladimir Putin', mentions: 2, documents: 2 });
  });

  test('speakers: quotes, articles, first and last article, a direct sample quote', () => {
    const agg = new CorpusAggregate();
    agg.add(doc('1.txt', [['Alexander Lukashenko', 'person', ['Alexander Lukashenko']]], [['Alexander Lukashenko', 'the opposition wants power', 'indirect']]));
    agg.add(doc('2.txt', [['Lukashenko', 'person', ['Lukashenko']]], [['Lukashenko', 'They demand nothing more', 'direct'], ['Lukashenko', 'seize power', 'partial']]));
    agg.add(doc('3.txt', [], [['Lithuanian lawmakers', 'not to recognize him', 'indirect'], ['they', 'x', 'direct'], ['The company', 'y', 'direct'], ['Analysts', 'z', 'indirect']]));
    const [first, second, ...rest] = agg.speakers();
    expect(rest).toEqual([]);
    expect(first).toEqual({ speaker: 'Alexander Lukashenko', type: 'person', quotes: 3, articles: 2, first: '1.txt', last: '2.txt', sample: 'They demand nothing more' });
    expect(second).toMatchObject({ speaker: 'Lithuanian lawmakers', type: 'other', quotes: 1, articles: 1 });
  });
});

describe('the corpus commands', () => {
  test('entities --aggregate --json prints newsq-corpus/1 records sorted by documents', async () => {
    const r = await cli(['entities', '--aggregate', '--json', '--jobs', '1', 'fixtures/corpus', 'fixtures/belarus-2020-08-18.txt']);
    expect(r.status).toBe(0);
    const rows = jsonLines(r.stdout);
    expect(rows[0]).toMatchObject({ schema: 'newsq-corpus/1', kind: 'entity' });
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].documents).toBeGreaterThanOrEqual(rows[i].documents);
    expect(rows.find((e) => e.name === 'Maria Kolesnikova')).toMatchObject({ type: 'person', documents: 2 });
  });

  test('speakers prints a TSV header and one row per speaker', async () => {
    const r = await cli(['speakers', '--jobs', '1', 'fixtures/corpus', 'fixtures/belarus-2020-08-18.txt']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('speaker\ttype\tquotes\tarticles\tfirst\tlast\tsample quote');
    const kolesnikova = lines.find((l) => l.startsWith('Maria Kolesnikova\t'))!.split('\t');
    // 1 quote in a-short.txt; 3 in the reference article: her direct quote, the partial "maintain friendly ...", and the reported speech around it ("vowed that new leaders ... would "...," ties").
    // First and last are the least and greatest source in code-point order, whatever the order of reading.
    expect(kolesnikova.slice(1, 6)).toEqual(['person', '4', '2', 'fixtures/belarus-2020-08-18.txt', 'fixtures/corpus/a-short.txt']);
  });
});
