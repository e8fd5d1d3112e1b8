// Word counts that work for Chinese and Japanese too, which write no spaces between words:
// "Hello big world" → 3; "出国读研之前" → 3 (two characters make about one word).
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

export function wordCount(text: string): number {
  const cjk = (text.match(CJK) ?? []).length;
  const spaced = (text.replace(CJK, ' ').match(/\S+/g) ?? []).length;
  return spaced + Math.ceil(cjk / 2);
}

/** Sentence-final punctuation in Latin and CJK scripts, closing quotes and brackets allowed after it. */
export const ENDS_LIKE_SENTENCE = /[.!?:;,…。！？：；」』]["'”’»)\]」』）]*\s*$/;
