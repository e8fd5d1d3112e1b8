// Stage 5: the gist of an article — an extractive summary, keywords and key people.
//
//   1. candidates: body sentences (the first MAX_SENTENCES of them), minus furniture, scraps,
//      continuations and pieces of multi-sentence quotes (summary/fragments.ts);
//   2. centrality: PageRank over the TF-IDF cosine graph of all body sentences (summary/textrank.ts);
//   3. news cues: lead position, headline overlap, main entities, key people's quotes (summary/cues.ts);
//   4. selection: MMR on the combined score, so no two picks say the same thing (summary/select.ts);
//   5. output in article order, each with its offsets and combined score.
//
// Reference article (fixtures/belarus-2020-08-18.txt) → the EU leaders' calls to Putin, Michel's
// "inclusive dialogue" and the Merkel/Macron calls; never the photo caption or a heading.
import type { Entity, Quote, Segmented, Summary, SummarySentence } from '../types.js';
import { idf, shippedTable, type DocFrequencies } from '../summary/idf.js';
import { termsOf } from '../summary/terms.js';
import { blendIdf, sentenceIdf, similarityMatrix, tfidfVector, type TermWeight } from '../summary/vectors.js';
import { pageRank } from '../summary/textrank.js';
import { rejections } from '../summary/fragments.js';
import { entityCues, leadCue, quoteCues, standAloneFactor, titleCue } from '../summary/cues.js';
import { mmrSelect, summaryLength } from '../summary/select.js';
import { keywords, KEYWORDS } from '../summary/keywords.js';
import { keyPeople } from '../summary/key-people.js';

export interface SummaryOptions {
  sentences?: number;
  ratio?: number;
  /** Background document frequencies; default: the shipped models/idf.tsv. */
  table?: DocFrequencies;
}

/** Sentence-pair similarity is quadratic: a huge file is summarised from its first 200 body sentences. */
export const MAX_SENTENCES = 200;

const W = (process.env.NEWSQ_W ?? '0.6,0.2,0.1,0.1,0.05,0.2,0.5,0.5').split(',').map(Number);
/** How much each signal counts in the combined score (they are each in [0, 1]). */
export const WEIGHTS = { centrality: W[0], lead: W[1], title: W[2], entities: W[3], quotes: W[4] };
/** Where PageRank's random jump lands: a little anywhere, more on the lead and headline-like sentences. */
export const TELEPORT = { uniform: W[5], lead: W[6], title: W[7] };

/**
 * Keywords, with phrases cut at entity mentions, and the key people's own names left out: they have
 * their own line ("Key people: Alexander Lukashenko, ...") and would otherwise fill this one.
 */
function keywordsBesidesPeople(body: Segmented['sentences'], entities: Entity[], people: string[], table: DocFrequencies) {
  const edges = new Set<number>();
  const names = new Set<string>();
  for (const e of entities) {
    for (const m of e.mentions) { edges.add(m.start); edges.add(m.end); }
    if (people.includes(e.id)) for (const a of [e.name, ...e.aliases]) names.add(a.toLowerCase());
  }
  return keywords(body, table, KEYWORDS + names.size, edges).filter((k) => !names.has(k.term.toLowerCase())).slice(0, KEYWORDS);
}

/** TEMP experiment: which document frequencies the sentence vectors use. */
function vectorWeight(bags: string[][], table: DocFrequencies): TermWeight {
  const share = Number(process.env.NEWSQ_LOCAL ?? 0.5);
  return blendIdf(sentenceIdf(bags), (t) => idf(table, t), share);
}

const LEN = (process.env.NEWSQ_LEN ?? '20,0').split(',').map(Number);
function lengthFactor(s: Segmented['sentences'][number]): number {
  const words = s.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
  return (Math.min(words, LEN[0]) / LEN[0]) ** LEN[1];
}

export function summarize(seg: Segmented, entities: Entity[], quotes: Quote[], options: SummaryOptions = {}): Summary {
  const table = options.table ?? shippedTable();
  const all = seg.sentences;
  const bodyIndex = all.map((s, i) => (s.kind === 'paragraph' ? i : -1)).filter((i) => i >= 0).slice(0, MAX_SENTENCES);
  const body = bodyIndex.map((i) => all[i]);

  const people = keyPeople(all, entities, quotes);
  const kws = keywordsBesidesPeople(body, entities, people, table);

  const k = summaryLength(body.length, options);
  if (k === 0) return { sentences: [], keywords: kws, keyPeople: people };

  const bags = body.map((s) => termsOf(s.tokens));
  const weight = vectorWeight(bags, table);
  const vectors = bags.map((b) => tfidfVector(b, weight));
  const sim = similarityMatrix(vectors);
  const titleSentence = all.find((s) => s.kind === 'title');
  const title = titleSentence ? tfidfVector(termsOf(titleSentence.tokens), weight) : null;
  const lead = body.map((_, p) => leadCue(p));
  const headline = vectors.map((v) => titleCue(v, title));
  const rank = pageRank(sim, 0.85, 60, 1e-7, body.map((_, p) => TELEPORT.uniform + TELEPORT.lead * lead[p] + TELEPORT.title * headline[p]));
  const maxRank = Math.max(...rank) || 1;

  const entityAll = entityCues(all.length, entities);
  const quoteAll = quoteCues(all, quotes, new Set(people));
  const rejected = rejections(all, quotes);

  const scores = body.map((s, p) => {
    const i = bodyIndex[p];
    const combined = WEIGHTS.centrality * (rank[p] / maxRank) + WEIGHTS.lead * lead[p]
      + WEIGHTS.title * headline[p] + WEIGHTS.entities * entityAll[i] + WEIGHTS.quotes * quoteAll[i];
    return combined * (process.env.NEWSQ_NOSTAND ? 1 : standAloneFactor(s.text)) * lengthFactor(s);
  });
  const top = Math.max(...scores) || 1;
  const normalized = scores.map((x) => x / top);
  let eligible = bodyIndex.map((i) => rejected[i] === null);
  // An article made only of scraps (a list of short items) still gets a summary rather than none.
  if (!eligible.some(Boolean)) eligible = bodyIndex.map((i) => rejected[i] !== 'furniture');

  const picks = mmrSelect(normalized, (a, b) => sim[a][b], k, process.env.NEWSQ_NOFILTER ? body.map(() => true) : eligible).sort((a, b) => a - b);
  const sentences: SummarySentence[] = picks.map((p) => ({ text: body[p].text, start: body[p].start, end: body[p].end, score: normalized[p] }));
  return { sentences, keywords: kws, keyPeople: people };
}
