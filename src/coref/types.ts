// The data of the coreference stage: referents (who is talked about), mentions (where), and what a
// lookup answers. See index.ts for the stage itself.
import type { Range } from '../types.js';
import type { Gender, OrgClass, RoleNoun } from '../lexicon/roles.js';

export type { Gender };

/** How a mention was tied to its referent: the evidence a user can check. */
export type How =
  | 'name' //        "Lukashenko" → the entity with that name
  | 'apposition' //  "Jeff Fraser, the director of operations for EHS, said" → the whole phrase is Jeff Fraser
  | 'role' //        "Mayor Doug McCallum ... the mayor" → the one person introduced with that role
  | 'nominal' //     "Jones scored ... said the rookie defenceman" → the salient person a description fits
  | 'pronoun' //     "she said" → the salient person who agrees in gender and number
  | 'document' //    "a statement from the EU said" → the author of the document
  | 'inherited' //   a quote with no attribution → the person the text is about there
  | 'unresolved'; // a description or pronoun with no fitting antecedent: its own words stay

export type ReferentKind = 'person' | 'organization' | 'place' | 'group';

/** Someone or something the article talks about: an entity of the tagger, or a name it missed. */
export interface Referent {
  /** The entity id, or null for a name the tagger missed or a group ("Kim and Clark Moran"). */
  id: string | null;
  name: string;
  kind: ReferentKind;
  gender?: Gender;
  plural?: boolean;
  /** Role nouns the article gives it ("mayor", "defenceman"), from titles and appositives. */
  roles: Set<string>;
  /** Capitalised words of the phrases that gave the roles ("Republican nominee Donald Trump" → republican). */
  descriptors: Set<string>;
  orgClass?: OrgClass;
  /** Named mentions in the discourse: the article's main people are mentioned most. */
  count: number;
  /** Times it is the subject of a speech verb. */
  spoke: number;
}

export type MentionForm = 'name' | 'nominal' | 'pronoun';

/** A mention in the discourse, as a token range [s, e) of the stage's token stream. */
export interface CMention {
  form: MentionForm;
  s: number;
  e: number;
  head: number;
  sent: number;
  /** The referent it is (names: from the start; others: once resolved), or -1. */
  referent: number;
  how: How;
  /** Grammar read off the clause: subject of a verb, subject of a speech verb, "X's", inside a prepositional phrase. */
  subject: boolean;
  speaker: boolean;
  possessor: boolean;
  embedded: boolean;
  /** Subject of a subordinate clause ("Although Trump tweeted ..."): less likely the next "he". */
  subordinate: boolean;
  // Pronouns and descriptions
  gender?: Gender;
  plural?: boolean;
  pronoun?: string;
  role?: RoleNoun;
  /** "the"/"this" (definite), "a"/"an" (indefinite), "his"/"X's" (possessed), none. */
  det?: 'definite' | 'indefinite' | 'possessed' | 'none';
  /** Capitalised modifiers of a description: "the [U.S.] [State] department". */
  caps?: number[];
  /** Token range of the owner: "his" of "his statement", "the EU" of "a statement from the EU". */
  owner?: [number, number];
}

/** A phrase that stands for one referent as a whole: "University of X political scientist Hamish Telford". */
export interface Region extends Range {
  /** Token range [s, e) of the phrase and [ns, ne) of the name it describes. */
  s: number;
  e: number;
  ns: number;
  ne: number;
  referent: number;
  how: 'apposition' | 'role';
}

/** What the stage says about a mention. */
export interface Resolution {
  /** The entity id, when the referent is an entity of the tagger. */
  entity: string | null;
  /** The referent's canonical name; the mention's own words when unresolved. */
  name: string;
  gender: Gender | null;
  how: How;
}

/** A mention as the stage saw it, for inspection: where, what form, and whom it was tied to. */
export interface MentionSpan extends Range {
  text: string;
  form: MentionForm;
  /** Index into `referents`, or -1. */
  referent: number;
  how: How;
}

export interface Coref {
  referents: Referent[];
  regions: Region[];
  /** Every mention with its referent (built on demand: the stage keeps them as typed arrays). */
  mentionSpans(): MentionSpan[];
  /** Gender of an entity by id, from names, honorifics and the article's own pronouns. */
  genderOf(entityId: string): Gender | null;
  /** What the mention covering a text range refers to; null when the stage knows nothing there. */
  resolveAt(span: Range): Resolution | null;
  /** Who the text is about where the sentence holding `offset` starts: the speaker of a quote no clause attributes. */
  topicAt(offset: number): Resolution | null;
}
