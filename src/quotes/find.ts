// Quotes of an article's body, in five steps: pair the marks in each paragraph (candidates.ts), read
// each quote's cue and speaker from its clause (attribute.ts), drop what is no quote (filters.ts),
// let cue-less quotes inherit (inherit.ts), and resolve speaker mentions to names (resolve.ts).
// Indirect speech is found sentence by sentence (indirect.ts); the answers of a question-and-answer
// interview by their labels (interview.ts).
//
//   "They demand ...," Lukashenko said of the opposition.   → direct, Lukashenko / said
//   ... Macron urged the Russian leader to foster "calm and dialogue."  → partial, Macron / urged
//   the 'Lawlessness and injustice' heading                → not body: never a quote
import type { Entity, Quote, Segmented, Span } from '../types.js';
import { corefer, type Coref } from '../coref/index.js';
import { candidates } from './candidates.js';
import { attribute } from './attribute.js';
import { isQuote } from './filters.js';
import { inherit } from './inherit.js';
import { bodyParagraphs, spanOf, type Para } from './paragraphs.js';
import { headOf, mentionOf } from './mention.js';
import { isDatePhrase } from './speaker-shape.js';
import { clusterNames, nameRuns, type NameRun } from './names.js';
import { Resolver, type Resolved } from './resolve.js';
import { findIndirect } from './indirect.js';
import { namedAnswers, qaAnswers } from './interview.js';
import { firstIndex } from '../util/search.js';
import { readTokens } from './reading.js';
import type { RuleInfo } from './rule.js';
import { EXTRA_FIRST_NAMES } from '../lexicon/first-names.js';
import { nameGender, type FirstNames } from '../ner/gender.js';

/** What the quotes stage takes from the stages and the model before it. */
export interface QuoteResources {
  /** First names by gender, from the NER model (`firstNamesOf(model.res.gazetteer)`); default: the lexicon's few. */
  firstNames?: FirstNames;
  /** Stage 3b's mentions and coreference (`corefer`); default: computed here without the model's name lists. */
  coref?: Coref;
  /** Called between the stage's steps: the CLI passes a full garbage collection for very large documents. */
  pause?: () => void;
}

/** A quote no clause attributes takes the person the text is about at that point (src/coref topicAt). */
export const FLOATING: RuleInfo = {
  id: 'floating:topic',
  reason: 'a quote paragraph with no attribution and no speaker before it: the article\'s current topic speaks ("floating quotes")',
  example: 'Svetlana Tikhanovskaya left Belarus in August.\n\nThe strike committee met on Friday.\n\n"We will never give up."',
  speaker: 'Svetlana Tikhanovskaya',
};

/** The resolver, from the name runs of the body and captions (the runs themselves die here: a 20 MB
 *  article has a million of them, and the resolver keeps only what it needs of each). */
function makeResolver(seg: Segmented, paras: Para[], entities: Entity[], inQuote: (o: number) => boolean, firstNames: FirstNames, coref: Coref): Resolver {
  const runs: NameRun[] = [];
  for (const p of paras) for (const r of nameRuns(p, (i) => inQuote(p.tokens.start(i)))) runs.push(r);
  for (const s of seg.sentences) {
    if (s.kind !== 'caption') continue;
    for (const r of nameRuns(readTokens(s.tokens, [0], { block: s.block, start: s.start, end: s.end }), () => false)) runs.push(r);
  }
  return new Resolver(entities, runs, clusterNames(runs), inQuote, firstNames, coref);
}

const lexiconFirstNames: FirstNames = (w) => EXTRA_FIRST_NAMES[w.toLowerCase()]?.gender;

/** A verb of telling in the passive, with no "by" after it: "workers were told that", "staff had been warned". */
const PASSIVE_TELLING = /\b(?:is|are|was|were|been|being|get|got)\s+(?:\p{Ll}+ly\s+)?(?:told|informed|warned|advised|reminded|instructed|assured|promised|asked)\b(?![^"“]*\bby\b)/iu;

/**
 * Is the quotation at `offset` what someone unnamed told the sentence's subject: 'In a presentation shown
 * to new hires, workers were told that "every second off the line is a package that doesn't ship."'? Then
 * nobody in view said it: it takes no floating speaker.
 */
function passiveReport(seg: Segmented, offset: number): boolean {
  const k = firstIndex(seg.sentences.length, (i) => seg.sentences[i].end <= offset);
  const s = seg.sentences[k];
  return !!s && s.start <= offset && PASSIVE_TELLING.test(seg.article.text.slice(s.start, offset));
}

export function findQuotesIn(seg: Segmented, entities: Entity[], resources: QuoteResources = {}): Quote[] {
  const coref = resources.coref ?? corefer(seg, entities);
  const { text } = seg.article;
  const paras = bodyParagraphs(seg);
  const attributed = candidates(seg, paras).flatMap((list, p) => attribute(text, paras[p], list));
  const kept = inherit(seg, paras, attributed.filter((a) => isQuote(text, paras[a.quote.para], a)));
  resources.pause?.();

  // Names outside quotes are the antecedents for "she said" and the full forms of short names.
  const ranges = kept.map(({ quote: c }) => [c.pair.start, c.pair.end] as const).sort((a, b) => a[0] - b[0]);
  const inQuote = (o: number) => {
    const lo = firstIndex(ranges.length, (m) => ranges[m][1] <= o);
    return lo < ranges.length && ranges[lo][0] <= o;
  };
  const resolver = makeResolver(seg, paras, entities, inQuote, resources.firstNames ?? lexiconFirstNames, coref);
  resources.pause?.();

  const quotes: Quote[] = [];
  for (const { quote: c, found, kind, source: src } of kept) {
    let speakerMention: Span | null = null;
    let speaker: string | null = null;
    let speakerId: string | null = null;
    let who: Resolved | null = null;
    let rule = src?.rule ?? found?.rule ?? null;
    const r = src?.found.subject ? paras[src.para] : null;
    const m = r && src?.found.subject ? mentionOf(r, src.found.subject) : null;
    // A date is no speaker ("as recently as March 3 said"): the quote is read as unattributed.
    if (r && m && !isDatePhrase(r, m)) {
      speakerMention = spanOf(text, r.tokens, m);
      who = resolver.resolve(spanOf(text, r.tokens, headOf(r, m)));
      ({ speaker, speakerId } = who);
    } else if ((kind === 'direct' || text.slice(c.pair.start, c.pair.end).split(/\s+/).length >= 4) && !passiveReport(seg, c.pair.start)) {
      // No clause attributes it (a short partial is a scare quote): the person the text is about.
      who = resolver.floating(c.pair.start);
      ({ speaker, speakerId } = who);
      if (speaker) rule = FLOATING.id;
    }
    const cue = found?.cue ? spanOf(text, paras[c.para].tokens, found.cue) : null;
    quotes.push({
      id: '', text: text.slice(c.pair.start, c.pair.end), start: c.pair.start, end: c.pair.end,
      kind, speaker, speakerId, speakerMention, cue, rule,
      speakerGender: who?.gender ?? null, resolvedBy: speaker ? who?.how ?? 'name' : null,
    });
  }
  resources.pause?.();
  // (an interview's answers labelled with a name are its speaker's own words, no one's report)
  const named = namedAnswers(paras, entities, resolver);
  for (const q of findIndirect(seg, paras, kept.map((a) => a.quote.pair), resolver, named)) quotes.push(q);
  for (const q of qaAnswers(text, paras, entities, resolver, named)) quotes.push(q);
  // A speaker's gender: what coreference knows of the person, else the entity's, else the pronoun's
  // own ("she" left unresolved is still a woman).
  const genderOf = new Map(entities.map((e) => [e.id, e.gender ?? null]));
  // A speaker left as a description ("a Marine spokeswoman") or a pronoun is nobody in particular: no gender.
  const firstNames = resources.firstNames ?? lexiconFirstNames;
  const speakerGender = (q: Quote) => (q.resolvedBy === 'unresolved' ? null : q.speakerGender
    ?? (q.speakerId ? coref.genderOf(q.speakerId) ?? genderOf.get(q.speakerId) ?? null : null)
    ?? (q.speaker && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(q.speaker) ? nameGender(q.speaker.split(/\s+/), firstNames) ?? null : null));
  return quotes.sort((a, b) => a.start - b.start).map((q, i) => ({ ...q, id: `q${i + 1}`, speakerGender: speakerGender(q) }));
}
