// The subject of a cue verb, read leftwards without a parser: fillers, appositives, coordination,
// participles, relative pronouns and prepositional phrases between a speaker and the verb.
//
//   Merkel told ...                         → Merkel
//   Maria Kolesnikova, the campaign manager, told → Maria Kolesnikova (appositive skipped)
//   She denied ... and vowed ...            → She (the subject of the first verb of the pair)
//   Fallon responded, calling ...           → Fallon (a participle takes the clause subject)
//   an architect who said ...               → "an architect who" (antecedent through the pronoun)
//   Protesters marching through the streets chanted → Protesters
import {
  BE_FORMS, DOCUMENT_VERB_PARTICLES, DOCUMENTS, INCLUSION_OPENERS, IRREGULAR_PAST_TAGS, IRREGULAR_PASTS, LOCATIVES, KNOWLEDGE_NOUNS, OBJECT_PREPOSITIONS, PASSIVE_PREPOSITIONS, SOURCE_DESCRIBERS, SUBJECT_PREPOSITIONS, VERB_COORDINATORS,
} from '../lexicon/clause-words.js';
import { clauseSubject, npLeft, npRight, skipFillersLeft, type Phrase } from './phrases.js';
import type { CueForm } from '../lexicon/cue-verbs.js';
import { PARTY_TAG } from '../lexicon/name-particles.js';
import { honorific } from '../lexicon/honorifics.js';
import { cueAt } from './cues.js';
import { isCap, isPronoun, isWord, low, startsSentence, type Reading } from './reading.js';

export interface Found {
  subject: Phrase | null;
  /** Token range of the cue. */
  cue: Phrase | null;
  /** The subject is a document ("a statement saying"): its author, if found, speaks. */
  weak?: boolean;
  /** For a document found through a relative clause ("a letter from X that says"): the subject to keep when no author is found. */
  fallback?: Phrase;
  /** The id of the rule that found it (see rule.ts). */
  rule?: string;
}


/** The author of a document phrase: "Rubio's campaign sent out [a press release] saying" → Rubio's campaign. */
export function authorOf(r: Reading, doc: Phrase, lo: number): Phrase | null {
  let v = doc.s - 1;
  while (v > lo && DOCUMENT_VERB_PARTICLES.has(low(r, v))) v--;
  if (v <= lo || !/^[a-z]+$/.test(r.tokens.text(v))) return null;
  // "which prompted Hillary Clinton to make a comment": a name before the infinitive makes it.
  if (low(r, v - 1) === 'to' && v - 2 > lo && isCap(r, v - 2)) return npLeft(r, v - 2, lo);
  return npLeft(r, skipFillersLeft(r, v - 1, lo), lo);
}



/** The subject of the cue verb at c, looking left within [lo, c). */
export function subjectOf(r: Reading, c: number, lo: number, participle: boolean, slo = lo): Phrase | null {
  let j = skipFillersLeft(r, c - 1, lo);
  // "dealers here said", "officials there said": where the subject is, right after it
  if ((low(r, j) === 'here' || low(r, j) === 'there') && j - 1 >= lo && isWord(r, j - 1) && !isPronoun(r, j - 1)) j = skipFillersLeft(r, j - 1, lo);
  // "Protesters marching through the streets chanted", "but in a later interview said": a
  // prepositional phrase (and a participle before it) sits between the subject and its verb.
  // So does a source's description: "Officials with knowledge of the investigation said", "Two people
  // familiar with the matter said", "People close to the minister said".
  for (let guard = 0; guard < 3 && j >= lo && !participle; guard++) {
    let np = npLeft(r, j, lo);
    if (!np || np.s - 1 <= lo) break;
    // "with (direct) knowledge of the talks": the object of "of" after a noun of knowledge
    if (low(r, np.s - 1) === 'of') {
      const known = npLeft(r, np.s - 2, lo);
      if (!known || !KNOWLEDGE_NOUNS.has(low(r, known.e - 1)) || known.s - 1 <= lo) break;
      np = known;
    }
    const p = low(r, np.s - 1);
    const describer = SOURCE_DESCRIBERS.get(low(r, np.s - 2));
    if (describer === p) j = np.s - 3;
    else if (SUBJECT_PREPOSITIONS.has(p)) {
      j = np.s - 2;
      if (/^[a-z]+ing$/.test(r.tokens.text(j) ?? '')) j--;
    } else break;
    j = skipFillersLeft(r, j, lo);
  }
  if (j < lo) {
    // "Said Smith: ..." / "Continued Stone: ..." — an inverted cue at the clause start.
    return npRight(r, c + 1, Math.min(r.tokens.length, c + 12));
  }
  const w = low(r, j);
  if (VERB_COORDINATORS.has(w)) {
    // "..., I laughed and said": a bare past verb and its own subject right before the pair; an
    // earlier cue ("when my mother mentioned ...") belongs to another clause.
    const first = j - 1;
    if (first - 1 >= lo && /^[a-z]+$/.test(r.tokens.text(first)) && (/ed$/.test(r.tokens.text(first)) || IRREGULAR_PAST_TAGS.has(low(r, first)))) {
      const np = npLeft(r, first - 1, lo);
      const edge = np && (np.s === lo || startsSentence(r, np.s) || /^[,;:]$/.test(r.tokens.text(np.s - 1)));
      if (np && edge && (isPronoun(r, np.s) || isCap(r, np.s))) return np;
    }
    // "Manafort told friends that ... and thought ...": the subject of the first verb of the pair —
    // the sentence's first cue, not one inside what it reports ("Stoltenberg said allies had
    // pledged more but acknowledged ..." is Stoltenberg acknowledging).
    let outer = -1;
    let outerForm: CueForm | null = null;
    for (let k = j - 1; k >= Math.max(slo, j - 80); k--) {
      const cf = cueAt(r, k, slo);
      if (!cf || passiveUse(r, k, slo, !!cf.entry.passive)) continue;
      // (an earlier cue that reports no clause does not hold the later one)
      if (outer >= 0 && !cf.entry.clausal) break;
      outer = k;
      outerForm = cf;
    }
    if (outer >= 0) {
      const np = subjectOf(r, outer, slo, outerForm!.form === 'ing');
      if (np && !DOCUMENTS.has(low(r, np.e - 1))) return np;
      if (np) return authorOf(r, np, slo) ?? clauseSubject(r, slo, c);
    }
    return clauseSubject(r, lo, c) ?? clauseSubject(r, slo, c);
  }
  if (w === ',') {
    if (participle) return clauseSubject(r, lo, c) ?? clauseSubject(r, slo, c);
    return beforeAsides(r, j, lo);
  }
  if (w === 'who' || w === 'which' || w === 'that') {
    // "an architect who said": the mention runs from the antecedent to the relative pronoun, which
    // is where corpora such as PolNeAR mark the speaker.
    let k = j - 1;
    const comma = r.tokens.text(k) === ',';
    if (comma) k--;
    // "a letter from his doctor on Friday that says": a time phrase stands between.
    const np = npLeft(r, skipFillersLeft(r, k, lo), lo, true);
    // "Luis Ortega, 52, a cook in Oakland, Calif., who said", "Maria, 45, a nurse from Leeds, who said":
    // an age or a place ends the asides after a name, which is who
    if (w === 'who' && comma && np && asideEnd(r, np)) {
      const named = beforeAsides(r, j - 1, lo);
      if (named && named.e <= np.s && isCap(r, named.e - 1)) return named;
    }
    return np ? { s: np.s, e: j + 1 } : w === 'that' ? null : { s: j, e: j + 1 };
  }
  if (BE_FORMS.has(w) && participle) {
    // "He's claiming that": a progressive is a finite verb.
    return npLeft(r, skipFillersLeft(r, j - 1, lo), lo) ?? clauseSubject(r, lo, c);
  }
  if (participle) {
    const np = npLeft(r, j, lo);
    // "Trump's spokesman, saying" is rare; "as saying" / "by saying" mean the clause subject.
    return np && np.e === c ? np : clauseSubject(r, lo, c);
  }
  const np = npLeft(r, j, lo);
  // ("Members who voted no said": a word no phrase holds may still end a relative clause)
  return np ? relativeObjectHead(r, np, lo) ?? relativeClauseHead(r, j, lo) ?? np : relativeClauseHead(r, j, lo) ?? clauseSubject(r, lo, c);
}

/** Words a restrictive relative clause runs over at most: "who did not want to be named". */
const RELATIVE_CLAUSE_WORDS = 8;

/**
 * "A woman who works at a nearby shop said", "A man who lives nearby described", "A neighbour who did
 * not want to be named said": the words before the cue end a relative clause with no name or comma in
 * it; the speaker is the antecedent of "who" (read through it, as "an architect who"), not the clause's
 * last word ("works", "nearby", "named"). Null when no such clause ends at j.
 */
function relativeClauseHead(r: Reading, j: number, lo: number): Phrase | null {
  // ("women who he said are ...": the pronoun is the cue's own subject)
  if (!/^[a-z]+$/.test(r.tokens.text(j) ?? '') || isPronoun(r, j)) return null;
  for (let k = j - 1; k > lo && k >= j - RELATIVE_CLAUSE_WORDS; k--) {
    const t = r.tokens.text(k) ?? '';
    if (low(r, k) === 'who') {
      const ante = npLeft(r, k - 1, lo, true);
      if (!ante || ante.e !== k) return null;
      // "An aide to Agriculture Secretary Richard Lyng who asked not to be identified said": the aide
      const head = AFFILIATIONS.has(low(r, ante.s - 1)) && ante.s - 2 > lo ? npLeft(r, ante.s - 2, lo) : null;
      return { s: head && !isCap(r, head.e - 1) ? head.s : ante.s, e: k + 1 };
    }
    if (!/^[a-z]+$/.test(t) && t !== "n't") return null;
  }
  return null;
}

/** Prepositions that may stand between a relative clause's verb and its object: "who served under Sir Keir". */
const RELATIVE_VERB_PREPOSITIONS: ReadonlySet<string> = new Set(['under', 'with', 'for', 'at', 'in', 'on', 'to', 'from', 'about', 'against', 'into', 'over']);

/**
 * "One person who attended the meeting described ...", "A former minister who served under Sir Keir
 * said": the phrase before the cue is the object of a relative clause; the speaker is the antecedent
 * of "who" (read through it, as corpora mark "an architect who"). Null when the phrase is no such object.
 */
function relativeObjectHead(r: Reading, np: Phrase, lo: number): Phrase | null {
  let k = np.s - 1;
  if (RELATIVE_VERB_PREPOSITIONS.has(low(r, k))) k--;
  const verb = r.tokens.text(k) ?? '';
  if (!/^[a-z]+$/.test(verb) || !(/(?:ed|s)$/.test(verb) || IRREGULAR_PASTS.has(verb))) return null;
  if (k - 1 <= lo || low(r, k - 1) !== 'who') return null;
  const ante = npLeft(r, k - 2, lo, true);
  return ante ? { s: ante.s, e: k } : null;
}

/** Prepositions whose object, closing an aside, is no subject: "a company based in Antigonish, N.S., says". */
const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set([...OBJECT_PREPOSITIONS, 'in', 'at', 'on', 'near']);
/** The articles that open a description set off by commas: "X, the co-founder of Y, ...". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Words that open a relative clause set off by commas: "The firm, which is based in Ohio, said". */
const RELATIVE_ASIDES: ReadonlySet<string> = new Set(['which', 'who', 'whose']);
/** Asides read through at most, leftwards from the verb: "X, the co-founder of Y, a company based in Z, N.S., says". */
const MAX_ASIDES = 3;

/** Prepositions of where someone is from, before a place that ends an aside: "a nurse from Leeds". */
const FROM_PLACE: ReadonlySet<string> = new Set([...LOCATIVES, 'from', 'of']);

/**
 * Does the phrase end an aside after a name: an age ("Jamal Hussein, 33,"), or a place after "in" or
 * "from" after a noun ("a nurse from Leeds", "a cook in Oakland, Calif.")? Not a name after "by" or "with":
 * "a view shared by Rooney, who believes", "the British authorities, who promised".
 */
function asideEnd(r: Reading, np: Phrase): boolean {
  if (np.e - np.s === 1 && /^\d{1,3}$/.test(r.tokens.text(np.s))) return r.tokens.text(np.s - 1) === ',';
  // (a place's name is short: "from Iraqi interim leader Iyad Allawi, who" is no place)
  return isCap(r, np.s) && np.e - np.s <= 2 && FROM_PLACE.has(low(r, np.s - 1)) && /^[a-z]+$/.test(r.tokens.text(np.s - 2) ?? '') || stateAfterPlace(r, np) >= 0;
}

/** "in Oakland, [Calif.]": the start of the place a state or country after a comma completes, after its preposition; else -1. */
function stateAfterPlace(r: Reading, np: Phrase): number {
  if (r.tokens.text(np.s - 1) !== ',' || !isCap(r, np.s)) return -1;
  let k = np.s - 2;
  while (k > 0 && k > np.s - 5 && isCap(r, k - 1)) k--;
  return isCap(r, k) && ASIDE_PREPOSITIONS.has(low(r, k - 1)) ? k : -1;
}

/** Is there a comma in the same sentence within 30 tokens before the one at p (after lo)? */
function commaBefore(r: Reading, p: number, lo: number): boolean {
  for (let k = p - 1; k > lo && k > p - 30; k--) {
    if (r.tokens.text(k) === ',') return true;
    if (startsSentence(r, k)) return false;
  }
  return false;
}

/**
 * The subject of a verb right after a comma (at j): "X, the campaign manager of ..., told" is X, the
 * phrase before the previous comma. A phrase there that is the object of a preposition ("based in
 * Antigonish") ends another aside, so the one before it is read, up to MAX_ASIDES of them.
 */
function beforeAsides(r: Reading, j: number, lo: number): Phrase | null {
  const c = j + 1;
  const relative = relativeAside(r, j, lo);
  if (relative) return relative;
  let end = j;
  for (let hop = 0; hop < MAX_ASIDES; hop++) {
    let p = end - 1;
    while (p > lo && p > end - 30 && r.tokens.text(p) !== ',') p--;
    if (p <= lo || r.tokens.text(p) !== ',') break;
    // "Bret Stephens, who, after trading insults ..., said": a relative pronoun before the aside.
    if (low(r, p - 1) === 'who' || low(r, p - 1) === 'which') {
      let k = p - 2;
      if (r.tokens.text(k) === ',') k--;
      const ante = npLeft(r, k, lo, true);
      return ante ? { s: ante.s, e: p } : { s: p - 1, e: p };
    }
    // "Critics, including Public Citizen, argue that", "Opponents, among them Rita Gomez, say": an aside
    // that names some of the subject
    if (INCLUSION_OPENERS.has(low(r, p + 1))) {
      const some = npLeft(r, skipFillersLeft(r, p - 1, lo), lo);
      if (some) return placedHead(r, some, lo);
      break;
    }
    const np = npLeft(r, skipFillersLeft(r, p - 1, lo), lo);
    // "a judge because of his heritage, who fights with ..., claims that": the object of a
    // preposition is no subject; when the verbs match, the relative clause runs on and "who"
    // speaks. "X, a fellow at the Center, which works ..., said" is an aside.
    if (np && low(r, p + 1) === 'who' && OBJECT_PREPOSITIONS.has(low(r, np.s - 1)) && sameTense(r, p + 2, c)) return { s: np.s, e: p + 2 };
    // "The first Belarusian diplomat to ..., Minsk's ambassador Igor Leshchenya, announced": a name
    // that is the aside (see asideName) is the speaker's name, after a description ("A spokeswoman for the
    // Illinois Department of Transportation, Keisha Vandermolen, said"); not after a name of its own
    // ("Bill Smith, Toronto, said"), nor in a list ("joined by Lewis Powell, Sandra O'Connor and
    // Antonin Scalia, argued"), nor the end of a longer aside ("one of the plaintiffs against
    // Mitsubishi Heavy Industries, said").
    const aside = asideName(r, p, end);
    if (aside && isCap(r, aside.e - 1) && (!np || !isCap(r, np.e - 1) || namesAfter(r, aside, np))) return aside;
    // "..., a chocolate company based in Antigonish, N.S., says": that place ends another aside
    // (with no comma before it, the phrase is the subject's own: "Officials at Homeland Security
    // Investigations, a division of ..., said", whose whole is read further on)
    if (np && hop + 1 < MAX_ASIDES && ASIDE_PREPOSITIONS.has(low(r, np.s - 1)) && commaBefore(r, p, lo)) {
      end = p;
      continue;
    }
    // (and so does a place with its state: "..., a cook in Oakland, Calif., said")
    const place = np ? stateAfterPlace(r, np) : -1;
    if (place >= 0 && hop + 1 < MAX_ASIDES && commaBefore(r, place, lo)) {
      end = place;
      continue;
    }
    // "Tomas Brill, the co-founder of Velmora Foods, a bakery ..., says": that phrase describes the
    // name before it, which speaks
    if (np) return describedName(r, np, lo) ?? placedHead(r, np, lo);
    break;
  }
  return clauseSubject(r, lo, c);
}

/**
 * "The company, which owns Facebook, Instagram and WhatsApp, has warned": a relative clause, commas of
 * its own included, describes the phrase before it, which speaks. Not for the object of a preposition
 * ("a judge because of his heritage, who fights ..., claims": see beforeAsides).
 */
function relativeAside(r: Reading, j: number, lo: number): Phrase | null {
  for (let k = j - 1; k > lo && k > j - 30 && !startsSentence(r, k + 1); k--) {
    if (r.tokens.text(k) !== ',' || !RELATIVE_ASIDES.has(low(r, k + 1))) continue;
    // "Bret Stephens, who, after trading insults ..., said": read on in beforeAsides
    if (r.tokens.text(k + 2) === ',') return null;
    const np = npLeft(r, skipFillersLeft(r, k - 1, lo), lo);
    if (!np || OBJECT_PREPOSITIONS.has(low(r, np.s - 1))) return null;
    // "Luis Ortega, 52, a cook in Oakland, Calif., who said ..., said": the name before the asides
    if (asideEnd(r, np)) {
      const named = beforeAsides(r, k, lo);
      if (named && named.e <= np.s && isCap(r, named.e - 1)) return named;
    }
    // "Scott Morris, a senior fellow at the Center for Global Development, which works ..., said": a
    // place's object after an earlier comma ends an aside (read on in beforeAsides)
    if (ASIDE_PREPOSITIONS.has(low(r, np.s - 1)) && commaBefore(r, np.s, lo)) return null;
    // "Tony Lloyd, the Manchester Central MP, whose constituency ..., has pledged"; "One buyer in
    // Yarmouth, who asked not to be named, says"
    return describedName(r, np, lo) ?? placedHead(r, np, lo);
  }
  return null;
}

/**
 * The name a phrase set off by commas describes: "Tomas Brill, [the co-founder of Velmora Foods],",
 * "Dr Greenspan, [79], who ...", "Sen. Tom Hart, [R-Texas], who ..."; null when the phrase is no such description.
 */
function describedName(r: Reading, np: Phrase, lo: number): Phrase | null {
  if (np.s - 2 < lo || r.tokens.text(np.s - 1) !== ',') return null;
  // (a name may end in an apostrophe, as Luo names do: "Akinyi Achieng', 31, said")
  const k = /^['’]$/.test(r.tokens.text(np.s - 2)) && np.s - 3 >= lo ? np.s - 3 : np.s - 2;
  if (!isCap(r, k)) return null;
  // (an age, "79", or a party and state, "R-Texas", alone between the commas)
  const tag = np.e - np.s === 1 && (/^\d{1,3}$/.test(r.tokens.text(np.s)) || PARTY_TAG.test(r.tokens.text(np.s)));
  return APPOSITION_OPENERS.has(low(r, np.s)) || tag ? npLeft(r, k, lo) : null;
}

/**
 * "One buyer in Yarmouth, who ..., says", "A Western diplomat in Cotonou, speaking on condition of
 * anonymity, said": a place after a common noun says where the speaker is; the phrase runs from
 * the noun's own. Else the phrase itself.
 */
function placedHead(r: Reading, np: Phrase, lo: number): Phrase {
  if (!LOCATIVES.has(low(r, np.s - 1)) || isCap(r, np.s - 2)) return np;
  const head = npLeft(r, np.s - 2, lo);
  return head ? { s: head.s, e: np.e } : np;
}

/**
 * Does the phrase describe rather than name: "the Executive Vice-Chairman of the FCCPC", "the Illinois
 * Department of Transportation" after "A spokeswoman for"? A name standing alone ("Bill Smith", "a
 * block maker in Kubwa": where, not what) does not.
 */
function describes(r: Reading, np: Phrase): boolean {
  return !isCap(r, np.s) || APPOSITION_OPENERS.has(low(r, np.s)) || OBJECT_PREPOSITIONS.has(low(r, np.s - 1));
}

/**
 * Does a name in an aside speak after a phrase ending in a capital? A full name does after a
 * description (see describes), and so does one an honorific opens, after anything: "a senior banker
 * in Lagos, Mr. Chidi Okonkwo, said".
 */
function namesAfter(r: Reading, aside: Phrase, np: Phrase): boolean {
  return aside.e - aside.s > 1 && allCap(r, aside.s, aside.e) && (describes(r, np) || honorific(r.tokens.text(aside.s)) !== undefined);
}

/** Are the tokens a..b (exclusive) all capitalised? */
function allCap(r: Reading, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isCap(r, k)) return false;
  return true;
}

/** Prepositions before the author of what the phrase before an aside names: "carried out by X", "from X". */
const AUTHOR_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from']);

/** Words after which a name in an aside is followed by where the person works: "Naledi Foster of the firm X". */
const AFFILIATIONS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'with']);

/**
 * The aside between commas at (p, end) as a name: all of it ("Keisha Vandermolen"), names joined by
 * "and", the name that opens it before an affiliation ("Naledi Foster of the firm Foster Kwan LLP"),
 * or an author after "by" or "from".
 */
function asideName(r: Reading, p: number, end: number): Phrase | null {
  const whole = npLeft(r, end - 1, p + 1);
  if (whole && whole.s === p + 1) return whole;
  // "His defence attorneys, Charles Glynn and Richard Jones, have said": names joined by "and"
  if (whole && whole.s - 1 > p + 1 && low(r, whole.s - 1) === 'and' && isCap(r, whole.s) && allCap(r, p + 1, whole.s - 1)) return { s: p + 1, e: whole.e };
  let k = p + 1;
  while (k < end && isCap(r, k)) k++;
  if (k - (p + 1) >= 2 && AFFILIATIONS.has(low(r, k))) return { s: p + 1, e: k };
  // "The letter, from the Home Office, says", "The research, carried out by professor Richard
  // Allsop, says": who wrote or did it (not "one of the plaintiffs against Mitsubishi Heavy Industries",
  // nor where a description's person is from: "Brenda Kowalczyk, 58, a retired nurse from Belpre, said")
  // (not where the speaker is: "Her brother, speaking from Lagos, said")
  return whole && AUTHOR_PREPOSITIONS.has(low(r, whole.s - 1)) && !APPOSITION_OPENERS.has(low(r, p + 1)) && !/^[a-z]+ing$/.test(r.tokens.text(p + 1) ?? '') ? whole : null;
}

/** Are the words at a and b verbs of the same tense: "fights ... claims", "fought ... claimed"? */
const sameTense = (r: Reading, a: number, b: number) =>
  /^[a-z]+$/.test(r.tokens.text(a) ?? '') && ['s', 'ed'].some((end) => low(r, a).endsWith(end) && low(r, b).endsWith(end));

/** Is the cue at c a passive or reduced relative ("was accused", "in prison accused of")? */
export function passiveUse(r: Reading, c: number, lo: number, passive: boolean): boolean {
  const prev = low(r, c - 1);
  if (BE_FORMS.has(prev) && /(?:ed|en|told|said|asked)$/.test(low(r, c))) return true;
  if (!passive) return false;
  const next = low(r, c + 1);
  // "in prison accused of ...", "Mr. Pinchuk, described as one of ...": a reduced passive.
  return c - 1 >= lo && (/^[a-z]+$/.test(r.tokens.text(c - 1)) || r.tokens.text(c - 1) === ',') && !isPronoun(r, c - 1)
    && /ed$/.test(low(r, c)) && PASSIVE_PREPOSITIONS.has(next);
}

