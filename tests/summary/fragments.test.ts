import { describe, expect, it } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { rejections } from '../../src/summary/fragments.js';
import type { Quote } from '../../src/types.js';

/** Rejections of the body sentences of a one-paragraph article (a headline line first). */
function judge(paragraph: string, quotes: Quote[] = []) {
  const seg = read(`Headline about a story\n\n${paragraph}\n`);
  const r = rejections(seg.sentences, quotes);
  return seg.sentences.map((s, i) => [s.text, r[i]] as const).filter(([, why]) => why !== 'not-body');
}

describe('fragment filter', () => {
  it.each([
    ['The minister resigned on Friday after a week of protests in the capital.', null],
    ['Lukashenko denied it.', 'too-short'],
    ['Cech, Paulo Ferreira, Gallas, Terry, Johnson, Duff, Makelele, Lampard, Robben, Drogba.', 'list'],
    ['Click here to read more about the protests and the people behind them.', 'furniture'],
    ['and then the crowd moved towards the square in the city centre.', 'continuation'],
    ['The council named its members, including the following people:', 'unfinished'],
    ['"They demand nothing more and nothing less: to transfer power to them," Lukashenko said.', null],
  ])('%s → %s', (text, want) => {
    expect(judge(text)[0][1]).toBe(want);
  });

  it('rejects every piece of a quotation that runs across sentences', () => {
    const got = judge('"We will not give up on our country. We will win in the end, whatever they do," she told the crowd on Sunday. The crowd cheered loudly as she left the stage in the square.');
    // The second piece closes the quote and names the speaker, so it may stand.
    expect(got.map(([, why]) => why)).toEqual(['quote-fragment', null, null]);
    const bare = judge('"We will not give up on our country. We will win in the end, whatever they do." The crowd cheered loudly as she left the stage in the square.');
    expect(bare.map(([, why]) => why)).toEqual(['quote-fragment', 'quote-fragment', null]);
  });

  it('rejects a sentence cut by an extracted quote whose cue lies elsewhere', () => {
    const seg = read('Headline about a story\n\nThe minister spoke to reporters at length on Friday morning. Nothing will change in this country before the spring elections. That is all he said to them.\n');
    const [, a, b] = seg.sentences;
    const quote: Quote = { id: 'q1', kind: 'direct', text: '', start: a.start + 4, end: b.end - 5, speaker: null, speakerId: null, speakerMention: null, cue: null };
    const r = rejections(seg.sentences, [quote]);
    expect(r.slice(1)).toEqual(['quote-fragment', 'quote-fragment', null]);
  });
});
