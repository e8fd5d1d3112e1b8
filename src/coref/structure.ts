// Appositives and role introductions: the ways news writing says who a named person is. Each gives
// the named referent a role ("mayor", "defenceman") that later descriptions refer back to, and marks
// the whole phrase as standing for that name (so a speaker phrase cut short still finds the person).
//
//   rookie defenceman Caleb Jones                   → role "defenceman"; phrase = Caleb Jones
//   Doug McCallum, the mayor, said                  → role "mayor"; "Doug McCallum, the mayor" = Doug McCallum
//   the director of operations for EHS, Jeff Fraser, says → role "director"; the phrase is Jeff Fraser, not EHS
//   Spindler's father, Joseph, says                 → role "father" (male)
import { honorific, TITLE_MODIFIERS } from '../lexicon/honorifics.js';
import { AGE_NOUN, roleNoun, type Gender } from '../lexicon/roles.js';
import { DETERMINERS } from '../lexicon/speaker-words.js';
import { finiteAfterComma, plainVerbAt, PREPOSITIONS, skipFillers, SUBORDINATORS, verbAt } from './clause.js';
import { low, startOf, endOf, txt, type Doc } from './document.js';
import type { Named } from './names.js';
import type { Referent, Region } from './types.js';

export interface Introduced {
  /** Where the phrase that describes the name starts (for its clause role), per named mention. */
  phraseStart: Int32Array;
  regions: Region[];
  /** Gender evidence from descriptions ("his wife, Anna"), per referent: [male, female] counts. */
  genderVotes: Map<number, [number, number]>;
  /** Appositive descriptions [s, e) and the referent they describe: a description inside is that referent. */
  described: Array<[number, number, number]>;
}

const DESCRIPTION_STOP = new Set([',', ';', ':', '(', ')', '.', '!', '?', '—', '–']);
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’&-]*$/u;
/** A lowercase word that reads as a person noun: "worker", "scientist", "defenceman". */
const PERSON_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|woman|ee|eur)$/;

function isOtherName(doc: Doc, nameAt: Int32Array, named: Named[], i: number, self: number): boolean {
  const k = nameAt[i];
  return k >= 0 && k !== self && low(doc, named[k].e) !== "'s";
}

/** Role words in [s, e): lexicon nouns not right after "of" ("Secretary of State": secretary, not state). */
function rolesIn(doc: Doc, s: number, e: number, kindOf: 'person' | 'other'): Array<{ word: string; gender?: Gender }> {
  const out: Array<{ word: string; gender?: Gender }> = [];
  for (let i = s; i < e; i++) {
    if (low(doc, i - 1) === 'of' || (low(doc, i - 1) === 'the' && low(doc, i - 2) === 'of')) continue;
    // "Chief Financial Officer Rajesh Subramaniam ... the CFO said": the office's initials are a role too
    const chief = low(doc, i) === 'chief' && low(doc, i + 2) === 'officer' ? CHIEF_OFFICERS[low(doc, i + 1) ?? ''] : undefined;
    if (chief && kindOf === 'person') out.push({ word: chief });
    const r = roleNoun(low(doc, i));
    const h = honorific(txt(doc, i));
    if (r && (kindOf === 'person' ? r.kind === 'person' : r.kind !== 'person' && r.kind !== 'document')) out.push({ word: r.word, gender: r.gender });
    else if (h?.gender && kindOf === 'person') out.push({ word: h.word, gender: h.gender });
    else if (AGE_NOUN.test(low(doc, i)) && kindOf === 'person') out.push({ word: 'age' });
  }
  return out;
}

/** The initials of "chief X officer": "Chief Financial Officer" → cfo. */
const CHIEF_OFFICERS: Record<string, string> = { financial: 'cfo', operating: 'coo', technology: 'cto', information: 'cio', marketing: 'cmo', executive: 'ceo' };

const isCapitalTitle = (doc: Doc, i: number) => /^\p{Lu}/u.test(txt(doc, i)) && !!roleNoun(low(doc, i))?.title;

/** Start of the premodifier phrase before a name at a: "University of the Fraser Valley political scientist". */
function premodifierStart(doc: Doc, a: number, nameAt: Int32Array, named: Named[], referents: Referent[], self: number): number {
  const from = doc.sentStart[doc.sent[a]];
  // "University of the Fraser Valley": a name after "of" or "the" has no premodifier of its own.
  if (a > from && /^(?:of|the)$/.test(low(doc, a - 1))) return a;
  let k = a;
  while (k > from) {
    const i = k - 1;
    const w = low(doc, i);
    const t = txt(doc, i);
    if (doc.quoted[i]) break;
    if (isOtherName(doc, nameAt, named, i, self)) {
      // "University of the Fraser Valley political scientist": a name inside the premodifier's own phrase
      // and "Senate Majority Leader", "Toronto Mayor": an organisation or place name as a modifier
      const ns = named[nameAt[i]].s;
      if (k < a && (low(doc, ns - 1) === 'the' || low(doc, ns - 1) === 'of' || referents[named[nameAt[i]].referent].kind !== 'person')) { k = ns; continue; }
      break;
    }
    if (w === "'s" || w === "'") { k = i; continue; }
    // "Federal Emergency Management Agency (FEMA) Administrator": a name and its acronym as a modifier
    if (t === ')' && k < a && txt(doc, i - 2) === '(' && i - 3 >= from && isOtherName(doc, nameAt, named, i - 3, self)) { k = named[nameAt[i - 3]].s; continue; }
    if (w === 'of' && k < a) { k = i; continue; }
    if (w === 'the' && low(doc, i - 1) === 'of') { k = i; continue; }
    if (w === 'and' && i > from && /^[a-z]/.test(txt(doc, i - 1)) && /^[a-z]/.test(txt(doc, i + 1)) && !verbAt(doc, i - 1)) { k = i; continue; }
    if (!WORD.test(t) || DESCRIPTION_STOP.has(t)) break;
    if (/^\p{Lu}/u.test(t)) {
      if (DETERMINERS.has(w) || SUBORDINATORS.has(w) || w === 'but' || w === 'and' || w === 'according') break;
      k = i;
      continue;
    }
    if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || plainVerbAt(doc, i) || /^[a-z]+ed$/.test(w) || /^(?:and|or|but)$/.test(w)) break;
    k = i;
  }
  // A leading "of ..." belongs to something before: "the leader of [Toronto's] ..." never starts a premodifier.
  while (k < a && (low(doc, k) === 'of' || low(doc, k) === 'the' || low(doc, k) === "'s")) k++;
  return k;
}

/** End of a description that starts at d (an appositive): the next comma, stop or quote. */
function descriptionEnd(doc: Doc, d: number): number {
  const to = doc.sentEnd[doc.sent[d]];
  let k = d;
  while (k < to && !DESCRIPTION_STOP.has(txt(doc, k)) && !(doc.quoted[k] && !doc.quoted[d])) k++;
  return k;
}

/** Does an appositive description start at d? "the mayor", "a mechanic", "director of ...", "who ...". */
function startsDescription(doc: Doc, d: number, nameAt: Int32Array): boolean {
  const w = low(doc, d);
  if (w === undefined || nameAt[d] >= 0) return false;
  // "EU, the U.S. and the U.K.": a list of names, not a description
  if (/^(?:the|a|an)$/.test(w) && nameAt[d + 1] >= 0) return false;
  if (/^(?:the|a|an|his|her|their|its|our|who|whom|whose|which)$/.test(w)) return true;
  // (not "according to ...", "including ...", "reportedly ...": those are no descriptions)
  if (/^[a-z]/.test(txt(doc, d))) return !verbAt(doc, d) && !PREPOSITIONS.has(w) && !/(?:ing|ly)$/.test(w) && !/^(?:and|or|but|as|he|she|they|it|we|i|not)$/.test(w);
  // "Keeper of ...", "President of ...": a capitalised role word
  return !!roleNoun(w) || AGE_NOUN.test(w);
}

/** The comma after which a finite verb follows, within the sentence: "X, who ..., said" → the comma before "said". */
function commaBeforeVerb(doc: Doc, from: number): number {
  const to = doc.sentEnd[doc.sent[from]];
  for (let k = from; k < to && k < from + 45; k++) {
    if (txt(doc, k) !== ',') continue;
    const v = skipFillers(doc, k + 1, to);
    if (v < to && finiteAfterComma(doc, v)) return k;
    if (doc.quoted[k + 1]) return -1;
  }
  return -1;
}

export function introductions(doc: Doc, named: Named[], nameAt: Int32Array, referents: Referent[]): Introduced {
  const phraseStart = new Int32Array(named.length);
  const regions: Region[] = [];
  const genderVotes = new Map<number, [number, number]>();
  const described: Array<[number, number, number]> = [];
  /** Roles, and the capitalised words of the phrase that gave them ("Republican nominee" → republican). */
  const addRoles = (r: number, roles: Array<{ word: string; gender?: Gender }>, from = 0, to = 0) => {
    if (roles.length) for (let i = from; i < to; i++) if (/^\p{Lu}/u.test(txt(doc, i))) referents[r].descriptors.add(low(doc, i));
    for (const x of roles) {
      if (x.word !== 'age') referents[r].roles.add(x.word);
      if (x.gender && referents[r].kind === 'person') {
        const v = genderVotes.get(r) ?? [0, 0];
        v[x.gender === 'male' ? 0 : 1]++;
        genderVotes.set(r, v);
      }
    }
  };
  const region = (s: number, e: number, m: Named, how: 'role' | 'apposition') => {
    if (e <= s) return;
    regions.push({ s, e, ns: m.s, ne: m.e, referent: m.referent, how, start: startOf(doc, s), end: endOf(doc, e - 1) });
  };
  named.forEach((m, self) => {
    phraseStart[self] = m.s;
    if (doc.quoted[m.s]) return;
    const ref = referents[m.referent];
    const kindOf = ref.kind === 'person' ? 'person' : 'other';
    const sentFrom = doc.sentStart[doc.sent[m.s]];
    // Titles in front are part of the phrase: "said Dr. Robert Rutledge" has "said" right before it.
    let t = m.s;
    while (t > sentFrom && (honorific(txt(doc, t - 1)) || TITLE_MODIFIERS[low(doc, t - 1)] !== undefined || isCapitalTitle(doc, t - 1))) t--;
    // so is the article of a body's name: "..., the Tallmoor Sugar Board said." (its subject, and the speaker)
    if (t === m.s && t > sentFrom && ref.kind !== 'person' && low(doc, t - 1) === 'the') t--;
    phraseStart[self] = t;
    // 1. A role before the name: "rookie defenceman Caleb Jones", "Education Minister Rob Fleming".
    const k = premodifierStart(doc, m.s, nameAt, named, referents, self);
    if (k < m.s) {
      const roles = rolesIn(doc, k, m.s, kindOf);
      const lastWord = low(doc, m.s - 1);
      if (roles.length === 0 && kindOf === 'person' && /^[a-z]/.test(txt(doc, m.s - 1)) && PERSON_SUFFIX.test(lastWord)) roles.push({ word: lastWord });
      if (roles.length) {
        addRoles(m.referent, roles, k, m.s);
        let s = k;
        if (s > sentFrom && /^(?:the|a|an)$/.test(low(doc, s - 1))) s--;
        phraseStart[self] = s;
        region(s, m.e, m, 'role');
      }
    }
    // 2. A description after it: "Doug McCallum, the mayor,", "Lorne Fitch, a retired biologist,".
    if (txt(doc, m.e) === ',' && startsDescription(doc, m.e + 1, nameAt)) {
      const d = m.e + 1;
      const end = descriptionEnd(doc, d);
      // "Clinton, a top aide said, ...": a speech tag set in commas, not an appositive
      let tag = false;
      if (!/^(?:who|whom|whose|which|that)$/.test(low(doc, d))) for (let i = d; i < end && !tag; i++) tag = plainVerbAt(doc, i);
      if (!tag) {
        // The description's head: role words before its first preposition or relative word.
        let stop = d;
        while (stop < end && !(stop > d && (PREPOSITIONS.has(low(doc, stop)) || /^(?:who|that|which|whose|based)$/.test(low(doc, stop))))) stop++;
        // A relative clause ("who had another son") says things about the person, not what the person is.
        const clause = /^(?:who|whom|whose|which|that)$/.test(low(doc, d));
        const roles = clause ? [] : rolesIn(doc, d, stop, kindOf);
        if (!clause && !roles.length && kindOf === 'person' && stop > d && /^[a-z]/.test(txt(doc, stop - 1)) && PERSON_SUFFIX.test(low(doc, stop - 1))) roles.push({ word: low(doc, stop - 1) });
        addRoles(m.referent, roles, d, end);
        if (!clause) described.push([d, end, m.referent]);
        const c = commaBeforeVerb(doc, m.e);
        if (c > m.e) region(m.s, c, m, 'apposition');
      }
    }
    // 3. A description before it: "Spindler's father, Joseph, says", "Keeper of the Ruler's Seal, Syed Ahmad, said",
    // and at a sentence's end: ""...," said the chief executive, Jane Doe."
    const sentTo = doc.sentEnd[doc.sent[m.s]];
    const endsSentence = m.e >= sentTo || (/^[.!?]$/.test(txt(doc, m.e) ?? '') && m.e + 1 >= sentTo);
    // (a name that ends the sentence may have its own title, with capitalised words before it: "said the
    // board's medical director, Dr Euan Sinclair.", "said the chairman of the committee, Labour MP Barry Sheerman.")
    let ms = m.s;
    if (endsSentence && (honorific(txt(doc, m.s - 1) ?? '') || roleNoun(low(doc, m.s - 1) ?? '')?.title)) {
      ms = m.s - 1;
      while (ms - 1 > sentFrom && ms > m.s - 4 && /^\p{Lu}/u.test(txt(doc, ms - 1))) ms--;
    } else if (txt(doc, m.e) === ',') {
      // (and an honorific inside the commas: "The Commissioner for Health, Dr. Funmilayo Adebanjo, disclosed";
      // not "... before the general election, Mr Kennedy acknowledged")
      while (ms - 1 > sentFrom && ms > m.s - 2 && honorific(txt(doc, ms - 1))) ms--;
    }
    if (ms - 2 >= sentFrom && txt(doc, ms - 1) === ',' && (txt(doc, m.e) === ',' || endsSentence || verbAt(doc, skipFillers(doc, m.e, sentTo)))) {
      const e = ms - 1;
      let s = e;
      while (s > sentFrom) {
        const i = s - 1;
        const w = low(doc, i);
        const t = txt(doc, i);
        if (doc.quoted[i] || DESCRIPTION_STOP.has(t) || !WORD.test(t) && w !== "'s") break;
        if (nameAt[i] >= 0) {
          // a person named before the description ends it ("Smith, Jones, ..."); places and organisations belong to it
          const nm = named[nameAt[i]];
          // (so does a name with a title before it, whatever its type: "former Texas Sen. John Tower, Reagan is")
          if ((referents[nm.referent].kind === 'person' || honorific(txt(doc, nm.s - 1) ?? '')) && low(doc, nm.e) !== "'s" && !PREPOSITIONS.has(low(doc, nm.s - 1))) break;
          s = nm.s;
          continue;
        }
        if (/^(?:the|a|an|his|her|their|its|our)$/.test(w) && low(doc, i - 1) !== 'of') { s = i; break; }
        if (plainVerbAt(doc, i) || /^[a-z]+ed$/.test(w) || SUBORDINATORS.has(w) || /^(?:and|or|but)$/.test(w)) break;
        if (PREPOSITIONS.has(w) && !/^(?:of|for|at|with|in)$/.test(w)) break;
        s = i;
      }
      // (a phrase that a preposition opening the sentence opens is no description but a fronted
      // adverbial, when the name is the subject after it: "For the Liberal Democrats, Sir Menzies
      // Campbell said", "According to Labor Department figures, US firms added"; but "According to
      // analysts, TDG Research, there will be" and "..., according to President of the Federation of
      // Banks, Hanns Schroeder." describe the name)
      let p = s - 1;
      while (p > sentFrom && PREPOSITIONS.has(low(doc, p - 1))) p--;
      if (low(doc, p) === 'to' && low(doc, p - 1) === 'according') p--;
      const fronted = p >= sentFrom && (p === sentFrom || p - 1 === sentFrom && /^(?:but|and)$/.test(low(doc, sentFrom))) && PREPOSITIONS.has(low(doc, s - 1))
        && txt(doc, m.e) !== ',' && !endsSentence;
      if (s < e && !fronted) {
        let stop = s;
        while (stop < e && !(stop > s && PREPOSITIONS.has(low(doc, stop)))) stop++;
        const roles = rolesIn(doc, s, stop, kindOf);
        if (roles.length) {
          addRoles(m.referent, roles, s, e);
          described.push([s, e, m.referent]);
          phraseStart[self] = s;
          const v = txt(doc, m.e) === ',' ? commaBeforeVerb(doc, m.e) : m.e;
          if (v >= m.e) region(s, Math.max(v, m.e), m, 'apposition');
        }
      }
    }
  });
  regions.sort((a, b) => a.s - b.s || b.e - a.e);
  return { phraseStart, regions, genderVotes, described };
}
