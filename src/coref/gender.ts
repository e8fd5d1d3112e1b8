// A person's gender from the evidence src/ner/gender.ts uses (honorifics, first names from the model's
// gazetteer, surname endings) and two the article itself gives: gendered descriptions ("his wife,
// Anna", "a spokeswoman") and its own pronouns ("Darian Lonechild ... has proven herself").
//
// Order of trust: honorifics, then descriptions, then the first name, then the pronouns after the
// person as subject, then the surname's ending, then looser pronoun evidence.
//
//   "Darian Lonechild is new to advocacy work, but has already proven herself"  → female (pronouns)
//   "Mr. Brown"                                                                 → male (honorific)
import { honorific } from '../lexicon/honorifics.js';
import { genderFromSurname, genderFromVietnameseName } from '../lexicon/name-endings.js';
import type { Gender } from '../lexicon/roles.js';
import type { FirstNames } from '../ner/gender.js';
import { low, txt, type Doc } from './document.js';
import { speechVerbAt } from './clause.js';
import type { Named } from './names.js';
import type { Referent } from './types.js';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const REFLEXIVE = new Set(['himself', 'herself']);


/**
 * Pronoun votes: in a sentence where one person is named, as its subject (outside quotes), the
 * gendered pronouns after the name are that person's ("strong"); so, more loosely, are those of the
 * next sentence before any other name ("weak": `X agreed. "...," she said` may be someone else).
 * Each map: referent → [male, female].
 */
function pronounVotes(doc: Doc, named: Named[], referents: Referent[], subject: (k: number) => boolean): { strong: Map<number, [number, number]>; weak: Map<number, [number, number]> } {
  const strong = new Map<number, [number, number]>();
  const weak = new Map<number, [number, number]>();
  const persons: Named[] = [];
  const isSubject = new Set<Named>();
  named.forEach((m, k) => {
    if (referents[m.referent].kind !== 'person' || doc.quoted[m.s]) return;
    persons.push(m);
    if (subject(k)) isSubject.add(m);
  });
  const count = (v: [number, number], a: number, b: number) => {
    for (let i = a; i < b; i++) {
      if (doc.quoted[i]) continue;
      const w = low(doc, i);
      // a tag set off in what it reports is someone else's: "... but Sione, she says, would be the choice"
      if (txt(doc, i - 1) === ',' && speechVerbAt(doc, i + 1) && /^[,.;]$/.test(txt(doc, i + 2) ?? '')) continue;
      const weight = REFLEXIVE.has(w) ? 2 : 1;
      if (MALE.has(w)) v[0] += weight;
      else if (FEMALE.has(w)) v[1] += weight;
    }
  };
  let k = 0;
  for (let s = 0; s < doc.sentStart.length; s++) {
    const inSent: Named[] = [];
    while (k < persons.length && doc.sent[persons[k].s] < s) k++;
    for (let j = k; j < persons.length && doc.sent[persons[j].s] === s; j++) inSent.push(persons[j]);
    // One person named, as the subject: "Jayme told police she could hear" (not "Patterson dragged Jayme ... he").
    if (!inSent.length || inSent.some((m) => m.referent !== inSent[0].referent) || !isSubject.has(inSent[0])) continue;
    const r = inSent[0].referent;
    const v = strong.get(r) ?? [0, 0];
    count(v, inSent[0].e, doc.sentEnd[s]);
    strong.set(r, v);
    // The next sentence, up to its first name (person or not: "... Bennett" ends the run).
    if (s + 1 < doc.sentStart.length) {
      let end = doc.sentEnd[s + 1];
      for (let j = k + inSent.length; j < persons.length && doc.sent[persons[j].s] === s + 1; j++) { end = persons[j].s; break; }
      const w = weak.get(r) ?? [0, 0];
      count(w, doc.sentStart[s + 1], end);
      weak.set(r, w);
    }
  }
  for (const [r, v] of strong) { const w = weak.get(r) ?? [0, 0]; w[0] += v[0]; w[1] += v[1]; weak.set(r, w); }
  return { strong, weak };
}

export function assignGenders(doc: Doc, named: Named[], referents: Referent[], described: Map<number, [number, number]>, subject: (k: number) => boolean, firstNames: FirstNames): void {
  const honor = new Map<number, [number, number]>();
  for (const m of named) {
    if (referents[m.referent].kind !== 'person') continue;
    const before = m.s > 0 && doc.sent[m.s - 1] === doc.sent[m.s] ? txt(doc, m.s - 1) : '';
    const h = honorific(before);
    if (!h?.gender) continue;
    const v = honor.get(m.referent) ?? [0, 0];
    v[h.gender === 'male' ? 0 : 1]++;
    honor.set(m.referent, v);
  }
  const pron = pronounVotes(doc, named, referents, subject);
  const decide = (v: [number, number] | undefined, margin: number, min: number): Gender | undefined => {
    if (!v) return undefined;
    if (v[0] >= min && v[0] >= margin * v[1] && v[0] > v[1]) return 'male';
    if (v[1] >= min && v[1] >= margin * v[0] && v[1] > v[0]) return 'female';
    return undefined;
  };
  referents.forEach((r, i) => {
    if (r.kind !== 'person') return;
    const parts = r.name.split(/\s+/);
    const g = decide(honor.get(i), 1, 1)
      ?? decide(described.get(i), 1, 1)
      ?? (parts.length > 1 ? genderFromVietnameseName(parts) ?? firstNames(parts[0]) : undefined)
      ?? decide(pron.strong.get(i), 2, 1)
      ?? r.gender // the tagger stage's own guess (honorifics, first names, surnames)
      ?? genderFromSurname(parts[parts.length - 1])
      ?? decide(pron.weak.get(i), 2, 2);
    r.gender = g;
  });
}
