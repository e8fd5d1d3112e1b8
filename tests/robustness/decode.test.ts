// Bytes from users' disks: every encoding is either decoded or refused with a clear reason.
import { describe, expect, test } from 'vitest';
import { decodeBytes, NotTextError } from '../../src/io/decode.js';
import { cli, jsonLines } from '../helpers/cli.js';

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => { const b = Buffer.from(s, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]); };

describe('decodeBytes', () => {
  const CASES: Array<[string, Buffer, string, string | undefined]> = [
    ['plain UTF-8', Buffer.from('Minsk – Мінск “quoted”'), 'Minsk – Мінск “quoted”', undefined],
    ['a UTF-8 BOM is dropped', Buffer.from('\ufeffMinsk'), 'Minsk', undefined],
    ['UTF-16 LE with BOM', utf16le('Lukashenko’s “win”'), 'Lukashenko’s “win”', undefined],
    ['UTF-16 BE with BOM', utf16be('Tikhanovskaya said'), 'Tikhanovskaya said', undefined],
    ['Windows-1252 curly quotes and accents', Buffer.from([0x93, 0x4f, 0x75, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]), '“Oui” café', 'not UTF-8; decoded as Windows-1252'],
    ['Latin-1 letters', Buffer.from('Zürich', 'latin1'), 'Zürich', 'not UTF-8; decoded as Windows-1252'],
    ['UTF-8 with a stray bad byte', Buffer.concat([Buffer.from('Мінск '), Buffer.from([0xff]), Buffer.from(' ok')]), 'Мінск \ufffd ok', 'invalid UTF-8 bytes replaced with U+FFFD'],
  ];
  test.each(CASES)('%s', (_, bytes, text, warning) => {
    const d = decodeBytes(bytes);
    expect(d.text).toBe(text);
    expect(d.warning).toBe(warning);
  });

  test('NUL bytes mean binary: refused', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeBytes(png)).toThrow(NotTextError);
  });
});

describe('through the CLI', () => {
  test('an image renamed .txt gets an error record in its place; the next input still runs', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'newsq-'));
    const fake = join(dir, 'photo.txt');
    writeFileSync(fake, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const r = await cli(['tokens', '--json', fake, 'fixtures/corpus/a-short.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`newsq: ${fake}: not a text file (it contains NUL bytes)\n`);
    const docs = jsonLines(r.stdout);
    expect(docs[0]).toEqual({ schema: 'newsq/1', source: fake, error: { code: 'not-text', message: 'not a text file (it contains NUL bytes)' } });
    expect(docs[1].meta.title).toBe('Minsk protests enter second week');
  });

  test('Windows-1252 input is analysed, with a warning on stderr that -q silences', async () => {
    const bytes = Buffer.concat([Buffer.from('Title\n\n'), Buffer.from([0x93]), Buffer.from('We stay,'), Buffer.from([0x94]), Buffer.from(' said Maria.')]);
    const r = await cli(['tokens', '--json'], { stdin: bytes });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('newsq: -: warning: not UTF-8; decoded as Windows-1252\n');
    expect(jsonLines(r.stdout)[0].sentences[1].text).toBe('“We stay,” said Maria.');
    expect((await cli(['tokens', '--json', '-q'], { stdin: bytes })).stderr).toBe('');
  });

  test('after a UTF-8 BOM, offsets count from the first character after it', async () => {
    const [doc] = jsonLines((await cli(['tokens', '--json'], { stdin: '\ufeffTitle\n\nMinsk.' })).stdout);
    expect(doc.sentences[0]).toMatchObject({ text: 'Title', start: 0, end: 5 });
  });
});
