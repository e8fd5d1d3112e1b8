// Stage 5: the gist of an article — an extractive summary, keywords and key people.
//
//   1. candidates: body sentences (the first MAX_SENTENCES of them), minus furniture, scraps,
//      continuations and pieces of multi-sentence quotes (summary/fragments.ts);
//   2. centrality: PageRank over the TF-IDF cosine graph of all body sentences (summary/textrank.ts);
//   3. news cues: lead position, headline overlap, main entities, key people's quotes (summary/cues.ts),
//      discounted for sentences that lean on the one before or are very short;
//   4. selection: MMR on the combined score, so no two picks say the same thing (summary/select.ts);
//   5. output in article order, each with its offsets and combined score.
//
// Reference article (fixtures/belarus-2020-08-18.txt) → "European leaders urged ... Putin to push for
// dialogue in ... Belarus", Belta on Putin's call with Lukashenko about the European leaders' calls,
// and Lukashenko accusing the opposition of trying to "seize power"; never the photo caption,
// the "Related article" links or a heading.
import type { Entity, Quote, Segmented, Sentence, Summary, SummarySentence } from '../types.js';
import { shippedTable, type DocFrequencies } from '../summary/idf.js';
import { blendIdf, sentenceIdf, termBags, Vectors } from '../summary/vectors.js';
import { pageRank } from '../summary/textrank.js';
import { rejections } from '../summary/fragments.js';
import { entityCues, leadCue, quoteCues, standAloneFactor, titleCue } from '../summary/cues.js';
import { mmrSelect, summaryLength } from '../summary/select.js';
import { keywordsOfIds, KEYWORDS, wordKey } from '../summary/keywords.js';
import { keyPeople } from '../summary/key-people.js';
import { ALNUM, beginDocument, keyIdf, keyIdfs, shapeOf, termIdOf, wordIds } from '../summary/words.js';

export interface SummaryOptions {
  sentences?: number;
  ratio?: number;
  /** Background document frequencies; default: the shipped models/idf.tsv. */
  table?: DocFrequencies;
}

/** Sentence-pair similarity is quadratic: a huge file is summarised from its first 200 body sentences. */
export const MAX_SENTENCES = 200;

/**
 * How much each signal counts in the combined score (each is in [0, 1]). Centrality leads; the news
 * cues break its ties and pull toward the top of the story. On the BBC dev set the cues cost a little
 * ROUGE (its references were themselves picked by a centrality ranker), which we accept for summaries
 * that open where the story opens.
 */
export const WEIGHTS = { centrality: 0.6, lead: 0.15, title: 0.15, entities: 0.1, quotes: 0.05 };

/** Share of the article's own sentence IDF in the sentence vectors; the rest is the background table. */
export const LOCAL_IDF_SHARE = 0.75;

/** Sentences shorter than this many words are discounted by √(words / SHORT_SENTENCE). */
export const SHORT_SENTENCE = 20;

/**
 * Keywords, with phrases cut at entity mentions, and the key people's own names left out: they have
 * their own line ("Key people: Alexander Lukashenko, ...") and would otherwise fill this one.
 */
function keywordsBesidesPeople(body: Sentence[], ids: number[][], entities: Entity[], people: string[], table: DocFrequencies) {
  const edges = new Set<number>();
  const names = new Set<string>();
  for (const e of entities) {
    for (const m of e.mentions) { edges.add(m.start); edges.add(m.end); }
    if (people.includes(e.id)) for (const a of [e.name, ...e.aliases]) for (const w of a.split(/\s+/)) names.add(wordKey(w));
  }
  return keywordsOfIds(body, ids, table, KEYWORDS, edges, names);
}

/** The index terms of a sentence given as word ids, in order, with repeats, as key ids (words.ts). */
function termKeys(ids: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) { const t = termIdOf[ids[i]]; if (t >= 0) out.push(t); }
  return out;
}

/**
 * Sentence vector weights per term: mostly IDF over the article's own sentences (what tells its
 * sentences apart), tempered by the background table (what is rare in news at large). See vectors.ts.
 * `bags` are the body sentences' term ids, `keys[t]` term t's key id (words.ts).
 */
function vectorWeight(bags: readonly number[][], keys: readonly number[], table: DocFrequencies): Float64Array {
  const idfs = keyIdfs(table);
  const background = new Float64Array(keys.length);
  for (let t = 0; t < keys.length; t++) background[t] = keyIdf(idfs, table, keys[t]);
  return blendIdf(sentenceIdf(bags, keys.length), background, LOCAL_IDF_SHARE);
}

/** Words (tokens with a letter or digit) of a sentence given as word ids. */
function words(ids: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < ids.length; i++) if ((shapeOf[ids[i]] & ALNUM) !== 0) n++;
  return n;
}

/**
 * A short sentence says less: "Shares fell." may be central yet tells a reader little. √(words / 20),
 * capped at 1: 5 words → 0.5, 10 → 0.71, 20 or more → 1.
 */
function lengthFactor(words: number): number {
  return Math.sqrt(Math.min(words, SHORT_SENTENCE) / SHORT_SENTENCE);
}

export function summarize(seg: Segmented, entities: Entity[], quotes: Quote[], options: SummaryOptions = {}): Summary {
  const table = options.table ?? shippedTable();
  const all = seg.sentences;
  const bodyIndex = all.map((s, i) => (s.kind === 'paragraph' ? i : -1)).filter((i) => i >= 0).slice(0, MAX_SENTENCES);
  const body = bodyIndex.map((i) => all[i]);

  const people = keyPeople(all, entities, quotes);
  // Each distinct spelling as a small integer (summary/words.ts), taken once for every later step.
  beginDocument();
  const bodyIds = body.map((s) => wordIds(s.tokens));
  // Only the body sentences summarised are judged: a huge file's thousands after them never count.
  const judged = all.slice(0, bodyIndex.length ? bodyIndex[bodyIndex.length - 1] + 1 : 0);
  const judgedIds: Array<number[] | undefined> = new Array(judged.length);
  bodyIndex.forEach((i, p) => { judgedIds[i] = bodyIds[p]; });
  const rejected = rejections(judged, quotes, judgedIds);
  const titleSentence = all.find((s) => s.kind === 'title');
  const titleIds = titleSentence ? wordIds(titleSentence.tokens) : null;
  // Keywords come from running text: a team line-up or a credit line would fill them with names.
  const proseAt = bodyIndex.map((_, p) => p).filter((p) => rejected[bodyIndex[p]] !== 'list' && rejected[bodyIndex[p]] !== 'furniture');
  const kws = keywordsBesidesPeople(proseAt.map((p) => body[p]), proseAt.map((p) => bodyIds[p]), entities, people, table);

  const k = summaryLength(body.length, options);
  if (k === 0) return { sentences: [], keywords: kws, keyPeople: people };

  // Terms numbered per document, the title's after the body's (it may have terms of its own).
  const terms = termBags([...bodyIds, ...(titleIds ? [titleIds] : [])].map(termKeys));
  const bags = terms.bags.slice(0, body.length);
  const weight = vectorWeight(bags, terms.ids, table);
  const vectors = new Vectors(terms.bags, weight); // the body's, then the title's
  const n = body.length;
  const sim = vectors.similarities(n, terms.ids.length);
  const lead = body.map((_, p) => leadCue(p));
  const headline = body.map((_, p) => titleCue(vectors, p, titleIds ? n : -1));
  const rank = pageRank(sim, n);
  const maxRank = rank.reduce((a, b) => Math.max(a, b), 0) || 1;

  const entityAll = entityCues(all.length, entities);
  const quoteAll = quoteCues(all, quotes, new Set(people));

  const scores = body.map((s, p) => {
    const i = bodyIndex[p];
    const combined = WEIGHTS.centrality * (rank[p] / maxRank) + WEIGHTS.lead * lead[p]
      + WEIGHTS.title * headline[p] + WEIGHTS.entities * entityAll[i] + WEIGHTS.quotes * quoteAll[i];
    return combined * standAloneFactor(s.text) * lengthFactor(words(bodyIds[p]));
  });
  const top = scores.reduce((a, b) => Math.max(a, b), 0) || 1;
  const normalized = new Float64Array(scores.length); // doubles, always: one array shape for mmrSelect
  for (let p = 0; p < scores.length; p++) normalized[p] = scores[p] / top;
  let eligible = bodyIndex.map((i) => rejected[i] === null);
  // An article made only of scraps (a list of short items) still gets a summary rather than none,
  // though never a sentence without a single word ("...").
  if (!eligible.some(Boolean)) eligible = bodyIndex.map((i, p) => rejected[i] !== 'furniture' && words(bodyIds[p]) > 0);

  const picks = mmrSelect(normalized, (a, b) => sim[a * n + b], k, eligible).sort((a, b) => a - b);
  const sentences: SummarySentence[] = picks.map((p) => ({ text: body[p].text, start: body[p].start, end: body[p].end, score: normalized[p] }));
  return { sentences, keywords: kws, keyPeople: people };
}
