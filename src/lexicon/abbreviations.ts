// Words that end in a full stop without ending the sentence. The tokeniser keeps the stop inside
// the token ("Mr." is one token) and the sentence splitter asks `abbreviationKind` whether the stop
// may still end a sentence.
//
// Kinds:
//  - 'title':  always followed by a name, never sentence-final ("Gen. Motors" is rare, "Gen. Smith" common).
//  - 'month' / 'weekday': followed by a number or a capitalised word that is no new sentence ("Jan. 5").
//  - 'inline': may end a sentence when the next word is a typical sentence opener
//              ("... at Acme Inc. The company said ..." splits, "Acme Inc. shares" does not).
//  - 'numbering': an abbreviation only before a number ("No. 10", "pp. 4-5"); "said no." is a word.
//  - 'place': an abbreviation only when capitalised ("Fort Myers, Fla."); "he was ill." is a word.

export type AbbreviationKind = 'title' | 'month' | 'weekday' | 'inline' | 'numbering' | 'place';

const entries: Array<[string[], AbbreviationKind, string]> = [
  [['mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'sr', 'jr', 'st'], 'title',
    'honorifics and name parts: "Mr. Putin", "Martin Luther King Jr. said"'],
  [['gen', 'lt', 'col', 'maj', 'capt', 'cpl', 'sgt', 'adm', 'cmdr', 'brig', 'cdr', 'pvt', 'lieut'], 'title',
    'military ranks in news copy: "Gen. Mark Milley"'],
  [['sen', 'rep', 'gov', 'pres', 'supt', 'amb', 'atty', 'hon', 'rev', 'fr', 'msgr', 'sens', 'reps'], 'title',
    'office titles in US style guides: "Sen. Bernie Sanders", "Rep. Nancy Pelosi"'],
  [['coun', 'ald', 'det', 'insp', 'const', 'cst', 'supt'], 'title',
    'council and police titles in Canadian and British copy: "Coun. Dimitri Papadakis", "Det. Const. Ana Silva", "Insp. Raj Patel"'],
  [['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'], 'month',
    'AP-style month abbreviations: "Aug. 18, 2020"'],
  [['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'], 'weekday',
    'weekday abbreviations in datelines: "Tue. Aug. 18"'],
  [['inc', 'ltd', 'corp', 'co', 'plc', 'llc', 'bros', 'assn', 'dept', 'univ', 'intl', 'govt'], 'inline',
    'company and institution suffixes: "Acme Inc. said"'],
  [['no', 'nos', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'ch', 'sec', 'art', 'para'], 'numbering',
    'numbering and reference words: "No. 10 Downing Street", "pp. 4-5"'],
  [['vs', 'etc', 'approx', 'cf', 'al', 'viz'], 'inline',
    'Latin shorthands: "Smith et al. found", "etc."'],
  [['ft', 'mt', 'ave', 'blvd', 'rd', 'hwy', 'pt', 'ky', 'tenn', 'calif', 'mass', 'fla', 'ariz', 'colo',
    'conn', 'del', 'ill', 'ind', 'kan', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla',
    'ore', 'pa', 'wash', 'wis', 'wyo', 'ala', 'ark', 'ga', 'la', 'va', 'vt', 'nh', 'nj', 'nm', 'ny', 'nc',
    'nd', 'sc', 'sd', 'tex'], 'place',
    'places and AP state abbreviations: "Fort Myers, Fla.", "Rep. Ron Kind (D-Wis.)"'],
];

const table = new Map<string, AbbreviationKind>();
for (const [words, kind] of entries) for (const w of words) table.set(w, kind);

/** `abbreviationKind("Mr")` → 'title'; the word is given without its stop, any case. */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  return table.get(word.toLowerCase());
}

/**
 * Capitalised words after which a single capital and its stop is no initial but the end of a sentence:
 * no surname is spelled so. "... responded on X. She said ..." splits; "George W. Bush" does not.
 */
export const AFTER_LETTER_OPENERS: ReadonlySet<string> = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'but', 'and', 'his', 'her', 'its', 'their', 'our', 'there',
]);

/**
 * Capitalised words that usually open a sentence, used to decide whether an 'inline' abbreviation
 * or a dotted acronym ("U.S.") ends one: "... in the U.S. The ..." splits, "U.S. President" does not.
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'after', 'before', 'when', 'while',
  'if', 'his', 'her', 'its', 'their', 'our', 'my', 'there', 'here', 'however', 'meanwhile', 'also',
  'some', 'many', 'most', 'no', 'not', 'one', 'two', 'both', 'all', 'each', 'earlier', 'later', 'last',
  'since', 'until', 'what', 'who', 'why', 'how', 'where', 'then', 'still', 'instead', 'officials',
]);
