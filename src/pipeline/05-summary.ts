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
 * The body sentences summarised (the first MAX_SENTENCES), and their tokens and the headline's as
 * word ids (summary/words.ts: each distinct spelling a small integer), taken once for every later step.
 */
interface Body {
  /** Indexes into the sentences, and the sentences. */
  index: number[];
  sentences: Sentence[];
  ids: number[][];
  titleIds: number[] | null;
  /** The sentences up to the last body one (only those are judged: a huge file's thousands after it never count), and the body ones' ids by index. */
  judged: Sentence[];
  judgedIds: Array<number[] | undefined>;
}

function readBody(all: readonly Sentence[]): Body {
  const index: number[] = [];
  for (let i = 0; i < all.length && index.length < MAX_SENTENCES; i++) if (all[i].kind === 'paragraph') index.push(i);
  const sentences = index.map((i) => all[i]);
  beginDocument();
  const ids = sentences.map((s) => wordIds(s.tokens));
  const title = all.find((s) => s.kind === 'title');
  const titleIds = title ? wordIds(title.tokens) : null;
  const judged = all.slice(0, index.length ? index[index.length - 1] + 1 : 0);
  const judgedIds: Array<number[] | undefined> = new Array(judged.length);
  for (let p = 0; p < index.length; p++) judgedIds[index[p]] = ids[p];
  return { index, sentences, ids, titleIds, judged, judgedIds };
}

/** Offsets where entity mentions start or end: keyphrases never cross them. */
function mentionEdges(entities: readonly Entity[]): Set<number> {
  const edges = new Set<number>();
  for (const e of entities) for (const m of e.mentions) { edges.add(m.start); edges.add(m.end); }
  return edges;
}

/** The words of the key people's names and aliases, as keywords key them ("schlueter"). */
function peopleWords(entities: readonly Entity[], people: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const e of entities) {
    if (people.includes(e.id)) for (const a of [e.name, ...e.aliases]) for (const w of a.split(/\s+/)) names.add(wordKey(w));
  }
  return names;
}

/**
 * Keywords of the running text (a team line-up or a credit line would fill them with names), with
 * phrases cut at entity mentions, and the key people's own names left out: they have their own line
 * ("Key people: Alexander Lukashenko, ...") and would otherwise fill this one.
 */
function keywordsBesidesPeople(body: Body, rejected: ReadonlyArray<string | null>, entities: Entity[], people: string[], table: DocFrequencies) {
  const prose: Sentence[] = [];
  const ids: number[][] = [];
  for (let p = 0; p < body.index.length; p++) {
    const why = rejected[body.index[p]];
    if (why !== 'list' && why !== 'furniture') { prose.push(body.sentences[p]); ids.push(body.ids[p]); }
  }
  return keywordsOfIds(prose, ids, table, KEYWORDS, mentionEdges(entities), peopleWords(entities, people));
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

/** The body sentences' similarity graph (flat n×n), their centrality and their similarity to the headline. */
function sentenceGraph(body: Body, table: DocFrequencies) {
  // Terms numbered per document, the title's after the body's (it may have terms of its own).
  const n = body.sentences.length;
  const terms = termBags((body.titleIds ? [...body.ids, body.titleIds] : body.ids).map(termKeys));
  const weight = vectorWeight(terms.bags.slice(0, n), terms.ids, table);
  const vectors = new Vectors(terms.bags, weight); // the body's, then the title's
  const sim = vectors.similarities(n, terms.ids.length);
  const headline = body.sentences.map((_, p) => titleCue(vectors, p, body.titleIds ? n : -1));
  return { n, sim, headline, rank: pageRank(sim, n) };
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

/** Each body sentence's combined score (see WEIGHTS), scaled so the best is 1. */
function combinedScores(body: Body, graph: ReturnType<typeof sentenceGraph>, entityAll: readonly number[], quoteAll: readonly number[]): Float64Array {
  const { rank, headline } = graph;
  const maxRank = rank.reduce((a, b) => Math.max(a, b), 0) || 1;
  const scores = body.sentences.map((s, p) => {
    const i = body.index[p];
    const combined = WEIGHTS.centrality * (rank[p] / maxRank) + WEIGHTS.lead * leadCue(p)
      + WEIGHTS.title * headline[p] + WEIGHTS.entities * entityAll[i] + WEIGHTS.quotes * quoteAll[i];
    return combined * standAloneFactor(s.text) * lengthFactor(words(body.ids[p]));
  });
  const top = scores.reduce((a, b) => Math.max(a, b), 0) || 1;
  const normalized = new Float64Array(scores.length); // doubles, always: one array shape for mmrSelect
  for (let p = 0; p < scores.length; p++) normalized[p] = scores[p] / top;
  return normalized;
}

/**
 * Which body sentences may be picked: those not rejected; but an article made only of scraps (a list
 * of short items) still gets a summary rather than none, though never a sentence without a single
 * word ("...").
 */
function eligibleSentences(body: Body, rejected: ReadonlyArray<string | null>): boolean[] {
  const eligible = body.index.map((i) => rejected[i] === null);
  if (eligible.some(Boolean)) return eligible;
  return body.index.map((i, p) => rejected[i] !== 'furniture' && words(body.ids[p]) > 0);
}

export function summarize(seg: Segmented, entities: Entity[], quotes: Quote[], options: SummaryOptions = {}): Summary {
  const table = options.table ?? shippedTable();
  const all = seg.sentences;
  const body = readBody(all);
  const people = keyPeople(all, entities, quotes);
  const rejected = rejections(body.judged, quotes, body.judgedIds);
  const kws = keywordsBesidesPeople(body, rejected, entities, people, table);

  const k = summaryLength(body.sentences.length, options);
  if (k === 0) return { sentences: [], keywords: kws, keyPeople: people };

  const graph = sentenceGraph(body, table);
  const normalized = combinedScores(body, graph, entityCues(all.length, entities), quoteCues(all, quotes, new Set(people)));
  const { sim, n } = graph;
  const picks = mmrSelect(normalized, (a, b) => sim[a * n + b], k, eligibleSentences(body, rejected)).sort((a, b) => a - b);
  const sentences: SummarySentence[] = picks.map((p) => {
    const s = body.sentences[p];
    return { text: s.text, start: s.start, end: s.end, score: normalized[p] };
  });
  return { sentences, keywords: kws, keyPeople: people };
}
