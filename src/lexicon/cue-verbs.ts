// Words that introduce reported speech ("cues"), as data. Each entry gives the lemma, its irregular
// forms when the regular -s/-ed/-ing rules would miss them, and why it is here with an example.
//
//   "...," Lukashenko said.                  → said (speech)
//   Merkel told Putin that ...               → told (speech, takes an object before the content)
//   Fallon responded, calling it "pathetic"  → calling (naming: the quoted words are what X called it)
//   Trump's claim that "..."                  → claim (noun cue: the speaker is the possessor)
//
// `passive` marks verbs often used in the passive or as reduced relatives, where the word before is
// no speaker: "in prison accused of "a crime he did not commit"" (the wife said it, not the prison).

export type CueClass = 'speech' | 'naming' | 'noun';

export interface CueEntry {
  lemma: string;
  /** Also a common noun ("the state", "a report"): the -s form counts only after a subject. */
  nounLike?: boolean;
  /** A cue only with this word after it: "put it", "pointed out", "went on"; the cue span covers both. */
  particle?: string;
  /** Takes an object before its content or subject: "told reporters (that) ...", "..., told CBS News". */
  object?: boolean;
  /** Takes a to-infinitive as content: "urged governments not to recognise ...". */
  infinitive?: boolean;
  /** In a to-infinitive it is the content of the verb before it: "urged the government to show "resolve"". */
  infinitiveIsContent?: boolean;
  /** Its past tense is its bare form: "as X put it", "the letter read". */
  samePast?: boolean;
  /** Forms the regular rules miss; the regular ones (lemma, -s, -ed, -ing) are added automatically. */
  forms?: string[];
  cls: CueClass;
  /** Takes a clause as content (said (that) ...): usable for indirect quotes. */
  clausal?: boolean;
  /** A belief or a finding, not speech ("X believes ...", "the study found ..."): it may tag a quotation,
   *  but its clause is no reported speech (PolNeAR counts such attributions; GGT, what people say, does not). */
  thought?: boolean;
  /** Its to-infinitive after an object reports a request or advice: "asked him to resign", "advised
   *  people never to use ..." (not "ordered", an act rather than words). */
  directive?: boolean;
  /** Often takes a plain noun object ("denied the allegations", "announced the end of the siege"): a
   *  reported clause after it needs "that" or a pronoun subject ("denied (that) it had ..."). */
  nounObject?: boolean;
  passive?: boolean;
  reason: string;
}

export const CUES: CueEntry[] = [
  { lemma: 'say', forms: ['say', 'says', 'said', 'saying'], cls: 'speech', clausal: true, reason: 'the default news cue: "...," she said' },
  { lemma: 'tell', directive: true, object: true, infinitive: true, forms: ['tell', 'tells', 'told', 'telling'], cls: 'speech', clausal: true, passive: true, reason: '"X told journalists ..."; "was told" is passive' },
  { lemma: 'add', nounObject: true, nounLike: true, cls: 'speech', clausal: true, reason: '"...," he added' },
  { lemma: 'ask', directive: true, nounLike: true, object: true, infinitive: true, cls: 'speech', passive: true, reason: '"Is it over?" she asked; "was asked" is passive' },
  { lemma: 'urge', directive: true, nounLike: true, object: true, infinitive: true, cls: 'speech', clausal: true, reason: '"Macron urged the Russian leader to foster ..."' },
  { lemma: 'warn', directive: true, nounLike: true, object: true, infinitive: true, cls: 'speech', clausal: true, reason: '"X warned that ..."' },
  { lemma: 'insist', cls: 'speech', clausal: true, reason: '"X insisted that ..."' },
  { lemma: 'emphasize', forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'], cls: 'speech', clausal: true, reason: 'US spelling: "Putin emphasized that ..."' },
  { lemma: 'emphasise', forms: ['emphasise', 'emphasises', 'emphasised', 'emphasising'], cls: 'speech', clausal: true, reason: 'British spelling of emphasize' },
  { lemma: 'stress', nounLike: true, cls: 'speech', clausal: true, reason: '"X stressed that ..."' },
  { lemma: 'accuse', object: true, cls: 'speech', passive: true, reason: '"X accused the opposition of attempting to "seize power""; "accused of" after a noun is a reduced passive' },
  { lemma: 'vow', nounLike: true, infinitive: true, cls: 'speech', clausal: true, reason: '"X vowed that new leaders would "..."' },
  { lemma: 'deny', nounObject: true, nounLike: true, forms: ['deny', 'denies', 'denied', 'denying'], cls: 'speech', clausal: true, reason: '"X denied that ..."' },
  { lemma: 'write', nounObject: true, nounLike: true, forms: ['write', 'writes', 'wrote', 'writing', 'written'], cls: 'speech', clausal: true, reason: '"X wrote in a blog post ..."' },
  { lemma: 'tweet', nounLike: true, cls: 'speech', clausal: true, reason: '"X tweeted ..."' },
  { lemma: 'post', nounLike: true, infinitiveIsContent: true, cls: 'speech', reason: '"X posted on Facebook ..."' },
  { lemma: 'state', nounLike: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"X stated ..."' },
  { lemma: 'claim', nounLike: true, cls: 'speech', clausal: true, reason: '"X claimed that ..."' },
  { lemma: 'argue', cls: 'speech', clausal: true, reason: '"X argued that ..."' },
  { lemma: 'note', nounLike: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"X noted that ..."' },
  { lemma: 'explain', nounObject: true, cls: 'speech', clausal: true, reason: '"X explained ..."' },
  { lemma: 'announce', nounObject: true, cls: 'speech', clausal: true, reason: '"X announced that ..."' },
  { lemma: 'declare', nounObject: true, cls: 'speech', clausal: true, reason: '"X declared ..."; "declared a state of emergency" is an act, its object no report' },
  { lemma: 'reply', nounLike: true, forms: ['reply', 'replies', 'replied', 'replying'], cls: 'speech', clausal: true, reason: '"...," she replied' },
  { lemma: 'respond', nounObject: true, nounLike: true, cls: 'speech', clausal: true, reason: '"X responded ..."' },
  { lemma: 'answer', nounObject: true, nounLike: true, infinitiveIsContent: true, cls: 'speech', reason: '"...," he answered' },
  { lemma: 'continue', cls: 'speech', reason: '"Continued Stone: ..." and "...," he continued' },
  { lemma: 'recall', nounObject: true, cls: 'speech', clausal: true, reason: '"X recalled ..."' },
  { lemma: 'acknowledge', nounObject: true, cls: 'speech', clausal: true, reason: '"X acknowledged that ..."' },
  { lemma: 'admit', nounObject: true, forms: ['admit', 'admits', 'admitted', 'admitting'], cls: 'speech', clausal: true, reason: '"X admitted that ..."' },
  { lemma: 'concede', cls: 'speech', clausal: true, reason: '"X conceded ..."' },
  { lemma: 'suggest', nounObject: true, cls: 'speech', clausal: true, reason: '"X suggested that ..."' },
  { lemma: 'predict', cls: 'speech', clausal: true, reason: '"X predicted that ..."' },
  { lemma: 'promise', nounLike: true, object: true, infinitive: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"X promised to ..."' },
  { lemma: 'pledge', nounLike: true, infinitive: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"X pledged to ..."' },
  { lemma: 'report', nounObject: true, nounLike: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"The Interior Ministry reported a third death"' },
  { lemma: 'complain', cls: 'speech', clausal: true, reason: '"X complained that ..."' },
  { lemma: 'counter', nounLike: true, cls: 'speech', clausal: true, reason: '"...," she countered' },
  { lemma: 'joke', nounLike: true, cls: 'speech', clausal: true, reason: '"...," he joked' },
  { lemma: 'quip', forms: ['quip', 'quips', 'quipped', 'quipping'], cls: 'speech', clausal: true, reason: '"...," he quipped' },
  { lemma: 'remark', nounLike: true, cls: 'speech', clausal: true, reason: '"X remarked ..."' },
  { lemma: 'observe', cls: 'speech', clausal: true, reason: '"X observed ..."' },
  { lemma: 'caution', nounLike: true, cls: 'speech', clausal: true, reason: '"X cautioned that ..."' },
  { lemma: 'charge', nounLike: true, cls: 'speech', clausal: true, reason: '"X charged that Mrs. Clinton ..."' },
  { lemma: 'contend', cls: 'speech', clausal: true, reason: '"X contended ..."' },
  { lemma: 'assert', cls: 'speech', clausal: true, reason: '"X asserted ..."' },
  { lemma: 'posit', cls: 'speech', clausal: true, reason: '"X posited that ..." (Nigerian, Indian and academic English)' },
  { lemma: 'maintain', infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"X maintained that ..." (also a plain verb; content checked elsewhere)' },
  { lemma: 'allege', cls: 'speech', clausal: true, reason: '"X alleged that ..."' },
  { lemma: 'confirm', nounObject: true, cls: 'speech', clausal: true, reason: '"X confirmed that ..."' },
  { lemma: 'reveal', nounObject: true, cls: 'speech', clausal: true, reason: '"X revealed ..."' },
  { lemma: 'disclose', nounObject: true, cls: 'speech', clausal: true, reason: '"The company disclosed that ..."' },
  { lemma: 'underscore', nounObject: true, cls: 'speech', clausal: true, reason: '"The chief executive underscored that ..."' },
  { lemma: 'describe', nounLike: true, object: true, cls: 'naming', passive: true, reason: '"what X described as "a disaster""' },
  { lemma: 'call', nounLike: true, object: true, cls: 'naming', passive: true, reason: '"calling Trump\'s charge "pathetic""; "what X called "..."""' },
  { lemma: 'label', nounLike: true, object: true, forms: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'], cls: 'naming', reason: '"X labeled it "fake news""' },
  { lemma: 'dub', nounLike: true, forms: ['dub', 'dubs', 'dubbed', 'dubbing'], cls: 'naming', passive: true, reason: '"what X dubbed "..."' },
  { lemma: 'term', nounLike: true, cls: 'naming', passive: true, reason: '"what X termed "..."' },
  { lemma: 'blast', nounLike: true, cls: 'speech', reason: '"X blasted the plan as "..."' },
  { lemma: 'slam', nounLike: true, forms: ['slam', 'slams', 'slammed', 'slamming'], cls: 'speech', reason: '"X slammed ..."' },
  { lemma: 'criticize', object: true, cls: 'speech', reason: '"X criticized the plan as "..."' },
  { lemma: 'criticise', object: true, cls: 'speech', reason: 'British spelling of criticize' },
  { lemma: 'praise', nounLike: true, object: true, cls: 'speech', reason: '"X praised the "..."' },
  { lemma: 'thank', nounLike: true, object: true, cls: 'speech', reason: '"X thanked ..."' },
  { lemma: 'demand', nounObject: true, nounLike: true, cls: 'speech', clausal: true, reason: '"X demanded ..."' },
  { lemma: 'shout', nounLike: true, cls: 'speech', reason: '"...," they shouted' },
  { lemma: 'chant', nounLike: true, cls: 'speech', reason: '"...," protesters chanted' },
  { lemma: 'sing', forms: ['sing', 'sings', 'sang', 'singing'], cls: 'speech', reason: 'lyrics are quoted words: ""...," the singer sings to the crowd"' },
  { lemma: 'yell', nounLike: true, cls: 'speech', reason: '"...," he yelled' },
  { lemma: 'exclaim', cls: 'speech', reason: '"...!" she exclaimed' },
  { lemma: 'whisper', nounLike: true, cls: 'speech', reason: '"...," he whispered' },
  { lemma: 'boast', nounLike: true, cls: 'speech', clausal: true, reason: '"X boasted that ..."' },
  { lemma: 'brag', forms: ['brag', 'brags', 'bragged', 'bragging'], cls: 'speech', clausal: true, reason: '"X bragged that ..."' },
  { lemma: 'mock', nounLike: true, cls: 'speech', reason: '"X mocked ..."' },
  { lemma: 'lament', nounLike: true, cls: 'speech', clausal: true, reason: '"X lamented ..."' },
  { lemma: 'plead', nounLike: true, forms: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'], cls: 'speech', reason: '"X pleaded ..."' },
  { lemma: 'agree', nounLike: true, forms: ['agree', 'agrees', 'agreed', 'agreeing'], cls: 'speech', clausal: true, reason: '"X agreed that ..."' },
  { lemma: 'repeat', nounObject: true, nounLike: true, cls: 'speech', reason: '"X repeated ..."' },
  { lemma: 'mention', nounObject: true, nounLike: true, cls: 'speech', clausal: true, reason: '"X mentioned ..."' },
  { lemma: 'reiterate', nounObject: true, cls: 'speech', clausal: true, reason: '"X reiterated ..."' },
  { lemma: 'summarize', cls: 'speech', reason: '"X summarized ..."' },
  { lemma: 'testify', forms: ['testify', 'testifies', 'testified', 'testifying'], cls: 'speech', clausal: true, reason: '"X testified that ..."' },
  { lemma: 'inform', object: true, cls: 'speech', clausal: true, passive: true, reason: '"X informed reporters ...", "The prosecutor informed the bench that ..."; "was informed" is passive' },
  { lemma: 'remind', directive: true, object: true, infinitive: true, cls: 'speech', clausal: true, passive: true, reason: '"X reminded customers to ...", "reminded them that ..."' },
  { lemma: 'advise', directive: true, nounLike: true, object: true, infinitive: true, cls: 'speech', passive: true, reason: '"X advised ..."' },
  { lemma: 'order', nounLike: true, object: true, infinitive: true, infinitiveIsContent: true, cls: 'speech', reason: '"X ordered ..."' },
  { lemma: 'threaten', nounObject: true, nounLike: true, infinitive: true, cls: 'speech', clausal: true, reason: '"X threatened to ..." (a noun after it is a threat made, not words: "threatened a comeback")' },
  { lemma: 'hint', nounLike: true, cls: 'speech', clausal: true, reason: '"X hinted that ..."' },
  { lemma: 'signal', nounLike: true, forms: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'], cls: 'speech', clausal: true, reason: '"X signaled that ..."' },
  { lemma: 'estimate', nounLike: true, cls: 'speech', clausal: true, reason: '"X estimated that ..."' },
  { lemma: 'conclude', nounLike: true, cls: 'speech', clausal: true, reason: '"X concluded that ..."' },
  { lemma: 'decry', forms: ['decry', 'decries', 'decried', 'decrying'], cls: 'speech', reason: '"X decried the "..."' },
  { lemma: 'dismiss', nounLike: true, cls: 'speech', reason: '"X dismissed it as "..."' },
  { lemma: 'brand', nounLike: true, object: true, cls: 'naming', passive: true, reason: '"X branded it "..."' },
  { lemma: 'refer', nounLike: true, forms: ['refer', 'refers', 'referred', 'referring'], cls: 'naming', reason: '"X referred to him as "..."' },
  { lemma: 'quote', forms: ['quoted'], cls: 'speech', passive: true, reason: '"X was quoted as saying"; only "quoted": "and I quote" introduces words, it reports none' },
  { lemma: 'interject', cls: 'speech', reason: '"...," she interjected' },
  { lemma: 'interrupt', cls: 'speech', reason: '"...," he interrupted' },
  { lemma: 'retort', cls: 'speech', clausal: true, reason: '"...," she retorted; "The minister retorted that the SNP had run out of excuses"' },
  { lemma: 'muse', nounLike: true, cls: 'speech', reason: '"...," he mused' },
  { lemma: 'wonder', cls: 'speech', clausal: true, reason: '"...," she wondered' },
  { lemma: 'scoff', cls: 'speech', reason: '"...," he scoffed' },
  { lemma: 'sigh', nounLike: true, cls: 'speech', reason: '"...," she sighed' },
  { lemma: 'begin', forms: ['began'], cls: 'speech', reason: '"...," he began' },
  { lemma: 'speak', nounLike: true, forms: ['spoke'], cls: 'speech', reason: '"X spoke of "..."' },
  { lemma: 'encourage', directive: true, nounLike: true, object: true, infinitive: true, cls: 'speech', clausal: true, reason: '"encouraging his supporters to make sure everything is "on the up and up""' },
  { lemma: 'assure', object: true, cls: 'speech', clausal: true, passive: true, reason: '"X assured residents that Mrs. Clinton was "made of the same stuff""' },
  { lemma: 'introduce', nounLike: true, object: true, cls: 'naming', passive: true, reason: '"X introduced him as "a fighter for families""' },
  { lemma: 'laud', nounLike: true, cls: 'speech', reason: '"X lauded Mr. Clarke for helping develop "new ... ideas""' },
  { lemma: 'read', nounLike: true, infinitiveIsContent: true, samePast: true, forms: ['reads', 'read'], cls: 'speech', reason: 'documents speak: ""...," the letter reads"' },
  { lemma: 'put', nounLike: true, samePast: true, particle: 'it', forms: ['put', 'puts', 'putting'], cls: 'speech', reason: '"as X put it, "..."" (only with "it" after; checked in context)' },
  { lemma: 'go', forms: ['went', 'goes'], particle: 'on', cls: 'speech', reason: '""...," she went on": only with "on" after' },
  { lemma: 'point', nounLike: true, particle: 'out', cls: 'speech', clausal: true, reason: '"X pointed out that ..." (only with "out" after; checked in context)' },
  { lemma: 'comment', nounLike: true, cls: 'speech', clausal: true, reason: '"a friend commented: "...""' },
  { lemma: 'blame', object: true, cls: 'speech', reason: '"X blamed the court\'s "four liberal justices""' },
  { lemma: 'attack', object: true, cls: 'speech', reason: '"Trump attacked "the hateful ideology ...""' },
  { lemma: 'characterize', cls: 'naming', passive: true, reason: '"X characterized Kaine as "a little desperate""' },
  { lemma: 'portray', cls: 'naming', passive: true, reason: '"X portrayed him as "...""' },
  { lemma: 'indicate', cls: 'speech', clausal: true, reason: '"Twelve percent indicated that they were not sure"' },
  { lemma: 'cite', object: true, cls: 'speech', passive: true, reason: '"Trump cited "Obama-Clinton" policies"' },
  { lemma: 'believe', thought: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: 'belief attributions: "X believes (that) ..." (indirect only)' },
  { lemma: 'think', thought: true, infinitiveIsContent: true, forms: ['thinks', 'thought'], cls: 'speech', clausal: true, reason: 'belief: "X thinks ..." (indirect only)' },
  { lemma: 'hope', thought: true, nounLike: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"X hopes ..."' },
  { lemma: 'expect', thought: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"X expects ..."' },
  { lemma: 'fear', thought: true, nounLike: true, infinitiveIsContent: true, cls: 'speech', clausal: true, reason: '"X fears ..."' },
  { lemma: 'worry', thought: true, infinitiveIsContent: true, forms: ['worry', 'worries', 'worried'], cls: 'speech', clausal: true, reason: '"X worried that ..."' },
  { lemma: 'show', thought: true, nounLike: true, infinitiveIsContent: true, forms: ['show', 'shows', 'showed'], cls: 'speech', clausal: true, reason: 'polls: "the poll shows ..." (indirect only)' },
  { lemma: 'find', thought: true, nounLike: true, infinitiveIsContent: true, forms: ['found', 'finds'], cls: 'speech', clausal: true, reason: 'surveys: "the study found ..." (indirect only)' },
];

/** Noun cues: "Trump's claim that "..."", "in her statement"; the speaker is the possessor. */
export const NOUN_CUES: Array<[string, string]> = [
  ['claim', '"Trump\'s claim that "...""'], ['claims', 'plural'], ['statement', '"X\'s statement ..."'],
  ['statements', 'plural'], ['remarks', '"X\'s remarks"'], ['comments', '"X\'s comments"'], ['comment', 'singular'],
  ['words', '"in X\'s words, "...""'], ['tweet', '"X\'s tweet "...""'], ['message', '"X\'s message"'],
  ['promise', '"X\'s promise to "...""'], ['pledge', '"X\'s pledge"'], ['warning', '"X\'s warning"'],
  ['description', '"X\'s description of it as "...""'], ['assertion', '"X\'s assertion that"'],
  ['charge', '"X\'s charge that"'], ['argument', '"X\'s argument that"'], ['call', '"X\'s call for "...""'],
  ['speech', '"in X\'s speech"'], ['response', '"X\'s response"'], ['answer', '"X\'s answer"'], ['vow', '"X\'s vow"'],
  ['insistence', '"X\'s insistence that"'], ['suggestion', '"X\'s suggestion that"'], ['accusation', '"X\'s accusation"'],
  ['slogan', '"X\'s slogan "...""'], ['catchphrase', '"X\'s catchphrase"'], ['motto', '"X\'s motto"'],
];

/** Conjugations the regular rules make: urge → urges, urged, urging; stop → stops, stopped? (listed). */
function regularForms(lemma: string): string[] {
  const out = [lemma, lemma.endsWith('s') || lemma.endsWith('sh') ? `${lemma}es` : `${lemma}s`];
  if (lemma.endsWith('e')) out.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else out.push(`${lemma}ed`, `${lemma}ing`);
  return out;
}

export interface CueForm {
  entry: CueEntry;
  /** 'ing' for participles ("saying"), 'base' for the bare form, 'finite' for said/says. */
  form: 'ing' | 'base' | 'finite';
}

let table: Map<string, CueForm> | null = null;

/** The cue a lower-case word is a form of: "emphasised" → emphasise; undefined when none. */
export function cueForm(word: string): CueForm | undefined {
  if (!table) {
    table = new Map();
    for (const entry of CUES) {
      for (const f of entry.forms ?? regularForms(entry.lemma)) {
        if (table.has(f)) continue;
        const form = f.endsWith('ing') ? 'ing' : f === entry.lemma ? 'base' : 'finite';
        table.set(f, { entry, form });
      }
    }
  }
  return table.get(word.toLowerCase());
}

/** Lemmas whose -s form is usually a noun: "eliminating state money", "reports". */
export const NOUN_LIKE = new Set(CUES.filter((c) => c.nounLike).map((c) => c.lemma));

/** The token index just after a cue verb at i: past its particle ("pointed out") when it has one. */
export const cueEnd = (cue: CueForm, i: number) => (cue.entry.particle ? i + 2 : i + 1);

const NOUNS = new Set(NOUN_CUES.map(([w]) => w));
export const isNounCue = (word: string) => NOUNS.has(word.toLowerCase());
