// What the coreference stage adds to the entities: people's gender with the article's own evidence
// (pronouns, "his wife") where it tells one, and the descriptions and pronouns that refer to each
// entity, so `entities --json` can show them and key people can count them.
//
//   "Mayor Doug McCallum ... the mayor said ... he added" → Doug McCallum: references "the mayor" (role), "he" (pronoun)
import type { Entity, Reference } from '../types.js';
import type { Coref } from './types.js';

export function withReferences(entities: Entity[], coref: Coref): Entity[] {
  const references = new Map<string, Reference[]>();
  for (const m of coref.mentionSpans()) {
    if (m.form === 'name' || m.referent < 0) continue;
    const id = coref.referents[m.referent].id;
    if (!id) continue;
    const list = references.get(id) ?? [];
    list.push({ text: m.text, start: m.start, end: m.end, form: m.form, how: m.how });
    references.set(id, list);
  }
  return entities.map((e) => {
    const gender = e.type === 'person' ? coref.genderOf(e.id) ?? e.gender : e.gender;
    const refs = references.get(e.id);
    if (gender === e.gender && !refs) return e;
    const out: Entity = { ...e };
    if (gender) out.gender = gender;
    if (refs) out.references = refs;
    return out;
  });
}
