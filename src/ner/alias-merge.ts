// Alias merging: mentions of one entity become one entry.
//
//   "Alexander Lukashenko", "Lukashenko"          -> one person (a single token joins on the last name)
//   "European Union", "EU"                        -> one organization (acronym of a longer name)
//   "Meta Platforms", "Meta"                      -> one organization (a legal form or "Party" dropped)
//   "Goldman Sachs", "Goldman"; "Aston Villa", "Villa" -> one organization each (the only name so opening or ending)
//   "National Institute for ... Excellence (NICE)", "NICE" -> one (an acronym defined in brackets)
//   "Sergei Tikhanovsky", "Svetlana Tikhanovskaya" -> two people (last names differ)
//   "Svetlana Tikhanovskaya", "Svetlana Alexievich", "Svetlana" -> three: a first name shared by two
//                                                    people is ambiguous and stays on its own
//   "Margaret Ellison", "Paul Ellison", "Mr Ellison"   -> "Mr Ellison" is Paul (MergeHints: the honorific's
//                                                    gender against the first name's)
//
// Mentions of different types never merge: the type is part of what was found.

import { ACRONYM_SKIP, ADJECTIVE_ENDING, COMPANY_NAME_SUFFIXES, SHORT_NAME_SUFFIXES, STANDALONE_BODIES } from '../lexicon/name-particles.js';
import type { Entity, EntityType, Mention } from '../types.js';
import type { Gender } from './gender.js';

interface Group {
  type: EntityType;
  key: string;
  tokens: string[]; // lower-case words of the form
  mentions: Mention[];
  first: number; // first mention's start
  /** The gender an honorific before the mentions gives ("Mr Ellison"), if any. */
  gender?: Gender;
}

/** What the stage knows of genders, to keep "Mr Ellison" from "Margaret Ellison" (both optional). */
export interface MergeHints {
  /** The gender of the honorific right before a person's mention: "Mr" → male. */
  titleGender?: (m: Mention) => Gender | undefined;
  /** The gender a full name's first name gives: "Margaret Ellison" → female. */
  nameGender?: (tokens: string[]) => Gender | undefined;
}

interface Cluster {
  type: EntityType;
  head: Group; // the fullest form
  groups: Group[];
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * "Collective Security Treaty Organization" -> "csto"; "" when the name is one word. Words in lower
 * case give no letter: "United Auto Workers union" -> "uaw" (unless all are: "united states" -> "us").
 */
export function acronymOf(name: string): string {
  const all = words(name).filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  // (a name written all in lower case, "united states", keeps every word)
  const capitalised = all.filter((w) => !/^\p{Ll}/u.test(w));
  const ws = capitalised.length ? capitalised : all;
  if (ws.length < 2) return '';
  return ws
    .map((w) => w[0]) // "Co-operation" gives one letter: OSCE
    .join('')
    .toLowerCase();
}

const looksLikeAcronym = (s: string): boolean => /^[\p{Lu}&.]{2,}$/u.test(s.replace(/\./g, '') || s);

/** Is `short` (tokens) a sub-sequence of `long` (tokens), ending on the same last token? */
function isNamePart(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const t of long) if (j < short.length && t === short[j]) j++;
  return j === short.length;
}

/** Which person clusters could a shorter form refer to? Last-name matches first, then other parts. */
function personCandidates(g: Group, clusters: Cluster[], allPersons: Group[]): Cluster[] {
  const persons = clusters.filter((c) => c.type === 'person' && c.head.tokens.length > g.tokens.length);
  const byLast = persons.filter((c) => isNamePart(g.tokens, c.head.tokens));
  if (byLast.length || g.tokens.length > 1) return byLast;
  const t = g.tokens[0];
  // a middle name or second surname: "Kim Jong-un" <- "Jong-un" is last; "Garcia Marquez" <- "Garcia";
  // a nickname in marks: 'Edward "Teddy" Mbeki' <- "Teddy"
  const middle = persons.filter((c) => c.head.tokens.some((w, k) => k > 0 && (w === t || w.replace(NICKNAME_MARKS, '') === t)));
  if (middle.length) return middle;
  // a first name alone: only when exactly one multi-word person form starts with it
  const firstOwners = allPersons.filter((p) => p.tokens.length > 1 && p.tokens[0] === t);
  const owners = new Set(persons.filter((c) => c.groups.some((p) => firstOwners.includes(p))));
  return owners.size === 1 ? [...owners] : [];
}

/** Quotation marks around a nickname inside a name. */
const NICKNAME_MARKS = /["“”]/g;

/** Among several candidates, the one mentioned last before this form first appears (else the first). */
function nearest(g: Group, candidates: Cluster[]): Cluster {
  let best = candidates[0];
  let bestAt = -1;
  for (const c of candidates) {
    for (const h of c.groups) for (const m of h.mentions) if (m.start < g.first && m.start > bestAt) {
      bestAt = m.start;
      best = c;
    }
  }
  return best;
}

/**
 * "the National Institute for Health and Care Excellence (NICE)": an acronym written in brackets right
 * after a longer name of its type, whose words' first letters hold the acronym's in order (from the
 * first word's), stands for that name wherever it is used.
 */
function definedBefore(g: Group, acr: string, clusters: Cluster[]): Cluster | undefined {
  for (const m of g.mentions) {
    for (const c of clusters) {
      if (c.type !== g.type || c.head.tokens.length < 2) continue;
      for (const h of c.groups) {
        // (" (" between the name and the acronym: two characters)
        if (!h.mentions.some((n) => m.start - n.end === 2)) continue;
        const initials = h.tokens.map((w) => w[0]).join('');
        if (initials[0] === acr[0] && isSubsequence(acr, initials)) return c;
      }
    }
  }
  return undefined;
}

const isSubsequence = (short: string, long: string): boolean => {
  let j = 0;
  for (const ch of long) if (j < short.length && ch === short[j]) j++;
  return j === short.length;
};

/**
 * "Goldman" <- "Goldman Sachs", "Newmont" <- "Newmont Mining Corp", "Villa" <- "Aston Villa": the one
 * longer organisation name that opens (see opensFullName) or ends with the word, written before it (a
 * longer name met later is often a part: "Facebook ... the Facebook Research app"). Two such names ("Leicester
 * City", "Manchester City") leave it alone, as do bodies of their own ("Senate") and adjectives
 * ("Christian"): see STANDALONE_BODIES and ADJECTIVE_ENDING.
 */
function onlyNameWith(g: Group, clusters: Cluster[]): Cluster | undefined {
  const w = g.tokens[0];
  if (STANDALONE_BODIES.has(w) || ADJECTIVE_ENDING.test(w)) return undefined;
  const cands = clusters.filter((c) => c.type === g.type && c.head.tokens.length > 1 && c.groups.some((h) => h.first < g.first && (opensFullName(h.tokens, w) || h.tokens[h.tokens.length - 1] === w)));
  return cands.length === 1 ? cands[0] : undefined;
}

/**
 * Does the word open a company's or a body's full name, not a unit's ("Amazon Web Services")? Two
 * words ("Goldman Sachs", "Hofstra University"), a legal form at the end ("Newmont Mining Corp"), or
 * the head of "X of Y" ("the Bank" for "the Bank of England").
 */
const opensFullName = (tokens: string[], w: string): boolean =>
  tokens[0] === w && (tokens.length === 2 || tokens[1] === 'of' || COMPANY_NAME_SUFFIXES.has(tokens[tokens.length - 1]));

/**
 * Mentions grouped by type and form. A person's form is split by the honorific before it only when
 * both genders are used: "Mr Ellison" and "Ms Ellison" are two people, "Mr Smith" and "Smith" one.
 */
function groupMentions(mentions: Mention[], hints: MergeHints): Group[] {
  const forms = mentions.map((m) => words(m.text).join(' ').toLowerCase());
  const formKeys = mentions.map((m, i) => `${m.type}\u0000${forms[i]}`);
  const titled = mentions.map((m) => (m.type === 'person' ? hints.titleGender?.(m) : undefined));
  // the honorific genders each form is written with
  const gendersOf = new Map<string, Set<Gender>>();
  titled.forEach((g, i) => {
    if (!g) return;
    const set = gendersOf.get(formKeys[i]) ?? new Set<Gender>();
    set.add(g);
    gendersOf.set(formKeys[i], set);
  });
  const byKey = new Map<string, Group>();
  mentions.forEach((m, i) => {
    const genders = gendersOf.get(formKeys[i]);
    const both = (genders?.size ?? 0) > 1;
    const gender = both ? titled[i] : genders?.values().next().value;
    const key = both ? `${formKeys[i]}\u0000${gender ?? ''}` : formKeys[i];
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { type: m.type, key, tokens: words(forms[i]), mentions: [], first: m.start, gender }));
    g.mentions.push(m);
    g.first = Math.min(g.first, m.start);
  });
  return [...byKey.values()];
}

/** Groups mentions into entities (without ids, names or gender yet: see `finishEntities`). */
export function clusterMentions(mentions: Mention[], hints: MergeHints = {}): Mention[][] {
  const groups = groupMentions(mentions, hints).sort((a, b) => b.tokens.length - a.tokens.length || a.first - b.first);
  const allPersons = groups.filter((g) => g.type === 'person');
  const clusters: Cluster[] = [];
  // (a full name's gender: its first name's, or an honorific's before it)
  const genderOf = (c: Cluster): Gender | undefined => c.head.gender ?? (c.head.tokens.length > 1 ? hints.nameGender?.(c.head.tokens) : undefined);
  for (const g of groups) {
    let target: Cluster | undefined;
    if (g.type === 'person') {
      // "Mr Ellison" is not "Margaret Ellison" when "Paul Ellison" is named too
      const cands = personCandidates(g, clusters, allPersons).filter((c) => !g.gender || !genderOf(c) || genderOf(c) === g.gender);
      if (cands.length) target = nearest(g, cands);
    } else if (g.tokens.length === 1 && looksLikeAcronym(g.mentions[0].text)) {
      const acr = g.tokens[0].replace(/\./g, '');
      const cands = clusters.filter((c) => c.type === g.type && acronymOf(c.head.mentions[0].text) === acr);
      if (cands.length) target = nearest(g, cands);
      else target = definedBefore(g, acr, clusters);
    } else if (g.type === 'organization' && g.tokens.length === 1) {
      // "Meta" <- "Meta Platforms", "Labour" <- "Labour Party": the one full name it is short for
      const cands = clusters.filter((c) => c.type === g.type && c.head.tokens[0] === g.tokens[0] && c.head.tokens.slice(1).every((w) => SHORT_NAME_SUFFIXES.has(w)));
      if (cands.length === 1) target = cands[0];
      else if (!cands.length) target = onlyNameWith(g, clusters);
    }
    // "Wendy's" and "Wendy" (of "Wendy's chief executive"): a business named with a possessive
    if (!target && g.type !== 'person') target = clusters.find((c) => c.type === g.type && sameButPossessive(c.head.tokens, g.tokens));
    if (target) target.groups.push(g);
    else clusters.push({ type: g.type, head: g, groups: [g] });
  }
  return clusters.map((c) => c.groups.flatMap((g) => g.mentions).sort((a, b) => a.start - b.start));
}

const POSSESSIVE_END = /['’]s$/;

/** Are two forms one name, but for a possessive that ends one of them ("wendy's", "wendy")? */
function sameButPossessive(a: string[], b: string[]): boolean {
  if (a.length !== b.length || POSSESSIVE_END.test(a[a.length - 1]) === POSSESSIVE_END.test(b[b.length - 1])) return false;
  return a.every((w, i) => w.replace(POSSESSIVE_END, '') === b[i].replace(POSSESSIVE_END, ''));
}

/** The fullest written form: most words, then one with its possessive ("Wendy's"), then most often used, then first seen. */
export function fullestForm(mentions: Mention[]): string {
  const counts = new Map<string, { n: number; first: number }>();
  mentions.forEach((m, i) => {
    const form = words(m.text).join(' ');
    const c = counts.get(form) ?? { n: 0, first: i };
    c.n++;
    counts.set(form, c);
  });
  const isCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase() && words(s).length > 1;
  return [...counts.entries()].sort(
    ([a, ca], [b, cb]) =>
      Number(isCaps(a)) - Number(isCaps(b)) || words(b).length - words(a).length || Number(POSSESSIVE_END.test(b)) - Number(POSSESSIVE_END.test(a))
      || cb.n - ca.n || ca.first - cb.first,
  )[0][0];
}

/** Mentions -> entities with ids e1, e2 ... (most mentioned first, then first appearance). */
export function mergeAliases(mentions: Mention[], hints: MergeHints = {}): Entity[] {
  const clusters = clusterMentions(mentions, hints).sort((a, b) => b.length - a.length || a[0].start - b[0].start);
  return clusters.map((ms, i) => {
    const aliases: string[] = [];
    for (const m of ms) {
      const form = words(m.text).join(' ');
      if (!aliases.includes(form)) aliases.push(form);
    }
    return { id: `e${i + 1}`, name: fullestForm(ms), type: ms[0].type, aliases, mentions: ms };
  });
}
