// The corpus view: who is quoted most, the share of quotes by the speakers' gender (overall, per
// outlet and per month: the Gender Gap Tracker's core figure), the top entities by documents, and
// the list of articles linking to their views. CorpusStats keeps per article only a line of counts
// (never the documents), so a report of thousands of articles needs little memory.
//
// The outlet of an article is its folder; when all the articles share one folder, the name its
// files share before their number ("bbc-business-001.txt"
// → "bbc-business", "reuters-0042.txt" → "reuters").
import { CorpusAggregate } from '../corpus/aggregate.js';
import { isError, type NewsqRecord } from '../render/contract.js';
import { escapeHtml as h } from './escape.js';
import { barChart, stackedChart, type StackPart } from './chart.js';
import { ENTITY_TYPES } from './article.js';

export interface ArticleLine {
  /** Its id in the report (`a12`) and the link to its view. */
  id: string;
  href: string;
  source: string;
  title: string | null;
  date: string | null;
  quotes: number;
  /** Quotes by the speaker's gender: female, male, not known. */
  gender: [number, number, number];
  speakers: string[];
  error?: string;
}

export const GENDER_PARTS: StackPart[] = [
  { name: 'female', cls: 'g-female' },
  { name: 'male', cls: 'g-male' },
  { name: 'not known', cls: 'g-unknown' },
];

const TYPE_LABEL = new Map(ENTITY_TYPES.map((t) => [t.type as string, t.label]));
const TOP = 25;
/** Rows per table of the article list. */
const CHUNK = 200;

export class CorpusStats {
  readonly lines: ArticleLine[] = [];
  private readonly aggregate = new CorpusAggregate();
  /** Per speaker name, quotes told female and male. */
  private readonly genderOf = new Map<string, [number, number]>();

  add(record: NewsqRecord, id: string, href: string): void {
    if (isError(record)) {
      this.lines.push({ id, href, source: record.source, title: null, date: null, quotes: 0, gender: [0, 0, 0], speakers: [], error: record.error.message });
      return;
    }
    this.aggregate.add(record);
    const gender: [number, number, number] = [0, 0, 0];
    const speakers = new Map<string, number>();
    for (const q of record.quotes ?? []) {
      gender[q.speakerGender === 'female' ? 0 : q.speakerGender === 'male' ? 1 : 2]++;
      if (q.speaker) {
        speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
        if (q.speakerGender) {
          const g = this.genderOf.get(q.speaker) ?? [0, 0];
          g[q.speakerGender === 'female' ? 0 : 1]++;
          this.genderOf.set(q.speaker, g);
        }
      }
    }
    const m = record.meta;
    this.lines.push({
      id, href, source: record.source, title: m?.title ?? null, date: m?.date ?? null,
      quotes: record.quotes?.length ?? 0, gender,
      speakers: [...speakers].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([s]) => s),
    });
  }

  /** The corpus view's HTML (a <main id="corpus">). */
  render(title: string): string {
    const ok = this.lines.filter((l) => !l.error);
    const failed = this.lines.length - ok.length;
    const quotes = ok.reduce((n, l) => n + l.quotes, 0);
    const dates = ok.map((l) => l.date).filter((d): d is string => !!d).sort();
    const outlets = outletsOf(this.lines);
    const speakers = this.aggregate.speakers();
    const entities = this.aggregate.entities();
    const lead = [
      `${ok.length} ${ok.length === 1 ? 'article' : 'articles'}${failed ? ` (${failed} could not be read)` : ''}`,
      `${quotes} quotes`, `${speakers.length} speakers`,
      dates.length ? `dated ${dates[0]} to ${dates.at(-1)}${dates.length < ok.length ? ` (${ok.length - dates.length} undated)` : ''}` : 'no dates',
    ].join(' · ');
    return `<main class="corpus" id="corpus">
<header><h1>${h(title)}</h1><p class="lead">${lead}</p>
<nav class="toc no-print" aria-label="Sections"><a href="#quoted">Who is quoted</a><a href="#gender">Gender of speakers</a><a href="#top-entities">Entities</a><a href="#articles">Articles</a></nav>
</header>
${this.quotedSection(speakers)}
${this.genderSection(ok, outlets)}
${entitiesSection(entities)}
${this.articlesSection(outlets)}
</main>`;
  }

  private genderLabel(name: string): string {
    const g = this.genderOf.get(name);
    if (!g) return '';
    return g[0] > g[1] ? 'female' : g[1] > g[0] ? 'male' : '';
  }

  private quotedSection(speakers: ReturnType<CorpusAggregate['speakers']>): string {
    const top = speakers.slice(0, TOP);
    if (!top.length) return `<section id="quoted"><h2>Who is quoted most</h2><p class="none">No quotes with a speaker.</p></section>`;
    const bars = top.map((s) => {
      const g = this.genderLabel(s.speaker);
      const kind = s.type === 'other' ? 'no entity' : TYPE_LABEL.get(s.type) ?? s.type;
      return { label: s.speaker, value: s.quotes, cls: s.type, note: `(${[kind, g].filter(Boolean).join(', ')}; ${s.articles} ${s.articles === 1 ? 'article' : 'articles'})` };
    });
    const rows = top.map((s) => `<tr><td>${h(s.speaker)}</td><td>${h(s.type)}</td><td>${h(this.genderLabel(s.speaker) || '—')}</td><td class="n">${s.quotes}</td><td class="n">${s.articles}</td><td>${h(s.sample.slice(0, 160))}</td></tr>`).join('\n');
    return `<section id="quoted"><h2>Who is quoted most</h2>
<p class="lead">The ${top.length} speakers with the most quotes (direct, partial and indirect), of ${speakers.length}; bars coloured by entity type, named in brackets.</p>
${barChart('chart-quoted', 'Who is quoted most: quotes per speaker', bars)}
<details><summary>As a table, with a sample quote</summary>
<table><thead><tr><th>Speaker</th><th>Type</th><th>Gender</th><th class="n">Quotes</th><th class="n">Articles</th><th>Sample</th></tr></thead><tbody>
${rows}
</tbody></table></details>
</section>`;
  }

  private genderSection(ok: ArticleLine[], outlets: Map<ArticleLine, string>): string {
    const sum = (ls: ArticleLine[]) => ls.reduce<[number, number, number]>((t, l) => [t[0] + l.gender[0], t[1] + l.gender[1], t[2] + l.gender[2]], [0, 0, 0]);
    const group = (key: (l: ArticleLine) => string | null) => {
      const m = new Map<string, ArticleLine[]>();
      for (const l of ok) { const k = key(l); if (k === null) continue; const list = m.get(k); if (list) list.push(l); else m.set(k, [l]); }
      return m;
    };
    const overall = sum(ok);
    const byOutlet = [...group((l) => outlets.get(l) ?? null)].sort((a, b) => a[0].localeCompare(b[0]));
    const dated = ok.filter((l) => l.date);
    const months = new Set(dated.map((l) => l.date!.slice(0, 7)));
    // Per month, or per day when the articles fall within one month.
    const period = months.size > 1 ? (l: ArticleLine) => l.date?.slice(0, 7) ?? null : (l: ArticleLine) => l.date;
    const byTime = [...group(period)].sort((a, b) => a[0].localeCompare(b[0]));
    const known = overall[0] + overall[1];
    const share = known ? `Of the quotes whose speaker's gender is known, ${Math.round((100 * overall[0]) / known)}% are by women and ${Math.round((100 * overall[1]) / known)}% by men.` : 'No quote has a speaker of known gender.';
    const key = GENDER_PARTS.map((p) => `<span class="key-swatch ${p.cls}" aria-hidden="true"></span>${p.name}`).join('');
    const table = (label: string, rows: Array<[string, [number, number, number]]>) => `<details><summary>As a table</summary>
<table><thead><tr><th>${label}</th>${GENDER_PARTS.map((p) => `<th class="n">${p.name}</th>`).join('')}<th class="n">female share of known</th></tr></thead><tbody>
${rows.map(([k, g]) => `<tr><td>${h(k)}</td>${g.map((v) => `<td class="n">${v}</td>`).join('')}<td class="n">${g[0] + g[1] ? `${Math.round((100 * g[0]) / (g[0] + g[1]))}%` : '—'}</td></tr>`).join('\n')}
</tbody></table></details>`;
    const outletRows = byOutlet.map(([k, ls]) => [k, sum(ls)] as [string, [number, number, number]]);
    const timeRows = byTime.map(([k, ls]) => [k, sum(ls)] as [string, [number, number, number]]);
    return `<section id="gender"><h2>Quotes by the speakers' gender</h2>
<p class="lead">${share} “Not known” counts quotes whose speaker is no person, is unresolved, or whose gender the text does not tell.</p>
<p class="legend-line">${key}</p>
<h3>All articles</h3>
${stackedChart('chart-gender', 'Quotes by speaker gender, all articles', GENDER_PARTS, [{ label: 'all articles', values: overall }])}
<h3>Per outlet</h3>
${stackedChart('chart-gender-outlet', 'Quotes by speaker gender, per outlet', GENDER_PARTS, outletRows.map(([label, values]) => ({ label, values })))}
${table('Outlet', outletRows)}
<h3>Over time</h3>
${timeRows.length ? stackedChart('chart-gender-time', `Quotes by speaker gender, per ${months.size > 1 ? 'month' : 'day'}`, GENDER_PARTS, timeRows.map(([label, values]) => ({ label, values }))) + table(months.size > 1 ? 'Month' : 'Day', timeRows) : ''}
<p class="lead">${dated.length} of ${ok.length} articles have a date${dated.length < ok.length ? '; the others are left out of this chart' : ''}.</p>
</section>`;
  }

  private articlesSection(outlets: Map<ArticleLine, string>): string {
    const row = (l: ArticleLine, i: number) => {
      const name = l.title || l.source;
      const link = l.error ? `<span class="failed">${h(l.source)}: ${h(l.error)}</span>` : `<a href="${h(l.href)}">${h(name)}</a>`;
      return `<tr><td class="n">${i + 1}</td><td>${link}</td><td>${h(outlets.get(l) ?? '')}</td><td>${h(l.date ?? '')}</td><td class="n">${l.quotes}</td><td>${h(l.speakers.join(', '))}</td><td><code>${h(l.source)}</code></td></tr>`;
    };
    // Tables of CHUNK rows with fixed column widths: the browser lays out only the ones on screen.
    const cols = '<colgroup><col class="c-n"><col class="c-title"><col class="c-outlet"><col class="c-date"><col class="c-q"><col class="c-who"><col class="c-src"></colgroup>';
    const chunks: string[] = [];
    for (let i = 0; i < this.lines.length; i += CHUNK) {
      const rows = this.lines.slice(i, i + CHUNK).map((l, j) => row(l, i + j)).join('\n');
      chunks.push(`<div class="chunk"><table class="list">${cols}<tbody>\n${rows}\n</tbody></table></div>`);
    }
    return `<section id="articles"><h2>Articles</h2>
<p class="no-print"><label>Filter the list: <input type="search" class="filter-box" data-rows="article-list"></label> <span id="article-list-count" role="status" aria-live="polite"></span></p>
<table class="list head">${cols}<thead><tr><th class="n">#</th><th>Title</th><th>Outlet</th><th>Date</th><th class="n">Quotes</th><th>Most quoted</th><th>Source</th></tr></thead></table>
<div id="article-list">
${chunks.join('\n')}
</div>
</section>`;
  }
}

function entitiesSection(entities: ReturnType<CorpusAggregate['entities']>): string {
  const top = entities.slice(0, TOP);
  if (!top.length) return `<section id="top-entities"><h2>Top entities by documents</h2><p class="none">No entities.</p></section>`;
  const bars = top.map((e) => ({ label: e.name, value: e.documents, cls: e.type, note: `(${TYPE_LABEL.get(e.type) ?? e.type}; ${e.mentions} mentions)` }));
  const rows = top.map((e) => `<tr><td>${h(e.name)}</td><td>${h(TYPE_LABEL.get(e.type) ?? e.type)}</td><td class="n">${e.documents}</td><td class="n">${e.mentions}</td><td>${h(e.aliases.filter((a) => a !== e.name).slice(0, 6).join(', '))}</td></tr>`).join('\n');
  return `<section id="top-entities"><h2>Top entities by documents</h2>
<p class="lead">The ${top.length} entities found in the most articles, of ${entities.length}; the type is named in brackets.</p>
${barChart('chart-entities', 'Top entities: articles that mention each', bars)}
<details><summary>As a table</summary>
<table><thead><tr><th>Entity</th><th>Type</th><th class="n">Articles</th><th class="n">Mentions</th><th>Also called</th></tr></thead><tbody>
${rows}
</tbody></table></details>
</section>`;
}

const folderOf = (source: string) => { const i = source.replace(/\\/g, '/').lastIndexOf('/'); return i < 0 ? '' : source.slice(0, i); };
const baseOf = (source: string) => source.replace(/\\/g, '/').split('/').pop()!;

/** Each article's outlet: its folder, or (one folder for all) the stem of its file name. */
export function outletsOf(lines: ArticleLine[]): Map<ArticleLine, string> {
  const folders = new Set(lines.map((l) => folderOf(l.source)));
  const out = new Map<ArticleLine, string>();
  for (const l of lines) {
    if (folders.size > 1) out.set(l, folderOf(l.source) || '.');
    else {
      const stem = baseOf(l.source).replace(/\.[^.]*$/, '').replace(/[-_ .#:]*\d+$/, '');
      out.set(l, stem || baseOf(l.source));
    }
  }
  return out;
}
