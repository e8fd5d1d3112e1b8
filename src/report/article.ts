// One article's view: its header, the text with quotes, entities and summary sentences marked, a
// legend with a filter per entity type, and a side panel (speakers, entities, keywords) whose
// buttons highlight a speaker's or an entity's mentions and quotes in the text (./script.ts).
//
//   articleView(doc, { id: 'a1' }) → '<article class="article" id="a1" …>…</article>'
//
// Everything is read from the newsq/1 object (src/render/contract.ts): entities' `mentions` and
// `references`, quotes' `speaker`, `speakerId`, `speakerMention`, `cue`, `resolvedBy` and
// `speakerGender`. Element ids and highlight keys carry the article id, so that many articles can
// share one page: `a1-e3` is entity e3 of article a1.
import type { JsonEntity, JsonQuote, NewsqDoc } from '../render/contract.js';
import type { EntityType } from '../types.js';
import { escapeHtml as h, safeHttpUrl } from './escape.js';
import { markup, utf16Indexer, type Annotation } from './markup.js';

export interface ArticleViewOptions {
  /** The article's id in the page, and the prefix of every id inside it. */
  id: string;
  /** A link back to the corpus view (its href), when the article is part of one. */
  back?: string;
}

export const ENTITY_TYPES: Array<{ type: EntityType; label: string }> = [
  { type: 'person', label: 'person' },
  { type: 'organization', label: 'organisation' },
  { type: 'place', label: 'place' },
  { type: 'misc', label: 'misc' },
];

/** Speaker colours: the first ones by number of quotes get their own, the rest share a grey. */
export const SPEAKER_COLOURS = 8;

/** How a speaker mention that is not the name itself was tied to the speaker. */
const RESOLVED_FROM_OTHER_WORDS = new Set(['apposition', 'role', 'nominal', 'pronoun', 'document', 'inherited']);

interface Speaker {
  key: string;
  name: string;
  entity: JsonEntity | null;
  quotes: JsonQuote[];
  words: number;
  gender: 'female' | 'male' | null;
  colour: number;
}

const countWords = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The speakers of an article, most quotes first: one per entity, or per name when no entity. */
export function speakersOf(doc: NewsqDoc, id: string): Speaker[] {
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const byKey = new Map<string, Speaker>();
  const quotes = doc.quotes ?? [];
  for (const q of quotes) {
    const name = q.speaker ?? 'unknown speaker';
    const key = q.speakerId && entities.has(q.speakerId) ? `${id}-${q.speakerId}` : `${id}-s-${name.toLowerCase()}`;
    let s = byKey.get(key);
    if (!s) {
      const entity = q.speakerId ? entities.get(q.speakerId) ?? null : null;
      s = { key, name, entity, quotes: [], words: 0, gender: entity?.gender ?? null, colour: 0 };
      byKey.set(key, s);
    }
    s.quotes.push(q);
    s.gender ??= q.speakerGender;
    // A partial quote inside the speaker's own indirect quote is not counted twice.
    const inside = quotes.some((o) => o !== q && o.speaker === q.speaker && o.start <= q.start && o.end >= q.end && o.end - o.start > q.end - q.start);
    if (!inside) s.words += countWords(q.text);
  }
  const speakers = [...byKey.values()].sort((a, b) => b.quotes.length - a.quotes.length || b.words - a.words || a.name.localeCompare(b.name));
  speakers.forEach((s, i) => { s.colour = Math.min(i, SPEAKER_COLOURS); });
  // A quote with no speaker stays grey.
  for (const s of speakers) if (!s.quotes[0].speaker) s.colour = SPEAKER_COLOURS;
  return speakers;
}

const TYPE_LABEL = new Map(ENTITY_TYPES.map((t) => [t.type, t.label]));

export function articleView(doc: NewsqDoc, options: ArticleViewOptions): string {
  const { id } = options;
  const speakers = speakersOf(doc, id);
  const speakerOf = new Map<JsonQuote, Speaker>();
  for (const s of speakers) for (const q of s.quotes) speakerOf.set(q, s);
  const entities = [...(doc.entities ?? [])].sort((a, b) => (b.mentions.length + b.references.length) - (a.mentions.length + a.references.length) || a.name.localeCompare(b.name));
  return `<article class="article" id="${h(id)}" data-article aria-labelledby="${h(id)}-title">
${header(doc, options)}
<div class="layout">
<div class="main">
${legend(id)}
${text(doc, id, speakerOf)}
</div>
${panel(doc, id, speakers, entities)}
</div>
</article>`;
}

function header(doc: NewsqDoc, { id, back }: ArticleViewOptions): string {
  const m = doc.meta;
  const title = m?.title || doc.source;
  const facts: string[] = [];
  if (m?.authors.length) facts.push(`By ${h(m.authors.join(', '))}`);
  if (m?.date) facts.push(`<time datetime="${h(m.date)}">${h(m.date)}</time>`);
  if (m?.agency) facts.push(h(m.agency));
  const url = safeHttpUrl(m?.url);
  if (url) facts.push(`<a href="${h(url)}" rel="noreferrer noopener">${h(url)}</a>`);
  else if (m?.url) facts.push(h(m.url));
  const counts = m ? `${plural(m.words, 'word')} · ${m.readingMinutes} min read · ` : '';
  return `<header class="head">
${back ? `<p class="back no-print"><a href="${h(back)}">← all articles</a></p>` : ''}
<h1 id="${h(id)}-title">${h(title)}</h1>
${facts.length ? `<p class="byline">${facts.join(' · ')}</p>` : ''}
<p class="source">${counts}${plural(doc.quotes?.length ?? 0, 'quote')} · ${plural(doc.entities?.length ?? 0, 'entity', 'entities')} · source: <code>${h(doc.source)}</code></p>
</header>`;
}

function legend(id: string): string {
  const types = ENTITY_TYPES.map(({ type, label }) =>
    `<label><input type="checkbox" checked data-filter="${type}"> <span class="ent ${type}">${label}</span></label>`).join('\n');
  return `<section class="legend no-print-controls" aria-label="Legend">
<fieldset><legend>Entities shown</legend>
${types}
</fieldset>
<p class="keys"><span class="key"><mark class="q k-direct c0"><span class="ql">Speaker</span>direct quote</mark></span>
<span class="key"><mark class="q k-partial c0"><span class="ql">Speaker</span>partial</mark></span>
<span class="key"><mark class="q k-indirect c0"><span class="ql">Speaker</span>indirect (reported)</mark></span>
<span class="key"><span class="src">speaker</span> · <span class="cue">cue</span></span>
<span class="key"><span class="ent ref person">she, the mayor</span> (a reference)</span>
<span class="key"><span class="sum"><span class="sumno">summary</span>summary sentence</span></span></p>
<p class="hint no-print">Choose a speaker or an entity in the panel (or click a name in the text) to highlight all its mentions and quotes; <kbd>Esc</kbd> clears.</p>
<p class="status" role="status" aria-live="polite" id="${h(id)}-status"></p>
</section>`;
}

function text(doc: NewsqDoc, id: string, speakerOf: Map<JsonQuote, Speaker>): string {
  if (doc.text === undefined) return `<p class="missing">The article text is not in this record; run <code>newsq report</code> on the article itself.</p>`;
  const at = utf16Indexer(doc.text);
  const spans: Annotation[] = [];
  const add = (start: number, end: number, open: string, close: string, rank: number, reopen = open) =>
    spans.push({ start: at(start), end: at(end), open, close, rank, reopen });

  (doc.summary ?? []).forEach((s, i) => {
    const tag = `<span class="sum" data-sum="${i + 1}">`;
    add(s.start, s.end, `${tag}<span class="sumno" title="summary sentence ${i + 1}">summary ${i + 1}</span>`, '</span>', 0, tag);
  });
  for (const q of doc.quotes ?? []) {
    const s = speakerOf.get(q)!;
    const name = q.speaker ?? 'unknown speaker';
    const via = q.speakerMention && q.resolvedBy && RESOLVED_FROM_OTHER_WORDS.has(q.resolvedBy) && q.speakerMention.text !== name
      ? q.speakerMention.text : null;
    const title = `${q.kind} quote: ${name}${via ? ` (“${via}”, resolved by ${q.resolvedBy})` : ''}`;
    const tag = `<mark class="q k-${q.kind} c${s.colour}" data-q="${h(id)}-${h(q.id)}" data-s="${h(s.key)}" data-speaker="${h(name)}" title="${h(title)}">`;
    // A pronoun or description speaker shows the name it stands for, linked to that entity.
    const label = via && s.entity
      ? `<a class="ql" href="#${h(s.key)}" data-select="${h(s.key)}">${h(name)}<span class="via"> (“${h(via)}”)</span></a>`
      : `<span class="ql">${h(name)}</span>`;
    add(q.start, q.end, tag + label, '</mark>', 1, tag);
    if (q.speakerMention) add(q.speakerMention.start, q.speakerMention.end, `<span class="src" title="speaker of ${h(q.id)}">`, '</span>', 2);
    if (q.cue) add(q.cue.start, q.cue.end, `<span class="cue" title="cue of ${h(q.id)}">`, '</span>', 2);
  }
  for (const e of doc.entities ?? []) {
    const key = `${id}-${e.id}`;
    const type = TYPE_LABEL.get(e.type) ?? e.type;
    e.mentions.forEach((m, i) => {
      // No title here: the script adds one on hover, from the panel (most of a corpus report's size otherwise).
      add(m.start, m.end, `<span class="ent ${e.type}" data-e="${h(key)}" data-m="m${i}">`, '</span>', 3);
    });
    e.references.forEach((r, i) => {
      add(r.start, r.end, `<span class="ent ref ${e.type}" data-e="${h(key)}" data-m="r${i}" title="${h(`“${r.text}” → ${e.name} · ${type} (${r.form}, ${r.how})`)}">`, '</span>', 4);
    });
  }
  return `<div class="text" id="${h(id)}-text">${markup(doc.text, spans)}</div>`;
}

function panel(doc: NewsqDoc, id: string, speakers: Speaker[], entities: JsonEntity[]): string {
  const speakerItems = speakers.map((s) => {
    const facts = [plural(s.quotes.length, 'quote'), plural(s.words, 'word') + ' quoted', s.gender ?? (s.entity?.type === 'person' || !s.entity ? 'gender unknown' : TYPE_LABEL.get(s.entity.type))];
    return `<li><button type="button" class="pick sp c${s.colour}" id="${h(s.key)}-sp" data-select="${h(s.key)}" aria-pressed="false"><span class="swatch" aria-hidden="true"></span><span class="name">${h(s.name)}</span> <span class="facts">${h(facts.join(' · '))}</span></button></li>`;
  }).join('\n');
  const entityItems = entities.map((e) => {
    const key = `${id}-${e.id}`;
    const others = e.aliases.filter((a) => a !== e.name);
    const facts = [plural(e.mentions.length, 'mention'), e.references.length ? plural(e.references.length, 'reference') : '', e.gender ?? ''].filter(Boolean).join(' · ');
    return `<li><button type="button" class="pick" id="${h(key)}" data-select="${h(key)}" aria-pressed="false"><span class="name">${h(e.name)}</span> <span class="tag ${e.type}">${TYPE_LABEL.get(e.type) ?? e.type}</span> <span class="facts">${h(facts)}${others.length ? `; also ${h(others.join(', '))}` : ''}</span></button></li>`;
  }).join('\n');
  const keywords = (doc.keywords ?? []).map((k) => `<li>${h(k.term)}</li>`).join('');
  return `<aside class="panel" aria-label="Speakers, entities and keywords">
<h2>Speakers <span class="count">${speakers.length}</span></h2>
${speakers.length ? `<ul class="picks" role="list">\n${speakerItems}\n</ul>` : '<p class="none">No quotes found.</p>'}
<h2>Entities <span class="count">${entities.length}</span></h2>
${entities.length ? `<ul class="picks" role="list">\n${entityItems}\n</ul>` : '<p class="none">No entities found.</p>'}
${keywords ? `<h2>Keywords</h2>\n<ul class="keywords">${keywords}</ul>` : ''}
${doc.keyPeople?.length ? `<h2>Key people</h2>\n<p>${h(doc.keyPeople.join(', '))}</p>` : ''}
</aside>`;
}
