// Interviews printed as questions and answers. An answer paragraph is the interviewee's own words: a
// direct quote of the person the piece is about, the one it names most (answers run for paragraphs
// without a name, so the salience a floating quote goes by has faded). A question is the
// interviewer's: no one's speech is reported in it.
//
//   Q: What would you tell governments meeting in Nice this month?     → no quote (not "you ... meeting")
//   A: Money that lasts longer than three years.                       → direct, the interviewee
import type { Entity, Quote } from '../types.js';
import type { Para } from './paragraphs.js';
import type { Resolved, Resolver } from './resolve.js';
import type { RuleInfo } from './rule.js';

export const QA_ANSWER: RuleInfo = {
  id: 'layout:qa-answer',
  reason: 'an interview printed as questions and answers: an "A:" paragraph is the interviewee\'s words',
  example: 'Mei-Ling Castellanos has spent 20 years studying reefs.\n\nQ: What comes next?\n\nA: Money that lasts longer than three years.',
  speaker: 'Mei-Ling Castellanos',
};

/** "Q" or "A" when the paragraph opens with that label and a colon ("Q: ...", "A: ..."), else null. */
export function qaLabel(p: Para): 'Q' | 'A' | null {
  const t = p.tokens;
  if (t.length < 3 || t.text(1) !== ':') return null;
  const w = t.text(0);
  return w === 'Q' || w === 'A' ? w : null;
}

/** The person an interview is with: the one named most (the first named, of those named as often). */
function interviewee(entities: Entity[]): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.type !== 'person') continue;
    if (!best || e.mentions.length > best.mentions.length || (e.mentions.length === best.mentions.length && e.mentions[0].start < best.mentions[0].start)) best = e;
  }
  return best;
}

/** The answers of a question-and-answer interview, each a direct quote of the interviewee (with no
 *  person among the entities, the topic where the answer stands). */
export function qaAnswers(text: string, paras: Para[], entities: Entity[], resolver: Resolver): Quote[] {
  const out: Quote[] = [];
  let person: Entity | null | undefined;
  for (const p of paras) {
    if (qaLabel(p) !== 'A') continue;
    person ??= interviewee(entities);
    const t = p.tokens;
    const start = t.start(2);
    const end = t.end(t.length - 1);
    const who: Resolved = person ? { speaker: person.name, speakerId: person.id, gender: person.gender ?? null, how: 'inherited' } : resolver.floating(start);
    out.push({
      id: '', text: text.slice(start, end), start, end, kind: 'direct', speaker: who.speaker, speakerId: who.speakerId,
      speakerMention: null, cue: null, rule: who.speaker ? QA_ANSWER.id : null, speakerGender: who.gender ?? null,
      resolvedBy: who.speaker ? who.how ?? 'name' : null,
    });
  }
  return out;
}
