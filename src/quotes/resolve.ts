// From the speaker mention next to a cue to the speaker's canonical name and entity.
//
//   "Lukashenko"  → the NER entity with an overlapping mention, else one sharing the surname,
//                   else the article's longest name with that surname ("Alexander Lukashenko")
//   "she"         → the latest person before the cue whose gender fits (entity gender, honorifics,
//                   first names, "his wife"), outside quotes
//   "Lithuanian lawmakers", "they" → the mention's own text, no entity
import type { Entity, Mention, Span } from '../types.js';
import type { Coref, How } from '../coref/index.js';
import { SUBJECT_PRONOUNS, type Gender } from '../lexicon/speaker-words.js';
import { clusterGender, clusterKey, type Cluster, type NameRun } from './names.js';
import { firstIndex } from '../util/search.js';
import { isDateName } from './speaker-shape.js';
import type { FirstNames } from '../ner/gender.js';
import { LOCATIVES } from '../lexicon/clause-words.js';
import { maxNameWords } from '../coref/names.js';
import { roleNoun } from '../lexicon/roles.js';

/** A common noun, then a place's preposition and a name: "One buyer in Yarmouth", "a teacher at Lincoln High". */
const DESCRIBED_AT_PLACE = new RegExp(`(?:^|\\s)[a-z][a-z-]*\\s+(?:${[...LOCATIVES].join('|')})\\s+\\p{Lu}`, 'u');

export interface Resolved {
  speaker: string | null;
  speakerId: string | null;
  /** The person's gender, when the stage knows it. */
  gender?: Gender | null;
  /** How the mention was tied to the speaker (see src/coref/types.ts). */
  how?: How;
}

/** A person mentioned outside quotes: an entity's mention, or a run of the article's own names. Every
 *  field is always set (null when absent), so all of them share one object shape. */
interface PersonMention {
  start: number;
  end: number;
  entity: Entity | null;
  cluster: Cluster | null;
  gender: Gender | null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
/** Does r overlap any of the spans (sorted by start, mostly disjoint)? Binary search, then a short walk. */
function overlapsAny(spans: Array<{ start: number; end: number }>, r: { start: number; end: number }): boolean {
  const lo = firstIndex(spans.length, (m) => spans[m].start < r.end);
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (overlaps(spans[i], r)) return true;
  return false;
}

const lastWord = (s: string) => clusterKey(s.split(/\s+/));

export class Resolver {
  private people: PersonMention[] = [];
  /** The entities' mentions sorted by start, as three parallel arrays (a 20 MB article has a third of a million). */
  private mentionStart: Int32Array;
  private mentionEnd: Int32Array;
  private mentionEntity: Entity[];

  constructor(allEntities: Entity[], runs: NameRun[], private clusters: Map<string, Cluster>, inQuote: (offset: number) => boolean, private firstNames: FirstNames, private coref?: Coref) {
    // An entity whose name runs across sentences is a tagging accident; the article's own names are safer.
    const entities = allEntities.filter((e) => e.name.split(/\s+/).length <= maxNameWords(e.type) && !/[.!?"“”]\s|\s[,.]\s/.test(e.name));
    const all: Mention[] = [];
    const of: Entity[] = [];
    for (const e of entities) for (const m of e.mentions) { all.push(m); of.push(e); }
    // (a stable sort of the indexes: mentions with one start keep their order)
    const order = Array.from(all.keys()).sort((a, b) => all[a].start - all[b].start);
    this.mentionStart = new Int32Array(order.length);
    this.mentionEnd = new Int32Array(order.length);
    this.mentionEntity = [];
    for (let i = 0; i < order.length; i++) {
      this.mentionStart[i] = all[order[i]].start;
      this.mentionEnd[i] = all[order[i]].end;
      this.mentionEntity.push(of[order[i]]);
    }
    const persons = entities.filter((e) => e.type === 'person');
    for (const e of persons) for (const m of e.mentions) if (!inQuote(m.start)) this.people.push({ start: m.start, end: m.end, entity: e, cluster: null, gender: null });
    const personSpans = this.people.map((p) => ({ start: p.start, end: p.end })).sort((a, b) => a.start - b.start);
    const otherSpans: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < order.length; i++) if (this.mentionEntity[i].type !== 'person') otherSpans.push({ start: this.mentionStart[i], end: this.mentionEnd[i] });
    for (const r of runs) {
      if (overlapsAny(personSpans, r) || overlapsAny(otherSpans, r)) continue;
      const cluster = clusters.get(clusterKey(r.words));
      if (cluster?.person) this.people.push({ start: r.start, end: r.end, entity: null, cluster, gender: r.gender ?? null });
    }
    this.people.sort((a, b) => a.start - b.start);
    // "Lukashenko" → the person or organisation entity whose name ends in that word.
    for (const e of entities) {
      if (e.type !== 'person' && e.type !== 'organization') continue;
      const key = lastWord(e.name);
      if (!this.byLastWord.has(key)) this.byLastWord.set(key, e);
    }
  }

  private byLastWord = new Map<string, Entity>();

  /** Entities of the mentions overlapping a span, in order, by binary search on the sorted mentions. */
  private overlapping(span: { start: number; end: number }): Entity[] {
    const starts = this.mentionStart;
    const lo = firstIndex(starts.length, (m) => starts[m] < span.end);
    const out: Entity[] = [];
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (starts[i] < span.end && span.start < this.mentionEnd[i]) out.push(this.mentionEntity[i]);
    return out.reverse();
  }

  private genderOf(p: PersonMention): Gender | undefined {
    if (p.entity) return p.entity.gender ?? (this.clusters.get(lastWord(p.entity.name)) ? clusterGender(this.clusters.get(lastWord(p.entity.name))!, this.firstNames) : undefined);
    return p.gender ?? (p.cluster ? clusterGender(p.cluster, this.firstNames) : undefined);
  }

  private named(p: PersonMention): Resolved {
    if (p.entity) return { speaker: p.entity.name, speakerId: p.entity.id };
    return { speaker: p.cluster!.name, speakerId: null };
  }

  /** "The ministry said it ...", ""...," it said": the latest organisation entity within a few mentions. */
  private latestOrganization(at: number): Resolved | null {
    const starts = this.mentionStart;
    const lo = firstIndex(starts.length, (m) => starts[m] < at);
    for (let i = lo - 1; i >= 0 && i >= lo - 6; i--) {
      const e = this.mentionEntity[i];
      if (e.type === 'organization') return { speaker: e.name, speakerId: e.id };
      if (e.type === 'person') return null;
    }
    return null;
  }

  /** The latest fitting person before offset `at` for a he/she pronoun. */
  private antecedent(gender: Gender, at: number): Resolved | null {
    let fallback: PersonMention | null = null;
    const lo = firstIndex(this.people.length, (m) => this.people[m].start < at);
    for (let i = lo - 1; i >= 0 && i >= lo - 60; i--) {
      const p = this.people[i];
      const g = this.genderOf(p);
      if (g === gender) return this.named(p);
      if (!g && !fallback) fallback = p;
    }
    return fallback ? this.named(fallback) : null;
  }

  /** A quote that no clause attributes: the person the text is about where it stands, if the coreference stage knows. */
  floating(offset: number): Resolved {
    const r = this.coref?.topicAt(offset);
    return r ? { speaker: r.name, speakerId: r.entity, gender: r.gender, how: 'inherited' } : { speaker: null, speakerId: null };
  }

  /** Who the mention names; never a date: "she" tied to a "FEBRUARY" tagged as a person stays unresolved. */
  resolve(mention: Span): Resolved {
    const who = this.resolveName(mention);
    return who.speaker && isDateName(who.speaker) ? { speaker: mention.text, speakerId: null, gender: who.gender, how: 'unresolved' } : who;
  }

  private resolveName(mention: Span): Resolved {
    // The coreference stage knows names, descriptions and pronouns; the rest below is its fallback.
    const r = this.coref?.resolveAt(mention);
    if (r) return { speaker: r.name, speakerId: r.entity, gender: r.gender, how: r.how };
    const word = mention.text.toLowerCase();
    const pronoun = SUBJECT_PRONOUNS[word];
    if (pronoun) {
      if (pronoun.gender) {
        const a = this.antecedent(pronoun.gender, mention.start);
        return a ? { ...a, gender: pronoun.gender, how: 'pronoun' } : { speaker: mention.text, speakerId: null, gender: pronoun.gender, how: 'unresolved' };
      }
      if (word === 'it') return this.latestOrganization(mention.start) ?? asWritten(mention);
      return asWritten(mention);
    }
    // "One buyer in Yarmouth": a noun before a place's preposition is the head; no entity is the speaker
    if (DESCRIBED_AT_PLACE.test(mention.text)) return asWritten(mention);
    // Only an entity at the mention's head names the speaker: "Lithuanian lawmakers" are not "Lithuanian".
    const headWord = /(\S+)\s*$/.exec(mention.text);
    const head = headWord ? { start: mention.end - headWord[0].length, end: mention.end } : mention;
    const near = this.overlapping(head);
    const hit = near.find((e) => e.type === 'person' || e.type === 'organization') ?? near[0];
    if (hit) return { speaker: hit.name, speakerId: hit.id };
    if (/^\p{Lu}/u.test(mention.text)) {
      const key = lastWord(mention.text);
      const byName = this.byLastWord.get(key);
      if (byName) return { speaker: byName.name, speakerId: byName.id };
      const cluster = this.clusters.get(key);
      if (cluster && cluster.name.toLowerCase().endsWith(mention.text.toLowerCase())) return { speaker: cluster.name, speakerId: null };
    }
    return asWritten(mention);
  }
}

/** Words a name may hold in lower case: "Bank of England", "Ursula von der Leyen", "Hamad bin Jassim". */
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'bint', 'ibn',
  'al', 'el', 'la', 'le', 'du', 'da', 'das', 'dos', 'di', 'y', 'e', 'zu', 'ter', 'ten']);
/** Words that open a description, not a name: "The former headteacher", "A spokesperson for the trust", "His mother". */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'both', 'each', 'every', 'no']);

/**
 * A speaker left as its own words: a name no entity holds ("Ruth", "Ticket Office") was found by its
 * name; a description or pronoun with no antecedent ("the former headteacher", "Banking sources",
 * "they") is `unresolved`, so that a reader filtering on resolvedBy sees it.
 */
function asWritten(mention: Span): Resolved {
  const words = mention.text.split(/\s+/);
  const named = !SUBJECT_PRONOUNS[mention.text.toLowerCase()] && !DESCRIPTION_OPENERS.has(words[0].toLowerCase())
    && !(words.length === 1 && roleNoun(words[0].toLowerCase())) // "Analysts said", "Police said" opening a sentence
    && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase().replace(/-$/, '')));
  return { speaker: mention.text, speakerId: null, how: named ? 'name' : 'unresolved' };
}
