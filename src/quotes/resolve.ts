// From the speaker mention next to a cue to the speaker's canonical name and entity.
//
//   "Lukashenko"  → the NER entity with an overlapping mention, else one sharing the surname,
//                   else the article's longest name with that surname ("Alexander Lukashenko")
//   "she"         → the latest person before the cue whose gender fits (entity gender, honorifics,
//                   first names, "his wife"), outside quotes
//   "Lithuanian lawmakers", "they" → the mention's own text, no entity
import type { Entity, Span } from '../types.js';
import { SUBJECT_PRONOUNS, type Gender } from '../lexicon/speaker-words.js';
import { clusterGender, clusterKey, type Cluster, type NameRun } from './names.js';

export interface Resolved {
  speaker: string | null;
  speakerId: string | null;
}

interface PersonMention {
  start: number;
  end: number;
  entity?: Entity;
  cluster?: Cluster;
  gender?: Gender;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const lastWord = (s: string) => clusterKey(s.split(/\s+/));

export class Resolver {
  private people: PersonMention[] = [];
  private entityMentions: Array<{ start: number; end: number; entity: Entity }> = [];

  constructor(allEntities: Entity[], private runs: NameRun[], private clusters: Map<string, Cluster>, inQuote: (offset: number) => boolean) {
    // An entity whose name runs across sentences is a tagging accident; the article's own names are safer.
    const entities = allEntities.filter((e) => e.name.split(/\s+/).length <= 6 && !/[.!?"“”]\s|\s[,.]\s/.test(e.name));
    for (const e of entities) for (const m of e.mentions) this.entityMentions.push({ start: m.start, end: m.end, entity: e });
    this.entityMentions.sort((a, b) => a.start - b.start);
    const persons = entities.filter((e) => e.type === 'person');
    for (const e of persons) for (const m of e.mentions) if (!inQuote(m.start)) this.people.push({ start: m.start, end: m.end, entity: e });
    for (const r of runs) {
      if (this.people.some((p) => p.entity && overlaps(p, r))) continue;
      if (entities.length && this.entityMentions.some((m) => m.entity.type !== 'person' && overlaps(m, r))) continue;
      const cluster = clusters.get(clusterKey(r.words));
      if (cluster?.person) this.people.push({ start: r.start, end: r.end, cluster, gender: r.gender });
    }
    this.people.sort((a, b) => a.start - b.start);
  }

  private genderOf(p: PersonMention): Gender | undefined {
    if (p.entity) return p.entity.gender ?? (this.clusters.get(lastWord(p.entity.name)) ? clusterGender(this.clusters.get(lastWord(p.entity.name))!) : undefined);
    return p.gender ?? (p.cluster ? clusterGender(p.cluster) : undefined);
  }

  private named(p: PersonMention): Resolved {
    if (p.entity) return { speaker: p.entity.name, speakerId: p.entity.id };
    return { speaker: p.cluster!.name, speakerId: null };
  }

  /** The latest fitting person before offset `at` for a he/she pronoun. */
  private antecedent(gender: Gender, at: number): Resolved | null {
    let fallback: PersonMention | null = null;
    let seen = 0;
    for (let i = this.people.length - 1; i >= 0 && seen < 60; i--) {
      const p = this.people[i];
      if (p.start >= at) continue;
      seen++;
      const g = this.genderOf(p);
      if (g === gender) return this.named(p);
      if (!g && !fallback) fallback = p;
    }
    return fallback ? this.named(fallback) : null;
  }

  resolve(mention: Span): Resolved {
    const word = mention.text.toLowerCase();
    const pronoun = SUBJECT_PRONOUNS[word];
    if (pronoun) {
      if (pronoun.gender) return this.antecedent(pronoun.gender, mention.start) ?? { speaker: mention.text, speakerId: null };
      return { speaker: mention.text, speakerId: null };
    }
    const hit = this.entityMentions.find((m) => overlaps(m, mention) && (m.entity.type === 'person' || m.entity.type === 'organization'))
      ?? this.entityMentions.find((m) => overlaps(m, mention));
    if (hit) return { speaker: hit.entity.name, speakerId: hit.entity.id };
    if (/^\p{Lu}/u.test(mention.text)) {
      const key = lastWord(mention.text);
      const byName = this.entityMentions.find((m) => lastWord(m.entity.name) === key && (m.entity.type === 'person' || m.entity.type === 'organization'));
      if (byName) return { speaker: byName.entity.name, speakerId: byName.entity.id };
      const cluster = this.clusters.get(key);
      if (cluster && cluster.name.toLowerCase().endsWith(mention.text.toLowerCase())) return { speaker: cluster.name, speakerId: null };
    }
    return { speaker: mention.text, speakerId: null };
  }
}
