// The sentence splitter and tokeniser on the cases news text throws at them. Each case is written
// out: the sentences, with tokens separated by single spaces.
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';

/** Body sentences of a one-paragraph article (a title line keeps the paragraph from being the title). */
function sentencesOf(paragraph: string): string[] {
  const seg = read(`Title\n\n${paragraph}`);
  for (const s of seg.sentences) {
    for (const t of s.tokens.toArray()) expect(seg.article.text.slice(t.start, t.end)).toBe(t.text);
    expect(seg.article.text.slice(s.start, s.end)).toBe(s.text);
  }
  return seg.sentences.slice(1).map((s) => s.tokens.texts().join(' '));
}

const CASES: Array<[string, string[]]> = [
  ["He met Mr. Smith in the U.S. on Monday. Then he left.",["He met Mr. Smith in the U.S. on Monday .","Then he left ."]],
  ["The talks were held in the U.S. The next round is in May.",["The talks were held in the U.S.","The next round is in May ."]],
  ["Mrs. Jones and Dr. Brown met Gen. Mark Milley and Sen. Bernie Sanders.",["Mrs. Jones and Dr. Brown met Gen. Mark Milley and Sen. Bernie Sanders ."]],
  ["Coun. Dimitri Papadakis and Det. Const. Ana Silva met Insp. Raj Patel and Ald. Joe Ruiz.",["Coun. Dimitri Papadakis and Det. Const. Ana Silva met Insp. Raj Patel and Ald. Joe Ruiz ."]],
  ["J.K. Rowling wrote it at 9 a.m. on Tuesday.",["J.K. Rowling wrote it at 9 a.m. on Tuesday ."]],
  ["The meeting is on Aug. 18, 2020 in Minsk.",["The meeting is on Aug. 18 , 2020 in Minsk ."]],
  ["It cost $4.5bn, up 3.14% from $639m a year earlier.",["It cost $ 4.5bn , up 3.14 % from $ 639m a year earlier ."]],
  ["More than 6,700 people were arrested.",["More than 6,700 people were arrested ."]],
  ["Wait... what? He left … and came back.",["Wait ... what ?","He left … and came back ."]],
  ["He said \"It's over.\" She left.",["He said \" It 's over . \"","She left ."]],
  ["\"Is it over?\" she asked. Nobody answered.",["\" Is it over ? \" she asked .","Nobody answered ."]],
  ["\"They demand nothing more,\" Lukashenko said of the opposition.",["\" They demand nothing more , \" Lukashenko said of the opposition ."]],
  ["She urged him to foster \"calm and dialogue.\" The talks went on.",["She urged him to foster \" calm and dialogue . \"","The talks went on ."]],
  ["Email press@example.org or see https://tut.by/news?id=1.",["Email press@example.org or see https://tut.by/news?id=1 ."]],
  ["Visit www.example.com, then call.",["Visit www.example.com , then call ."]],
  ["It was a red-and-white flag of six ex-Soviet states.",["It was a red-and-white flag of six ex-Soviet states ."]],
  ["The '90s were the era of rock 'n' roll.",["The '90s were the era of rock 'n' roll ."]],
  ["He won't go. I'm sure they'll stay.",["He wo n't go .","I 'm sure they 'll stay ."]],
  ["Lukashenko's rivals and Belarusians' choice.",["Lukashenko 's rivals and Belarusians ' choice ."]],
  ["Lukashenko’s rivals don’t agree.",["Lukashenko ’s rivals do n’t agree ."]],
  ["It rose 5%—a record—and fell.",["It rose 5 % — a record — and fell ."]],
  ["The vote -- a sham -- was disputed.",["The vote -- a sham -- was disputed ."]],
  ["Dr. No said no. Gen. Smith agreed.",["Dr. No said no .","Gen. Smith agreed ."]],
  ["No. 10 Downing Street said no.",["No. 10 Downing Street said no ."]],
  ["He was ill. Everyone knew it.",["He was ill .","Everyone knew it ."]],
  ["He replied on X. She did not. It was posted on X. \"No,\" he said.",["He replied on X.","She did not .","It was posted on X.","\" No , \" he said ."]],
  ["George W. Bush met Malcolm X. Little and Robert C. \"Bobby\" Scott.",["George W. Bush met Malcolm X. Little and Robert C. \" Bobby \" Scott ."]],
  ["See Eck, D. \"Music\" and Eck, D. The Book.",["See Eck , D. \" Music \" and Eck , D. The Book ."]],
  ["She lives in Fort Myers, Fla. The storm hit.",["She lives in Fort Myers , Fla.","The storm hit ."]],
  ["Smith et al. found it. The end came.",["Smith et al. found it .","The end came ."]],
  ["He said: 'Yes.' Then he left.",["He said : ' Yes . '","Then he left ."]],
  ["“Curly,” he said. ‘Single,’ she said.",["“ Curly , ” he said .","‘ Single , ’ she said ."]],
  ["He (right) spoke [briefly] to reporters.",["He ( right ) spoke [ briefly ] to reporters ."]],
  ["Emoji 🇧🇾 flags 👍🏽 count as one token.",["Emoji 🇧🇾 flags 👍🏽 count as one token ."]],
  ["O'Brien and D'Souza met McDonald's staff.",["O'Brien and D'Souza met McDonald 's staff ."]],
  ["Is it true?! Yes!",["Is it true ?!","Yes !"]],
  ["Acme Inc. shares rose. Acme Inc. The company said so.",["Acme Inc. shares rose .","Acme Inc.","The company said so ."]],
  ["He was born in 1990. In 2020 he ran.",["He was born in 1990 .","In 2020 he ran ."]],
  ["The 42nd birthday of Sergei Tikhanovsky was on Tuesday.",["The 42nd birthday of Sergei Tikhanovsky was on Tuesday ."]],
  ["Tut.by reported it. The site is popular.",["Tut.by reported it .","The site is popular ."]],
  ["Prices: 3.5 vs. 4.2 percent.",["Prices : 3.5 vs. 4.2 percent ."]],
  ["He arrived at 10:30 p.m. local time.",["He arrived at 10:30 p.m. local time ."]],
  ["AT&T and Procter & Gamble fell.",["AT&T and Procter & Gamble fell ."]],
  ["The U.N. Security Council met. The U.K. abstained.",["The U.N. Security Council met .","The U.K. abstained ."]],
  ["Hello!!! Is anyone there???",["Hello !!!","Is anyone there ???"]],
  ["A sentence without a final stop",["A sentence without a final stop"]],
  ["The fee is .06 pct. He fired a .45 pistol (.38 before).",["The fee is .06 pct .","He fired a .45 pistol ( .38 before ) ."]],
  ["NEW YORK 75 59 .560 - BOSTON 69 66 .511 6 1/2",["NEW YORK 75 59 .560 - BOSTON 69 66 .511 6 1 / 2"]],
  ["He was born in 1996.5 more came.",["He was born in 1996.5 more came ."]],
];

describe('sentences and tokens', () => {
  test.each(CASES)('%s', (input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  test('a single newline inside a hard-wrapped paragraph is only a space', () => {
    expect(sentencesOf('The opposition called on\nLukashenko to resign. He\nrefused.')).toEqual([
      'The opposition called on Lukashenko to resign .',
      'He refused .',
    ]);
  });

  test('a blank line always ends a sentence, even without a stop', () => {
    const seg = read('Title\n\nThousands gathered in Minsk\n\nThe police watched.');
    expect(seg.sentences.slice(1).map((s) => s.text)).toEqual(['Thousands gathered in Minsk', 'The police watched.']);
  });

  test('CRLF and CR line endings give the same sentences as LF', () => {
    const lf = 'Title\n\nHe met Mr. Smith.\nThen he left.\n\n"Yes," she said.';
    const texts = (t: string) => read(t).sentences.map((s) => s.tokens.texts().join(' '));
    expect(texts(lf.replace(/\n/g, '\r\n'))).toEqual(texts(lf));
    expect(texts(lf.replace(/\n/g, '\r'))).toEqual(texts(lf));
  });

  test('offsets after an astral character are UTF-16 indexes that slice back', () => {
    const seg = read('Title\n\n🇧🇾 Minsk 😀 protests.');
    const minsk = seg.sentences[1].tokens.toArray().find((t) => t.text === 'Minsk')!;
    expect(seg.article.text.slice(minsk.start, minsk.end)).toBe('Minsk');
    expect(minsk.start).toBe(12);
  });

  test('a megabyte line with no punctuation is one sentence', () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `w${i % 97}`).join(' ');
    const seg = read(`Title\n\n${words}`);
    expect(seg.sentences).toHaveLength(2);
    expect(seg.sentences[1].tokens).toHaveLength(150_000);
  });
});
