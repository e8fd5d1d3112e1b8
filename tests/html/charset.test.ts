// Page bytes → text: strict UTF-8 first, then the declared charset, then windows-1252.
import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { charsetFromContentType, declaredCharset, decodePage } from '../../src/io/charset.js';

const page = (charsetTag: string, body: string) => `<html><head>${charsetTag}</head><body><p>${body}</p></body></html>`;

describe('decodePage', () => {
  test('valid UTF-8 is UTF-8 whatever the page declares (a page re-saved as UTF-8 that says gb2312)', () => {
    const bytes = Buffer.from(page('<meta charset="gb2312">', '海外留学生看两会 – café'), 'utf8');
    expect(decodePage(bytes)).toEqual({ text: page('<meta charset="gb2312">', '海外留学生看两会 – café'), charset: 'utf8' });
  });

  test('the declared charset when the bytes are not UTF-8', () => {
    const html = page('<meta charset="iso-8859-2">', 'Zażółć gęślą jaźń');
    expect(decodePage(iconv.encode(html, 'iso-8859-2')).text).toBe(html);
    const gbk = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '出国前后关注点大不同');
    expect(decodePage(iconv.encode(gbk, 'gb2312')).text).toBe(gbk);
  });

  test('ISO-8859-1 is read as windows-1252, as browsers do: curly quotes survive', () => {
    const html = page('<meta charset="iso-8859-1">', '“Grüße”, sagte sie – 5 €');
    expect(decodePage(iconv.encode(html, 'win1252'))).toMatchObject({ text: html, charset: 'win1252' });
  });

  test('a page that declares UTF-8 but holds windows-1252 bytes is read as windows-1252, with a warning', () => {
    const html = page('<meta charset="utf-8">', 'Bürgermeister Köhler – „großer Tag“');
    const decoded = decodePage(iconv.encode(html, 'win1252'));
    expect(decoded.text).toBe(html);
    expect(decoded.warning).toMatch(/declared utf-8/);
  });

  test('the HTTP header beats the meta tag', () => {
    const html = page('<meta charset="iso-8859-1">', 'Zażółć');
    expect(decodePage(iconv.encode(html, 'iso-8859-2'), 'text/html; charset=ISO-8859-2').text).toBe(html);
  });

  test('no declaration and not UTF-8: windows-1252', () => {
    expect(decodePage(iconv.encode('<p>café “quoted”</p>', 'win1252')).text).toBe('<p>café “quoted”</p>');
  });

  test('an unknown declared charset falls back to windows-1252', () => {
    expect(decodePage(iconv.encode(page('<meta charset="x-made-up">', 'naïve'), 'win1252')).text).toContain('naïve');
  });

  test('byte-order marks decide', () => {
    expect(decodePage(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hi</p>', 'utf16le')])).text).toBe('<p>hi</p>');
    expect(decodePage(Buffer.from('\uFEFF<p>hi</p>', 'utf8')).text).toBe('<p>hi</p>');
  });
});

describe('declarations', () => {
  test.each([
    ['text/html; charset=ISO-8859-1', 'iso-8859-1'],
    ['text/html;charset="utf-8"', 'utf-8'],
    ['text/html', null],
    [null, null],
  ])('Content-Type %s → %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });

  test('meta charset and http-equiv in the first 4 KB', () => {
    expect(declaredCharset(Buffer.from('<meta charset=windows-1250>'))).toBe('windows-1250');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'))).toBe('shift_jis');
    expect(declaredCharset(Buffer.from(`${' '.repeat(5000)}<meta charset="koi8-r">`))).toBeNull();
  });
});
