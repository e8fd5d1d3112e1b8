// The speaker mention inside a speaker phrase: what `speakerMention` points at.
//
//   "EU chief Charles Michel"                     → "Charles Michel" (the name at the head)
//   "Del. Stacey Plaskett of the Virgin Islands"  → "Stacey Plaskett" (the head before the PP)
//   "the senator", "Lithuanian lawmakers"         → the whole phrase
//   "Stevie Wonder, who"                          → the whole phrase (corpora mark "who"); headOf → "Stevie Wonder"
import { CAPITALISED_ARTICLES, COUNT_WORDS, MENTION_TRAILERS, NAME_PARTICLES, PHRASE_PREPOSITIONS } from '../lexicon/clause-words.js';
import { type Phrase } from './phrases.js';
import { isCap, isPossessive, low, type Reading } from './reading.js';
import { honorific } from '../lexicon/honorifics.js';
import { shapeSpeaker } from './speaker-shape.js';
import { roleNoun } from '../lexicon/roles.js';

/** The mention inside a speaker phrase: the name at its head, else the whole phrase ("the senator"). */
export function mentionOf(r: Reading, phrase: Phrase): Phrase {
  const np = shapeSpeaker(r, phrase);
  if (np.e - np.s === 1) return np;
  let e = np.e;
  // "Del. Stacey Plaskett of the Virgin Islands", "Cameron Easley for Morning Consult": the head
  // comes before the prepositional phrase.
  for (let i = np.s + 1; i < e - 1; i++) {
    // (not a count: "One of the men" is the phrase's own)
    // (nor a title's own: "Minister for Foreign Affairs Penny Wong", "Commissioner for Trade Maros Sefcovic")
    if (PHRASE_PREPOSITIONS.has(r.tokens.text(i)) && isCap(r, i - 1) && !isPossessive(r, i - 1) && !COUNT_WORDS.test(low(r, i - 1))
      && !(r.tokens.text(i) === 'for' && roleNoun(low(r, i - 1))?.title)) { e = i; break; }
  }
  // "the MLA for Fort Rouge", "the Commissioner for Health": after "the" and a title, the place or
  // domain of the office is no name of its holder (unlike "Minister for Foreign Affairs Penny Wong")
  if (officeOfPlace(r, np)) return np;
  // The head is the phrase's last word; a name there is the speaker ("EU chief Charles Michel").
  if (isCap(r, e - 1) && !isPossessive(r, e - 1)) {
    let s = e - 1;
    // (particles inside a name: "Joost van der Linden")
    while (s > np.s && (isCap(r, s - 1) || NAME_PARTICLES.has(r.tokens.text(s - 1)) && s - 2 >= np.s && (isCap(r, s - 2) || NAME_PARTICLES.has(r.tokens.text(s - 2)))) && !isPossessive(r, s)) s--;
    for (let i = e - 2; i >= s; i--) if (honorific(r.tokens.text(i))) { s = i + 1; break; }
    // "One buyer in Yarmouth": a name after a preposition and a common noun is where the head is, not who
    if (s - 2 >= np.s && PHRASE_PREPOSITIONS.has(r.tokens.text(s - 1)) && !isCap(r, s - 2)) return { s: np.s, e };
    if (s < e && !CAPITALISED_ARTICLES.has(r.tokens.text(s))) return { s, e };
    if (s + 1 < e) return { s: s + 1, e };
  }
  // "The senator" keeps its determiner; a trailing comma never belongs.
  while (e > np.s + 1 && !/[\p{L}\p{N}]/u.test(r.tokens.text(e - 1))) e--;
  return { s: np.s, e };
}

/** "the MLA for Fort Rouge", "The Commissioner for Health": "the", a title, "for" or "of", and the rest in capitals. */
function officeOfPlace(r: Reading, np: Phrase): boolean {
  if (np.e - np.s < 4 || low(r, np.s) !== 'the' || !roleNoun(low(r, np.s + 1))?.title) return false;
  const p = r.tokens.text(np.s + 2);
  if (p !== 'for' && p !== 'of') return false;
  for (let i = np.s + 3; i < np.e; i++) if (!isCap(r, i) || isPossessive(r, i)) return false;
  return true;
}

/** The part of a mention that names the speaker: a relative pronoun and comma at its end dropped. */
export function headOf(r: Reading, m: Phrase): Phrase {
  let h = m;
  while (h.e - h.s > 1 && MENTION_TRAILERS.has(low(r, h.e - 1))) h = { s: h.s, e: h.e - 1 };
  return h === m ? m : mentionOf(r, h);
}
