// Interviews printed as questions and answers (src/quotes/interview.ts).
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { findQuotes } from '../../src/pipeline/04-quotes.js';
import type { Entity } from '../../src/types.js';

const ARTICLE = 'Reef scientist asks for time\n\nMei-Ling Castellanos has spent 20 years on the reef. Tom Reed, a student of Castellanos, joined in May.\n\n'
  + 'Q: What would you tell governments meeting in Nice this month?\n\nA: Money that lasts longer than three years. The ocean does not care about funding cycles.\n\n'
  + 'Q: And the students?\n\nA: They keep coming.';

describe('question-and-answer interviews', () => {
  test('each answer is a direct quote of the person named most; questions report nothing', () => {
    const seg = read(ARTICLE);
    // every occurrence of each form, as the entity stage would give them
    const person = (id: string, name: string, form: string): Entity => ({
      id, name, type: 'person', aliases: [name],
      mentions: [...ARTICLE.matchAll(new RegExp(form, 'g'))].map((m) => ({ start: m.index!, end: m.index! + form.length, text: form, sentence: 1, type: 'person' as const })),
    });
    const entities = [person('e1', 'Mei-Ling Castellanos', 'Castellanos'), person('e2', 'Tom Reed', 'Tom Reed')];
    const quotes = findQuotes(seg, entities);
    expect(quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['direct', 'Mei-Ling Castellanos', 'Money that lasts longer than three years. The ocean does not care about funding cycles.'],
      ['direct', 'Mei-Ling Castellanos', 'They keep coming.'],
    ]);
    expect(quotes.every((q) => q.rule === 'layout:qa-answer')).toBe(true);
  });

  test('a paragraph that only starts with a capital A and a colon elsewhere is no answer', () => {
    const quotes = findQuotes(read('Headline\n\nA plan: the council said the bridge would open in May.'), []);
    expect(quotes.map((q) => q.rule)).not.toContain('layout:qa-answer');
  });
});

describe('interviews and transcripts labelled with names', () => {
  const quotesOf = (body: string) => findQuotes(read(`A headline\n\n${body}`), []).map((q) => [q.kind, q.speaker, q.text]);

  test('"Dunn:", "MORAG DUNN:" answers are the person\'s words, "Interviewer:" questions nobody\'s; an answer in marks is found once', () => {
    expect(quotesOf('Morag Dunn has kept the light for twenty years.\n\nInterviewer: Do you get lonely?\n\nDunn: Never. The sea is good company.\n\nInterviewer: And in winter?\n\nMORAG DUNN: Less so.\n\nInterviewer: Why?\n\nDunn: "The storms keep me busy, and the tourists stay away."')).toEqual([
      ['direct', 'Morag Dunn', 'Never. The sea is good company.'],
      ['direct', 'Morag Dunn', 'Less so.'],
      ['direct', 'Morag Dunn', 'The storms keep me busy, and the tourists stay away.'],
    ]);
  });

  test('a single label, or one that names no person, is no interview', () => {
    expect(quotesOf('Morag Dunn has kept the light for twenty years.\n\nDunn: Never lonely, she says of the job.')).toEqual([]);
    expect(quotesOf('The ferry runs daily.\n\nNote: The timetable changes in winter.\n\nUpdate: The pier is closed.')).toEqual([]);
  });
});
