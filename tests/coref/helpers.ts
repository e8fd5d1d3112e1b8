// Made-up articles for the coreference tests: entities are given by hand (name, type, the forms
// the text uses), so each test controls exactly what the tagger would have found.
import { read } from '../../src/pipeline/index.js';
import { corefer } from '../../src/coref/index.js';
import type { Entity, EntityType, Segmented } from '../../src/types.js';

export type Spec = [name: string, type: EntityType, forms: string[], gender?: 'male' | 'female'];

/** Every whole-word occurrence of each form becomes a mention of its entity. */
export function entitiesFor(seg: Segmented, specs: Spec[]): Entity[] {
  const text = seg.article.text;
  const taken: Array<[number, number]> = [];
  return specs.map(([name, type, forms, gender], i) => {
    const mentions = [];
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index!;
        const end = start + form.length;
        if (taken.some(([a, b]) => a < end && start < b)) continue;
        taken.push([start, end]);
        const sentence = seg.sentences.findIndex((s) => s.start <= start && end <= s.end);
        mentions.push({ start, end, text: form, sentence, type });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${i + 1}`, name, type, aliases: forms, mentions, ...(gender ? { gender } : {}) };
  });
}

/** The article (a headline line, then the body), its coreference, and a lookup by phrase. */
export function analyse(body: string, specs: Spec[]) {
  const seg = read(`A headline for the test\n\n${body}`);
  const entities = entitiesFor(seg, specs);
  const coref = corefer(seg, entities);
  const text = seg.article.text;
  /** What the n-th whole-word occurrence (from 0) of `phrase` refers to. */
  const at = (phrase: string, n = 0) => {
    const re = new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    const found = [...text.matchAll(re)][n];
    if (!found) throw new Error(`no "${phrase}" #${n} in the text`);
    return coref.resolveAt({ start: found.index!, end: found.index! + phrase.length });
  };
  return { seg, entities, coref, text, at };
}
