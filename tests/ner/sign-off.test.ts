// A wire story's sign-off line ("REUTER", invented story) is no entity; a last line that names someone
// the story talks about still is.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { read } from '../../src/pipeline/index.js';
import { signOffSentence } from '../../src/ner/sign-off.js';

const STORY = 'Harbour talks resume\n\nThe minister, Ingrid Solbakken, said on Tuesday that talks would resume in Oslo.\n\n';

describe('sign-off lines', () => {
  test('the last one-word line in capitals, not used in the story, is a sign-off', () => {
    const seg = read(`${STORY}REUTER\n`);
    expect(signOffSentence(seg.sentences)).toBe(seg.sentences.length - 1);
    const names = analyze(`${STORY}REUTER\n`, { stages: ['entities'] }).entities!.map((e) => e.name);
    expect(names).not.toContain('REUTER');
    expect(names).toContain('Ingrid Solbakken');
  });

  test('a last line that repeats a word of the story is not', () => {
    expect(signOffSentence(read(`${STORY}OSLO\n`).sentences)).toBe(-1);
    expect(signOffSentence(read(`${STORY}Solbakken\n`).sentences)).toBe(-1);
  });
});
