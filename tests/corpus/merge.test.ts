// Partial aggregates merge like the documents they count: any split of a corpus into shards, in any
// order and any grouping, gives the view of the whole corpus read at once. And the merge rules of
// the corpus view: one row for the United States, aliases without case or headline junk, first
// names that link no one across documents.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CorpusAggregate } from '../../src/corpus/aggregate.js';
import type { NewsqDoc } from '../../src/render/contract.js';

type Ent = [name: string, type: string, mentions: number, aliases?: string[]];
type Quote = [speaker: string, text: string, kind: string];

/** A newsq/1-like document: entities [name, type, mention count, aliases] and quotes [speaker, text, kind]. */
function doc(source: string, entities: Ent[], quotes: Quote[] = []): NewsqDoc {
  const ents = entities.map(([name, type, n, aliases], i) => ({
    id: `e${i + 1}`, name, type, count: n, aliases: aliases ?? [name], gender: null, references: [],
    mentions: Array.from({ length: n }, () => ({ text: name, start: 0, end: 0 })),
  }));
  return {
    schema: 'newsq/1', source, entities: ents,
    quotes: quotes.map(([speaker, text, kind], i) => ({
      id: `q${i + 1}`, text, start: 0, end: 0, kind, speaker, speakerId: ents.find((e) => e.name === speaker)?.id ?? null,
      speakerMention: null, cue: null, speakerGender: null, resolvedBy: null, rule: null,
    })),
  } as NewsqDoc;
}

const view = (agg: CorpusAggregate) => ({ entities: agg.entities(), speakers: agg.speakers() });

function aggregateOf(docs: NewsqDoc[]): CorpusAggregate {
  const agg = new CorpusAggregate();
  for (const d of docs) agg.add(d);
  return agg;
}

/** A shard's partial aggregate as it travels: printed as JSON Lines and read back. */
function roundTrip(agg: CorpusAggregate): CorpusAggregate {
  const back = new CorpusAggregate();
  for (const line of agg.parts().map((p) => JSON.stringify(p))) back.addPart(JSON.parse(line));
  return back;
}

describe('the merge rules', () => {
  test('"U.S.", "US" and "United States" are one row; a name with an acronym in it owns no initials', () => {
    const agg = aggregateOf([
      doc('1', [['U.S.', 'place', 3, ['U.S.', 'U.S. SALES']]]),
      doc('2', [['US', 'place', 2, ['US', 'Us']]]),
      doc('3', [['United States', 'place', 4, ['United States', 'U.S.']], ['U.S.', 'place', 1]]),
      doc('4', [['United States', 'place', 1]]),
      doc('5', [['U.S. Sprint', 'place', 1]]),
    ]);
    const us = agg.entities().filter((e) => /^(U\.?S\.?|United States)$/.test(e.name));
    // 4 documents: the third names it both ways and counts once.
    expect(us).toEqual([{ name: 'United States', type: 'place', mentions: 11, documents: 4, aliases: ['United States', 'U.S.', 'US'] }]);
  });

  test('initials go to the owner named in more than ten times as many documents, not to a typo', () => {
    const docs = Array.from({ length: 11 }, (_, i) => doc(`s${i}`, [['United States', 'place', 1]]));
    docs.push(doc('typo', [['Unites States', 'place', 1]]), doc('short', [['US', 'place', 1]]));
    expect(aggregateOf(docs).entities()[0]).toMatchObject({ name: 'United States', documents: 12 });
    // Ten times is not enough: then "US" stays a row of its own.
    expect(aggregateOf([...docs.slice(0, 10), ...docs.slice(11)]).entities().map((e) => e.name)).toContain('US');
  });

  test('forms differing only in case are one alias, written as most documents write it; headlines in capitals are no alias', () => {
    const agg = aggregateOf([
      doc('1', [['United Kingdom', 'place', 2, ['United Kingdom', 'UK']]]),
      doc('2', [['United Kingdom', 'place', 1, ['United Kingdom', 'UK', 'Uk']]]),
      doc('3', [['REUTERS', 'organization', 1, ['REUTERS', 'REUTERS SAID']]]),
      doc('4', [['Reuters', 'organization', 1]]),
      doc('5', [['Reuters', 'organization', 1]]),
    ]);
    const byName = new Map(agg.entities().map((e) => [e.name, e]));
    expect(byName.get('United Kingdom')!.aliases).toEqual(['United Kingdom', 'UK']);
    expect(byName.get('Reuters')).toMatchObject({ documents: 3, aliases: ['Reuters'] });
    expect(byName.has('REUTERS')).toBe(false);
  });

  test('a first name links no one across documents, and is no alias of a corpus row', () => {
    const agg = aggregateOf([
      doc('1', [['Charles Kennedy', 'person', 3, ['Charles Kennedy', 'Kennedy', 'Charles']]]),
      doc('2', [['Ray Charles', 'person', 2, ['Ray Charles', 'Charles']]]),
      doc('3', [['Charles', 'person', 1]], [['Charles', 'We will win', 'direct']]),
      doc('4', [['Vladimir Putin', 'person', 1]]),
      doc('5', [['Putin', 'person', 2]], [['Putin', 'No', 'direct']]),
    ]);
    const byName = new Map(agg.entities().map((e) => [e.name, e]));
    expect(byName.get('Charles Kennedy')!.aliases).toEqual(['Charles Kennedy', 'Kennedy']);
    expect(byName.get('Ray Charles')).toMatchObject({ mentions: 2, documents: 1, aliases: ['Ray Charles', 'Charles'] });
    expect(byName.get('Charles')).toMatchObject({ mentions: 1, documents: 1 });
    expect(byName.get('Vladimir Putin')).toMatchObject({ mentions: 3, documents: 2 });
    expect(agg.speakers().map((s) => s.speaker).sort()).toEqual(['Charles', 'Vladimir Putin']);
  });

  test('first and last article by source, the sample a direct quote of the first article, whatever the order of reading', () => {
    const docs = [
      doc('b.txt', [['Maria Kolesnikova', 'person', 1]], [['Maria Kolesnikova', 'later words', 'direct']]),
      doc('a.txt', [['Maria Kolesnikova', 'person', 1]], [['Maria Kolesnikova', 'reported', 'indirect'], ['Maria Kolesnikova', 'first words', 'direct']]),
      doc('c.txt', [['Kolesnikova', 'person', 1]], [['Kolesnikova', 'only reported', 'indirect']]),
    ];
    for (const order of [docs, [...docs].reverse()]) {
      expect(aggregateOf(order).speakers()).toEqual([{
        speaker: 'Maria Kolesnikova', type: 'person', quotes: 4, articles: 3, first: 'a.txt', last: 'c.txt', sample: 'first words',
      }]);
    }
  });
});

// Names chosen to exercise every rule: surnames with one and two owners, a first name, an acronym
// with and without dots and an owner, case variants, speakers that are no entity.
const ENTITIES: Array<[string, string]> = [
  ['Vladimir Putin', 'person'], ['Putin', 'person'], ['PUTIN', 'person'], ['Boris Johnson', 'person'], ['Magic Johnson', 'person'],
  ['Johnson', 'person'], ['Charles Kennedy', 'person'], ['Ray Charles', 'person'], ['Charles', 'person'], ['Kennedy', 'person'],
  ['United States', 'place'], ['U.S.', 'place'], ['US', 'place'], ['Us', 'place'], ['U.S.', 'organization'],
  ['European Union', 'organization'], ['EU', 'organization'], ['Reuters', 'organization'], ['REUTERS', 'organization'], ['Minsk', 'place'],
];
const OTHERS = ['Lithuanian lawmakers', 'Lithuanian Lawmakers', 'they', 'The company'];

const arbDoc = fc.record({
  ents: fc.uniqueArray(fc.record({ i: fc.nat(ENTITIES.length - 1), n: fc.integer({ min: 0, max: 3 }), alias: fc.nat(ENTITIES.length - 1) }), { selector: (e) => e.i, maxLength: 6 }),
  quotes: fc.array(fc.record({ who: fc.nat(20), text: fc.constantFrom('a', 'b', 'c', 'd'), kind: fc.constantFrom('direct', 'partial', 'indirect') }), { maxLength: 4 }),
});

function makeDocs(specs: Array<fc.RecordValue<typeof arbDoc>>): NewsqDoc[] {
  return specs.map((s, d) => {
    const ents: Ent[] = s.ents.map(({ i, n, alias }) => [ENTITIES[i][0], ENTITIES[i][1], n, [ENTITIES[i][0], ENTITIES[alias][0]]]);
    const quotes: Quote[] = s.quotes.map(({ who, text, kind }) => [
      who < ents.length ? ents[who][0] : OTHERS[who % OTHERS.length], text, kind,
    ]);
    return doc(`doc-${String(d).padStart(3, '0')}`, ents, quotes);
  });
}

/** Splits `items` at the given cut points (any number, any places). */
function split<T>(items: T[], cuts: number[]): T[][] {
  const at = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const c of [...at, items.length]) { out.push(items.slice(from, c)); from = c; }
  return out;
}

describe('merging partial aggregates (property)', () => {
  test('any split into shards, any order of documents and of shards, any grouping: the view of the whole', () => {
    fc.assert(fc.property(
      fc.array(arbDoc, { maxLength: 14 }), fc.array(fc.nat(), { maxLength: 5 }), fc.infiniteStream(fc.nat()),
      (specs, cuts, rand) => {
        const docs = makeDocs(specs);
        const whole = view(aggregateOf(docs));
        const next = () => rand.next().value as number;
        const shuffle = <T>(xs: T[]) => { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = next() % (i + 1); [a[i], a[j]] = [a[j], a[i]]; } return a; };
        // Documents in any order, cut into shards; each shard's partial aggregate printed and read back.
        let pending = split(shuffle(docs), cuts).map((shard) => roundTrip(aggregateOf(shard)));
        // Merged pairwise in random pairs (a random tree), each result printed and read back again.
        while (pending.length > 1) {
          pending = shuffle(pending);
          const [a, b] = [pending.pop()!, pending.pop()!];
          a.merge(b);
          pending.push(roundTrip(a));
        }
        expect(view(pending[0] ?? new CorpusAggregate())).toEqual(whole);
      },
    ), { numRuns: 200 });
  });

  test('asking for the view does not change the totals', () => {
    const agg = aggregateOf([doc('a', [['Vladimir Putin', 'person', 1]]), doc('b', [['Putin', 'person', 1]])]);
    const first = view(agg);
    agg.add(doc('c', [['Putin', 'person', 1]]));
    expect(first.entities[0]).toMatchObject({ name: 'Vladimir Putin', documents: 2 });
    expect(view(agg).entities[0]).toMatchObject({ name: 'Vladimir Putin', documents: 3 });
  });
});
