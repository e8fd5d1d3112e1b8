// Stage 3b: mentions and coreference. Segmented + entities → who every person and organisation
// mention refers to: names (the tagger's entities and names it missed), descriptions ("the mayor",
// "the company", "a statement") and pronouns ("she"), tied together by the evidence news writing
// gives — titles and appositives, salience, agreement, quote structure. Pure: the first-name table
// comes in as a resource (the NER model's gazetteer), nothing is loaded here.
//
//   Mayor Doug McCallum said ... "...," the mayor told reporters.
//   resolveAt("the mayor") → { entity: "e2", name: "Doug McCallum", how: "role", gender: "male" }
import type { Entity, Segmented } from '../types.js';
import type { IntMap } from '../ner/int-map.js';
import { firstNamesOf, type FirstNames } from '../ner/gender.js';
import { firstIndex } from '../util/search.js';
import { buildDoc } from './document.js';
import { makeCoref } from './lookup.js';
import { clauseRole } from './clause.js';
import { assignGenders } from './gender.js';
import { link } from './link.js';
import { otherMentions } from './mentions.js';
import { namedMentions, retypePeople } from './names.js';
import { introductions } from './structure.js';
import { CMention, type Coref, type Referent } from './types.js';

export { withReferences } from './references.js';
export type { Coref, Resolution, Referent, CMention, Region, How, MentionSpan } from './types.js';

export interface CorefResources {
  /** The NER model's gazetteer (first names by gender, places, organisations); optional. */
  gazetteer?: IntMap;
  /** First names by gender (`firstNamesOf(gazetteer)`, built once by the caller); default: built here from the gazetteer. */
  firstNames?: FirstNames;
  /** Called between the stage's steps: the CLI passes a full garbage collection for very large documents. */
  pause?: () => void;
}

export function corefer(seg: Segmented, entities: Entity[], resources: CorefResources = {}): Coref {
  const doc = buildDoc(seg);
  const pause = resources.pause ?? (() => undefined);
  pause();
  const { referents, named, nameAt } = namedMentions(doc, entities, resources.gazetteer);
  retypePeople(doc, named, referents);
  const intro = introductions(doc, named, nameAt, referents);
  pause();
  const mentions: CMention[] = named.map((nm) => new CMention('name', nm.s, nm.e, nm.e - 1, doc.sent[nm.s], nm.referent, 'name'));
  mentions.forEach((m, k) => {
    if (doc.quoted[m.s]) return;
    clauseRole(doc, intro.phraseStart[k], m.e, m);
    const r = referents[m.referent];
    r.count++;
    if (m.speaker) r.spoke++;
  });
  const firstNames = resources.firstNames ?? (resources.gazetteer ? firstNamesOf(resources.gazetteer) : () => undefined);
  assignGenders(doc, named, referents, intro.genderVotes, (k) => mentions[k].subject, firstNames);
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
  pause();
  const discourse = mentions.filter((m) => !doc.quoted[m.s]);
  // ... but they tell whom a speaker is not: '"David's record is excellent," he said' is not David.
  const quotedNames = mentions.filter((m) => doc.quoted[m.s] && m.form === 'name');
  const base = referents.length;
  // Only names and appositive descriptions are resolved before linking.
  const preset = discourse.filter((m) => m.referent >= 0 && m.form === 'nominal');
  let topics = link(doc, referents, discourse, quotedNames);
  pause();
  // The article's own pronouns tell the gender of a person no name or title did: "Jayme told police
  // she ...". When the pronouns resolved to such a person are clearly of one gender, link again.
  if (learnGenders(discourse, referents)) {
    referents.length = base;
    const keep = new Set(preset);
    for (const m of discourse) if (m.form !== 'name' && !keep.has(m)) { m.referent = -1; m.how = 'unresolved'; }
    topics = link(doc, referents, discourse, quotedNames);
  }
  return makeCoref(doc, referents, mentions, intro.regions, topics);
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
