#!/usr/bin/env node
// Learns word clusters and capitalisation statistics from unlabeled news text, for the NER tagger.
//
//   node scripts/build-word-clusters.mjs [--corpus ../shared/data/unlabeled/news10m ...] [--extra FILE.conll ...]
//                                        [--out models/word-clusters.tsv] [--note "what the text is"]
//
// The open model's table (permissively licensed text only; ~12 min, ~3 GB of memory):
//   U=../shared/data/unlabeled N=../shared/data/ner
//   node --max-old-space-size=8000 scripts/build-word-clusters.mjs --corpus $U/wikipedia2021 --corpus $U/wikinews_gum \
//     --corpus $U/wikipedia_itn --extra $N/uner_en/en_ewt-ud-train.iob2 --extra $N/redocred/redocred_dev.iob2 \
//     --extra $N/redocred/redocred_test.iob2 --extra $N/gum_ner/gum_ner.iob2 --out models/word-clusters-open.tsv \
//     --note "English Wikipedia 2018-21 articles (CC BY-SA 3.0), Wikinews via GUM (CC BY 2.5), Wikipedia In the news 2022-23 (CC BY-SA 3.0) and the tokens of UNER EWT train, Re-DocRED, GUM-NER (CC BY-SA / MIT / CC BY)"
//
// Why: a tagger trained on 200k labelled tokens has never seen most names; words that occur in the
// same contexts in raw news ("Lukashenko" next to "said", "President", "'s") fall into the same
// cluster, so the tagger generalises from the names it did see to the ones it did not (Brown-cluster
// features, Ratinov & Roth 2009; here a cheaper stand-in: positive PMI context vectors reduced
// by truncated SVD, then hierarchical spherical k-means, giving Brown-like bit paths at 4 depths).
//
// Output (derived tables only, never corpus text): one line per word
//   word <TAB> path <TAB> capitalised-mid-sentence <TAB> occurrences-mid-sentence
// where path is "a.b.c.d" (cluster index at each depth: 8, 64, 512, 2048 clusters), "-" for words
// too rare to cluster. Deterministic: fixed seeds, sorted inputs.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const many = (name) => args.flatMap((a, i) => (args[i - 1] === name ? [a] : []));
const corpusDirs = many('--corpus').length ? many('--corpus') : ['../shared/data/unlabeled/news10m'];
const note = opt('--note', 'news10m (BBC + Reuters-21578)');
const out = opt('--out', 'models/word-clusters.tsv');
const extra = many('--extra');
const MIN_COUNT = 4; // words seen fewer times have too few contexts to place
const CONTEXTS = 4000; // most frequent words serve as context features
const DIM = 100; // SVD rank
const BRANCH = [8, 8, 8, 4];

// --- tokenising (PTB-like, close to newsq's own splitter) ---
const TOKEN = /[A-Za-z\u00C0-\u024F]\.(?:[A-Za-z\u00C0-\u024F]\.)+|n't|'s|'re|'ve|'ll|'d|'m|[\p{L}\p{N}]+(?:[-.&'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
function tokenize(sentence) {
  const toks = [];
  for (const m of sentence.matchAll(TOKEN)) {
    let t = m[0];
    // split "don't" -> "do" "n't" and "Putin's" -> "Putin" "'s"
    const neg = /^(.+)(n't)$/i.exec(t);
    const pos = /^(.+)(['’]s)$/i.exec(t);
    if (neg) toks.push(neg[1], neg[2]);
    else if (pos) toks.push(pos[1], pos[2]);
    else toks.push(t);
  }
  return toks;
}
const splitSentences = (para) => para.split(/(?<=[.!?]["”’]?)\s+(?=["“‘(]?[A-Z0-9])/);

function* corpusSentences() {
  for (const corpusDir of corpusDirs) for (const name of readdirSync(corpusDir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const text = readFileSync(join(corpusDir, name), 'utf8');
    for (const para of text.split(/\n\s*\n/)) for (const s of splitSentences(para.replace(/\s+/g, ' ').trim())) if (s) yield tokenize(s);
  }
  for (const file of extra) {
    let sent = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const t = line.trim();
      if (!t || t.startsWith('-DOCSTART-')) { if (sent.length) yield sent; sent = []; continue; }
      // UNER-style rows "index<TAB>token<TAB>tag..." (and their "# ..." comment lines); else CoNLL, token first
      if (line.includes('\t')) { const cols = line.split('\t'); if (/^\d+$/.test(cols[0]) && cols.length >= 3) sent.push(cols[1]); continue; }
      if (t.startsWith('#')) continue;
      sent.push(t.split(/\s+/)[0]);
    }
    if (sent.length) yield sent;
  }
}

const sentences = [...corpusSentences()];
console.error(`sentences ${sentences.length}, tokens ${sentences.reduce((a, s) => a + s.length, 0)}`);

// --- capitalisation statistics: how often a word is capitalised away from the sentence start ---
const isUpper = (c) => c !== c.toLowerCase() && c === c.toUpperCase();
const capStats = new Map(); // lower -> [capitalised, total]
for (const s of sentences) {
  const letters = s.join('').replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toUpperCase()) continue; // headline in capitals says nothing
  for (let i = 1; i < s.length; i++) {
    const w = s[i];
    if (!/\p{L}/u.test(w[0]) || /^["“‘(]$/.test(s[i - 1])) continue;
    const lw = w.toLowerCase();
    const st = capStats.get(lw) ?? [0, 0];
    if (isUpper(w[0])) st[0]++;
    st[1]++;
    capStats.set(lw, st);
  }
}

// --- vocabulary ---
const freq = new Map();
for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
const vid = new Map(vocab.map((w, i) => [w, i]));
const ctxId = new Map(byFreq.slice(0, CONTEXTS).map(([w], i) => [w, i]));
console.error(`vocabulary ${vocab.length}`);

// --- co-occurrence at offsets -2, -1, +1, +2 (separate features per offset) ---
const OFFS = [-2, -1, 1, 2];
const NC = CONTEXTS * OFFS.length + OFFS.length * 2; // + sentence boundary markers per offset
const rows = vocab.map(() => new Map());
const ctxTotal = new Float64Array(NC);
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const v = vid.get(s[i]);
    if (v === undefined) continue;
    OFFS.forEach((o, k) => {
      const j = i + o;
      let c;
      if (j < 0) c = CONTEXTS * OFFS.length + k * 2;
      else if (j >= s.length) c = CONTEXTS * OFFS.length + k * 2 + 1;
      else { const id = ctxId.get(s[j]); if (id === undefined) return; c = k * CONTEXTS + id; }
      rows[v].set(c, (rows[v].get(c) ?? 0) + 1);
      ctxTotal[c]++;
    });
  }
}
// context distribution smoothed (alpha 0.75), as in Levy & Goldberg 2015
let ctxSum = 0;
const ctxP = new Float64Array(NC);
for (let c = 0; c < NC; c++) { ctxP[c] = ctxTotal[c] ** 0.75; ctxSum += ctxP[c]; }
for (let c = 0; c < NC; c++) ctxP[c] /= ctxSum;

// seeded PRNG (mulberry32)
function rng(seed) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const rand = rng(12345);
const V = vocab.length;

// sparse PPMI matrix A (V x NC) in CSR form
const rowPtr = new Int32Array(V + 1);
const colIdx = [];
const vals = [];
for (let v = 0; v < V; v++) {
  let rowTotal = 0;
  for (const n of rows[v].values()) rowTotal += n;
  for (const [c, n] of [...rows[v]].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log(n / rowTotal / ctxP[c]);
    if (pmi > 0) { colIdx.push(c); vals.push(pmi); }
  }
  rowPtr[v + 1] = colIdx.length;
}
rows.length = 0;
const col = Int32Array.from(colIdx);
const val = Float64Array.from(vals);
console.error(`PPMI non-zeros ${val.length}`);

// randomized truncated SVD (Halko et al. 2011): A ~ U S V^T, rank DIM, two power iterations
const K = DIM;
const AX = (X) => { // A (V x NC) times X (NC x K)
  const Y = new Float64Array(V * K);
  for (let v = 0; v < V; v++) for (let p = rowPtr[v]; p < rowPtr[v + 1]; p++) { const a = val[p], c = col[p] * K; for (let k = 0; k < K; k++) Y[v * K + k] += a * X[c + k]; }
  return Y;
};
const ATY = (Y) => { // A^T (NC x V) times Y (V x K)
  const X = new Float64Array(NC * K);
  for (let v = 0; v < V; v++) for (let p = rowPtr[v]; p < rowPtr[v + 1]; p++) { const a = val[p], c = col[p] * K; for (let k = 0; k < K; k++) X[c + k] += a * Y[v * K + k]; }
  return X;
};
function orthonormalize(Y, n) { // modified Gram-Schmidt on the K columns of an n x K matrix
  for (let j = 0; j < K; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += Y[r * K + i] * Y[r * K + j];
      for (let r = 0; r < n; r++) Y[r * K + j] -= dot * Y[r * K + i];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += Y[r * K + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) Y[r * K + j] /= norm;
  }
  return Y;
}
const omega = new Float64Array(NC * K);
for (let i = 0; i < omega.length; i++) omega[i] = rand() * 2 - 1;
let Q = orthonormalize(AX(omega), V);
for (let it = 0; it < 2; it++) Q = orthonormalize(AX(orthonormalize(ATY(Q), NC)), V);
// B = Q^T A (K x NC); eigen-decompose B B^T (K x K) with Jacobi rotations
const Bt = ATY(Q); // NC x K, = B^T
const G = new Float64Array(K * K);
for (let c = 0; c < NC; c++) for (let i = 0; i < K; i++) { const x = Bt[c * K + i]; if (x) for (let j = 0; j < K; j++) G[i * K + j] += x * Bt[c * K + j]; }
const E = new Float64Array(K * K);
for (let i = 0; i < K; i++) E[i * K + i] = 1;
for (let sweep = 0; sweep < 30; sweep++) {
  let off = 0;
  for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) off += G[p * K + q] ** 2;
  if (off < 1e-18) break;
  for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) {
    const apq = G[p * K + q];
    if (Math.abs(apq) < 1e-15) continue;
    const theta = (G[q * K + q] - G[p * K + p]) / (2 * apq);
    const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    const c = 1 / Math.sqrt(t * t + 1), s = t * c;
    for (let k = 0; k < K; k++) { const gkp = G[k * K + p], gkq = G[k * K + q]; G[k * K + p] = c * gkp - s * gkq; G[k * K + q] = s * gkp + c * gkq; }
    for (let k = 0; k < K; k++) { const gpk = G[p * K + k], gqk = G[q * K + k]; G[p * K + k] = c * gpk - s * gqk; G[q * K + k] = s * gpk + c * gqk; }
    for (let k = 0; k < K; k++) { const ekp = E[k * K + p], ekq = E[k * K + q]; E[k * K + p] = c * ekp - s * ekq; E[k * K + q] = s * ekp + c * ekq; }
  }
}
// word vectors: rows of Q E, scaled by sqrt(singular value) (Levy et al.'s eig = 0.5), then normalised
const order = [...Array(K).keys()].sort((a, b) => G[b * K + b] - G[a * K + a]);
const emb = new Float32Array(V * DIM);
for (let v = 0; v < V; v++) {
  let norm = 0;
  for (let d = 0; d < DIM; d++) {
    const e = order[d];
    let x = 0;
    for (let k = 0; k < K; k++) x += Q[v * K + k] * E[k * K + e];
    x *= Math.max(G[e * K + e], 0) ** 0.25;
    emb[v * DIM + d] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) emb[v * DIM + d] /= norm;
}

// --- hierarchical spherical k-means ---
function kmeans(members, k, seed) {
  if (members.length <= k) return members.map((_, i) => i);
  const r = rng(seed);
  const cent = new Float32Array(k * DIM);
  // k-means++ seeding on a sample
  const pick = (i, m) => cent.set(emb.subarray(m * DIM, m * DIM + DIM), i * DIM);
  pick(0, members[Math.floor(r() * members.length)]);
  const best = new Float64Array(members.length).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    members.forEach((m, i) => {
      let dot = 0;
      for (let d = 0; d < DIM; d++) dot += emb[m * DIM + d] * cent[(c - 1) * DIM + d];
      best[i] = Math.min(best[i], Math.max(0, 1 - dot));
      total += best[i];
    });
    let x = r() * total, chosen = members.length - 1;
    for (let i = 0; i < members.length; i++) { x -= best[i]; if (x <= 0) { chosen = i; break; } }
    pick(c, members[chosen]);
  }
  const assign = new Int32Array(members.length);
  for (let it = 0; it < 20; it++) {
    let moved = 0;
    members.forEach((m, i) => {
      let bi = 0, bd = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += emb[m * DIM + d] * cent[c * DIM + d];
        if (dot > bd) { bd = dot; bi = c; }
      }
      if (assign[i] !== bi || it === 0) { moved++; assign[i] = bi; }
    });
    cent.fill(0);
    members.forEach((m, i) => { const c = assign[i]; for (let d = 0; d < DIM; d++) cent[c * DIM + d] += emb[m * DIM + d]; });
    for (let c = 0; c < k; c++) {
      let n = 0;
      for (let d = 0; d < DIM; d++) n += cent[c * DIM + d] ** 2;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < DIM; d++) cent[c * DIM + d] /= n;
    }
    if (moved < members.length * 0.002) break;
  }
  return [...assign];
}

const paths = vocab.map(() => []);
let groups = [vocab.map((_, i) => i)];
BRANCH.forEach((k, level) => {
  const next = [];
  groups.forEach((g, gi) => {
    const a = kmeans(g, k, 1000 * level + gi + 1);
    const parts = Array.from({ length: k }, () => []);
    g.forEach((m, i) => { paths[m].push(a[i]); parts[a[i]].push(m); });
    next.push(...parts.filter((p) => p.length));
  });
  groups = next;
  console.error(`level ${level + 1}: ${groups.length} clusters`);
});

// --- write ---
const lines = [];
const words = new Set([...vocab, ...[...capStats.keys()].filter((w) => capStats.get(w)[1] >= 3)]);
for (const w of [...words].sort()) {
  const v = vid.get(w);
  const st = capStats.get(w) ?? [0, 0];
  if (v === undefined && st[1] < 3) continue;
  lines.push(`${w}\t${v === undefined ? '-' : paths[v].join('.')}\t${st[0]}\t${st[1]}`);
}
writeFileSync(out, `# word\tcluster path (8/64/512/2048)\tcapitalised mid-sentence\tmid-sentence occurrences — derived from ${note}, see models/README.md\n${lines.join('\n')}\n`);
console.error(`wrote ${lines.length} lines to ${out}`);
for (const probe of ['Putin', 'Moscow', 'Germany', 'Microsoft', 'said', 'John', 'Monday', 'EU']) {
  const v = vid.get(probe);
  if (v === undefined) continue;
  const p = paths[v].join('.');
  console.error(probe, p, vocab.filter((_, i) => paths[i].join('.') === p).slice(0, 12).join(' '));
}
