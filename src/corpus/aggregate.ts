// The corpus view: entities and speakers counted across many documents, keeping only aggregates in
// memory (one entry per entity name, never the documents).
//
// Each document has already merged its own aliases ("Alexander Lukashenko" / "Lukashenko"), so across
// documents entities meet by their names. The alias rules of one document then apply across the
// corpus only where they cannot be wrong in another article's context:
//   - the same type and name: one entity;
//   - a one-word person name ("Putin", in an article that never gives the full name) joins the one
//     person of the corpus whose name ends with it, and only if there is exactly one
//     ("Johnson" stays apart when the corpus has Boris Johnson and Magic Johnson);
//   - an acronym ("EU") joins the one organisation or place whose initials it is, if exactly one.
// Alias forms never link documents by themselves: "Johnson" as an alias of Boris Johnson in one
// article and of Magic Johnson in another keeps the two apart.
//
// Documents are the newsq/1 JSON objects, so the view works the same over worker output.
import { acronymOf } from '../ner/alias-merge.js';
import type { EntityType } from '../types.js';
import { isError, type CorpusEntity, type CorpusSpeaker, type NewsqRecord } from '../render/contract.js';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/speaker-words.js';

export type { CorpusEntity, CorpusSpeaker };

/** 'other': a speaker that is no entity ("Lithuanian lawmakers"). */
type GroupType = CorpusSpeaker['type'];

interface Group {
  type: GroupType;
  name: string;
  aliases: Set<string>;
  mentions: number;
  docs: Set<number>;
  quotes: number;
  quoteDocs: Set<number>;
  firstQuoteDoc: number;
  lastQuoteDoc: number;
  sample: string | null;
  sampleIsDirect: boolean;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.split(' ');

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

export class CorpusAggregate {
  private readonly groups = new Map<string, Group>();
  private readonly sources: string[] = [];

  private group(type: GroupType, name: string): Group {
    const n = squash(name);
    const key = `${type}\u0000${type === 'other' ? n.toLowerCase() : n}`;
    let g = this.groups.get(key);
    if (!g) {
      g = { type, name: n, aliases: new Set(), mentions: 0, docs: new Set(), quotes: 0, quoteDocs: new Set(), firstQuoteDoc: 0, lastQuoteDoc: 0, sample: null, sampleIsDirect: false };
      this.groups.set(key, g);
    }
    return g;
  }

  /** Adds one document's entities and quotes (an error record adds nothing). */
  add(doc: NewsqRecord): void {
    if (isError(doc)) return;
    const d = this.sources.push(doc.source) - 1;
    const byId = new Map<string, Group>();
    for (const e of doc.entities ?? []) {
      const g = this.group(e.type, e.name);
      byId.set(e.id, g);
      for (const alias of e.aliases) g.aliases.add(squash(alias));
      g.mentions += e.mentions.length;
      g.docs.add(d);
    }
    for (const q of doc.quotes ?? []) {
      if (!q.speaker) continue;
      const g = (q.speakerId ? byId.get(q.speakerId) : undefined) ?? (namesSomeone(q.speaker) ? this.group('other', q.speaker) : null);
      if (!g) continue;
      g.quotes++;
      if (!g.quoteDocs.size) g.firstQuoteDoc = d;
      g.lastQuoteDoc = d;
      g.quoteDocs.add(d);
      // The first direct quote is the sample; a partial or indirect one only until a direct one comes.
      if (!g.sample || (q.kind === 'direct' && !g.sampleIsDirect)) {
        g.sample = squash(q.text);
        g.sampleIsDirect = q.kind === 'direct';
      }
    }
  }

  /** The groups after the cross-document rules: each one-word name or acronym joined to its unique owner. */
  private merged(): Group[] {
    // Copies: the joins below must not change the running totals, which more documents may still add to.
    const all = [...this.groups.values()].map((g) => ({ ...g, aliases: new Set(g.aliases), docs: new Set(g.docs), quoteDocs: new Set(g.quoteDocs) }));
    const owners = new Map<string, Group[]>();
    const own = (key: string, g: Group) => { const list = owners.get(key); if (list) list.push(g); else owners.set(key, [g]); };
    for (const g of all) {
      if (g.type === 'other' || words(g.name).length < 2) continue;
      if (g.type === 'person') own(`person\u0000${words(g.name).at(-1)}`, g);
      else { const acr = acronymOf(g.name); if (acr) own(`${g.type}\u0000acr\u0000${acr}`, g); }
    }
    const out: Group[] = [];
    for (const g of all) {
      let key: string | null = null;
      if (g.type === 'person' && words(g.name).length === 1) key = `person\u0000${g.name}`;
      else if (g.type !== 'other' && g.type !== 'person' && /^[\p{Lu}&.]{2,}$/u.test(g.name)) key = `${g.type}\u0000acr\u0000${g.name.replace(/\./g, '').toLowerCase()}`;
      const candidates = key ? owners.get(key) : undefined;
      if (candidates?.length === 1) absorb(candidates[0], g);
      else out.push(g);
    }
    return out;
  }

  /** Entities across the corpus, most documents first. */
  entities(): CorpusEntity[] {
    return this.merged()
      .filter((g): g is Group & { type: EntityType } => g.type !== 'other' && g.mentions > 0)
      .map((g) => ({ name: g.name, type: g.type, mentions: g.mentions, documents: g.docs.size, aliases: [...g.aliases] }))
      .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  /** Who is quoted across the corpus, most quotes first. */
  speakers(): CorpusSpeaker[] {
    return this.merged()
      .filter((g) => g.quotes > 0)
      .map((g) => ({
        speaker: g.name, type: g.type, quotes: g.quotes, articles: g.quoteDocs.size,
        first: this.sources[g.firstQuoteDoc], last: this.sources[g.lastQuoteDoc], sample: g.sample!,
      }))
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || a.speaker.localeCompare(b.speaker));
  }
}

/** Adds the counts of `from` (a one-word name or acronym) to its owner `into`. */
function absorb(into: Group, from: Group): void {
  for (const a of from.aliases) into.aliases.add(a);
  into.mentions += from.mentions;
  for (const d of from.docs) into.docs.add(d);
  if (from.quotes) {
    if (!into.quoteDocs.size || from.firstQuoteDoc < into.firstQuoteDoc) into.firstQuoteDoc = from.firstQuoteDoc;
    into.lastQuoteDoc = Math.max(into.lastQuoteDoc, from.lastQuoteDoc);
    into.quotes += from.quotes;
    for (const d of from.quoteDocs) into.quoteDocs.add(d);
    if (!into.sample || (from.sampleIsDirect && !into.sampleIsDirect)) { into.sample = from.sample; into.sampleIsDirect = from.sampleIsDirect; }
  }
}
