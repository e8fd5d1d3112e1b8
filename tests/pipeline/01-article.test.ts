// The article reader: header fields and block kinds for the ways news files are laid out.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { LAZY_VIEW_FROM, parseArticle } from '../../src/pipeline/01-article.js';
import { parseByline } from '../../src/text/byline.js';
import { maskMarkdown } from '../../src/text/markdown.js';

const kinds = (text: string) => {
  const a = parseArticle(text);
  return a.blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
};

describe('the reference article', () => {
  const text = readFileSync('fixtures/belarus-2020-08-18.txt', 'utf8');
  const article = parseArticle(text);
  const of = (kind: string) => article.blocks.filter((b) => b.kind === kind).map((b) => article.view.slice(b.start, b.end).trim());

  test('header', () => {
    expect(article.meta).toEqual({
      title: 'EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote',
      authors: ['Tatiana Kalinovskaya'],
      agency: 'AFP',
      date: '2020-08-18',
      url: 'https://www.themoscowtimes.com/2020/08/18/eu-chief-michel-talks-to-putin-on-belarus-crisis-a71187',
    });
  });

  test('captions, related links and the source are not body; headings are headings', () => {
    expect(of('caption')).toEqual(['Charles Michel   Stephanie Lecocq / EPA / TASS']);
    expect(of('related')).toHaveLength(2);
    expect(of('heading')).toEqual(["'Lawlessness and injustice'", 'Historic demonstrations']);
    expect(of('source')).toHaveLength(2);
    expect(of('paragraph')).toHaveLength(26);
    for (const p of of('paragraph')) expect(p).not.toMatch(/Related article|\*\*|Original url/);
  });
});

describe('headers', () => {
  const CASES: Array<[string, string, Record<string, unknown>]> = [
    ['markdown heading, italic byline with agency, published date',
      '# EU weighs sanctions\n\n*By John Roe, Reuters*\n\nPublished: 19 August 2020\n\nLeaders met on Wednesday to talk.',
      { title: 'EU weighs sanctions', authors: ['John Roe'], agency: 'Reuters', date: '2020-08-19' }],
    ['two authors, a pipe and an agency',
      'Storm hits coast\nBy Jane Doe and John Roe | Associated Press\n2021-03-04\n\nThe storm hit the coast on Thursday.',
      { title: 'Storm hits coast', authors: ['Jane Doe', 'John Roe'], agency: 'Associated Press', date: '2021-03-04' }],
    ['a date with weekday and time, a bare url at the end',
      'Vote count begins\n\nTue 18 Aug 2020 10.30 BST\n\nCounting started early.\n\nhttps://example.org/news/vote',
      { title: 'Vote count begins', date: '2020-08-18', url: 'https://example.org/news/vote', authors: [] }],
    ['AP style date and a date in the byline',
      'Markets fall\n\nBy Ann Lee, Aug. 3, 2019\n\nStocks fell sharply on Monday in New York.',
      { authors: ['Ann Lee'], date: '2019-08-03' }],
    ['the date only in the url',
      'Talks stall\n\nThe talks stalled again.\n\nOriginal url:\n<https://example.org/2020/08/18/talks-stall>',
      { date: '2020-08-18', url: 'https://example.org/2020/08/18/talks-stall' }],
    ['no title when the file starts with a long paragraph',
      'Thousands of demonstrators gathered on Independence Square in central Minsk on Tuesday evening waving the red-and-white flags of the opposition and calling on the president to resign after the vote.\n\nMore followed.',
      { title: null, authors: [], date: null, url: null }],
  ];
  test.each(CASES)('%s', (_, text, expected) => {
    expect(parseArticle(text).meta).toMatchObject(expected);
  });
});

describe('dates', () => {
  const CASES: Array<[string, string | null]> = [
    ['August 18, 2020', '2020-08-18'],
    ['Tue 18 Aug 2020 10.30 BST', '2020-08-18'],
    ['2020-08-18T09:00:00Z', '2020-08-18'],
    ['Aug. 3, 2019', '2019-08-03'],
    ['yesterday', null],
    ['on Tuesday', null],
    ['August 18', null],
  ];
  test.each(CASES)('%s', async (text, iso) => {
    const { isoDate } = await import('../../src/text/dates.js');
    expect(isoDate(text)).toBe(iso);
  });
});

describe('block kinds', () => {
  test('captions, credits, related links, headings', () => {
    const text = [
      'Title of the story', '',
      'Photo: Protesters in Minsk on Sunday', '',
      'Opposition supporters marched again.', '',
      'Read more: Belarus leader defiant', '',
      'A new phase', '',
      'Police watched from side streets.', '',
      '*Protesters in Minsk (Reuters)*', '',
    ].join('\n');
    expect(kinds(text).map(([k]) => k)).toEqual(['title', 'caption', 'paragraph', 'related', 'heading', 'paragraph', 'caption']);
  });

  test("a live blog's time stamps head their entries, also with the entry on the next line", () => {
    const text = [
      'Storm live', '',
      '8.40am', 'Here is a reader\'s message from Ulmarra:', '',
      '14:20 GMT', '', '"This strike is unnecessary," a spokesman said.', '',
      '10:05 a.m.', 'The river peaked at noon.', '',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['title', 'Storm live'], ['heading', '8.40am'], ['paragraph', "Here is a reader's message from Ulmarra:"], ['heading', '14:20 GMT'],
      ['paragraph', '"This strike is unnecessary," a spokesman said.'], ['heading', '10:05 a.m.'], ['paragraph', 'The river peaked at noon.'],
    ]);
  });

  test('a file with no blank lines has one paragraph per line', () => {
    const text = 'Title here\nFirst paragraph of the story.\nSecond paragraph.\nThird paragraph.\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  test('a hard-wrapped paragraph stays one block', () => {
    const text = 'Title\n\nThe opposition called on the president\nto resign, and he refused.\n';
    expect(kinds(text)).toEqual([['title', 'Title'], ['paragraph', 'The opposition called on the president\nto resign, and he refused.']]);
  });
});

describe('bylines', () => {
  const CASES: Array<[string, string[], string | null]> = [
    ['By Tatiana Kalinovskaya for AFP', ['Tatiana Kalinovskaya'], 'AFP'],
    ['By Jane Doe, AP', ['Jane Doe'], 'AP'],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], null],
    ['By Jane Doe, John Roe & Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee'], null],
    ['Written by Jane Doe', ['Jane Doe'], null],
    ['By Eleanor Hughes, Political Correspondent', ['Eleanor Hughes'], null], // a job is no author
    ['By Jane Doe and John Roe, Staff Writers', ['Jane Doe', 'John Roe'], null],
    ['By Oliver Brennan at Anfield', ['Oliver Brennan'], null], // where the reporter filed from
    ['By Jane Doe in Kyiv and John Roe in Moscow', ['Jane Doe', 'John Roe'], null],
  ];
  test.each(CASES)('%s', (line, authors, agency) => {
    expect(parseByline(line)).toEqual({ authors, agency });
  });
});

describe('markdown is blanked, never removed', () => {
  const CASES: Array<[string, string]> = [
    ['By [Tatiana Kalinovskaya for AFP](#)', 'By  Tatiana Kalinovskaya for AFP    '],
    ['Charles Michel **Stephanie Lecocq / EPA**', 'Charles Michel   Stephanie Lecocq / EPA  '],
    ['## Historic demonstrations', '   Historic demonstrations'],
    ['see <https://example.org/a>', 'see  https://example.org/a '],
    ['an *italic* word, snake_case_name', 'an  italic  word, snake_case_name'],
    ['![Protesters](p.jpg) marched', '  Protesters         marched'],
    ['> quoted line', '  quoted line'],
  ];
  test.each(CASES)('%s', (input, view) => {
    const masked = maskMarkdown(input);
    expect(masked).toBe(view);
    expect(masked.length).toBe(input.length);
  });
});

describe('a long document does not keep its view', () => {
  // The reference article repeated past LAZY_VIEW_FROM: the same article, read the same way, but
  // `view` is masked again on each read (no second copy of the text held to the end).
  const one = readFileSync('fixtures/belarus-2020-08-18.txt', 'utf8');
  const body = one.slice(one.indexOf('European leaders'));
  const text = one + '\n\n' + body.repeat(Math.ceil(LAZY_VIEW_FROM / body.length));
  const article = parseArticle(text);

  test('the view is the masked text, made when read', () => {
    expect(text.length).toBeGreaterThanOrEqual(LAZY_VIEW_FROM);
    const own = Object.getOwnPropertyDescriptor(article, 'view')!;
    expect(own.get).toBeTypeOf('function');
    expect(own.enumerable).toBe(true);
    expect(article.view).toBe(maskMarkdown(text));
    expect({ ...article }.view).toBe(maskMarkdown(text));
  });

  test('blocks and meta are those a kept view gives', () => {
    const short = parseArticle(one);
    expect(article.meta).toEqual(short.meta);
    expect(article.blocks.slice(0, short.blocks.length - 1)).toEqual(short.blocks.slice(0, -1));
  });
});
