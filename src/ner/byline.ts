// The byline names its authors and agency outright ("By Tatiana Kalinovskaya for AFP"): the article
// reader already parsed them into `meta`, so those names become person and organization mentions
// whatever the tagger made of a six-word line (it has never seen "AFP": its training news is Reuters').

import type { ArticleMeta, EntityType, Mention, Sentence } from '../types.js';

/** Mentions of meta.authors (person) and meta.agency (organization) inside byline sentences. */
export function bylineMentions(text: string, meta: ArticleMeta, sentences: Sentence[]): Mention[] {
  const names: Array<[string, EntityType]> = [
    ...meta.authors.map((a): [string, EntityType] => [a, 'person']),
    ...(meta.agency ? [[meta.agency, 'organization'] as [string, EntityType]] : []),
  ];
  const out: Mention[] = [];
  sentences.forEach((s, si) => {
    if (s.kind !== 'byline') return;
    for (const [name, type] of names) {
      const want = name.split(/\s+/).filter(Boolean);
      if (!want.length) continue;
      for (let i = 0; i + want.length <= s.tokens.length; i++) {
        if (!want.every((w, k) => s.tokens.text(i + k) === w)) continue;
        const start = s.tokens.start(i);
        const end = s.tokens.end(i + want.length - 1);
        out.push({ start, end, text: text.slice(start, end), sentence: si, type });
      }
    }
  });
  return out;
}

/** Replaces tagger mentions that overlap a byline mention by the byline mention. */
export function withBylineMentions(tagged: Mention[], byline: Mention[]): Mention[] {
  if (!byline.length) return tagged;
  const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
  return [...tagged.filter((m) => !byline.some((b) => overlaps(m, b))), ...byline].sort((a, b) => a.start - b.start);
}
