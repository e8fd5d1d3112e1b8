// What each shipped NER model is trained on: the labelled sets, how their labels are mapped or masked,
// their weights, and the word-cluster table. Read by scripts/train-ner.mjs (`npm run train:ner`).
//
// Mapping rules (see src/ner/sources.ts and each ../shared/data/ner/*/README.md):
//   - sets without MISC (UNER, BTC) or with only part of it (WNUT-17: products and works; GUM: no
//     adjectival nationalities; GMB: art/eve/nat only) list MISC as `unannotated`: their O tokens may be
//     MISC, so they never teach "a nationality is not a name";
//   - GMB: geo -> LOC, gpe (mostly demonyms, some countries) -> LOC or MISC, tim -> O, art/eve/nat -> MISC,
//     titles cut off person spans ("President Mahmoud Ahmadinejad" -> "Mahmoud Ahmadinejad");
//   - silver or off-genre sets (GMB, GUM, tweets, Wikipedia) weigh less than gold news and web text.
// Never a file under heldout/, never a dev set that is used for scoring (CoNLL eng.testa, UNER EWT dev).
const NER = '../shared/data/ner';

/** @type {Record<string, import('../dist/ner/sources.js').TrainSource[]>} */
export const SETS = {
  // weight 2 in the default model: its scores on news must not drop below CoNLL-only training (0.93 on dev)
  conll: [{ file: `${NER}/conll2003/eng.train`, weight: 2, note: 'CoNLL-2003 train, Reuters 1996; research use only' }],
  uner: [{ file: `${NER}/uner_en/en_ewt-ud-train.iob2`, unannotated: ['MISC'], note: 'UNER EWT train, web text; CC BY-SA 4.0' }],
  redocred: ['dev', 'test'].map((s) => ({ file: `${NER}/redocred/redocred_${s}.iob2`, weight: 0.5, note: 'Re-DocRED, Wikipedia; MIT, text CC BY-SA' })),
  crossner: ['politics', 'science', 'music', 'literature', 'ai'].map((d) => ({
    file: `${NER}/crossner/crossner_${d}.iob2`, weight: 0.5, note: 'CrossNER, Wikipedia; MIT, text CC BY-SA',
  })),
  gum: [{ file: `${NER}/gum_ner/gum_ner.iob2`, unannotated: ['MISC'], weight: 0.7, note: 'GUM-derived, Wikinews/Wikipedia/Wikivoyage; CC BY 4.0 + text licences' }],
  btc: ['a', 'b', 'e', 'f', 'g', 'h'].map((s) => ({
    file: `${NER}/btc/btc_${s}.iob2`, unannotated: ['MISC'], weight: s === 'g' ? 0.7 : 0.3, note: 'Broad Twitter Corpus; CC BY 4.0',
  })),
  wnut: ['train', 'dev', 'test'].map((s) => ({ file: `${NER}/wnut17/wnut17_${s}.iob2`, unannotated: ['MISC'], weight: 0.3, note: 'WNUT-17; CC BY 4.0' })),
  gmb: [{
    file: `${NER}/gmb_voa/gmb_voa_train.conll`,
    types: { GEO: 'LOC', GPE: 'LOC|MISC', ORG: 'ORG', PER: 'PER', TIM: 'O', ART: 'MISC', EVE: 'MISC', NAT: 'MISC' },
    titlesInPerson: true, unannotated: ['MISC'], weight: 0.5, note: 'GMB Voice of America extract (silver); public-domain text, ODbL/DbCL',
  }],
};

/**
 * The shipped models: which sets, which cluster table; minWeight drops features whose averaged weights
 * all stay below it. Large mixed data leaves ~500k features, most of which barely matter: the default
 * keeps ~100k at minWeight 2 and scores as well or better on both dev sets (CoNLL 0.938 vs 0.936 at 1,
 * UNER 0.753 vs 0.751, gold tokens), in a third of the size.
 */
export const MODELS = {
  default: { out: 'models/ner-en.bin', clusters: 'models/word-clusters.tsv', minWeight: 2, sets: ['conll', 'uner', 'redocred', 'crossner', 'gum', 'btc', 'wnut', 'gmb'] },
  open: { out: 'models/ner-en-open.bin', clusters: 'models/word-clusters-open.tsv', minWeight: 1, sets: ['uner', 'redocred', 'crossner', 'gum', 'btc', 'wnut', 'gmb'] },
};
