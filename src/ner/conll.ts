// Reading CoNLL-format NER files: one token per line, the NER tag in the last column, blank lines
// between sentences, "-DOCSTART-" between documents (IOB1 or IOB2 tags).
//
//   "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n" -> [{ sentences: [["EU", "rejects"]], tags: [["I-ORG", "O"]] }]

import { readFileSync } from 'node:fs';

export interface ConllDocument {
  sentences: string[][];
  tags: string[][];
  /** The document's id, where the file names it ("# newdoc id = GUM_news_iodine"). */
  id?: string;
}

/** Reads a CoNLL file from disk (the only I/O here). */
export function readConllFile(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

/**
 * Parses CoNLL text. Files without document markers become documents of up to 30 sentences, so that
 * document-level features still see some context.
 */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  let sawDocStart = false;
  const flush = () => {
    if (!words.length) return;
    if (!doc || (!sawDocStart && doc.sentences.length >= 30)) docs.push((doc = { sentences: [], tags: [] }));
    doc.sentences.push(words);
    doc.tags.push(tags);
    words = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-') || line.startsWith('# newdoc')) {
      flush();
      sawDocStart = true;
      const id = /^# newdoc id\s*=\s*(\S+)/.exec(line)?.[1];
      docs.push((doc = id ? { sentences: [], tags: [], id } : { sentences: [], tags: [] }));
      continue;
    }
    if (line.startsWith('#')) continue;
    if (!line) {
      flush();
      continue;
    }
    const tabs = raw.includes('\t');
    const cols = line.split(tabs ? '\t' : /\s+/);
    // UNER rows are "index<TAB>token<TAB>tag<TAB>-<TAB>annotator"; CoNLL rows put the token first and
    // the tag last. Only tab-separated rows can be UNER: the CoNLL row "4 CD I-NP O" is the number 4.
    if (tabs && cols.length >= 4 && /^\d+$/.test(cols[0]) && /^(O|[BI]-\w+)$/.test(cols[2])) {
      words.push(cols[1]);
      tags.push(cols[2]);
    } else {
      words.push(cols[0]);
      tags.push(cols[cols.length - 1]);
    }
  }
  flush();
  return docs.filter((d) => d.sentences.length);
}
