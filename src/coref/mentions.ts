// Mentions that are not names: pronouns ("she", "its") and descriptions ("the mayor", "The company",
// "the 36-year-old", "a spokeswoman for Trudeau", "her statement"), each with what it says about its
// referent (kind, gender, number) and its place in the clause. Also pairs of names ("Kim and Clark
// Moran") as one plural referent for a later "they" or "the couple".
//
//   "...," said the rookie defenceman.      → description, person, definite, speaker
//   A statement from the EU said ...        → description, document, owner "the EU"
//   her statement read                      → description, document, owner "her"
import { AGE_NOUN, DOCUMENT_WITH_MODIFIER, roleNoun, type RoleNoun } from '../lexicon/roles.js';
import { BASED_COMPOUND } from '../lexicon/clause-words.js';
import { clauseRole, plainVerbAt, PREPOSITIONS, speechVerbAt, verbAt } from './clause.js';
import { isCapital, low, startOf, endOf, txt, type Doc } from './document.js';
import type { Named } from './names.js';
import { CMention, makeReferent, type Determiner, type Referent } from './types.js';
import type { Gender } from '../lexicon/roles.js';
import { nationalityNoun } from '../lexicon/nationality-nouns.js';

const PRONOUNS: Record<string, { gender?: Gender; plural?: boolean; possessive?: boolean }> = {
  he: { gender: 'male' }, him: { gender: 'male' }, his: { gender: 'male', possessive: true }, himself: { gender: 'male' },
  she: { gender: 'female' }, her: { gender: 'female', possessive: true }, hers: { gender: 'female' }, herself: { gender: 'female' },
  they: { plural: true }, them: { plural: true }, their: { plural: true, possessive: true }, themselves: { plural: true },
  it: {}, its: { possessive: true }, itself: {},
};

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);
export const POSSESSIVE_DET = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Participles that bring a document's author: "a statement released by the Prime Minister's Office". */
const AUTHOR_PARTICIPLES = new Set(['released', 'issued', 'sent', 'published', 'posted', 'filed', 'signed', 'written', 'obtained']);
/** The role of an age used as a noun ("the 36-year-old"), with every field a lexicon entry has (one object shape). */
const AGE_ROLE: RoleNoun = { word: 'age', kind: 'person', title: undefined, gender: undefined, orgClass: undefined, plural: undefined, reason: 'an age as a noun' };
/** Nouns that stand for two people named together: "Kim and Clark Moran ... the couple said". */
export const PAIR_NOUNS = new Set(['couple', 'pair', 'duo']);

// The word shapes the description finder asks about, as module constants (a literal in the loop would be
// a new object per word).
/** Words that end a noun phrase's modifiers: "the mayor [and] ...", "the chief [who] ...". */
const CLAUSE_LINK = /^(?:and|or|but|who|which|that)$/;
/** A lower-case word, maybe hyphenated: a modifier or head noun ("police", "co-founder"). */
const LOWER_WORD = /^[a-z][a-z-]*$/;
/** A participle ("elected"), of which some are adjectives before a role ("retired general"). */
const PARTICIPLE = /^[a-z]+ed$/;
const ADJECTIVE_PARTICIPLE = /^(?:based|armed|retired|elected|renowned|celebrated)$/;
/** Anything a modifier can be: letters, digits and the marks inside words. */
const MODIFIER_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u;
/** A capitalised word in ordinary case ("Caleb", not "EU"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** Prepositions that bring a description's owner: "a spokeswoman for Trudeau". */
const OWNER_PREPOSITION = /^(?:for|of|from|by|with|at)$/;
/** "to" brings a person's owner ("an aide to Lindqvist", "an adviser to the minister"), never a document's:
 *  "a letter to Trump" is written to him, not by him. */
const PERSON_OWNER_PREPOSITION = 'to';
/** A speech verb's past form ("said", "told", "argued"), which ends an owner's phrase. */
const PAST_SPEECH = /^(?:said|told|wrote|[a-z]+ed)$/;
/** Auxiliaries before it: "critics of the takeover [have] argued". */
const OWNER_AUXILIARIES = new Set(['have', 'has', 'had']);

/**
 * "the Spaniard told reporters", "said the American": a nationality after "the" with no noun of its own
 * after it (not "the American team", nor "the Spaniard Rafael Nadal") is a description of a person.
 * The role it reads as, or undefined.
 */
export function nationalityAt(doc: Doc, i: number): RoleNoun | undefined {
  if (i === 0 || low(doc, i - 1) !== 'the' || doc.sent[i - 1] !== doc.sent[i] || !CAPITALISED.test(txt(doc, i))) return undefined;
  const nat = nationalityNoun(low(doc, i));
  if (!nat) return undefined;
  const next = doc.sent[i + 1] === doc.sent[i] ? txt(doc, i + 1) : undefined;
  if (next !== undefined && /^[\p{L}\p{N}]/u.test(next) && !(LOWER_WORD.test(next) && (verbAt(doc, i + 1) || PREPOSITIONS.has(low(doc, i + 1)) || CLAUSE_LINK.test(low(doc, i + 1))))) return undefined;
  return { word: low(doc, i), kind: 'person', title: undefined, gender: nat.gender, orgClass: undefined, plural: undefined, reason: 'a nationality as a noun' };
}

function withRole(doc: Doc, m: CMention, from: number): CMention {
  const possessor = m.possessor;
  clauseRole(doc, from, m.e, m);
  m.possessor = m.possessor || possessor;
  return m;
}

/** The owner phrase of a description from token i: a name, or a determiner phrase up to its head. */
function ownerAt(doc: Doc, i: number, nameAt: Int32Array, named: Named[]): [number, number] | null {
  const to = doc.sentEnd[doc.sent[i]];
  if (i >= to) return null;
  // a name is the owner unless it only modifies a noun after it: "from [U.S. intelligence agencies]"
  const nounAfter = (e: number) => /^[a-z]/.test(txt(doc, e) ?? '') && !verbAt(doc, e) && !PREPOSITIONS.has(low(doc, e)) && !CLAUSE_LINK.test(low(doc, e));
  if (nameAt[i] >= 0) return nounAfter(named[nameAt[i]].e) ? null : [named[nameAt[i]].s, named[nameAt[i]].e];
  // titles before the owner's name: "for Sen. Jane Doe", "for federal Environment Minister Steven Guilbeault"
  let k = i;
  if (/^[a-z]+$/.test(txt(doc, k)) && CAPITALISED.test(txt(doc, k + 1) ?? '') && !DEFINITE.has(low(doc, k)) && !POSSESSIVE_DET.has(low(doc, k))) k++;
  while (k < to && k < i + 5 && nameAt[k] < 0 && /^\p{Lu}/u.test(txt(doc, k))) k++;
  if (k > i && k < to && nameAt[k] >= 0 && !nounAfter(named[nameAt[k]].e)) return [i, named[nameAt[k]].e];
  if (low(doc, i) === 'the' && nameAt[i + 1] >= 0) return nounAfter(named[nameAt[i + 1]].e) ? null : [named[nameAt[i + 1]].s, named[nameAt[i + 1]].e];
  if (DEFINITE.has(low(doc, i)) || POSSESSIVE_DET.has(low(doc, i))) {
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      // the owner's phrase ends at its clause's speech verb in the past: "a spokesperson for [the trust]
      // said no decision ...", "critics of [the takeover] have argued" (not a noun: "the grand slam")
      if (speechVerbAt(doc, k) && PAST_SPEECH.test(low(doc, k))) {
        let e = k;
        if (OWNER_AUXILIARIES.has(low(doc, e - 1))) e--;
        return e > i + 1 ? [i, e] : null;
      }
      if (nameAt[k] >= 0) return [i, named[nameAt[k]].e];
      if (roleNoun(low(doc, k)) && !roleNoun(low(doc, k + 1)) && low(doc, k + 1) !== "'s") return [i, k + 1];
    }
  }
  return null;
}

const PRONOUN = 1;
const DESCRIPTION = 2;
const NOTHING = 3;

export function otherMentions(doc: Doc, named: Named[], nameAt: Int32Array, referents: Referent[]): CMention[] {
  /** Does the token range end in a person's full name after the title's own words ("Development
   *  Raymond Tsang"; not "Education" alone, nor "Ealing North", a place the tagger called a person)? */
  const personNamedIn = ([a, b]: [number, number]): boolean => {
    for (let i = a + 1; i < b; i++) {
      const k = nameAt[i];
      if (k >= 0 && named[k].s > a && referents[named[k].referent].kind === 'person' && named[k].e - named[k].s > 1) return true;
    }
    return false;
  };
  const out: CMention[] = [];
  const n = doc.n;
  // What each distinct spelling can start: a pronoun, a description (a role or an age noun), or
  // nothing (most words) — asked once per spelling, not per token.
  const kindOf = new Uint8Array(doc.words.length);
  for (let i = 0; i < n; i++) {
    if (doc.quoted[i] || nameAt[i] >= 0) continue;
    const id = doc.wid[i];
    let kind = kindOf[id];
    const w = doc.lows[id];
    if (!kind) {
      const pronoun = PRONOUNS[w] && /^[a-zA-Z]+$/.test(doc.words[id]);
      kind = pronoun ? PRONOUN : roleNoun(w) || (w.endsWith('-year-old') && AGE_NOUN.test(w)) ? DESCRIPTION : NOTHING;
      kindOf[id] = kind;
    }
    const national = kind === NOTHING && CAPITALISED.test(doc.words[id]) ? nationalityAt(doc, i) : undefined;
    if (kind === NOTHING && !national) continue;
    const sent = doc.sent[i];
    const from = doc.sentStart[sent];
    const p = PRONOUNS[w];
    if (kind === PRONOUN) {
      const m = new CMention('pronoun', i, i + 1, i, sent, -1, 'unresolved', p.gender, p.plural, w);
      withRole(doc, m, i);
      if (p.possessive) m.possessor = true;
      out.push(m);
      continue;
    }
    const role = roleNoun(w) ?? national;
    const age = w.endsWith('-year-old') && AGE_NOUN.test(w);
    if (!role && !age) continue;
    if (DOCUMENT_WITH_MODIFIER[w] && !DOCUMENT_WITH_MODIFIER[w].includes(low(doc, i - 1))) continue;
    const t = txt(doc, i);
    // The head is the last noun: "the police chief" → chief, "the city council" → council.
    const next = txt(doc, i + 1);
    let later = false;
    for (let k = i + 1; k < Math.min(doc.sentEnd[sent], i + 4); k++) {
      const w2 = low(doc, k);
      if (!LOWER_WORD.test(txt(doc, k)) || doc.quoted[k] || PREPOSITIONS.has(w2) || verbAt(doc, k) || CLAUSE_LINK.test(w2)) break;
      if (roleNoun(w2)) { later = true; break; }
    }
    if (later) continue; // "chief medical officer": the head is the last noun
    // A role right before a name introduces it ("rookie defenceman Caleb Jones"): see structure.ts.
    if (next !== undefined && doc.sent[i + 1] === sent && (nameAt[i + 1] >= 0 || (isCapital(next) && CAPITALISED.test(next) && !role?.plural))) continue;
    // The determiner and modifiers before the head.
    let s = i;
    let det: Determiner = 'none';
    let owner: [number, number] | undefined;
    for (let k = i - 1; k >= Math.max(from, i - 6); k--) {
      const lw = low(doc, k);
      if (doc.quoted[k]) break;
      // "said that cellphone service was down": "that" after a speech verb opens a clause, it is no determiner
      if (lw === 'that' && speechVerbAt(doc, k - 1)) break;
      if (DEFINITE.has(lw)) { det = 'definite'; s = k; break; }
      if (INDEFINITE.has(lw)) { det = 'indefinite'; s = k; break; }
      if (POSSESSIVE_DET.has(lw)) { det = 'possessed'; s = k; owner = [k, k + 1]; break; }
      if (lw === "'s" || lw === "'") {
        det = 'possessed';
        if (nameAt[k - 1] >= 0) { const nm = named[nameAt[k - 1]]; owner = [nm.s, nm.e]; s = nm.s; }
        else {
          // "the union's Friday release": the owner is the description before the mark
          const prev = out[out.length - 1];
          if (prev && prev.e === k) { owner = [prev.s, prev.e]; s = prev.s; } else s = k;
        }
        break;
      }
      // "the Kentucky Republican", "the WHL commissioner": a place or organisation name as a modifier
      if (nameAt[k] >= 0) {
        const nm = named[nameAt[k]];
        if (referents[nm.referent].kind === 'person' || low(doc, nm.e) === "'s") break;
        k = nm.s;
        continue;
      }
      // "the Austin, Texas-based company": a place and a comma before "-based" are modifiers too
      if (lw === ',' && BASED_COMPOUND.test(low(doc, k + 1))) continue;
      if (PREPOSITIONS.has(lw) || plainVerbAt(doc, k) || PARTICIPLE.test(lw) && !ADJECTIVE_PARTICIPLE.test(lw) || !MODIFIER_WORD.test(txt(doc, k))) break;
      if (CLAUSE_LINK.test(lw)) break;
    }
    // Capitalised heads are descriptions only after a determiner or at the start of a sentence: "The company",
    // "Officials said" — elsewhere they are part of a name ("Saskatoon Police Service").
    if (isCapital(t) && det === 'none' && i !== from) continue;
    if (det === 'none' && s === i && !role?.plural && role?.kind !== 'document' && !(isCapital(t) && i === from)) continue;
    let e = i + 1;
    // "The 26-year-old right wing said": an age noun heads the words after it.
    if (age) while (e < doc.sentEnd[sent] && e < i + 4 && /^[a-z]+$/.test(txt(doc, e)) && !verbAt(doc, e) && !PREPOSITIONS.has(low(doc, e)) && !CLAUSE_LINK.test(low(doc, e))) e++;
    // "a spokeswoman for Trudeau", "a statement from the EU", "a statement released by the PMO"
    if (!owner) {
      let k = e;
      if (AUTHOR_PARTICIPLES.has(low(doc, k)) && low(doc, k + 1) === 'by') k++;
      if (OWNER_PREPOSITION.test(low(doc, k)) || (low(doc, k) === PERSON_OWNER_PREPOSITION && role?.kind === 'person')) {
        const o = ownerAt(doc, k + 1, nameAt, named);
        // ("Secretary for Development Raymond Tsang": a capitalised title's "for" and the person's
        // name after it are one title and its holder, not a spokesperson and an owner)
        if (o && !(role?.title && isCapital(t) && personNamedIn(o))) owner = o;
      }
    }
    const caps: number[] = [];
    // (a place before "-based" says where the body is, not what it is called: "the Austin, Texas-based company")
    let c0 = det === 'none' ? s : s + 1;
    for (let k = c0; k < i; k++) if (txt(doc, k) === ',' && BASED_COMPOUND.test(low(doc, k + 1))) c0 = k + 1;
    for (let k = c0; k < i; k++) if (isCapital(txt(doc, k)) && !(k === from && det === 'none') && !BASED_COMPOUND.test(low(doc, k))) caps.push(k);
    if (isCapital(t) && i !== from) caps.push(i);
    const m = new CMention('nominal', s, e, i, sent, -1, 'unresolved', role?.gender, role?.plural ?? false, undefined, role ?? AGE_ROLE, det, caps.length ? caps : undefined, owner);
    withRole(doc, m, s);
    out.push(m);
  }
  // Two names joined by "and": one plural referent ("Tore Sohlberg and Lehla Abreder said they ...").
  for (let k = 0; k + 1 < named.length; k++) {
    const a = named[k];
    const b = named[k + 1];
    if (low(doc, a.e) !== 'and' || b.s !== a.e + 1 || doc.quoted[a.s]) continue;
    if (referents[a.referent].kind !== 'person' || referents[b.referent].kind !== 'person' || a.referent === b.referent) continue;
    const name = doc.text.slice(startOf(doc, a.s), endOf(doc, b.e - 1));
    const r = referents.length;
    referents.push(makeReferent(null, name, 'group', undefined, true));
    const m = new CMention('name', a.s, b.e, b.e - 1, doc.sent[a.s], r, 'name', undefined, true);
    out.push(withRole(doc, m, a.s));
  }
  return out;
}
