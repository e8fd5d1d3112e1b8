// Bytes → text. Files on users' disks come in every encoding; we never guess silently:
//   UTF-8 (with or without BOM)      → as is, BOM dropped (offsets count from after it)
//   UTF-16 LE/BE with a BOM          → decoded
//   NUL bytes                        → refused: not text (an image renamed .txt)
//   invalid UTF-8, no valid UTF-8 multibyte sequence at all → a legacy 8-bit file: Windows-1252
//   invalid UTF-8 mixed with valid   → bad bytes replaced by U+FFFD, with a warning
import { iconv } from './iconv.js';

export class NotTextError extends Error {
  readonly code = 'not-text';
}

export interface Decoded {
  text: string;
  /** Set when the bytes were not clean UTF-8: what was done about it. */
  warning?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Does the buffer hold at least one well-formed multi-byte UTF-8 sequence? */
function hasUtf8Sequence(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length - 1; i++) {
    const b = buf[i];
    if (b < 0xc2 || b > 0xf4) continue;
    const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    let ok = i + need < buf.length;
    for (let k = 1; ok && k <= need; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv().decode(Buffer.from(buf.subarray(2)), 'utf16le') };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv().decode(Buffer.from(buf.subarray(2)), 'utf16be') };
  if (buf.indexOf(0) !== -1) throw new NotTextError('not a text file (it contains NUL bytes)');
  try {
    return { text: utf8.decode(buf) }; // TextDecoder drops a UTF-8 BOM itself
  } catch {
    if (!hasUtf8Sequence(buf)) {
      return { text: iconv().decode(Buffer.from(buf), 'win1252'), warning: 'not UTF-8; decoded as Windows-1252' };
    }
    return { text: utf8Lenient.decode(buf), warning: 'invalid UTF-8 bytes replaced with U+FFFD' };
  }
}
