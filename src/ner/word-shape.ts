// What a word looks like, as hashes: letters become X/x, digits d, other characters stay.
//
//   "Lukashenko" -> long shape "Xxxxx" (runs cut at 4), short shape "Xx" (runs collapsed)
//   "U.S."       -> "X.X."                                "X.X."
//   "1996-08-22" -> "dddd-dd-dd"                          "d-d-d"

import { hashStep } from './hash.js';

export const FLAG_CAP = 1; // first character is an upper-case letter: "Minsk"
export const FLAG_ALLCAPS = 2; // has letters, none lower-case: "EU", "RUSSIA"
export const FLAG_LETTER = 4; // has a letter at all
export const FLAG_DIGIT = 8; // has a digit: "1996", "G7"
export const FLAG_LOWER = 16; // all letters lower-case: "said"

export interface WordShape {
  long: number;
  short: number;
  flags: number;
}

const isUpperCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
const isLowerCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));

/** Shape hashes and flags of one word, computed without building the shape strings. */
export function wordShape(w: string): WordShape {
  let long = 0x811c9dc5;
  let short = 0x811c9dc5;
  let prev = -1;
  let run = 0;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let cls: number;
    if (isUpperCode(c)) {
      cls = 88; // X
      upper++;
    } else if (isLowerCode(c)) {
      cls = 120; // x
      lower++;
    } else if (c >= 48 && c <= 57) {
      cls = 100; // d
      digit++;
    } else cls = c;
    if (cls === prev) run++;
    else run = 1;
    if (run <= 4) long = hashStep(long, cls);
    if (run === 1) short = hashStep(short, cls);
    prev = cls;
  }
  let flags = 0;
  const first = w.charCodeAt(0);
  if (isUpperCode(first)) flags |= FLAG_CAP;
  if (upper + lower > 0) flags |= FLAG_LETTER;
  if (upper > 0 && lower === 0) flags |= FLAG_ALLCAPS;
  if (lower > 0 && upper === 0) flags |= FLAG_LOWER;
  if (digit > 0) flags |= FLAG_DIGIT;
  return { long, short, flags };
}
