// The people an article is about: person entities ranked by how much the article dwells on them.
//   score = mentions (names, and the descriptions and pronouns coreference ties to them) + 2 × quotes attributed to them + 3 if named in the headline or the first two
//           body sentences (the lead names the protagonist)
// Ties go to the person mentioned first. "Lukashenko" (17 mentions, 2 quotes, in the lead) → 24.
import type { Entity, Quote, Sentence } from '../types.js';

export const KEY_PEOPLE = 3;
const QUOTE_WEIGHT = 2;
const LEAD_BONUS = 3;
const LEAD_SENTENCES = 2;
/** A "sentence" of fewer words is a sign-off or a label, not story. */
const MIN_STORY_WORDS = 3;

/** Indexes (into `sentences`) of the headline and the first two body sentences. */
export function leadSentences(sentences: readonly Sentence[]): Set<number> {
  const lead = new Set<number>();
  let body = 0;
  sentences.forEach((s, i) => {
    if (s.kind === 'title') lead.add(i);
    else if (s.kind === 'paragraph' && body++ < LEAD_SENTENCES) lead.add(i);
  });
  return lead;
}

export function personScores(sentences: readonly Sentence[], entities: readonly Entity[], quotes: readonly Quote[]): Map<string, number> {
  const lead = leadSentences(sentences);
  const quoted = new Map<string, number>();
  for (const q of quotes) if (q.speakerId) quoted.set(q.speakerId, (quoted.get(q.speakerId) ?? 0) + 1);
  const scores = new Map<string, number>();
  // Only mentions in the story count: a byline author, a photographer credited in a caption or a
  // wire sign-off on a line of its own ("REUTER") is not someone the article is about.
  // Counted once per sentence: one long sentence can hold thousands of mentions.
  const storyCache = new Map<number, boolean>();
  const story = (i: number) => {
    let known = storyCache.get(i);
    if (known === undefined) {
      const s = sentences[i];
      let words = 0;
      if (s && (s.kind === 'paragraph' || s.kind === 'title')) for (let k = 0; k < s.tokens.length; k++) if (/\p{L}/u.test(s.tokens.text(k)) && ++words >= MIN_STORY_WORDS) break;
      known = words >= MIN_STORY_WORDS;
      storyCache.set(i, known);
    }
    return known;
  };
  for (const e of entities) {
    if (e.type !== 'person') continue;
    let mentions = 0;
    let inLead = false;
    for (const m of e.mentions) {
      if (!story(m.sentence)) continue;
      mentions++;
      if (lead.has(m.sentence)) inLead = true;
    }
    // Descriptions and pronouns count as mentions: a person the article calls "she" ten times is central.
    const referred = e.references ? e.references.length : 0;
    const score = mentions + referred + QUOTE_WEIGHT * (quoted.get(e.id) ?? 0) + (inLead ? LEAD_BONUS : 0);
    if (score > 0) scores.set(e.id, score);
  }
  return scores;
}

export function keyPeople(sentences: readonly Sentence[], entities: readonly Entity[], quotes: readonly Quote[], limit = KEY_PEOPLE): string[] {
  const scores = personScores(sentences, entities, quotes);
  const first = (e: Entity) => e.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
  return entities
    .filter((e) => scores.has(e.id) && (scores.get(e.id) ?? 0) > 0)
    .sort((a, b) => (scores.get(b.id)! - scores.get(a.id)!) || first(a) - first(b))
    .slice(0, limit)
    .map((e) => e.id);
}
