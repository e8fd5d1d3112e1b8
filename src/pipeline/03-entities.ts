// Stage 3: Segmented -> Entity[]. Every sentence of the file (title, byline, captions and body) is
// tagged by the trained tagger; labels become mention spans (titles, possessives and punctuation left
// out), and mentions of the same entity are merged under its fullest name.
//
//   "President Vladimir Putin ... Putin's spokesman" -> person "Vladimir Putin", aliases
//   ["Vladimir Putin", "Putin"], 2 mentions

import type { BlockKind, Entity, Mention, Segmented } from '../types.js';
import { mergeAliases } from '../ner/alias-merge.js';
import { bylineMentions, withBylineMentions } from '../ner/byline.js';
import { firstNamesOf, guessGender } from '../ner/gender.js';
import { genderFromVietnameseName } from '../lexicon/name-endings.js';
import { headlineTypesFromBody } from '../ner/headline-types.js';
import { honorific } from '../lexicon/honorifics.js';
import { sentenceMentions } from '../ner/mentions.js';
import { repairSpans } from '../ner/span-repair.js';
import type { DocumentWords } from '../ner/features.js';
import { tagWords, type NerModel } from '../ner/model.js';
import { countriesIn, withTeams } from '../ner/teams.js';
import { truecaseHeadline } from '../ner/truecase.js';
import { firstIndex } from '../util/search.js';

/** Blocks whose lines may be written in title case: "EU Leaders Urge Putin to Push for Talks". */
const HEADLINE_KINDS = new Set<BlockKind>(['title', 'heading', 'related']);

export interface EntityOptions {
  /** The tagger, loaded once at the edge: `loadNerModel()` for the shipped one, `loadNerModel(path)` for another. */
  model: NerModel;
  /** Runs between the tagger, the repairs and the merging, for a collection on very large inputs (AnalyzeOptions.betweenStages). */
  pause?: () => void;
}

/**
 * The token right before each mention ("Mr" in "Mr Lukashenko"), for gender cues: the token that
 * starts where the mention does is found by binary search (a sentence's tokens are in order).
 */
function wordsBefore(seg: Segmented, mentions: Mention[]): Map<Mention, string> {
  const out = new Map<Mention, string>();
  for (const m of mentions) {
    const tokens = seg.sentences[m.sentence].tokens;
    const k = firstIndex(tokens.length, (i) => tokens.start(i) < m.start);
    if (k > 0 && k < tokens.length && tokens.start(k) === m.start) out.set(m, tokens.text(k - 1));
  }
  return out;
}

export function findEntities(seg: Segmented, options: EntityOptions): Entity[] {
  const { model } = options;
  const { sentences } = seg;
  const text = seg.article.text;
  // headlines are read in running-text case; every other sentence's words are read from its tokens
  const cased: Array<string[] | undefined> = sentences.map((s) =>
    HEADLINE_KINDS.has(s.kind) ? truecaseHeadline(model.res, s.tokens.texts()) : undefined,
  );
  const words: DocumentWords = {
    count: sentences.length,
    length: (s) => sentences[s].tokens.length,
    word: (s, i) => cased[s]?.[i] ?? sentences[s].tokens.text(i),
  };
  const tagging = tagWords(model, words);
  // the tagger's features are garbage now: on a 20 MB article they are most of the stage's heap
  options.pause?.();
  const { offset } = tagging;
  // what a wider view than the tagger's shows: split "A and B", join "Institute for ... Policy", retype by context
  const labels = repairSpans(model.res, words, tagging.labels, offset);
  options.pause?.(); // the repairs' word arrays: ~100 MB on a 20 MB article
  const tagged = withTeams(sentences, sentences.flatMap((s, i) => sentenceMentions(text, s, i, labels.subarray(offset[i], offset[i + 1]))), countriesIn(model.res.gazetteer));
  const bodyTyped = headlineTypesFromBody(tagged, (i) => sentences[i].kind === 'title');
  const mentions = withBylineMentions(bodyTyped, bylineMentions(text, seg.article.meta, sentences));
  options.pause?.(); // reading spans into mentions: ~150 MB
  const before = wordsBefore(seg, mentions);
  const firstNames = firstNamesOf(model.res.gazetteer);
  const entities = mergeAliases(mentions, {
    titleGender: (m) => honorific(before.get(m) ?? '')?.gender,
    nameGender: (tokens) => genderFromVietnameseName(tokens) ?? firstNames(tokens[0]),
  });
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const words = e.mentions.map((m) => before.get(m) ?? '');
    const gender = guessGender(e.name, words, firstNames);
    if (gender) e.gender = gender;
  }
  return entities;
}
