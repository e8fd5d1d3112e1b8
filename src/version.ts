// The version printed by `newsq --version` and sent in the user agent: package.json's, read once.
// `newsq --version` also says which NER model is the default and under what terms each shipped model
// may be used (models/README.md has the full model card).
import { readFileSync } from 'node:fs';

export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** The shipped NER models, their data and terms, one line each (`--model NAME`). */
export const MODEL_TERMS: ReadonlyArray<{ name: string; isDefault: boolean; terms: string }> = [
  {
    name: 'default',
    isDefault: true,
    terms:
      'models/ner-en.bin, trained on CoNLL-2003 (Reuters 1996) plus permissively licensed sets: research use only, as CoNLL-2003 is',
  },
  {
    name: 'open',
    isDefault: false,
    terms:
      'models/ner-en-open.bin, trained on permissively licensed data only (UNER, Re-DocRED, CrossNER, GUM, BTC, WNUT-17, GMB; clusters from Wikipedia/Wikinews): may be used and shipped, also commercially, with the attributions listed in models/README.md',
  },
];

/** What `newsq --version` prints. */
export const VERSION_TEXT: string = [
  VERSION,
  'NER models (--model NAME; see models/README.md):',
  ...MODEL_TERMS.map((m) => `  ${m.name}${m.isDefault ? ' (used when --model is not given)' : ''}: ${m.terms}`),
].join('\n');
