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

export const NAMED_ANSWER: RuleInfo = {
  id: 'layout:named-answer',
  reason: 'an interview or transcript whose answers are labelled with the speaker\'s name: "Dunn: Never." is Dunn\'s words',
  example: 'Morag Dunn keeps the light.\n\nInterviewer: Do you get lonely?\n\nDunn: Never. The sea is good company.\n\nInterviewer: And in winter?\n\nDunn: Less so.',
  speaker: 'Dunn',
};

/** Labels of a question: "Q:", "Interviewer:", "Question:". */
const QUESTION_LABELS: ReadonlySet<string> = new Set(['Q', 'Interviewer', 'INTERVIEWER', 'Question', 'QUESTION']);
/** Labels of an answer with no name: "A:", "Answer:". */
const ANSWER_LABELS: ReadonlySet<string> = new Set(['A', 'Answer', 'ANSWER']);
/** Words of a name label at most: "Morag Dunn:", "MORAG DUNN:". */
const MAX_LABEL_WORDS = 3;

/** "Q" or "A" when the paragraph opens with such a label and a colon ("Q: ...", "Interviewer: ...", "A: ..."), else null. */
export function qaLabel(p: Para): 'Q' | 'A' | null {
  const t = p.tokens;
  if (t.length < 3 || t.text(1) !== ':') return null;
  const w = t.text(0);
  return QUESTION_LABELS.has(w) ? 'Q' : ANSWER_LABELS.has(w) ? 'A' : null;
}

/** The words of a name label opening the paragraph ("Dunn", "MORAG DUNN"), or null. */
export function nameLabel(p: Para): string | null {
  const t = p.tokens;
  for (let k = 1; k <= MAX_LABEL_WORDS && k < t.length - 1; k++) {
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(t.text(k - 1))) return null;
    if (t.text(k) === ':') return k === 1 && (QUESTION_LABELS.has(t.text(0)) || ANSWER_LABELS.has(t.text(0))) ? null : t.texts(0, k).join(' ');
  }
  return null;
}

/** The person entity a label names: its name, or its last word ("Dunn", "MORAG DUNN"), case aside. */
function labelledPerson(label: string, entities: Entity[]): Entity | null {
  const l = label.toLowerCase();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    if (e.name.toLowerCase() === l || e.aliases.some((a) => a.toLowerCase() === l) || e.name.toLowerCase().split(/\s+/).pop() === l) return e;
  }
  return null;
}

/** A quotation mark of any language: '"', '„', '“', '«'. */
const QUOTE_MARK = /^["“”„«»‘’']$/;

/** Name-labelled answers count only in a piece with at least this many labelled paragraphs. */
const MIN_LABELS = 2;

/**
 * The answers of an interview or transcript labelled with names: paragraph -> the person, an entity
 * or else a full name the article itself shows (a person the tagger missed: "Morag Dunn ... Dunn:").
 */
export function namedAnswers(paras: Para[], entities: Entity[], resolver: Resolver): Map<Para, Resolved> {
  const out = new Map<Para, Resolved>();
  let labels = 0;
  for (const p of paras) {
    if (qaLabel(p)) { labels++; continue; }
    const label = nameLabel(p);
    if (!label) continue;
    const e = labelledPerson(label, entities);
    let who: Resolved | null = e ? { speaker: e.name, speakerId: e.id, gender: e.gender ?? null, how: 'name' } : null;
    if (!who) {
      const start = p.tokens.start(0);
      const found = resolver.resolve({ text: label, start, end: start + label.length });
      if (found.speaker && found.how === 'name' && /\s/.test(found.speaker) && found.speaker !== label) who = found;
    }
    if (who) { out.set(p, who); labels++; }
  }
  return labels >= MIN_LABELS ? out : new Map();
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
export function qaAnswers(text: string, paras: Para[], entities: Entity[], resolver: Resolver, named = namedAnswers(paras, entities, resolver)): Quote[] {
  const out: Quote[] = [];
  let person: Entity | null | undefined;
  for (const p of paras) {
    const labelled = named.get(p);
    if (labelled) {
      // "Dunn: Never. ..." — the words after the label and its colon
      const t = p.tokens;
      let c = 0;
      while (t.text(c) !== ':') c++;
      // (an answer in marks, 'Weber: "Auf den Tourismus ..."', is a quotation the marks already give)
      const a = c + 1;
      if (QUOTE_MARK.test(t.text(a))) continue;
      const start = t.start(a);
      const end = t.end(t.length - 1);
      out.push({
        id: '', text: text.slice(start, end), start, end, kind: 'direct', speaker: labelled.speaker, speakerId: labelled.speakerId,
        speakerMention: { text: text.slice(t.start(0), t.end(c - 1)), start: t.start(0), end: t.end(c - 1) }, cue: null,
        rule: NAMED_ANSWER.id, speakerGender: labelled.gender ?? null, resolvedBy: 'name',
      });
      continue;
    }
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
