// `newsq train-ner --data FILE... --out PATH`: trains a tagger on the user's CoNLL files. Progress
// goes to stderr; a file that cannot be read is a one-line error and exit 1.
import { existsSync } from 'node:fs';
import type { Io } from './io.js';
import { trainNer } from '../ner/train.js';
import { systemMessage } from '../io/inputs.js';

export async function trainCommand(opts: { data: string[]; out: string; epochs?: number }, io: Io): Promise<number> {
  const missing = opts.data.filter((f) => !existsSync(f));
  for (const f of missing) io.stderr.write(`newsq: ${f}: no such file or directory\n`);
  if (missing.length) return 1;
  try {
    trainNer({ files: opts.data, out: opts.out, epochs: opts.epochs, log: (line) => io.stderr.write(`${line}\n`) });
  } catch (err) {
    io.stderr.write(`newsq: train-ner: ${systemMessage(err)}\n`);
    return 1;
  }
  io.stderr.write(`newsq: model written to ${opts.out}\n`);
  return 0;
}
