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

/** A referent with every field set, in one order (one object shape for all of them). */
export function makeReferent(id: string | null, name: string, kind: ReferentKind, gender?: Gender, plural?: boolean, orgClass?: OrgClass, roles: Set<string> = new Set()): Referent {
  return { id, name, kind, gender, plural, roles, descriptors: new Set(), orgClass, count: 0, spoke: 0 };
}

export type MentionForm = 'name' | 'nominal' | 'pronoun';

export type Determiner = 'definite' | 'indefinite' | 'possessed' | 'none';

const SUBJECT = 1;
const SPEAKER = 2;
const POSSESSOR = 4;
const EMBEDDED = 8;
const SUBORDINATE = 16;

/**
 * A mention in the discourse, as a token range [s, e) of the stage's token stream. A class, so that
 * every mention has one object shape (names, pronouns and descriptions flow through the same
 * functions), with its five clause-role flags kept in one number (a 20 MB article has half a million).
 */
export class CMention {
  /** Grammar read off the clause (subject, speaker, possessor, embedded, subordinate), one bit each. */
  private bits = 0;
  constructor(
    public form: MentionForm,
    public s: number,
    public e: number,
    public head: number,
    public sent: number,
    /** The referent it is (names: from the start; others: once resolved), or -1. */
    public referent: number,
    public how: How,
    // Pronouns and descriptions
    public gender: Gender | undefined = undefined,
    public plural: boolean | undefined = undefined,
    public pronoun: string | undefined = undefined,
    public role: RoleNoun | undefined = undefined,
    /** "the"/"this" (definite), "a"/"an" (indefinite), "his"/"X's" (possessed), none. */
    public det: Determiner | undefined = undefined,
    /** Capitalised modifiers of a description: "the [U.S.] [State] department". */
    public caps: number[] | undefined = undefined,
    /** Token range of the owner: "his" of "his statement", "the EU" of "a statement from the EU". */
    public owner: [number, number] | undefined = undefined,
  ) {}

  private flag(bit: number, on: boolean): void { this.bits = on ? this.bits | bit : this.bits & ~bit; }
  /** Subject of a verb. */
  get subject(): boolean { return (this.bits & SUBJECT) !== 0; }
  set subject(on: boolean) { this.flag(SUBJECT, on); }
  /** Subject of a speech verb. */
  get speaker(): boolean { return (this.bits & SPEAKER) !== 0; }
  set speaker(on: boolean) { this.flag(SPEAKER, on); }
  /** "X's". */
  get possessor(): boolean { return (this.bits & POSSESSOR) !== 0; }
  set possessor(on: boolean) { this.flag(POSSESSOR, on); }
  /** Inside a prepositional phrase. */
  get embedded(): boolean { return (this.bits & EMBEDDED) !== 0; }
  set embedded(on: boolean) { this.flag(EMBEDDED, on); }
  /** Subject of a subordinate clause ("Although Trump tweeted ..."): less likely the next "he". */
  get subordinate(): boolean { return (this.bits & SUBORDINATE) !== 0; }
  set subordinate(on: boolean) { this.flag(SUBORDINATE, on); }
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
