// Web page bytes → text. Pages lie about their encoding: some declare UTF-8 and hold windows-1252
// bytes, one declares gb2312 and was re-saved as UTF-8. Bytes that are valid UTF-8 almost never are
// anything else, so:
//   1. a byte-order mark decides;
//   2. bytes that are strictly valid UTF-8 are UTF-8, whatever the page says;
//   3. else the declared charset: the HTTP Content-Type header, then <meta charset> or
//      <meta http-equiv="Content-Type" content="text/html; charset=…"> in the first 4 KB;
//   4. else windows-1252 (browsers read ISO-8859-1 and ASCII as windows-1252 too).
import { iconv } from './iconv.js';

export interface DecodedPage {
  text: string;
  /** The encoding used, as iconv-lite names it: "utf8", "win1252", "iso-8859-2", … */
  charset: string;
  /** Set when the page declared an encoding its bytes are not in. */
  warning?: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** "text/html; charset=ISO-8859-1" → "iso-8859-1". */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** The charset a page declares in its first 4 KB: <meta charset="…"> or an http-equiv Content-Type. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct ? direct[1].toLowerCase() : null;
}

/** Decodes page bytes; `contentType` is the HTTP header when the page was fetched. */
export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv().decode(buf.subarray(2), 'utf16le'), charset: 'utf16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv().decode(buf.subarray(2), 'utf16be'), charset: 'utf16be' };
  try {
    return { text: strictUtf8.decode(buf), charset: 'utf8' };
  } catch { /* not UTF-8: go by the declaration */ }
  const declared = charsetFromContentType(contentType) ?? declaredCharset(buf);
  if (declared && !/^utf-?8$/.test(declared) && iconv().encodingExists(declared)) {
    // ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do (0x80–0x9F are “smart quotes” there).
    const charset = /^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/.test(declared) ? 'win1252' : declared;
    return { text: iconv().decode(buf, charset), charset };
  }
  const warning = declared ? `declared ${declared} but the bytes are not; decoded as windows-1252` : undefined;
  return { text: iconv().decode(buf, 'win1252'), charset: 'win1252', ...(warning ? { warning } : {}) };
}
