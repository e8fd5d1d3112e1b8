// Span repairs after tagging (src/ner/span-repair.ts): every rule's own example from
// src/lexicon/span-rules.ts, and names that must stay as the tagger gave them. Spans are written in
// brackets, "[ORG Muslim Brotherhood ]"; the shipped model's gazetteer and capitalisation table are used.
import { describe, expect, test } from 'vitest';
import { loadNerModel } from '../../src/ner/model-io.js';
import { wordsOf } from '../../src/ner/features.js';
import { LABEL_NAMES, spansToLabels, TYPES, labelsToSpans, type NerType } from '../../src/ner/labels.js';
import { repairSpans } from '../../src/ner/span-repair.js';
import { SPAN_RULES } from '../../src/lexicon/span-rules.js';

const { res } = loadNerModel();

/** "The [ORG Muslim Brotherhood ] said" -> words and spans. */
function parse(line: string): { words: string[]; labels: Int32Array } {
  const words: string[] = [];
  const spans: Array<{ start: number; end: number; type: number }> = [];
  let open: { start: number; type: number } | null = null;
  for (const t of line.split(' ')) {
    if (t.startsWith('[')) open = { start: words.length, type: TYPES.indexOf(t.slice(1) as NerType) };
    else if (t === ']' && open) {
      spans.push({ ...open, end: words.length });
      open = null;
    } else words.push(t);
  }
  return { words, labels: spansToLabels(words.length, spans) };
}

function show(words: string[], labels: ArrayLike<number>): string {
  const out = [...words];
  for (const sp of labelsToSpans(labels).reverse()) {
    out.splice(sp.end, 0, ']');
    out.splice(sp.start, 0, `[${TYPES[sp.type]}`);
  }
  return out.join(' ');
}

/** Runs the repairs over sentences of one article, in bracket notation. */
function repair(sentences: string[]): string[] {
  const parsed = sentences.map(parse);
  const offset = new Int32Array(parsed.length + 1);
  parsed.forEach((p, i) => (offset[i + 1] = offset[i] + p.words.length));
  const labels = new Uint8Array(offset[parsed.length]);
  parsed.forEach((p, i) => labels.set(p.labels, offset[i]));
  const out = repairSpans(res, wordsOf(parsed.map((p) => p.words)), labels, offset);
  return parsed.map((p, i) => show(p.words, out.subarray(offset[i], offset[i + 1])));
}

describe('span repair rules: each rule\'s own example', () => {
  test.each(SPAN_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    expect(rule.reason.length).toBeGreaterThan(40);
    expect(repair(rule.example.before)).toEqual(rule.example.after);
  });

  test('rule ids are unique', () => {
    expect(new Set(SPAN_RULES.map((r) => r.id)).size).toBe(SPAN_RULES.length);
  });
});

describe('names that stay as the tagger gave them', () => {
  test.each([
    ['[LOC Bosnia and Herzegovina ] voted .'], // the gazetteer holds it whole
    ['[ORG American Motors Corp ] hired [MISC American ] engineers .'], // short-name-organisation: a nationality
    ['The [ORG Green Party ] and [MISC Green ] voters agreed .'], // a party's short name may be an adjective
    ['[LOC Trinidad and Tobago ] won .'],
    ['Shares of [ORG Procter and Gamble ] rose .'], // no head, "Gamble" is no known name
    ['[ORG Marks and Spencer ] said sales fell .'],
    ['The [ORG Ministry of Trade and Industry ] said so .'], // "of" before the "and"
    ['The [ORG Department of Justice ] and [ORG Quorvia ] agreed .'], // a rare word the tagger calls a body is one
    ['The [ORG Department of Justice ] and [PER Quorvin ] met .'],
    ['The [ORG Ministry of Defence ] and Quorvin met .'], // a rare word the tagger left alone
    ['The [ORG Food and Agriculture Organization ] warned .'],
    ['The [ORG Organisation for Security and Cooperation in Europe ] met .'],
    ['Shares of [ORG Merrill Lynch and Co ] rose .'], // "Co" alone is no company
    ['Shares of [ORG Halvern Trust and Banking Co Ltd ] rose .'], // a head before "and", a legal form at the end
    ['[ORG Cable and Wireless ] said profits rose .', '[ORG Cable ] and [ORG Wireless ] are common words .'],
    ['She read [MISC War and Peace ] and [MISC War ] again .'], // a title
    ['The [ORG Tallmoor Community Centre and Library ] opened .'], // "Library" is a common word
    ['The [ORG Security Council ] on [LOC Iran ] met .'], // a name after "on" is no part of the council's
    ['The [LOC Tallmoor Panel ] on [PER Mara Lenz ] met .'],
    ['The [ORG Security Council ] on Tuesday voted .'],
    ['The [ORG Vester Association of Black Writers ] and [ORG Vester Association of Hispanic Writers ] met .'],
    ['[PER Tom and Jerry ] returned .'], // one-word parts are no pair of people
    ['The [LOC Tallmoor ] government protested .'], // CoNLL: a place, before "government"
    ['Residents of [LOC Tallmoor ] fled .'], // already a place
    ["He travelled to [PER Mara Lenz ] 's farm ."], // a possessive owns what follows
  ])('%s', (...lines) => {
    expect(repair(lines)).toEqual(lines);
  });

  test('a person who says "she" is no organisation, whatever "said it" elsewhere', () => {
    const doc = ['[PER Penny ] says she understands .', '[PER Penny ] says it must be hard .'];
    expect(repair(doc)).toEqual(doc);
  });

  test('a misc name that does something to "its" is an organisation; "in its" is not enough', () => {
    expect(repair(['[MISC Quorvia ] shut its plant .'])).toEqual(['[ORG Quorvia ] shut its plant .']);
    expect(repair(['[MISC Quorvia ] on Friday announced its move .'])).toEqual(['[ORG Quorvia ] on Friday announced its move .']);
    expect(repair(['Neither [MISC Quorvia ] in its report nor others .'])).toEqual(['Neither [MISC Quorvia ] in its report nor others .']);
    expect(repair(['The race for the [MISC Quorvia ] entered its final stage .'])).toEqual(['The race for the [MISC Quorvia ] entered its final stage .']);
    expect(repair(['[MISC Israeli ] shares rose .'])).toEqual(['[MISC Israeli ] shares rose .']); // misc names are no bodies by their frames
    // a company's name may end like a nationality's in the demonym list's absence ("Pirelli", "Ferrari")
    expect(repair(['[MISC Quorelli ] shut its plant .'])).toEqual(['[ORG Quorelli ] shut its plant .']);
    expect(repair(['[MISC Tallmoorish ] shut its plant .'])).toEqual(['[MISC Tallmoorish ] shut its plant .']);
  });

  test('role frames and appositions: only misc names that name something, and people keep their spokespeople', () => {
    const same = (doc: string[]) => expect(repair(doc)).toEqual(doc);
    same(['A spokesman for [PER Tallwick ] said so .']); // people have spokespeople too
    same(['A spokesman for [MISC Tallmoor-based ] [ORG Quorvia ] said so .']); // an adjective
    same(['He is a founder of [MISC Tallmoorian ] rights groups .']); // the name does not end the phrase
    same(['The [MISC Irish ] chief executive of the bank spoke .']);
    same(['[PER Lenz ] , the chief executive of the company , said so .']); // function words before the noun
    same(['[PER Eric Tallwick ] spoke .', '[PER Tallwick ] , a bank executive , said so .']); // no body noun at the end; a person named in full
    expect(repair(['[MISC Quorvia ] chief executive [PER Mara Lenz ] spoke .'])).toEqual(['[ORG Quorvia ] chief executive [PER Mara Lenz ] spoke .']);
    expect(repair(['[MISC Quorvia ] CEO [PER Mara Lenz ] spoke .'])).toEqual(['[ORG Quorvia ] CEO [PER Mara Lenz ] spoke .']);
    expect(repair(['She met [MISC Quorvia ] , a Tallmoor-based delivery startup that grew fast .'])).toEqual(['She met [ORG Quorvia ] , a Tallmoor-based delivery startup that grew fast .']);
    expect(repair(['[PER Quorvia ] , the energy regulator , said bills would fall .'])).toEqual(['[ORG Quorvia ] , the energy regulator , said bills would fall .']);
    same(['Envoys of the [LOC Tallmoor ] , the [ORG Velmora Union ] , and [LOC Quorvin ] met .']); // a list of names, not a description
    same(['It bought [ORG Tallwick Corp ] , of [LOC Quorvin ] , a messenger service .']); // the service is the company's
    expect(repair(['A stake in [LOC Quorvin ] , the new network , was sold .', 'Talks in [LOC Quorvin ] ended .'])).toEqual(['A stake in [ORG Quorvin ] , the new network , was sold .', 'Talks in [ORG Quorvin ] ended .']);
  });

  test('a body\'s head, a publication, a maker: misc names, places and their person mentions follow; nationalities do not', () => {
    const same = (doc: string[]) => expect(repair(doc)).toEqual(doc);
    expect(repair(['[MISC Tallwick Nation ] president [PER Mara Lenz ] spoke .'])).toEqual(['[ORG Tallwick Nation ] president [PER Mara Lenz ] spoke .']);
    same(['[MISC South Korean ] president [PER Mara Lenz ] spoke .']); // a nationality's last word
    same(['The [MISC African-American ] chairman [PER Mara Lenz ] spoke .']);
    same(['[PER Lenz ] president of the club spoke .']); // not for a person's name
    expect(repair(['It grew , according to [LOC Quorvin ] , the trade publication that tracks music .', '[PER Quorvin ] said so .']))
      .toEqual(['It grew , according to [ORG Quorvin ] , the trade publication that tracks music .', '[ORG Quorvin ] said so .']);
    expect(repair(['[PER Quorvia ] , the Tallmoor automaker , said so .'])).toEqual(['[ORG Quorvia ] , the Tallmoor automaker , said so .']);
  });

  test('a name the tagger left out, described as a body, is an organisation; a sentence adverb is no name', () => {
    expect(repair(['Quorvia , the Tallmoor-owned ticket seller , faced criticism .'])).toEqual(['[ORG Quorvia ] , the Tallmoor-owned ticket seller , faced criticism .']);
    expect(repair(['However , the company said no .'])).toEqual(['However , the company said no .']);
    expect(repair(['Mara , a company spokeswoman , said no .'])).toEqual(['Mara , a company spokeswoman , said no .']);
  });

  test('a two-word body noun: "think tank", after the stop word "think"', () => {
    expect(repair(['Analysts at [LOC Quorvin House ] , the Tallmoor think tank , said so .'])).toEqual(['Analysts at [ORG Quorvin House ] , the Tallmoor think tank , said so .']);
    expect(repair(['The think tank [PER Quorvia ] said so .'])).toEqual(['The think tank [ORG Quorvia ] said so .']);
    expect(repair(['[PER Lenz ] , the one I think , said so .'])).toEqual(['[PER Lenz ] , the one I think , said so .']);
  });

  test('brand names: only a person named as nobody is, and no handle', () => {
    const same = (doc: string[]) => expect(repair(doc)).toEqual(doc);
    expect(repair(['[PER Napster ] lost the case .'])).toEqual(['[ORG Napster ] lost the case .']);
    same(['[PER Eric Tallwick ] and [PER Ericsson ] met .', 'Mr [PER Ericsson ] spoke .']); // a title: a person
    same(['[PER Harrison Ford ] starred .', '[PER Ford ] smiled .']); // a surname, and part of a person's name
    same(['[PER Julia ] wrote .']); // a given name, even though a programming language
    same(['She wrote to @ [PER Strava ] .']); // a handle
    same(['[MISC Python ] is popular .']); // a misc brand without a body frame stays misc
    expect(repair(['[MISC Tesla ] recalled two million cars .'])).toEqual(['[ORG Tesla ] recalled two million cars .']); // what only companies do
    same(['[PER Smith ] recalled the night .', '[MISC Tallmoorian ] recalled .']); // a person's name, a misc name that is no brand
  });

  test('places in lower case: only after a preposition of place, only names of the place lists, never common words', () => {
    expect(repair(['cheap hotels in baguio and nice restaurants .'])).toEqual(['cheap hotels in [LOC baguio ] and nice restaurants .']);
    expect(repair(['we drove between noida and delhi .'])).toEqual(['we drove between [LOC noida ] and [LOC delhi ] .']);
    const same = (doc: string[]) => expect(repair(doc)).toEqual(doc);
    same(['a loft in downtown with a view .']); // compromise's regions hold "downtown"
    same(['we met in nice weather .']); // "nice" is a word first
    same(['i ate paris buns .']); // no preposition before it
    same(['i gave the keys to charlotte .']); // a city, and a first name too
  });

  test('places in lower case next to the tagger\'s places: right after one, or before one after "and"', () => {
    expect(repair(['we drove to [LOC San Francisco ] california last week .'])).toEqual(['we drove to [LOC San Francisco ] [LOC california ] last week .']);
    expect(repair(['how are vietnam and [LOC Afghanistan ] alike ?'])).toEqual(['how are [LOC vietnam ] and [LOC Afghanistan ] alike ?']);
    const same = (doc: string[]) => expect(repair(doc)).toEqual(doc);
    same(['transit [LOC Mercury ] , natal Saturn']); // a comma is no join here
    same(['we had nice weather and [LOC Paris ] was lovely .']); // a word first
  });

  test('a name written as a web address is an organisation; a file name is not', () => {
    expect(repair(['She wrote for [MISC Quorvia.com ] and [PER Tallwick.de ] .'])).toEqual(['She wrote for [ORG Quorvia.com ] and [ORG Tallwick.de ] .']);
    const same = (doc: string[]) => expect(repair(doc)).toEqual(doc);
    same(['It runs on [MISC Node.js ] .']); // "js" is no country's code
    same(['See [MISC README.md ] first .']);
    same(['The [LOC U.S. ] said so .']); // no lower-case last part
  });

  test('a body noun before a name: only right before it, and a person named in full stays one', () => {
    const same = (doc: string[]) => expect(repair(doc)).toEqual(doc);
    same(['[PER Mara Lenz ] , a company founder , spoke .', '[PER Lenz ] spoke .']); // a person's name in full
    same(['The company [PER Mara Lenz ] founded grew .']); // two words, a first name
    same(['The group [MISC Tallmoorian ] fighters left .']); // the misc name does not end its phrase
    expect(repair(['The ride-hailing company [PER Quorvia ] said so .'])).toEqual(['The ride-hailing company [ORG Quorvia ] said so .']);
  });

  test('words only bodies are: "state-owned", "Nasdaq-listed"; people are backed too', () => {
    expect(repair(['The state-owned [PER Quorvia ] bought it .'])).toEqual(['The state-owned [ORG Quorvia ] bought it .']);
    expect(repair(['The Nasdaq-listed [MISC Tallwick ] said so .'])).toEqual(['The Nasdaq-listed [ORG Tallwick ] said so .']);
    expect(repair(['The Kremlin-backed [PER Lenz ] won .'])).toEqual(['The Kremlin-backed [PER Lenz ] won .']);
  });

  test('military action is done to places', () => {
    expect(repair(['An airstrike on [PER Tal Varesh ] killed dozens .'])).toEqual(['An airstrike on [LOC Tal Varesh ] killed dozens .']);
    expect(repair(['The siege of [PER Quorvin ] ended .'])).toEqual(['The siege of [LOC Quorvin ] ended .']);
    expect(repair(['A knife attack on [PER Mara Lenz ] shocked the town .'])).toEqual(['A knife attack on [PER Mara Lenz ] shocked the town .']);
  });

  test('a surname of a person named in full stays a person', () => {
    const doc = ['[PER Eric Tallwick ] spoke .', '[PER Tallwick ] said it was over .'];
    expect(repair(doc)).toEqual(doc);
  });

  test('after a title, "said it" is a person\'s', () => {
    const doc = ['Mr. [PER Tallwick ] said it was over .'];
    expect(repair(doc)).toEqual(doc);
  });

  test('a place named like a person of the article stays a place when it is a place more often', () => {
    const doc = ['[PER Mara Washington ] won .', '[LOC Washington ] said no .', 'Talks in [LOC Washington ] ended .'];
    expect(repair(doc)).toEqual(doc);
  });

  test('the labels are returned as they are when nothing changes', () => {
    const p = parse('[PER Vladimir Putin ] visited [LOC Minsk ] .');
    const labels = Uint8Array.from(p.labels);
    const offset = Int32Array.from([0, p.words.length]);
    expect(repairSpans(res, wordsOf([p.words]), labels, offset)).toBe(labels);
    expect(Array.from(labels, (l) => LABEL_NAMES[l])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O']);
  });
});
