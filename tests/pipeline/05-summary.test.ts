import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, read } from '../../src/pipeline/index.js';
import { MAX_SENTENCES, summarize } from '../../src/pipeline/05-summary.js';

const fixture = readFileSync(new URL('../../fixtures/belarus-2020-08-18.txt', import.meta.url), 'utf8');

describe('summary of the reference article', () => {
  const report = analyze(fixture);
  const summary = report.summary!;
  const body = report.sentences.filter((s) => s.kind === 'paragraph');

  it('tells the story: EU leaders calling Putin about Belarus, lead first', () => {
    expect(summary.sentences).toHaveLength(3);
    expect(summary.sentences[0].text).toMatch(/^European leaders urged Russian President Vladimir Putin to push for dialogue/);
    const aboutTheCalls = summary.sentences.filter((s) => /Putin/.test(s.text) && /\b(?:European|EU|Merkel|Macron|Michel)\b/.test(s.text));
    expect(aboutTheCalls.length).toBeGreaterThanOrEqual(2);
  });

  it('uses whole body sentences only, in article order, with their offsets and scores', () => {
    const bodyStarts = new Set(body.map((s) => s.start));
    let last = -1;
    for (const s of summary.sentences) {
      expect(bodyStarts.has(s.start)).toBe(true);
      expect(report.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThan(last);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      last = s.start;
    }
    expect(summary.sentences.map((s) => s.text).join(' ')).not.toMatch(/Lecocq|Related article|Lawlessness and injustice'|Original url/);
  });

  it('names the story\'s terms and people', () => {
    const terms = summary.keywords.map((k) => k.term.toLowerCase());
    expect(terms).toContain('dialogue');
    expect(terms).not.toContain('tuesday');
    expect(terms).not.toContain('people');
    const names = summary.keyPeople.map((id) => report.entities!.find((e) => e.id === id)!.name);
    expect(names.length).toBeLessThanOrEqual(3);
    expect(names.join(' ')).toMatch(/Lukashenko/);
  });

  it('follows --ratio (share of body sentences, at least one) and --sentences', () => {
    const seg = read(fixture);
    const n = (options: { sentences?: number; ratio?: number }) => summarize(seg, [], [], options).sentences.length;
    expect(n({ ratio: 0.2 })).toBe(Math.round(0.2 * body.length));
    expect(n({ ratio: 0.001 })).toBe(1);
    expect(n({ sentences: 5 })).toBe(5);
    expect(n({})).toBe(3);
  });

  it('still opens with the lead when no entities or quotes are known', () => {
    const s = summarize(read(fixture), [], [], {});
    expect(s.sentences[0].text).toMatch(/^European leaders urged/);
    expect(s.keyPeople).toEqual([]);
  });
});

describe('summary on made-up articles', () => {
  it('never shows two copies of the same sentence', () => {
    const repeated = 'The central bank raised interest rates by half a point on Thursday to fight rising inflation.';
    const text = `Bank raises rates\n\n${repeated}\n\n${repeated}\n\nThe move surprised analysts who had expected the bank to wait until the spring.\n\nMarkets fell sharply after the announcement, with bank shares leading the decline.\n`;
    const texts = summarize(read(text), [], [], { sentences: 3 }).sentences.map((s) => s.text);
    expect(texts.filter((t) => t === repeated)).toHaveLength(1);
  });

  it('returns no sentences for an article with no body, and keeps working on huge ones', () => {
    expect(summarize(read('Just a headline\n'), [], [], {}).sentences).toEqual([]);
    const para = (i: number) => `Paragraph number ${i} reports that the council met again to discuss the budget for schools.`;
    const big = 'A long report\n\n' + Array.from({ length: 600 }, (_, i) => para(i)).join('\n\n') + '\n';
    // Past MAX_SENTENCES the work stops growing: checked as a ratio in tests/robustness/hostile.slow.test.ts.
    const s = summarize(read(big), [], [], { ratio: 0.5 });
    expect(s.sentences.length).toBeLessThanOrEqual(MAX_SENTENCES);
    const lastAllowed = read(big).sentences.filter((x) => x.kind === 'paragraph')[MAX_SENTENCES - 1].end;
    for (const x of s.sentences) expect(x.end).toBeLessThanOrEqual(lastAllowed);
  });
});
