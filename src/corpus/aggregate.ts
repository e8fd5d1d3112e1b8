// The corpus view: entities and speakers counted across many documents, keeping only aggregates in
// memory (one entry per name, never the documents). The same totals come from the articles, from
// newsq/1 records (the output of `analyze`/`entities`/`quotes --with-entities --json`), and from
// partial aggregates merged in any grouping and any order (`--partial`, then `--input corpus`):
//
//   newsq quotes --json --with-entities part1/ > a.jsonl; newsq speakers --input newsq a.jsonl b.jsonl
//   newsq speakers --partial day1/ > day1.jsonl;          newsq speakers --input corpus day1.jsonl day2.jsonl
//
// The merge rules (docs/output-contract.md, "Merging"):
//   - names meet by type and by name regardless of case and of an acronym's dots ("U.S." = "US");
//     the row is written as most documents write it (./names.ts);
//   - a one-word person name ("Putin", in an article that never gives the full name) joins the one
//     person of the corpus whose last word it is, only if there is exactly one and no person of the
//     corpus has it as a first name ("Johnson" stays apart beside Boris and Magic Johnson; "Charles"
//     beside Ray Charles and Charles Kennedy);
//   - an acronym ("EU", "U.S.") joins the one organisation or place whose initials it is, if exactly one
//     or one named in more than ten times as many documents as any other;
//   - counts add up; documents and articles count each document once, even one that names someone
//     both ways (each group keeps how many of its documents also carry its short form);
//   - first and last article: the least and greatest `source` in code-point order among the
//     documents quoting the speaker (not the order of reading, which a cluster does not keep);
//   - sample: a direct quote before any other kind, then the one of the first article, then the
//     first in that article.
// Alias forms never link documents by themselves: "Johnson" as an alias of Boris Johnson in one
// article and of Magic Johnson in another keeps the two apart.
import type { EntityType } from '../types.js';
import { isError, type CorpusEntity, type CorpusSpeaker, type NewsqRecord } from '../render/contract.js';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/speaker-words.js';
import { cleanAliases, firstNameKey, groupKey, looksLikeAcronym, mostUsed, shortFormKey, squash, words, type GroupType } from './names.js';
import { CORPUS_PART, type CorpusPart, type SampleQuote } from './partial.js';

export type { CorpusEntity, CorpusSpeaker, CorpusPart };

/** One name of one type across the corpus, before the cross-document joins. */
interface Group {
  type: GroupType;
  /** The forms of its name, with the number of documents using each. */
  names: Map<string, number>;
  /** Every surface form merged into it, with the number of documents using each. */
  aliases: Map<string, number>;
  mentions: number;
  docs: number;
  quotes: number;
  /** Documents quoting it. */
  quoteDocs: number;
  first: string | null;
  last: string | null;
  sample: SampleQuote | null;
  /** Of its documents (and those quoting it), how many also carry its short form (see shortFormKey). */
  withShort: { docs: number; quoteDocs: number };
}

/** A record with quotes whose speakers point at entities it does not carry: `quotes --json` without `--with-entities`. */
export class MissingEntitiesError extends Error {
  constructor(readonly source: string) {
    super('quotes without their entities (the output of `newsq quotes --json`): make the records with `newsq quotes --json --with-entities` or `newsq analyze --json`');
  }
}

/**
 * A speaker that is no entity counts in the corpus view only when it names someone: "Lithuanian
 * lawmakers" does; "they", "The company" and "Analysts" mean someone else in every article.
 */
function namesSomeone(speaker: string): boolean {
  const ws = words(speaker);
  const first = ws[0].toLowerCase();
  // One word that is no entity is a common noun that opens a sentence: "Analysts said ...".
  if (ws.length < 2) return false;
  // A determiner opens a description rather than a name: "The company", "a spokesman", "his wife".
  return !(first in SUBJECT_PRONOUNS) && !DETERMINERS.has(first) && first !== 'that' && /^\p{Lu}/u.test(speaker);
}

const before = (a: string, b: string) => a < b;

/** Is quote `a` the better sample: direct first, then the first article, then the first quote in it. */
function betterSample(a: SampleQuote, b: SampleQuote | null): boolean {
  if (!b) return true;
  const ad = a.kind === 'direct';
  const bd = b.kind === 'direct';
  if (ad !== bd) return ad;
  if (a.source !== b.source) return before(a.source, b.source);
  if (a.index !== b.index) return a.index < b.index;
  return before(a.text, b.text);
}

const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

function emptyGroup(type: GroupType): Group {
  return {
    type, names: new Map(), aliases: new Map(), mentions: 0, docs: 0, quotes: 0, quoteDocs: 0,
    first: null, last: null, sample: null, withShort: { docs: 0, quoteDocs: 0 },
  };
}

/** A group after the joins, under one name: its own counts plus those of the short form it absorbed. */
type Row = Omit<Group, 'names' | 'withShort'> & { name: string };

export class CorpusAggregate {
  private readonly groups = new Map<string, Group>();

  private group(key: string, type: GroupType): Group {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = emptyGroup(type)));
    return g;
  }

  /** Adds one document's entities and quotes (an error record adds nothing). */
  add(doc: NewsqRecord): void {
    if (isError(doc)) return;
    const inDoc = new Map<string, Set<string>>(); // group key → its names in this document
    const aliasesInDoc = new Map<string, Set<string>>();
    const quoted = new Set<string>();
    const byId = new Map<string, string>();
    for (const e of doc.entities ?? []) {
      const name = squash(e.name);
      const key = groupKey(e.type, name);
      const g = this.group(key, e.type);
      byId.set(e.id, key);
      g.mentions += e.mentions.length;
      (inDoc.get(key) ?? inDoc.set(key, new Set()).get(key)!).add(name);
      const as = aliasesInDoc.get(key) ?? aliasesInDoc.set(key, new Set()).get(key)!;
      for (const alias of e.aliases) as.add(squash(alias));
    }
    (doc.quotes ?? []).forEach((q, index) => {
      if (!q.speaker) return;
      if (q.speakerId && !doc.entities) throw new MissingEntitiesError(doc.source);
      let key = q.speakerId ? byId.get(q.speakerId) : undefined;
      if (!key) {
        if (!namesSomeone(q.speaker)) return;
        const name = squash(q.speaker);
        key = groupKey('other', name);
        this.group(key, 'other');
        (inDoc.get(key) ?? inDoc.set(key, new Set()).get(key)!).add(name);
      }
      const g = this.groups.get(key)!;
      g.quotes++;
      quoted.add(key);
      const sample: SampleQuote = { text: squash(q.text), kind: q.kind, source: doc.source, index };
      if (betterSample(sample, g.sample)) g.sample = sample;
    });
    for (const [key, names] of inDoc) {
      const g = this.groups.get(key)!;
      g.docs++;
      for (const n of names) bump(g.names, n);
      for (const a of aliasesInDoc.get(key) ?? names) bump(g.aliases, a);
      const short = shortFormKey(g.type, [...names][0]);
      if (short && inDoc.has(short)) g.withShort.docs++;
      if (quoted.has(key)) {
        g.quoteDocs++;
        if (g.first === null || before(doc.source, g.first)) g.first = doc.source;
        if (g.last === null || before(g.last, doc.source)) g.last = doc.source;
        if (short && quoted.has(short)) g.withShort.quoteDocs++;
      }
    }
  }

  /** Adds another aggregate's totals (of other documents): the same as having added its documents here. */
  merge(other: CorpusAggregate): void {
    for (const part of other.parts()) this.addPart(part);
  }

  /** Adds one partial-aggregate record (`--partial` output): a group's totals over some documents. */
  addPart(p: CorpusPart): void {
    const names = Object.keys(p.names);
    if (!names.length) return;
    const g = this.group(groupKey(p.type, names[0]), p.type);
    for (const [n, c] of Object.entries(p.names)) bump(g.names, n, c);
    for (const [a, c] of Object.entries(p.aliases)) bump(g.aliases, a, c);
    g.mentions += p.mentions;
    g.docs += p.documents;
    g.quotes += p.quotes;
    g.quoteDocs += p.articles;
    if (p.first !== null && (g.first === null || before(p.first, g.first))) g.first = p.first;
    if (p.last !== null && (g.last === null || before(g.last, p.last))) g.last = p.last;
    if (p.sample && betterSample(p.sample, g.sample)) g.sample = { ...p.sample };
    g.withShort.docs += p.withShortForm.documents;
    g.withShort.quoteDocs += p.withShortForm.articles;
  }

  /** The totals as partial-aggregate records, one per group, in key order (so the same totals print the same). */
  parts(): CorpusPart[] {
    return [...this.groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, g]) => ({
        schema: 'newsq-corpus/1', kind: CORPUS_PART, type: g.type,
        names: Object.fromEntries([...g.names].sort(byKey)), aliases: Object.fromEntries([...g.aliases].sort(byKey)),
        mentions: g.mentions, documents: g.docs, quotes: g.quotes, articles: g.quoteDocs,
        first: g.first, last: g.last, sample: g.sample ? { ...g.sample } : null,
        withShortForm: { documents: g.withShort.docs, articles: g.withShort.quoteDocs },
      }));
  }

  /** The rows after the cross-document joins: each one-word name or acronym joined to its unique owner. */
  private rows(): Row[] {
    const owners = new Map<string, string[]>(); // short-form key → the groups owning it
    const firstNames = new Set<string>();
    for (const [key, g] of this.groups) {
      const name = mostUsed(g.names);
      const short = shortFormKey(g.type, name);
      if (short) owners.set(short, [...(owners.get(short) ?? []), key]);
      const first = firstNameKey(g.type, name);
      if (first) firstNames.add(first);
    }
    const absorbedBy = new Map<string, string>(); // owner key → the short form's key it absorbs
    for (const [key, g] of this.groups) {
      if (g.type === 'other' || !owners.has(key)) continue;
      const joins = g.type === 'person'
        ? words(mostUsed(g.names)).length === 1 && !firstNames.has(key)
        : [...g.names.keys()].some(looksLikeAcronym);
      const owner = joins ? ownerOf(g.type, owners.get(key)!.map((k) => [k, this.groups.get(k)!.docs])) : null;
      if (owner) absorbedBy.set(owner, key);
    }
    const absorbed = new Set(absorbedBy.values());
    const rows: Row[] = [];
    for (const [key, g] of this.groups) {
      if (absorbed.has(key)) continue;
      const row: Row = {
        type: g.type, name: mostUsed(g.names), aliases: new Map(g.aliases), mentions: g.mentions, docs: g.docs,
        quotes: g.quotes, quoteDocs: g.quoteDocs, first: g.first, last: g.last, sample: g.sample,
      };
      const shortKey = absorbedBy.get(key);
      if (shortKey) {
        const s = this.groups.get(shortKey)!;
        for (const [a, n] of s.aliases) bump(row.aliases, a, n);
        row.mentions += s.mentions;
        row.docs += s.docs - g.withShort.docs;
        row.quotes += s.quotes;
        row.quoteDocs += s.quoteDocs - g.withShort.quoteDocs;
        if (s.first !== null && (row.first === null || before(s.first, row.first))) row.first = s.first;
        if (s.last !== null && (row.last === null || before(row.last, s.last))) row.last = s.last;
        if (s.sample && betterSample(s.sample, row.sample)) row.sample = s.sample;
      }
      rows.push(row);
    }
    return rows;
  }

  /** Entities across the corpus, most documents first. */
  entities(): CorpusEntity[] {
    return this.rows()
      .filter((r): r is Row & { type: EntityType } => r.type !== 'other' && r.mentions > 0)
      .map((r) => ({ name: r.name, type: r.type, mentions: r.mentions, documents: r.docs, aliases: cleanAliases(r.type, r.name, r.aliases) }))
      .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name) || cmp(a.name, b.name) || cmp(a.type, b.type));
  }

  /** Who is quoted across the corpus, most quotes first. */
  speakers(): CorpusSpeaker[] {
    return this.rows()
      .filter((r) => r.quotes > 0)
      .map((r) => ({
        speaker: r.name, type: r.type, quotes: r.quotes, articles: r.quoteDocs,
        first: r.first!, last: r.last!, sample: r.sample!.text,
      }))
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || a.speaker.localeCompare(b.speaker) || cmp(a.speaker, b.speaker) || cmp(a.type, b.type));
  }
}

/**
 * Which of the groups owning a short form takes it: the only one; or, for initials, one that more
 * than ten times as many documents name as any other ("United States" in 268 documents over
 * "Unites States", a typo in one). A surname is never given to the most frequent of two people.
 */
function ownerOf(type: GroupType, candidates: Array<[string, number]>): string | null {
  if (candidates.length === 1) return candidates[0][0];
  if (type === 'person') return null;
  const [top, next] = [...candidates].sort((a, b) => b[1] - a[1]);
  return top[1] > 10 * next[1] ? top[0] : null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = ([a]: [string, number], [b]: [string, number]) => cmp(a, b);
