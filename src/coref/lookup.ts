// The stage's answer, kept small: the quotes stage holds it while it runs, so mentions become typed
// arrays (a 20 MB article has half a million of them) and tokens are read from the sentences the
// pipeline keeps anyway. resolveAt reads a speaker phrase the way news writes it:
//
//   "Jeff Fraser, the director of operations for EHS"  → Jeff Fraser (the phrase stands for the name)
//   "A spokeswoman for Trudeau" given as "Trudeau"      → the spokeswoman (an owner is not the speaker)
//   "The judge ruled he"                               → "The judge" (a phrase runs to its verb)
//   "she"                                              → the pronoun's referent
import type { Range } from '../types.js';
import { NAME_SUFFIXES } from '../lexicon/name-particles.js';
import { BASED_COMPOUND } from '../lexicon/clause-words.js';
import { roleNoun } from '../lexicon/roles.js';
import { firstIndex } from '../util/search.js';
import { PREPOSITIONS, verbWord } from './clause.js';
import type { Doc } from './document.js';
import { lastWordKey } from './names.js';
import type { CMention, Coref, How, Referent, Region, Resolution } from './types.js';

const HOWS: How[] = ['name', 'apposition', 'role', 'nominal', 'pronoun', 'document', 'inherited', 'unresolved'];
const FORMS: CMention['form'][] = ['name', 'nominal', 'pronoun'];
const GENDERS = [null, 'male', 'female'] as const;
/** Time words end a speaker phrase's head: "his doctor Friday afternoon" is "his doctor". */
const WHEN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|last|earlier|later|recently)$/;
const POSSESSOR = 1;
const DOCUMENT = 2;

export function makeCoref(doc: Doc, referents: Referent[], mentions: CMention[], regions: Region[], topics: Int32Array): Coref {
  const { text, sentences } = doc;
  const sentStart = Int32Array.from(doc.sentStart);
  const n = mentions.length;
  const ms = new Int32Array(n);
  const me = new Int32Array(n);
  const mref = new Int32Array(n);
  const mhow = new Uint8Array(n);
  const mform = new Uint8Array(n);
  const mflags = new Uint8Array(n);
  const mgender = new Uint8Array(n);
  /** Descriptions with an owner phrase after the head, by owner start: [ownerStart, ownerEnd, mention]. */
  const owned: Array<[number, number, number]> = [];
  const ownerOf = new Map<number, [number, number]>();
  mentions.forEach((m, k) => {
    ms[k] = m.s;
    me[k] = m.e;
    mref[k] = m.referent;
    mhow[k] = HOWS.indexOf(m.how);
    mform[k] = FORMS.indexOf(m.form);
    mflags[k] = (m.possessor ? POSSESSOR : 0) | (m.role?.kind === 'document' ? DOCUMENT : 0);
    mgender[k] = m.gender === 'male' ? 1 : m.gender === 'female' ? 2 : 0;
    if (m.form === 'nominal' && m.owner && m.owner[0] > m.head) {
      ownerOf.set(k, m.owner);
      if (m.role!.kind !== 'organization') owned.push([m.owner[0], m.owner[1], k]);
    }
  });
  owned.sort((a, b) => a[0] - b[0]);

  // Tokens, read through the sentences: token i is in the sentence whose start is the last one <= i.
  const sentOf = (i: number) => firstIndex(sentStart.length, (k) => sentStart[k] <= i) - 1;
  const tokText = (i: number) => { const k = sentOf(i); return sentences[k].tokens.text(i - sentStart[k]); };
  const tokStart = (i: number) => { const k = sentOf(i); return sentences[k].tokens.start(i - sentStart[k]); };
  const tokEnd = (i: number) => { const k = sentOf(i); return sentences[k].tokens.end(i - sentStart[k]); };
  const total = doc.n;
  const low = (i: number) => tokText(i).toLowerCase().replace(/’/g, "'");
  /** First token whose end is after `offset`. */
  const tokenAfter = (offset: number) => {
    const k = Math.max(0, firstIndex(sentences.length, (j) => sentences[j].end <= offset));
    if (k >= sentences.length) return total;
    const ts = sentences[k].tokens;
    return sentStart[k] + firstIndex(ts.length, (j) => ts.end(j) <= offset);
  };

  const byLast = new Map<string, number>();
  referents.forEach((r, i) => {
    if (r.kind !== 'person' && r.kind !== 'organization') return;
    const key = lastWordKey(r.name);
    if (!byLast.has(key)) byLast.set(key, i);
  });
  const answer = (r: number, how: How): Resolution => ({
    entity: referents[r].id, name: referents[r].name, gender: referents[r].gender ?? null, how,
  });
  const slice = (s: number, e: number) => text.slice(tokStart(s), tokEnd(e - 1));

  /** The smallest mention holding token i. */
  const mentionAt = (i: number): number => {
    let at = -1;
    for (let k = firstIndex(n, (j) => ms[j] <= i) - 1; k >= 0 && ms[k] >= i - 40; k--) {
      if (i < me[k] && (at < 0 || me[k] - ms[k] < me[at] - ms[at])) at = k;
    }
    return at;
  };
  /** A description whose owner phrase holds tokens [s, e): "[A spokeswoman] for [Trudeau]". */
  const ownedBy = (s: number, e: number): number => {
    for (let k = firstIndex(owned.length, (j) => owned[j][0] <= s) - 1; k >= 0 && owned[k][0] >= s - 40; k--) {
      if (e <= owned[k][1]) return owned[k][2];
    }
    return -1;
  };
  const resolved = (k: number, asWritten: string): Resolution => {
    // A description that introduced someone new answers with its own words, as written.
    if (mref[k] >= 0 && HOWS[mhow[k]] === 'unresolved') return { entity: null, name: asWritten, gender: referents[mref[k]].gender ?? null, how: 'unresolved' };
    if (mref[k] >= 0) return answer(mref[k], HOWS[mhow[k]]);
    const owner = ownerOf.get(k);
    // "a statement released by the Prime Minister's Office": the author, as written
    if (mflags[k] & DOCUMENT && owner) return { entity: null, name: slice(owner[0], owner[1]), gender: null, how: 'document' };
    return { entity: null, name: asWritten, gender: GENDERS[mgender[k]], how: 'unresolved' };
  };

  function resolveAt(span: Range): Resolution | null {
    const s = tokenAfter(span.start);
    if (s >= total || tokStart(s) >= span.end) return null;
    let e = s + 1;
    while (e < total && tokStart(e) < span.end) e++;
    const written = text.slice(span.start, span.end);
    // "the union's" is "the union"; a phrase runs to its verb: "The judge ruled he" is "The judge".
    while (e - 1 > s && /^['’]s?$/.test(tokText(e - 1))) e--;
    for (let i = s + 1; i < e; i++) {
      const t = tokText(i);
      // (a verb that is no plural noun: "ruled", "said", "is" — not "correspondents")
      if (/^[a-z]/.test(t) && verbWord(low(i), t) & 1 && !/[^s]s$/.test(low(i)) && !roleNoun(low(i))) { e = i; break; }
    }
    // The phrase's head: its last word before a prepositional phrase or relative clause.
    let h = s;
    while (h + 1 < e && !(PREPOSITIONS.has(low(h + 1)) || /^(?:who|which|that|,)$/.test(low(h + 1)) && !BASED_COMPOUND.test(tokText(h + 2) ?? '') || WHEN.test(low(h + 1)))) h++;
    // "Joseph R. Biden Jr.": the name before the suffix is the head
    if (h > s && NAME_SUFFIXES.has(low(h))) h--;
    // 1. A phrase that stands for a name: "Jeff Fraser, the director of operations for EHS" is Jeff Fraser.
    const atHead = mentionAt(h);
    const personName = atHead >= 0 && mform[atHead] === 0 && mref[atHead] >= 0 && referents[mref[atHead]].kind === 'person' && !(mflags[atHead] & POSSESSOR);
    if (!personName) {
      let found: Region | null = null;
      for (let i = firstIndex(regions.length, (j) => regions[j].s <= h) - 1; i >= 0 && regions[i].s >= h - 60; i--) {
        const g = regions[i];
        if (h < g.e && !(g.ns <= h && h < g.ne) && (!found || g.e - g.s < found.e - found.s)) found = g;
      }
      if (found) return answer(found.referent, found.how);
    }
    // 2. The owner of a description is not its speaker: in "A spokeswoman for Trudeau said", the spokeswoman is.
    const owner = ownedBy(s, e);
    if (owner >= 0) return resolved(owner, slice(ms[owner], ownerOf.get(owner)![1]));
    // 3. The mention at the head. (Not any other word: "BBC correspondents" are not the BBC.)
    if (atHead >= 0) return resolved(atHead, written);
    // 4. A capitalised word the mentions missed: the referent with that last name.
    if (/^\p{Lu}/u.test(tokText(h))) {
      const r = byLast.get(lastWordKey(tokText(h)));
      if (r !== undefined) return answer(r, 'name');
    }
    return null;
  }

  const genders = new Map<string, Referent['gender']>();
  for (const r of referents) if (r.id && r.gender) genders.set(r.id, r.gender);
  return {
    referents,
    regions,
    mentionSpans: () => Array.from({ length: n }, (_, k) => ({
      start: tokStart(ms[k]), end: tokEnd(me[k] - 1), text: slice(ms[k], me[k]), form: FORMS[mform[k]],
      referent: mref[k], how: HOWS[mhow[k]],
    })),
    genderOf: (id: string) => genders.get(id) ?? null,
    resolveAt,
    topicAt(offset: number): Resolution | null {
      const i = Math.min(tokenAfter(offset), total - 1);
      if (i < 0) return null;
      const t = topics[sentOf(i)];
      return t >= 0 ? answer(t, 'inherited') : null;
    },
  };
}
