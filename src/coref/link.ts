// One pass over the mentions in reading order, keeping each referent's salience (Lappin & Leass:
// recency halved every sentence, plus weights for subjects, speakers and heads), and tying each
// pronoun and description to the most salient referent that fits it.
//
//   Darian Lonechild ... (minister Carolyn Bennett once) ... Lonechild said ... "...," she said.
//      → Lonechild: subject and speaker of the sentence before, the article's main person
//   Mayor Doug McCallum ... But the mayor claimed ...  → McCallum: the one person with the role "mayor"
//   Procter & Gamble rallied ... The company said ...  → Procter & Gamble: the salient business
//   The British aid group Gatsby said ... A statement said ... → Gatsby: the author of the statement
import { orgClassFits, ORG_NAME_WORDS, roleNoun, type OrgClass } from '../lexicon/roles.js';
import { low, quoteMarkAt, startOf, endOf, txt, type Doc } from './document.js';
import { firstIndex } from '../util/search.js';
import { OWN_WORDS_ENDS } from '../lexicon/clause-words.js';
import { PAIR_NOUNS, POSSESSIVE_DET } from './mentions.js';
import { PREPOSITIONS, speechVerbAt } from './clause.js';
import { makeReferent, type CMention, type Referent } from './types.js';
import { isWireAgency } from '../lexicon/wire-marks.js';
import { isNationality } from '../lexicon/nationality-nouns.js';
import { isTitleWord } from '../lexicon/honorifics.js';

/** Sentences a referent stays a candidate after its last mention. */
const WINDOW = 12;
/** Salience below which no antecedent is taken (about one plain mention three sentences back). */
const PRONOUN_FLOOR = 40;
/** A description takes the salient person only when that person was a subject about a sentence back. */
const EPITHET_FLOOR = 100;
/** An age ("the 49-year-old scientist", "the 24-year-old") is said of someone the article has named: it
 *  reaches as far back as a pronoun does (PRONOUN_FLOOR). */
const AGE_WORD = /^\d+-year-old$/;
const ORG_FLOOR = 25;

/**
 * Added for a speaking pronoun to the named person (of its gender) the sentence just before was about:
 * its speaker, else its main subject. News introduces a source, then quotes: 'Senator Paul Grant said
 * the bill was flawed. Chairman Omar Haddad banged his gavel. "Order!" he said.' is Haddad, though
 * Grant, named twice and a speaker, has more salience (Centering's preferred centre).
 */
const TOPIC_BONUS = 100;

interface State { score: number; cur: number; sent: number }

/** Spokesman, spokeswoman and spokesperson are one role. */
const canonicalRole = (w: string) => (w.startsWith('spokes') && /^spokes(?:man|woman|person)$/.test(w) ? 'spokesperson' : ROLE_SYNONYMS[w] ?? w);
/** Offices whose holder leads a country: "Indonesian President Prabowo Subianto ... the Indonesian leader". */
const LEADER_OFFICES = new Set(['president', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'sultan', 'monarch', 'taoiseach']);
/** Is "the <Nationality> leader" said of the holder of `role`? Only with a capitalised modifier that
 *  the holder's introduction had too (checked with the other modifiers): "the leader" alone is a party's. */
const leaderOf = (head: string, role: string, caps: string[]) => head === 'leader' && caps.length > 0 && LEADER_OFFICES.has(role);

/** "the head of state" is the president or monarch, "the head of government" the prime minister. */
const HEAD_OF: Record<string, Set<string>> = {
  state: new Set(['president', 'king', 'queen', 'emperor', 'sultan', 'monarch', 'emir']),
  government: new Set(['minister', 'premier', 'chancellor', 'taoiseach']),
};

/** Roles written two ways: "Chief executive Elliott Hill ... the CEO said", "Justice Ayesha Malik ... the
 *  judge remarked", "Representative Carlos Mendez ... the congressman said". */
const ROLE_SYNONYMS: Record<string, string> = {
  ceo: 'executive', justice: 'judge', congressman: 'representative', congresswoman: 'representative', congressperson: 'representative',
};

export function orgClassOf(r: Referent): OrgClass | undefined {
  if (r.orgClass) return r.orgClass;
  // "AFP", "Reuters": a news agency in the text is the one reporting ("told AFP"), never "the ministry".
  if (isWireAgency(r.name)) return 'media';
  for (const w of r.name.toLowerCase().split(/[\s.]+/)) if (ORG_NAME_WORDS[w]) return ORG_NAME_WORDS[w];
  for (const w of r.roles) { const n = roleNoun(w); if (n?.orgClass) return n.orgClass; }
  return undefined;
}

/** The offices "the head of state", "the head of government" stand for, or undefined. */
function headOfOffices(doc: Doc, m: CMention): Set<string> | undefined {
  return low(doc, m.head) === 'head' && low(doc, m.head + 1) === 'of' ? HEAD_OF[low(doc, m.head + 2)] : undefined;
}

/** Token indexes of the capitalised words between a description's determiner and head: "the [U.S.] [State] department". */
function capsModifiers(m: CMention): number[] {
  return m.caps ?? [];
}

/** The key two words share when nameShares says so: the word, or its first five letters. */
const stem = (w: string) => { const c = w.replace(/['’]s$/, '').replace(/\.$/, ''); return c.length >= 5 ? c.slice(0, 5) : c; };

/** Does a name share a word with w ("Canadian" ~ "Canada": a common stem of five letters)? */
function nameShares(name: string, w: string): boolean {
  const c = w.replace(/['’]s$/, '').replace(/\.$/, '');
  for (const x of name.toLowerCase().split(/[\s-]+/)) {
    const y = x.replace(/\.$/, '');
    if (y === c || (c.length >= 5 && y.length >= 5 && y.slice(0, 5) === c.slice(0, 5))) return true;
  }
  return false;
}

/** A party's filings in court: their author is never the judge who rules on them. */
const FILINGS = new Set(['complaint', 'lawsuit', 'suit', 'claim', 'filing', 'filings', 'petition', 'indictment', 'motion', 'brief', 'affidavit', 'submission']);
/** Roles of those who rule on filings. */
const JUDICIAL = new Set(['judge', 'justice', 'magistrate']);

/** Documents that speak for whoever just spoke: statements and letters, and a plaintiff's filings
 *  ("McEwan alleges ... The suit says"); studies, reports and polls have authors of their own. */
const COMMUNICATIONS = new Set(['statement', 'release', 'letter', 'memo', 'email', 'e-mail', 'post', 'tweet', 'message', 'note',
  'bulletin', 'advisory', 'update', 'notice', 'complaint', 'lawsuit', 'suit', 'claim', 'filing', 'petition']);

/** Nouns for anyone: "the boy", "the woman", "the victim" are no epithets for a named person. */
const GENERIC_PEOPLE = new Set(['person', 'individual', 'man', 'woman', 'boy', 'girl', 'child', 'kid', 'teen', 'teenager',
  'youth', 'resident', 'neighbour', 'neighbor', 'witness', 'victim', 'suspect', 'patient', 'passenger', 'customer',
  'client', 'driver', 'motorist', 'cyclist', 'pedestrian', 'student', 'mother', 'father', 'son', 'daughter', 'brother',
  'sister', 'wife', 'husband', 'friend', 'parent', 'mom', 'dad', 'member', 'employee', 'worker', 'official', 'officer',
  'source', 'spokesperson', 'spokesman', 'spokeswoman']);

/** Modifiers of an office that point to another holder than the one in view: "the former Labour leader", "the next Liberal leader". */
const OTHER_HOLDER = new Set(['former', 'next', 'future', 'previous', 'late', 'then', 'outgoing', 'incoming', 'ex']);

/** Kinds of organisation whose names say so ("UFCW Local 832", "the Liberal Party"). */
const DISTINCT_CLASS = new Set(['union', 'party']);

/**
 * Modifiers of a public body's description that say nothing of which body it is: "the federal agency"
 * may be the agency named before, "the health ministry" only one whose name says "health".
 */
const BODY_LEVELS = new Set(['national', 'federal', 'state', 'state-run', 'local', 'regional', 'provincial', 'municipal',
  'public', 'government', 'official', 'central', 'top', 'main', 'new', 'independent', 'country\'s', 'city\'s', 'powerful']);

/** Trades of agencies that are businesses: "Moody's ... the rating agency said" needs no "rating" in the name. */
const AGENCY_TRADES = new Set(['rating', 'ratings', 'credit', 'news', 'advertising', 'ad', 'travel', 'employment', 'recruitment',
  'talent', 'modelling', 'modeling', 'insurance', 'marketing', 'press']);

/** Descriptions of a country's government: they stand for the country, never for a company. */
const GOVERNMENT = new Set(['government', 'administration', 'cabinet', 'authorities']);

/** People who comment on companies for another firm: "Jefferies analyst X", "analysts at Morgan Stanley". */
const COMMENTATORS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'broker', 'brokers']);
/** Prepositions between a commentator and the firm: "analysts at Morgan Stanley", "an economist with ING". */
const COMMENTATOR_FIRM = new Set(['at', 'with', 'from', 'of']);

/**
 * The organisations named only as the firm of those who comment ("Jefferies analyst Sunita Rao",
 * "analysts at Morgan Stanley"): "the company" that reports or announces is never one of them.
 */
function commentatorFirms(doc: Doc, mentions: CMention[]): Set<number> {
  const firm = new Set<number>();
  const other = new Set<number>();
  for (const m of mentions) {
    if (m.form !== 'name' || m.referent < 0) continue;
    const after = low(doc, m.e);
    const before = COMMENTATOR_FIRM.has(low(doc, m.s - 1)) && COMMENTATORS.has(low(doc, m.s - 2));
    (COMMENTATORS.has(after) || before ? firm : other).add(m.referent);
  }
  for (const r of other) firm.delete(r);
  return firm;
}

/** Tokens after a speaking pronoun whose names it cannot be: "He notes that the Commission on
 *  Presidential Debates announced earlier Friday that there was an issue with Trump's microphone"
 *  (AP) is Trump, named 17 tokens on. */
const OWN_WORDS_REACH = 12;

/** Tokens a trailing tag may hold after its pronoun: "said.", "said on Monday.", "told reporters." */
const TAG_TAIL = 5;

/** Salience weight of a mention: recency plus its grammatical role. */
function weight(m: CMention, headline: boolean): number {
  // The headline names what the article is about: "Erik Karlsson's suspension didn't slow him down".
  if (headline) return 310;
  let w = 100;
  if (m.possessor) return w;
  w += m.embedded ? 80 : 130;
  if (m.subject) w += m.subordinate ? 30 : 80;
  if (m.speaker && !m.subordinate) w += 60;
  return w;
}

/**
 * Resolves the mentions in place and returns, per sentence, the referent the text is about as it
 * starts (the most salient person or organisation, the latest speaker first), or -1: the speaker of
 * a quote that no clause attributes. `quotedNames`: the names inside quotation marks, in text order
 * (they steer no pronoun, but a speaker is not whom his own words name).
 */
export function link(doc: Doc, referents: Referent[], mentions: CMention[], quotedNames: CMention[] = []): Int32Array {
  // Recency counts narrative sentences: the sentences of a long quote are the speaker's turn, and do
  // not age the speaker before the "she said" that closes it.
  const nar = new Int32Array(doc.sentStart.length);
  for (let k = 0, count = 0; k < nar.length; k++) {
    let narrative = false;
    for (let i = doc.sentStart[k]; i < doc.sentEnd[k] && !narrative; i++) narrative = !doc.quoted[i] && /[\p{L}\p{N}]/u.test(txt(doc, i));
    if (narrative) count++;
    nar[k] = count;
  }
  const firms = commentatorFirms(doc, mentions);
  const state = new Map<number, State>();
  const active = new Set<number>();
  let lastSpeaker = -1;
  let lastSpeakerSent = -1;
  // The named person the latest sentence was about (its speaker, else its main subject), and where.
  let lastTopic = -1;
  let lastTopicSent = -1;
  /** The mention that made lastTopic the topic. */
  let lastTopicMention: CMention | null = null;
  let spokeIn = -1;
  const docsSoFar: CMention[] = [];
  // The organisation seen last with each word of its name ("railway" → Canadian Pacific Railway).
  const lastByNameWord = new Map<string, number>();
  // Whole-article prominence: the main people are mentioned and quoted most.
  const prominence = referents.map((r) => 4 * Math.min(r.count, 15) + 12 * Math.min(r.spoke, 8));

  const value = (r: number, sent: number): number => {
    const st = state.get(r);
    if (!st) return 0;
    return (st.score + st.cur) * Math.pow(0.5, sent - st.sent);
  };
  const lastWithRole = new Map<string, number>();
  const touch = (r: number, w: number, sent: number) => {
    for (const x of referents[r].roles) lastWithRole.set(canonicalRole(x), r);
    if (referents[r].kind === 'organization') for (const x of referents[r].name.toLowerCase().split(/[\s-]+/)) lastByNameWord.set(stem(x), r);
    let st = state.get(r);
    if (!st) { st = { score: 0, cur: 0, sent }; state.set(r, st); }
    active.add(r);
    if (st.sent !== sent) { st.score = (st.score + st.cur) * Math.pow(0.5, sent - st.sent); st.cur = 0; st.sent = sent; }
    st.cur = Math.max(st.cur, w);
  };
  const prune = (sent: number) => { for (const r of active) if ((state.get(r)?.sent ?? -1) < sent - WINDOW) active.delete(r); };

  /** Salience as the sentence began: what the sentence itself added is left out. */
  const valueBefore = (r: number, sent: number): number => {
    const st = state.get(r);
    if (!st) return 0;
    return st.sent === sent ? st.score : (st.score + st.cur) * Math.pow(0.5, sent - st.sent);
  };

  /** The best referent among the active ones that `fits`, by salience (+ prominence), above `floor`;
   *  the referents in `before` count with their salience as the sentence began. */
  const best = (m: CMention, fits: (r: Referent, i: number) => number, floor: number, before?: Set<number> | null): number => {
    let top = -1;
    let topV = 0;
    for (const r of active) {
      const f = fits(referents[r], r);
      if (f <= 0) continue;
      const v = before?.has(r) ? valueBefore(r, nar[m.sent]) : value(r, nar[m.sent]);
      if (v <= 0) continue;
      let score = (v + prominence[r]) * f;
      if (m.speaker && r === lastSpeaker && nar[m.sent] - lastSpeakerSent <= 3) score += 150;
      if (m.speaker && r === lastTopic && f === 1 && nar[m.sent] - lastTopicSent === 1) score += TOPIC_BONUS;
      if (score > topV) { topV = score; top = r; }
    }
    return topV >= floor ? top : -1;
  };
  const seen = new Map<number, number>(); // referent → start token of its latest mention

  const personFits = (m: CMention) => (r: Referent) => {
    if (r.kind !== 'person') return 0;
    if (m.gender && r.gender && m.gender !== r.gender) return 0;
    // an unknown gender fits, less well (and hardly for someone known only by a description: "the nominee")
    return m.gender && !r.gender ? (r.id === null && r.count === 0 ? 0.3 : 0.6) : 1;
  };

  /**
   * The referents described in what a pronoun in a trailing tag reports ("..., she said."). Their
   * description there makes them no likelier to be the one who speaks: in "Teresa Ng, a spokesperson,
   * disputed that. The secretary spoke with the union, she said", "she" is Ng. A name there may be the
   * speaker's own: "Shays was pro Kasich, he said" (reporters paraphrase people in the third person),
   * and so may one who speaks there for the first time: "a Canon spokesman said that ..., he said".
   */
  const describedInContent = (m: CMention, at: number): Set<number> | null => {
    if (!m.speaker || txt(doc, m.s - 1) !== ',' || doc.sentEnd[m.sent] - m.e > TAG_TAIL) return null;
    let out: Set<number> | null = null;
    for (let k = at - 1; k >= 0 && mentions[k].sent === m.sent; k--) {
      const o = mentions[k];
      if (o.form === 'nominal' && !(o.speaker && o.det === 'indefinite') && o.referent >= 0 && !doc.quoted[o.s]) (out ??= new Set()).add(o.referent);
    }
    return out;
  };

  /**
   * The people a speaking pronoun names in its own words, and so is not. A subject pronoun never
   * stands for a name later in its clause (binding theory's Principle C): "he insisted he still
   * trusted Mr Blair" is not Blair, nor is "he told Blair". Nor does a speaker name himself in his own
   * quotation: '"David's record is excellent," he told the club's website' is not David. A name in
   * content reported before the tag may be the speaker's own ("Shays was pro Kasich, he said": see
   * describedInContent), and a pronoun in a clause before the name may be its own ("When he arrived,
   * Blair said").
   */
  const namedInOwnWords = (m: CMention, at: number): Set<number> | null => {
    if (!m.speaker || m.subordinate) return null;
    let out: Set<number> | null = null;
    const add = (o: CMention) => { if (o.form === 'name' && o.referent >= 0) (out ??= new Set()).add(o.referent); };
    // names in the pronoun's own clause, close to it ("he said Mr Brown had made welcome announcements")
    let reach = Math.min(doc.sentEnd[m.sent], m.e + OWN_WORDS_REACH);
    for (let i = m.e; i < reach; i++) if (!doc.quoted[i] && OWN_WORDS_ENDS.has(low(doc, i))) reach = i;
    for (let k = at + 1; k < mentions.length && mentions[k].s < reach; k++) add(mentions[k]);
    const quotedIn = (from: number, to: number) => {
      for (let k = firstIndex(quotedNames.length, (j) => quotedNames[j].s < from); k < quotedNames.length && quotedNames[k].s < to; k++) add(quotedNames[k]);
    };
    quotedIn(m.e, doc.sentEnd[m.sent]);
    // the quotation the tag closes: the quoted tokens right before it ('"...," he said', '"...", he said'),
    // back to its opening mark (a quotation left open further back can leave narrative marked quoted)
    let i = m.s - 1;
    if (i >= 0 && !doc.quoted[i] && txt(doc, i) === ',') i--;
    if (i >= 0 && doc.quoted[i] && quoteMarkAt(doc, i)) {
      let from = i - 1;
      while (from > 0 && doc.quoted[from - 1] && !quoteMarkAt(doc, from)) from--;
      quotedIn(from, i);
    }
    return out;
  };

  /**
   * A tag after what it reports, set off by commas: "... but Sione, she says, would be the obvious
   * choice", "But Mr Blair had been hurt, he added." — a subject of the content before it is the
   * speaker only when no one else fits ("Tom Reed was in the building when it shook, he said": reporters
   * paraphrase in the third person). A name deeper in the content may be the speaker ("... payment for
   * Sosnoff's stake, he said"), and a stretch that reports speech itself is left alone ("X replied that
   * ... because, she said, ...").
   */
  const contentSubjects = (m: CMention, at: number): Set<number> | null => {
    const from = doc.sentStart[m.sent];
    if (!m.speaker || m.s <= from + 1 || txt(doc, m.s - 1) !== ',' || doc.quoted[m.s - 2] || !/^[,.;]$/.test(txt(doc, m.e + 1) ?? '')) return null;
    for (let i = from; i < m.s - 1; i++) if (speechVerbAt(doc, i)) return null;
    let out: Set<number> | null = null;
    for (let k = at - 1; k >= 0 && mentions[k].s >= from; k--) {
      const o = mentions[k];
      if (o.form === 'name' && o.referent >= 0 && !doc.quoted[o.s] && o.subject && !o.possessor) (out ??= new Set()).add(o.referent);
    }
    return out;
  };

  const resolvePronoun = (m: CMention, at: number): number => {
    const w = m.pronoun!;
    const reported = m.gender ? describedInContent(m, at) : null;
    if (m.gender) {
      const own = namedInOwnWords(m, at);
      const fits = personFits(m);
      const first = contentSubjects(m, at);
      if (first) {
        const r = best(m, (x, i) => (own?.has(i) || first.has(i) ? 0 : fits(x)), PRONOUN_FLOOR, reported);
        if (r >= 0) return r;
      }
      return best(m, own ? (r, i) => (own.has(i) ? 0 : fits(r)) : fits, PRONOUN_FLOOR, reported);
    }
    if (m.plural) return best(m, (r) => (r.kind === 'group' ? 1 : r.kind === 'organization' ? 0.7 : 0), PRONOUN_FLOOR);
    if (w === 'it' || w === 'its' || w === 'itself') return best(m, (r) => (r.kind === 'organization' ? 1 : r.kind === 'place' ? 0.5 : 0), PRONOUN_FLOOR);
    return -1;
  };

  /** The named mention holding token i. */
  const nameAt = (i: number): CMention | null => {
    for (let k = firstIndex(mentions.length, (j) => mentions[j].s <= i) - 1; k >= 0 && mentions[k].s >= i - 8; k--) {
      if (mentions[k].form === 'name' && i < mentions[k].e) return mentions[k];
    }
    return null;
  };

  /** The referent of a description's owner: the mention at the owner phrase's head (its last word). */
  const ownerReferent = (m: CMention): number => {
    if (!m.owner) return -1;
    const h = m.owner[1] - 1;
    let o: CMention | null = null;
    for (let k = firstIndex(mentions.length, (i) => mentions[i].s <= h) - 1; k >= 0 && mentions[k].s >= h - 8; k--) {
      const x = mentions[k];
      if (x !== m && x.s <= h && h < x.e && (!o || x.e - x.s < o.e - o.s)) o = x;
    }
    if (!o) return -1;
    if (o.referent < 0 && o.form === 'nominal' && o.s > m.s) { o.referent = resolveNominal(o); if (o.referent >= 0 && o.how === 'unresolved') o.how = 'nominal'; }
    return o.referent;
  };

  const resolveDocument = (m: CMention): number => {
    // 0. "the USDA study", "a Pentagon report": a name among the modifiers is the author.
    for (const c of m.caps ?? []) {
      const o = nameAt(c);
      if (o && o.referent >= 0 && referents[o.referent].kind !== 'group') return o.referent;
    }
    const prev = low(doc, m.s - 1);
    const sentMentions: CMention[] = [];
    for (let k = firstIndex(mentions.length, (i) => mentions[i].sent < m.sent); k < mentions.length && mentions[k].sent === m.sent; k++) {
      const o = mentions[k];
      if (o !== m && o.referent >= 0 && o.subject && !o.subordinate && referents[o.referent].kind !== 'group') sentMentions.push(o);
    }
    // 1. "X said in a statement", "In a statement, X said", "X stated in the company's blog post": the voice.
    if (/^(?:in|on|through|via)$/.test(prev)) {
      const sp = sentMentions.find((o) => o.speaker) ?? sentMentions[0];
      if (sp) return sp.referent;
    }
    // 2. "her statement", "a statement from the EU", "a report by the railway company"
    const owner = ownerReferent(m);
    if (owner >= 0) return owner;
    // 3. "X issued a statement"
    if (/^(?:issued|released|sent|published|posted|filed|put|emailed|e-mailed)$/.test(prev) || /^(?:issued|released|sent|published|posted|filed)$/.test(low(doc, m.s - 2))) {
      const sp = sentMentions.filter((o) => o.s < m.s).pop();
      if (sp) return sp.referent;
    }
    // (a party's filing is never the court's: "Judge X wrote ... The complaint alleges")
    const filing = FILINGS.has(m.role!.word);
    const mayAuthor = (r: number) => !filing || ![...referents[r].roles].some((w) => JUDICIAL.has(w));
    // 4. The same document mentioned before: "the company's blog post ... the post read".
    for (let k = docsSoFar.length - 1; k >= 0; k--) {
      const d = docsSoFar[k];
      if (m.sent - d.sent > 10) break;
      if (d.referent >= 0 && (d.role!.word === m.role!.word || m.det === 'definite' && m.sent - d.sent <= 3)) return mayAuthor(d.referent) ? d.referent : -1;
    }
    // 5. "The group said ... A statement said": the speaker just before (a statement or a letter
    // speaks for whoever spoke; a study or a lawsuit does not).
    if (m.speaker && COMMUNICATIONS.has(m.role!.word) && lastSpeaker >= 0 && nar[m.sent] - lastSpeakerSent <= 2 && referents[lastSpeaker].kind !== 'group' && mayAuthor(lastSpeaker)) return lastSpeaker;
    return -1;
  };

  /**
   * "Michael Howard has launched an attack on the cost of asylum. ¶ The Tory leader said ...": a
   * description with a capitalised modifier (a party, a place, a body: knowledge of the world would
   * check it) that speaks, or is a subject, is the named person the sentence just before was about
   * ("Rep. Gloria Whitaker pushed through an amendment. The Iowa Republican said ..."), when nothing
   * the article says of that person contradicts it: no other office for an office ("Mayor X ... the
   * Salford MP" is not X), no other capitalised description ("Republican nominee Donald Trump" is not
   * "the Democratic nominee"). Anyone further back, or a sentence about someone else in between, leaves
   * it as written.
   */
  function topicEpithet(m: CMention, head: string, caps: string[], mods: string[]): number {
    const title = m.role!.title;
    // (not "The Attorney General, Lord Goldsmith, has ...": the name that follows is the one described;
    // nor an office with a capitalised head, "the Scottish Executive": the name of a body; "the Salford
    // MP", "the Iowa Republican" are descriptions)
    if (!(m.speaker || m.subject) || m.subordinate || mods.some((w) => OTHER_HOLDER.has(w)) || txt(doc, m.e) === ',' || (title && /^\p{Lu}\p{Ll}/u.test(txt(doc, m.head)))) return -1;
    if (lastTopic < 0 || nar[m.sent] - lastTopicSent !== 1) return -1;
    // (one of two: "Donald and Ivana Trump filed papers. The GOP presidential nominee argued")
    const t = lastTopicMention!;
    if (low(doc, t.s - 1) === 'and' || low(doc, t.e) === 'and') return -1;
    const x = referents[lastTopic];
    // (not a nationality the tagger took for a name: "The 22-year-old Scot finished fourth")
    if (x.kind !== 'person' || (m.gender && x.gender && m.gender !== x.gender) || isNationality(x.name.toLowerCase())) return -1;
    // An office is held by one who speaks in the article ("In his judgment, the Nova Scotia judge said"
    // is not the offender the sentence before was about), and by no one with another office.
    if (title) {
      if (!x.spoke && !(lastSpeaker === lastTopic && lastSpeakerSent === lastTopicSent)) return -1;
      if ([...x.roles].some((w) => roleNoun(w)?.title && canonicalRole(w) !== head)) return -1;
    }
    // (honorifics and title words describe no party or place: "Mr Howard")
    const described = [...x.descriptors].filter((w) => !isTitleWord(w) && !roleNoun(w));
    if (described.length && !caps.some((c) => described.includes(c) || nameShares(x.name, c))) return -1;
    m.how = 'nominal';
    return lastTopic;
  }

  function resolveNominal(m: CMention): number {
    const role = m.role!;
    const head = canonicalRole(role.word);
    if (role.kind === 'document') return resolveDocument(m);
    if (role.kind === 'person') {
      // "a spokesman" introduces someone; "the spokesman", "his spokesman" refer back.
      if (m.det !== 'definite' && m.det !== 'possessed') return -1;
      // 1. The referent introduced with this role: "Mayor Doug McCallum" ... "the mayor". Capitalised
      // modifiers must be the introduction's: "the Democratic nominee" is not "Republican nominee Donald Trump".
      const caps = capsModifiers(m).filter((i) => i !== m.head).map((i) => low(doc, i));
      // Someone introduced only by a description ("the Nova Scotia judge") is "the judge" later, but
      // not "the rookie defenceman" when introduced as "the star defenceman".
      const mods: string[] = [];
      for (let i = m.s + 1; i < m.head; i++) if (/^[\p{L}\p{N}]/u.test(txt(doc, i))) mods.push(low(doc, i));
      const office = headOfOffices(doc, m);
      const withRole = (r: Referent) => r.kind === 'person' && [...r.roles].some((x) => canonicalRole(x) === head || leaderOf(head, x, caps) || office?.has(x)) && (!m.gender || !r.gender || r.gender === m.gender)
        && (!caps.length || caps.some((c) => r.descriptors.has(c) || nameShares(r.name, c)))
        && (r.id !== null || r.count > 0 || mods.every((w) => r.name.toLowerCase().split(/\s+/).includes(w)));
      // Among the recent referents with the role, the most salient; else the last one seen with it.
      let top = -1;
      let topV = -1;
      for (const i of active) {
        const r = referents[i];
        if (!withRole(r)) continue;
        const v = value(i, nar[m.sent]) + prominence[i];
        if (v > topV) { topV = v; top = i; }
      }
      const last = lastWithRole.get(head);
      if (top < 0 && last !== undefined && withRole(referents[last])) top = last;
      if (top >= 0) { m.how = 'role'; return top; }
      // Nor does "the boy" stand for whoever is salient: generic nouns are left as written. Epithets that
      // need knowledge of the world (a party, a place: "the Tory leader") are the person just in view, or
      // left as written (topicEpithet); "the lawyer for X" introduces someone.
      if (m.det !== 'definite' || GENERIC_PEOPLE.has(role.word)) return -1;
      if (m.owner && m.owner[0] > m.head) {
        // "the MLA for Fort Rouge said", "the mayor of Springfield": an office of a place is an epithet as
        // above, the place its capitalised modifier; an office of anyone else is someone new
        const o = role.title ? ownerReferent(m) : -1;
        if (o < 0 || referents[o].kind !== 'place') return -1;
        const placeWords: string[] = [];
        for (let i = m.owner[0]; i < m.owner[1]; i++) if (/^\p{Lu}/u.test(txt(doc, i))) placeWords.push(low(doc, i));
        return topicEpithet(m, head, placeWords, mods);
      }
      // ("the Prime Minister", "the Foreign Secretary": words of the title itself need no knowledge)
      const known = caps.filter((c) => !isTitleWord(c));
      if (known.length) return topicEpithet(m, head, known, mods);
      // 2. The salient person it fits: "Jones scored ... said the rookie defenceman" — someone the
      // text is about right there (a subject a sentence back), not anyone mentioned lately.
      const title = role.title;
      const r = best(m, (x) => {
        const f = personFits(m)(x);
        if (!f) return 0;
        // A title names one office: "the minister" is not the person introduced as mayor (but "the
        // former congressman" may be the senator now).
        if (title && !mods.includes('former') && [...x.roles].some((w) => roleNoun(w)?.title && canonicalRole(w) !== head)) return 0;
        // ... and "the judge said" is someone who speaks in the article, not the accused of a crime story.
        if (title && m.speaker && !x.spoke) return 0;
        return f;
      }, role.word === 'age' || mods.some((w) => AGE_WORD.test(w)) ? PRONOUN_FLOOR : EPITHET_FLOOR);
      if (r >= 0) m.how = 'nominal';
      return r;
    }
    if (role.kind === 'organization') {
      if (m.det !== 'definite' && !(m.det === 'none' && m.s === doc.sentStart[m.sent])) return -1;
      const cls = role.orgClass;
      // "The railway" is the organisation named "... Railway" that was seen last.
      let named = lastByNameWord.get(stem(role.word)) ?? -1;
      if (named >= 0 && !(referents[named].id && nameShares(referents[named].name, role.word))) named = -1;
      if (named >= 0 && (capsModifiers(m).length === 0 || capsModifiers(m).some((c) => nameShares(referents[named].name, low(doc, c))) || capsModifiers(m).every((c) => c === m.head))) { m.how = 'role'; return named; }
      // "Police said ..." opening a sentence, with no article: only a body named so ("Houston Police"),
      // never the organisation most in view ("CNN")
      if (m.det === 'none') return -1;
      // "the government", "the administration" of a country: no company or newspaper stands for one.
      // "The Canadian government" is not Huawei: capitalised modifiers must be in the name.
      const caps = capsModifiers(m).filter((i) => i !== m.head).map((i) => low(doc, i));
      const domains: string[] = [];
      for (let i = m.s + 1; i < m.head; i++) if (/^\p{Ll}/u.test(txt(doc, i)) && !BODY_LEVELS.has(low(doc, i))) domains.push(low(doc, i));
      if (role.word === 'agency' && domains.some((w) => AGENCY_TRADES.has(w))) domains.length = 0;
      if (GOVERNMENT.has(role.word)) {
        const p = best(m, (x) => (x.kind === 'place' && (!caps.length || caps.some((c) => nameShares(x.name, c))) ? 1 : 0), ORG_FLOOR);
        if (p >= 0) m.how = 'nominal';
        return p;
      }
      const r = best(m, (x, i) => {
        if (x.kind !== 'organization') return 0;
        // ("the agency quoted a worker" after "AP": a news agency is an agency)
        if (cls && !orgClassFits(cls, orgClassOf(x)) && !(role.word === 'agency' && isWireAgency(x.name))) return 0;
        if (cls === 'business' && firms.has(i)) return 0;
        // "the union", "the party", "the campaign" are named as such: no organisation of unknown kind stands for them
        if (DISTINCT_CLASS.has(cls ?? '') && !orgClassOf(x) || role.word === 'campaign' && !nameShares(x.name, 'campaign')) return 0;
        // ("the Japanese carmaker", "the British bank": a business's nationality need not be in its name)
        if (caps.length && !caps.some((c) => nameShares(x.name, c)) && !(cls === 'business' && caps.every(isNationality))) return 0;
        // "the defence ministry" is no body of unknown kind unless its name says "defence" (AFP copy's
        // "the health ministry said" was "AFP", the organisation most in view)
        if (cls === 'public' && !orgClassOf(x) && domains.length && !domains.some((w) => nameShares(x.name, w))) return 0;
        return [...x.roles].includes(role.word) ? 1.5 : 1;
      }, ORG_FLOOR);
      if (r >= 0) m.how = [...referents[r].roles].includes(role.word) ? 'role' : 'nominal';
      return r;
    }
    if (role.kind === 'place') {
      if (m.det !== 'definite') return -1;
      const r = best(m, (x) => (x.kind === 'place' ? 1 : 0), ORG_FLOOR);
      if (r >= 0) m.how = 'nominal';
      return r;
    }
    if (role.kind === 'group' && PAIR_NOUNS.has(role.word) && m.det === 'definite') {
      const r = best(m, (x) => (x.kind === 'group' ? 1 : 0), ORG_FLOOR);
      if (r >= 0) m.how = 'nominal';
      return r;
    }
    return -1;
  }
  function newReferent(m: CMention): number {
    const role = m.role!;
    let name: string;
    if (role.kind === 'organization') {
      const caps = capsModifiers(m);
      if (m.det === 'possessed' && role.orgClass === 'public' && m.speaker && m.owner && m.owner[1] <= m.head) {
        // "Canada's health ministry said ... The ministry said": a country's public body that speaks, named
        // by its country (not a name's appositive: "Ofcom, Britain's media regulator, said", though "In
        // Ottawa, Canada's health ministry said" is none; a business so described is an epithet of one
        // named: "France's second largest carmaker" is Renault)
        const before = txt(doc, m.s - 1) === ',' ? nameAt(m.s - 2) : null;
        if (before && !PREPOSITIONS.has(low(doc, before.s - 1))) return -1;
        const o = ownerReferent(m);
        if (o < 0 || referents[o].kind !== 'place') return -1;
        name = doc.text.slice(startOf(doc, m.owner[0]), endOf(doc, m.e - 1));
      } else {
        if (!caps.length || m.det === 'indefinite' || m.det === 'possessed') return -1;
        name = doc.text.slice(startOf(doc, caps[0]), endOf(doc, m.e - 1));
      }
    } else {
      // ("His mother said ... "...," she said": a relative who speaks is someone new too, when the word
      // says whether a he or a she is meant; after a name only a spokesman, who is seldom named: "the
      // prime minister's wife", "Westinghouse's chairman" are someone the article names)
      const possessedSpeaker = m.det === 'possessed' && m.speaker && !!role.gender
        && (!!m.owner && m.owner[1] - m.owner[0] === 1 && POSSESSIVE_DET.has(low(doc, m.owner[0])) || role.word.startsWith('spokes'));
      if (!(m.subject || m.speaker) || (m.det !== 'definite' && m.det !== 'indefinite' && !possessedSpeaker) || m.plural) return -1;
      const end = m.owner && m.owner[0] >= m.e ? m.owner[1] : m.e;
      name = doc.text.slice(startOf(doc, m.s), endOf(doc, end - 1));
    }
    referents.push(makeReferent(null, name, role.kind === 'person' ? 'person' : 'organization', role.gender, undefined, role.orgClass, new Set([role.word])));
    prominence.push(0);
    return referents.length - 1;
  }

  const topics = new Int32Array(doc.sentStart.length).fill(-1);
  const topicAt = (sent: number): number => {
    let top = -1;
    let topV = 0;
    for (const r of active) {
      const k = referents[r].kind;
      if (k !== 'person' && k !== 'organization') continue;
      const v = value(r, nar[sent]);
      if (v < PRONOUN_FLOOR) continue;
      const score = v + prominence[r] + (r === lastSpeaker && nar[sent] - lastSpeakerSent <= 3 ? 150 : 0);
      if (score > topV) { topV = score; top = r; }
    }
    return top;
  };
  let lastSent = -1;
  for (let at = 0; at < mentions.length; at++) {
    const m = mentions[at];
    if (m.sent !== lastSent) {
      prune(nar[m.sent]);
      for (let k = lastSent + 1; k <= m.sent; k++) topics[k] = topicAt(k);
      lastSent = m.sent;
    }
    if (m.form === 'pronoun') {
      m.referent = resolvePronoun(m, at);
      if (m.referent >= 0) m.how = 'pronoun';
    } else if (m.form === 'nominal' && m.referent < 0) {
      m.referent = resolveNominal(m);
      if (m.role!.kind === 'document') { docsSoFar.push(m); if (m.referent >= 0) m.how = 'document'; }
      else if (m.referent < 0 && (m.role!.kind === 'person' || m.role!.kind === 'organization')) {
        // A description that fits no one named before is someone new: "An official with X told ...
        // he", "The U.S. State Department said ... the agency said".
        const r = newReferent(m);
        if (r >= 0) { m.referent = r; m.how = 'unresolved'; }
      } else if (m.referent < 0 && m.role!.kind === 'group' && m.subject && m.plural) {
        // "Several immigration lawyers and experts say ...": a group that a later "they" may stand for.
        const r = referents.length;
        referents.push(makeReferent(null, doc.text.slice(startOf(doc, m.s), endOf(doc, m.e - 1)), 'group', undefined, true));
        prominence.push(0);
        m.referent = r;
        m.how = 'unresolved';
      }
    }
    const r = m.referent;
    if (r < 0 || (m.form === 'nominal' && m.role!.kind === 'document' && !m.speaker)) continue;
    touch(r, weight(m, doc.sentKind[m.sent] === 'title'), nar[m.sent]);
    seen.set(r, m.s);
    // The sentence's topic for the next "he said": its speaker if it has one ("Feldstein said the task
    // force, which included Paul Krugman, did not agree. He said ..." is Feldstein), else its subject.
    const named = referents[r].kind === 'person' && referents[r].id !== null;
    if (!m.subordinate && spokeIn !== m.sent && (m.speaker || m.subject && named)) {
      lastTopic = named ? r : -1;
      lastTopicSent = nar[m.sent];
      lastTopicMention = m;
      if (m.speaker) spokeIn = m.sent;
    }
    if (m.speaker && !m.subordinate) { lastSpeaker = r; lastSpeakerSent = nar[m.sent]; }
    // Someone else becoming the subject ends the speaker's run: "X said ... . Y called it unfair. But he said".
    else if (m.subject && !m.subordinate && r !== lastSpeaker && referents[r].kind === 'person') lastSpeakerSent = -99;
  }
  if (lastSent >= 0) {
    for (let k = lastSent + 1; k < topics.length; k++) topics[k] = topicAt(k);
  }
  // A title names one office: "the WHL commissioner said ..." before "WHL commissioner Ron Robison"
  // is Robison, when he is the only named person with that title.
  const titled = new Map<string, number>();
  referents.forEach((r, i) => {
    if (r.kind !== 'person' || !r.id) return;
    for (const w of r.roles) if (roleNoun(w)?.title) { const k = canonicalRole(w); titled.set(k, titled.has(k) && titled.get(k) !== i ? -1 : i); }
  });
  for (const m of mentions) {
    if (m.form !== 'nominal' || m.det !== 'definite' || !m.role!.title || m.role!.kind !== 'person') continue;
    if (m.referent >= 0 && referents[m.referent].id) continue;
    const r = titled.get(canonicalRole(m.role!.word));
    if (r !== undefined && r >= 0 && (!m.gender || !referents[r].gender || m.gender === referents[r].gender)) { m.referent = r; m.how = 'role'; }
  }
  return topics;
}
