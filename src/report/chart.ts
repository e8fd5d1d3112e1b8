// Inline SVG charts drawn by newsq: horizontal bars (who is quoted most, top entities) and 100 %
// stacked bars (quotes by gender, per outlet, per month). No library, no script; each chart has a
// <title> and <desc> for screen readers, values written as text next to or inside the bars, and
// the numbers again in a table beside it (corpus.ts), so colour never carries them alone.
//
//   barChart('quoted', 'Who is quoted most', [{ label: 'Alexander Lukashenko', value: 12, cls: 'person' }])
import { escapeHtml as h } from './escape.js';

export interface Bar {
  label: string;
  value: number;
  /** Class of the bar (its colour), e.g. the entity type. */
  cls?: string;
  /** Text after the value: "(male)", "3 articles". */
  note?: string;
}

const WIDTH = 820;
const LABEL = 250;
const ROW = 22;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function barChart(id: string, title: string, bars: Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = WIDTH - LABEL - 190;
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const w = Math.max(1, Math.round((b.value / max) * room));
    return `<g><title>${h(`${b.label}: ${b.value}${b.note ? ` ${b.note}` : ''}`)}</title>`
      + `<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end">${h(clip(b.label, 36))}</text>`
      + `<rect class="bar ${h(b.cls ?? '')}" x="${LABEL}" y="${y + 3}" width="${w}" height="${ROW - 6}"></rect>`
      + `<text class="value" x="${LABEL + w + 6}" y="${y + 15}">${b.value}${b.note ? ` ${h(b.note)}` : ''}</text></g>`;
  }).join('\n');
  return `<svg class="chart" id="${h(id)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${h(id)}-t ${h(id)}-d">
<title id="${h(id)}-t">${h(title)}</title><desc id="${h(id)}-d">${h(bars.map((b) => `${b.label}: ${b.value}`).join('; '))}</desc>
${rows}
</svg>`;
}

export interface StackPart { name: string; cls: string }
export interface Stack { label: string; values: number[] }

/** One 100 % bar per row, split into the parts; each part's share is written inside it when it fits. */
export function stackedChart(id: string, title: string, parts: StackPart[], stacks: Stack[]): string {
  const room = WIDTH - LABEL - 190;
  const height = stacks.length * ROW + 8;
  const pct = (v: number, total: number) => `${Math.round((100 * v) / total)}%`;
  const rows = stacks.map((s, i) => {
    const y = 4 + i * ROW;
    const total = s.values.reduce((a, b) => a + b, 0);
    let x = LABEL;
    // Shares too narrow to write inside their part are written after the total.
    const narrow: string[] = [];
    const segments = total === 0 ? '' : s.values.map((v, j) => {
      const w = (v / total) * room;
      const seg = v === 0 ? '' : `<rect class="${h(parts[j].cls)}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}"><title>${h(`${s.label}, ${parts[j].name}: ${v} of ${total} (${pct(v, total)})`)}</title></rect>`
        + (w < 34 ? (narrow.push(`${parts[j].name} ${pct(v, total)}`), '') : `<text class="${j === s.values.length - 1 ? 'dark' : 'inside'}" x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle">${pct(v, total)}</text>`);
      x += w;
      return seg;
    }).join('');
    return `<g><text x="${LABEL - 8}" y="${y + 15}" text-anchor="end">${h(clip(s.label, 36))}</text>${segments}`
      + `<text class="value" x="${LABEL + room + 6}" y="${y + 15}">n = ${total}${narrow.length ? `; ${h(narrow.join(', '))}` : ''}</text></g>`;
  }).join('\n');
  const desc = stacks.map((s) => `${s.label}: ${s.values.map((v, j) => `${parts[j].name} ${v}`).join(', ')}`).join('; ');
  return `<svg class="chart" id="${h(id)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${h(id)}-t ${h(id)}-d">
<title id="${h(id)}-t">${h(title)}</title><desc id="${h(id)}-d">${h(desc)}</desc>
${rows}
</svg>`;
}
