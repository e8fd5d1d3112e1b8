// Stage 3b: mentions and coreference. Segmented + entities → who every person and organisation
// mention refers to: names (the tagger's entities and names it missed), descriptions ("the mayor",
// "the company", "a statement") and pronouns ("she"), tied together by the evidence news writing
// gives — titles and appositives, salience, agreement, quote structure. Pure: the first-name table
// comes in as a resource (the NER model's gazetteer), nothing is loaded here.
//
//   Mayor Doug McCallum said ... "...," the mayor told reporters.
//   resolveAt("the mayor") → { entity: "e2", name: "Doug McCallum", how: "role", gender: "male" }
import type { Entity, Range, Segmented } from '../types.js';
import type { IntMap } from '../ner/int-map.js';
import { firstIndex } from '../util/search.js';
import { buildDoc, tokenFrom, tokenRange, type Doc } from './document.js';
import { PREPOSITIONS, clauseRole, verbAt } from './clause.js';
import { roleNoun } from '../lexicon/roles.js';
import { assignGenders } from './gender.js';
import { link } from './link.js';
import { otherMentions } from './mentions.js';
import { lastWordKey, namedMentions, retypePeople, type Named } from './names.js';
import { introductions } from './structure.js';
import type { CMention, Coref, Referent, Region, Resolution } from './types.js';

export type { Coref, Resolution, Referent, CMention, Region, How } from './types.js';

export interface CorefResources {
  /** The NER model's gazetteer (first names by gender, places, organisations); optional. */
  gazetteer?: IntMap;
}

export function corefer(seg: Segmented, entities: Entity[], resources: CorefResources = {}): Coref {
  const doc = buildDoc(seg);
  const { referents, named, nameAt } = namedMentions(doc, entities, resources.gazetteer);
  retypePeople(doc, named, nameAt, referents);
  const intro = introductions(doc, named, nameAt, referents);
  const roles = named.map((nm, k) => (doc.quoted[nm.s] ? null : clauseRole(doc, intro.phraseStart[k], nm.e)));
  const index = new Map(named.map((nm, k) => [nm, k]));
  assignGenders(doc, named, referents, intro.genderVotes, (nm) => !!roles[index.get(nm)!]?.subject, resources.gazetteer);
  const mentions: CMention[] = named.map((nm, k) => {
    const m: CMention = {
      form: 'name', s: nm.s, e: nm.e, head: nm.e - 1, sent: doc.sent[nm.s], referent: nm.referent, how: 'name',
      subject: false, speaker: false, possessor: false, embedded: false, subordinate: false,
    };
    const role = roles[k];
    if (role) {
      Object.assign(m, { subject: role.subject, speaker: role.speaker, possessor: role.possessor, embedded: role.embedded, subordinate: role.subordinate });
      const r = referents[nm.referent];
      r.count++;
      if (role.speaker) r.spoke++;
    }
    return m;
  });
  // A description inside an appositive is the person or organisation it describes.
  const described = intro.described.sort((a, b) => a[0] - b[0]);
  for (const m of otherMentions(doc, named, nameAt, referents)) {
    if (m.form === 'nominal' && m.role!.kind !== 'document') {
      const k = firstIndex(described.length, (i) => described[i][0] <= m.head) - 1;
      if (k >= 0 && m.head < described[k][1] && (referents[described[k][2]].kind === 'person') === (m.role!.kind === 'person')) {
        m.referent = described[k][2];
        m.how = 'apposition';
      }
    }
    mentions.push(m);
  }
  mentions.sort((a, b) => a.s - b.s || a.e - b.e); // an owner ("her" of "her statement") first
  // Quoted names are the speaker's words, not the narrative: they resolve, but do not steer "she said".
  const discourse = mentions.filter((m) => !doc.quoted[m.s]);
  const base = referents.length;
  const before = discourse.map((m) => [m.referent, m.how] as const);
  let topics = link(doc, referents, discourse);
  // The article's own pronouns tell the gender of a person no name or title did: "Jayme told police
  // she ...". When the pronouns resolved to such a person are clearly of one gender, link again.
  if (learnGenders(discourse, referents)) {
    referents.length = base;
    discourse.forEach((m, i) => { m.referent = before[i][0]; m.how = before[i][1]; });
    topics = link(doc, referents, discourse);
  }
  return makeCoref(doc, referents, mentions, intro.regions, named, nameAt, topics);
}

/** Genders from resolved pronouns, for people with none: at least two, and twice as many of one gender. */
function learnGenders(mentions: CMention[], referents: Referent[]): boolean {
  const votes = new Map<number, [number, number]>();
  for (const m of mentions) {
    if (m.form !== 'pronoun' || !m.gender || m.referent < 0) continue;
    const r = referents[m.referent];
    if (r.kind !== 'person' || r.gender) continue;
    const v = votes.get(m.referent) ?? [0, 0];
    v[m.gender === 'male' ? 0 : 1]++;
    votes.set(m.referent, v);
  }
  let changed = false;
  for (const [r, [male, female]] of votes) {
    if (male >= 2 && male >= 2 * female) { referents[r].gender = 'male'; changed = true; }
    else if (female >= 2 && female >= 2 * male) { referents[r].gender = 'female'; changed = true; }
  }
  return changed;
}

function makeCoref(doc: Doc, referents: Referent[], mentions: CMention[], regions: Region[], named: Named[], nameAt: Int32Array, topics: Int32Array): Coref {
  const byLast = new Map<string, number>();
  referents.forEach((r, i) => {
    if (r.kind !== 'person' && r.kind !== 'organization') return;
    const key = lastWordKey(r.name);
    if (!byLast.has(key)) byLast.set(key, i);
  });
  const answer = (r: number, how: Resolution['how']): Resolution => ({
    entity: referents[r].id, name: referents[r].name, gender: referents[r].gender ?? null, how,
  });

  /** The smallest mention holding token i, by binary search over the mentions sorted by start. */
  const mentionAt = (i: number): CMention | null => {
    const hi = firstIndex(mentions.length, (k) => mentions[k].s <= i);
    let at: CMention | null = null;
    for (let k = hi - 1; k >= 0 && k >= hi - 12; k--) {
      const m = mentions[k];
      if (m.s <= i && i < m.e && (!at || m.e - m.s < at.e - at.s)) at = m;
    }
    return at;
  };
  /** A description whose owner phrase holds tokens [s, e): "[A spokeswoman] for [Trudeau]". */
  const ownedBy = (s: number, e: number): CMention | null => {
    const hi = firstIndex(mentions.length, (k) => mentions[k].s < s);
    for (let k = hi - 1; k >= 0 && k >= hi - 12; k--) {
      const m = mentions[k];
      if (m.form === 'nominal' && m.owner && m.owner[0] > m.head && m.owner[0] <= s && e <= m.owner[1] && m.role!.kind !== 'organization') return m;
    }
    return null;
  };
  const spanText = (m: CMention) => doc.text.slice(doc.tokens[m.s].start, doc.tokens[(m.owner && m.owner[0] > m.head ? m.owner[1] : m.e) - 1].end);

  function resolveAt(span: Range): Resolution | null {
    const range = tokenRange(doc, span.start, span.end);
    if (!range) return null;
    let [s, e] = range;
    const text = doc.text.slice(span.start, span.end);
    // A phrase runs to its verb: "The judge ruled he" is "The judge".
    for (let i = s + 1; i < e; i++) if (/^[a-z]/.test(doc.tokens[i].text) && verbAt(doc, i) && !roleNoun(doc.low[i])) { e = i; break; }
    // The phrase's head: its last word before a prepositional phrase or relative clause.
    let h = s;
    while (h + 1 < e && !(PREPOSITIONS.has(doc.low[h + 1]) || /^(?:who|which|that|,)$/.test(doc.low[h + 1]))) h++;
    // 1. A phrase that stands for a name: "Jeff Fraser, the director of operations for EHS" is Jeff Fraser.
    const k = nameAt[h];
    const personName = k >= 0 && referents[named[k].referent].kind === 'person' && doc.low[named[k].e] !== "'s";
    if (!personName) {
      let found: Region | null = null;
      const lo = firstIndex(regions.length, (i) => regions[i].s <= h);
      for (let i = lo - 1; i >= 0 && i >= lo - 12; i--) {
        const g = regions[i];
        if (g.s <= h && h < g.e && !(g.ns <= h && h < g.ne) && (!found || g.e - g.s < found.e - found.s)) found = g;
      }
      if (found) return answer(found.referent, found.how);
    }
    // 2. The owner of a description is not its speaker: in "A spokeswoman for Trudeau said", the spokeswoman is.
    const owner = ownedBy(s, e);
    if (owner) return owner.referent >= 0 ? answer(owner.referent, owner.how) : { entity: null, name: spanText(owner), gender: owner.gender ?? null, how: 'unresolved' };
    // 3. The mention at the head (or, failing that, any word of the phrase from its end).
    let at = mentionAt(h);
    for (let i = e - 1; !at && i >= s; i--) { at = mentionAt(i); if (at?.possessor && at.form === 'pronoun') at = null; } // "his release" is not "his"
    if (at) {
      if (at.referent >= 0) return answer(at.referent, at.how);
      // "a statement released by the Prime Minister's Office": the author, as written
      if (at.role?.kind === 'document' && at.owner && at.owner[0] > at.head) {
        return { entity: null, name: doc.text.slice(doc.tokens[at.owner[0]].start, doc.tokens[at.owner[1] - 1].end), gender: null, how: 'document' };
      }
      return { entity: null, name: text, gender: at.gender ?? null, how: 'unresolved' };
    }
    // 4. A capitalised word the mentions missed: the referent with that last name.
    if (/^\p{Lu}/u.test(doc.tokens[h].text)) {
      const r = byLast.get(lastWordKey(doc.tokens[h].text));
      if (r !== undefined) return answer(r, 'name');
    }
    return null;
  }

  const genders = new Map<string, Referent['gender']>();
  for (const r of referents) if (r.id && r.gender) genders.set(r.id, r.gender);
  return {
    referents,
    mentions,
    regions,
    genderOf: (id: string) => genders.get(id) ?? null,
    resolveAt,
    topicAt(offset: number): Resolution | null {
      const i = tokenFrom(doc, offset);
      if (i >= doc.tokens.length) return null;
      const t = topics[doc.sent[i]];
      return t >= 0 ? answer(t, 'inherited') : null;
    },
  };
}
