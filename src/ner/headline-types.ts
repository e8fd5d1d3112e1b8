// Headlines capitalise every word as a style, and the tagger, reading one line with no context, often
// gives their names the wrong type: "Starmer faces backbench revolt" (a place), "Zelenskyy Presses
// NATO" (an organisation). The body says what the name is ("Sir Keir Starmer said ..."): a headline
// mention takes the type its body mentions have.
//
//   title "Postecoglou defiant after Spurs slump"  [LOC Postecoglou]
//   body  "Ange Postecoglou insisted ..."          [PER Ange Postecoglou]  → the title's becomes a person

import type { EntityType, Mention } from '../types.js';

const lower = (s: string): string => s.toLowerCase();
const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1);

/**
 * The mentions, those of headline sentences (`isHeadline`) retyped after the body: to the type of
 * the body's mentions written the same way (one type only), else — for one word — to person when it
 * is the last name of a person named in full in the body. Mentions the body does not name stay.
 */
export function headlineTypesFromBody(mentions: Mention[], isHeadline: (sentence: number) => boolean): Mention[] {
  const bodyTypes = new Map<string, EntityType | null>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (isHeadline(m.sentence)) continue;
    const form = lower(m.text);
    const seen = bodyTypes.get(form);
    // (a form the body types two ways tells nothing)
    bodyTypes.set(form, seen === undefined || seen === m.type ? m.type : null);
    if (m.type === 'person' && m.text.includes(' ')) surnames.add(lower(lastWord(m.text)));
  }
  if (!bodyTypes.size) return mentions;
  return mentions.map((m) => {
    if (!isHeadline(m.sentence)) return m;
    const form = lower(m.text);
    const body = bodyTypes.get(form);
    const type = body ?? (body === undefined && !m.text.includes(' ') && surnames.has(form) ? 'person' : null);
    return type && type !== m.type ? { ...m, type } : m;
  });
}
