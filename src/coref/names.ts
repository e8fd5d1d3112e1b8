// Named mentions for the coreference stage: the tagger's person, organisation and place entities,
// and names it missed that the text itself shows to be people.
//
//   "Wet'suwet'en Hereditary Chief Na'moks said"   → "Na'moks": a person (a title before it, a speech verb after)
//   "Governor Alan Parker ... Parker said"           → one referent "Alan Parker" (grouped by surname)
//   "Moscow said"                                   → no person: the gazetteer knows Moscow as a place
import type { Entity } from '../types.js';
import { abbreviationKind } from '../lexicon/abbreviations.js';
import { BODY_FOLLOWERS } from '../lexicon/clause-words.js';
import { NAME_SUFFIXES } from '../lexicon/name-particles.js';
import { honorific, TITLE_MODIFIERS } from '../lexicon/honorifics.js';
import { roleNoun, ORG_NAME_WORDS } from '../lexicon/roles.js';
import { DETERMINERS, INTRO_WORDS, LEADING_CONJUNCTIONS, NON_PERSON_HEADS, NP_STOPS, SUBJECT_PRONOUNS } from '../lexicon/speaker-words.js';
import { GAZ_BITS, wordHasBit } from '../ner/gazetteer.js';
import type { IntMap } from '../ner/int-map.js';
import { PREPOSITIONS, speechVerbAt, verbAt } from './clause.js';
import { low, lowSlice, textOf, tokenRange, txt, type Doc } from './document.js';
import { nationalityAt } from './mentions.js';
import { makeReferent, type Referent, type ReferentKind } from './types.js';

export interface Named {
  s: number;
  e: number;
  referent: number;
}

const KIND: Record<string, ReferentKind | undefined> = { person: 'person', organization: 'organization', place: 'place' };

const NOT_NAMES = new Set([...DETERMINERS, ...INTRO_WORDS, ...LEADING_CONJUNCTIONS, ...NP_STOPS, ...Object.keys(SUBJECT_PRONOUNS)]);
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;
const PLACE_BITS = [GAZ_BITS.country, GAZ_BITS.city, GAZ_BITS.region, GAZ_BITS.worldCity, GAZ_BITS.worldCountry, GAZ_BITS.organization,
  GAZ_BITS.trainORG, GAZ_BITS.trainLOC, GAZ_BITS.demonym];

/** A capitalised word that may be part of a name (not all capitals), outside quotes; tested once per spelling. */
const isNameWord = (doc: Doc, i: number) => {
  const id = doc.wid[i];
  if (id === undefined || doc.quoted[i]) return false;
  let memo = doc.nameMemo[id];
  if (!memo) {
    const t = doc.words[id];
    memo = NAME_TOKEN.test(t) && !/^\p{Lu}{2,}\.?$/u.test(t) ? 2 : 1;
    doc.nameMemo[id] = memo;
  }
  return memo === 2;
};

/** Words that end in a full stop inside a name: initials ("F.", "U.S.", "J.P.") and abbreviations ("St.", "Co."). */
const INITIALS = /^(?:\p{L}\.)+$/u;
const stopInsideName = (w: string) => INITIALS.test(w) || abbreviationKind(w.slice(0, -1)) !== undefined;

/**
 * The most words a name may have: six for a person, ten for a body, whose formal names run long
 * ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "United Nations Educational, Scientific and
 * Cultural Organization"). Longer runs are tagging accidents.
 */
export const maxNameWords = (type: Entity['type']) => (type === 'organization' ? 10 : 6);

/**
 * An entity's name, when it is a plausible name: maxNameWords at most, and not a tagging accident running
 * across sentences ("... the talks. Smith"); a full stop inside it ends an initial or an abbreviation
 * ("Ivan F. Boesky", "U.S. Department of Energy", "Fernand St. Germain").
 */
const plausible = (e: Entity) => {
  // (a nickname inside the name is part of it: Robert "Bobby" Langford, Dwayne "The Rock" Johnson)
  const words = e.name.replace(NICKNAME, ' ').split(/\s+/);
  if (words.length > maxNameWords(e.type) || /\s[,.]\s/.test(e.name)) return false;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i];
    if (/[!?"“”]$/.test(w) || (w.endsWith('.') && !stopInsideName(w))) return false;
  }
  return true;
};

const NICKNAME = /\s["“][^"“”]{1,30}["”]\s/g;

/**
 * How many of an entity's mentions are a noun phrase of their own after "the", "a" or "an": "the
 * Carolina Hurricanes scored", "a Langley SkyTrain." — no person's name is written so. ("the Trump
 * administration" is an attributive use, followed by its noun, and does not count.)
 */
function determined(doc: Doc, e: Entity): number {
  let n = 0;
  for (const m of e.mentions) {
    const range = tokenRange(doc, m.start, m.end);
    if (!range || range[0] === 0 || !/^(?:the|a|an)$/.test(txt(doc, range[0] - 1))) continue;
    const next = txt(doc, range[1]);
    if (next === undefined || !/^[a-z]/.test(next) && next !== "'s" && next !== '’s' || verbAt(doc, range[1]) || PREPOSITIONS.has(low(doc, range[1])) || /^(?:and|or|but|who|which|that)$/.test(low(doc, range[1]))) n++;
  }
  return n;
}

export function lastWordKey(name: string): string {
  const ws = name.split(/\s+/);
  return (ws[ws.length - 1] ?? '').toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
}

/** Referents and named mentions (sorted by start), with `nameAt[token]` = index into the mentions or -1. */
export function namedMentions(doc: Doc, entities: Entity[], gazetteer?: IntMap): { referents: Referent[]; named: Named[]; nameAt: Int32Array } {
  const referents: Referent[] = [];
  const named: Named[] = [];
  const nameAt = new Int32Array(doc.n).fill(-1);
  const personByLast = new Map<string, number>();
  for (const e of entities) {
    let kind = KIND[e.type];
    if (!kind || !plausible(e)) continue;
    // "the Carolina Hurricanes", "a Langley SkyTrain": a determiner is no part of a person's name.
    if (kind === 'person') {
      // (a plural-looking name needs one such mention: "the Hurricanes" — people named Jones are never "the Jones")
      const d = determined(doc, e);
      if (d * 10 >= e.mentions.length * 1.5 || (d >= 1 && /[^su's]s$/.test(e.name))) kind = 'organization';
    }
    const r = referents.length;
    referents.push(makeReferent(e.id, e.name, kind, e.gender));
    if (kind === 'person' && !personByLast.has(lastWordKey(e.name))) personByLast.set(lastWordKey(e.name), r);
    for (const m of e.mentions) {
      const range = tokenRange(doc, m.start, m.end);
      if (!range) continue;
      const [s, e2] = range;
      // "the Spaniard told reporters": a description of a person (mentions.ts), not the name "Spaniard"
      if (e2 === s + 1 && kind !== 'place' && nationalityAt(doc, s)) continue;
      let taken = false;
      for (let i = s; i < e2; i++) if (nameAt[i] >= 0) taken = true;
      if (taken) continue;
      const k = named.length;
      named.push({ s, e: e2, referent: r });
      for (let i = s; i < e2; i++) nameAt[i] = k;
    }
  }
  // Names the tagger missed: capitalised runs, grouped by last word; a group is a person when one of
  // its runs shows it ("Chief Na'moks", "Na'moks said") or its fullest form is a first and last name.
  const clusters = new Map<string, { runs: Array<[number, number]>; person: boolean; body: boolean; name: string }>();
  for (let i = 0; i < doc.n; i++) {
    // Headlines are often in title case: "EU Leaders Urge Putin to Push for Talks".
    if (nameAt[i] >= 0 || !isNameWord(doc, i) || doc.sentKind[doc.sent[i]] === 'title' || nationalityAt(doc, i)) continue;
    let j = i + 1;
    while (j < doc.n && doc.sent[j] === doc.sent[i] && nameAt[j] < 0 && isNameWord(doc, j) && !nationalityAt(doc, j)) j++;
    const run = nameRun(doc, i, j);
    if (run) {
      const key = lastWordKey(textOf(doc, run[0], j));
      const c = clusters.get(key) ?? { runs: [], person: false, body: false, name: '' };
      const name = textOf(doc, run[0], j);
      if (name.length > c.name.length) c.name = name;
      c.runs.push([run[0], j]);
      if (!c.person) c.person = personEvidence(doc, run[0], j, i, gazetteer, personByLast.has(key), run[2]);
      // "Metrolinx spokesperson Grace Clark", "Loblaw shares": a body's, no person, whatever "Metrolinx said"
      // shows (its kind is left unknown: "Dutch shares", "Class B shares" are no bodies)
      if (BODY_FOLLOWERS.has(low(doc, j) ?? '') && doc.sent[j] === doc.sent[i]) c.body = true;
      clusters.set(key, c);
    }
    i = j - 1;
  }
  for (const [key, c] of clusters) {
    const words = c.name.split(' ');
    if (!c.person && words.length >= 2) {
      const first = words[0].toLowerCase();
      c.person = gazetteer ? wordHasBit(gazetteer, first, GAZ_BITS.firstName) && !placeLike(gazetteer, words.map((w) => w.toLowerCase()))
        : !NON_PERSON_HEADS.has(first) && !NON_PERSON_HEADS.has(key);
    }
    if (!c.person || c.body && !personByLast.has(key)) continue;
    let r = personByLast.get(key);
    if (r === undefined) {
      r = referents.length;
      referents.push(makeReferent(null, c.name, 'person'));
    }
    for (const [a, b] of c.runs) {
      const k = named.length;
      named.push({ s: a, e: b, referent: r });
      for (let t = a; t < b; t++) nameAt[t] = k;
    }
  }
  named.sort((a, b) => a.s - b.s);
  named.forEach((m, k) => { for (let t = m.s; t < m.e; t++) nameAt[t] = k; });
  return { referents, named, nameAt };
}

const placeLike = (gazetteer: IntMap, words: string[]) => PLACE_BITS.some((b) => wordHasBit(gazetteer, words[words.length - 1], b) || (words.length === 1 && wordHasBit(gazetteer, words[0], b)));

/** The part of the capitalised run [i, j) that may be a name (titles and sentence openers cut off), or null. */
function nameRun(doc: Doc, i: number, j: number): [number, number, boolean] | null {
  // Titles are no part of the name: "German Chancellor Angela Merkel" → "Angela Merkel".
  let s = i;
  for (let k = i; k < j - 1; k++) if (honorific(txt(doc, k)) || roleNoun(low(doc, k))?.title || TITLE_MODIFIERS[low(doc, k)] !== undefined) s = k + 1;
  const titled = s > i;
  if (s === i && NOT_NAMES.has(low(doc, s))) s++;
  if (s >= j) return null;
  const words = lowSlice(doc, s, j);
  const last = words[words.length - 1].replace(/\.$/, '');
  if (words.length === 1 && NOT_NAMES.has(words[0])) return null;
  // "Biden Jr. said": a suffix after a tagged name is no name of its own
  if (words.every((w) => NAME_SUFFIXES.has(w))) return null;
  // "Dr." before a tagged name is a title, not a name of its own
  if (words.every((w, k) => honorific(txt(doc, s + k)) || roleNoun(w)?.title)) return null;
  if (NON_PERSON_HEADS.has(last) || ORG_NAME_WORDS[last] || roleNoun(last)) return null;
  return [s, j, titled];
}

/** Does the text show the run [s, j) (capitalised run starting at i) to be a person? */
function personEvidence(doc: Doc, s: number, j: number, i: number, gazetteer: IntMap | undefined, knownPerson: boolean, titled: boolean): boolean {
  if (knownPerson || titled) return true; // a title cut off its front: "Chief Na'moks"
  const before = i > 0 && doc.sent[i - 1] === doc.sent[i] ? txt(doc, i - 1) : '';
  if (honorific(before) || roleNoun(low(doc, i - 1) ?? '')?.kind === 'person') return true;
  if (gazetteer && placeLike(gazetteer, lowSlice(doc, s, j))) return false;
  // "Na'moks said", "said Na'moks": a name next to a speech verb.
  return speechVerbAt(doc, j) || (s > 0 && doc.sent[s - 1] === doc.sent[s] && speechVerbAt(doc, s - 1));
}

/**
 * Organisations the text shows to be people: "wife Fouzia Al Hashish", "Al Hashish, a mother of three".
 * The tagger sometimes takes unfamiliar names for organisations; a person role right before a mention,
 * or an appositive with one, retypes it (when its name has no organisation word). Shorter forms of a
 * person's name that the tagger kept apart ("Al Hashish") then join it.
 */
export function retypePeople(doc: Doc, named: Named[], referents: Referent[]): void {
  const evidence = new Map<number, number>();
  for (const m of named) {
    const r = referents[m.referent];
    if (r.kind !== 'organization' || doc.quoted[m.s]) continue;
    const before = m.s > 0 && doc.sent[m.s - 1] === doc.sent[m.s] ? m.s - 1 : -1;
    const roleBefore = before >= 0 && (roleNoun(low(doc, before))?.kind === 'person' && !roleNoun(low(doc, before))?.plural || !!honorific(txt(doc, before))?.gender);
    const appositive = txt(doc, m.e) === ',' && /^(?:a|an|the)$/.test(low(doc, m.e + 1) ?? '') && roleNoun(low(doc, m.e + 2) ?? '')?.kind === 'person';
    if (roleBefore || appositive) evidence.set(m.referent, (evidence.get(m.referent) ?? 0) + 1);
  }
  for (const [i] of evidence) {
    const words = referents[i].name.toLowerCase().split(/\s+/);
    if (words.length < 2 || words.some((w) => ORG_NAME_WORDS[w] || NON_PERSON_HEADS.has(w))) continue;
    referents[i].kind = 'person';
  }
  // Shorter forms join the person: "Al Hashish" → "Fouzia Al Hashish" (pairs with a retyped referent only).
  const into = new Map<number, number>();
  const suffix = (long: Referent, short: Referent) => {
    const lw = long.name.split(/\s+/);
    const sw = short.name.split(/\s+/);
    return lw.length > sw.length && lw.slice(lw.length - sw.length).join(' ') === sw.join(' ');
  };
  for (const [e] of evidence) {
    if (referents[e].kind !== 'person') continue;
    referents.forEach((r, i) => {
      if (i === e || (r.kind !== 'person' && r.kind !== 'organization')) return;
      if (suffix(referents[e], r)) into.set(i, e);
      else if (r.kind === 'person' && suffix(r, referents[e])) into.set(e, i);
    });
  }
  if (!into.size) return;
  for (const m of named) { const t = into.get(m.referent); if (t !== undefined) m.referent = t; }
}
