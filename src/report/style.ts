// The report's one stylesheet, inlined into the page (its hash is in the page's Content-Security-Policy).
// Colour never carries meaning alone: quotes carry their speaker's name as a label, entity types
// differ in underline style (solid, double, dotted, dashed) as well as in tint, and summary
// sentences carry a "summary n" label. Text colours keep a contrast of at least 4.5:1.
export const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --paper: #fff; --hl: #ffe45c; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: #0b57a4; }
:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
code { font-size: .9em; word-break: break-all; }
.article, .corpus { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
.head h1 { margin: .2rem 0 .4rem; font: 700 1.7rem/1.25 Georgia, "Times New Roman", serif; }
.byline, .source, .back { margin: .2rem 0; color: var(--muted); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 21rem; gap: 2rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
.legend { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; margin: 1rem 0; font-size: .9rem; }
.legend fieldset { border: 0; padding: 0; margin: 0 0 .4rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
.legend legend { font-weight: 600; float: left; margin-right: .6rem; padding: 0; }
.legend label { cursor: pointer; }
.keys { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: .3rem 0; }
.hint { color: var(--muted); margin: .3rem 0 0; }
.status { font-weight: 600; min-height: 1.5em; margin: .2rem 0 0; }
.text { white-space: pre-wrap; overflow-wrap: break-word; font: 1.08rem/1.8 Georgia, "Times New Roman", serif; max-width: 46rem; }
.missing { color: var(--muted); }

/* Entities: a tint and an underline style per type. */
.ent { border-bottom: 2px solid; padding: 0 1px; cursor: pointer; }
.ent.person { background: #e3efff; border-bottom-color: #1f5fa8; }
.ent.organization { background: #fff0dc; border-bottom: 3px double #9a5500; }
.ent.place { background: #e2f4e2; border-bottom: 2px dotted #25702a; }
.ent.misc { background: #f2e6f7; border-bottom: 2px dashed #7b3fa0; }
.ent.ref { background: transparent; border-bottom-width: 1px; border-bottom-style: dashed; }
.hide-person .ent.person, .hide-organization .ent.organization, .hide-place .ent.place, .hide-misc .ent.misc { background: transparent; border-bottom-color: transparent; cursor: auto; }
.tag { font-size: .78em; padding: 0 .35em; border-radius: 3px; border: 1px solid; white-space: nowrap; }
.tag.person { border-color: #1f5fa8; color: #1f5fa8; }
.tag.organization { border-color: #9a5500; color: #8a4c00; }
.tag.place { border-color: #25702a; color: #25702a; }
.tag.misc { border-color: #7b3fa0; color: #7b3fa0; }

/* Quotes: a tint per speaker, the speaker's name as a label; indirect quotes lighter, underlined. */
.q { color: inherit; background: var(--bg); border-radius: 2px; padding: 1px 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.q.k-indirect { background: transparent; text-decoration: underline 2px var(--fg); text-underline-offset: .28em; }
.q .q { background: var(--bg); text-decoration: none; }
.ql { font: 600 .7rem/1.2 system-ui, sans-serif; color: #fff; background: var(--fg); border-radius: 3px; padding: 1px 5px; margin: 0 4px 0 1px; white-space: nowrap; vertical-align: .12em; text-decoration: none; }
a.ql:hover { text-decoration: underline; }
.via { font-weight: 400; }
.c0 { --fg: #1f5fa8; --bg: #dbe8f7; } .c1 { --fg: #a3340f; --bg: #f8e0d6; } .c2 { --fg: #276e27; --bg: #dcefd9; }
.c3 { --fg: #7b3fa0; --bg: #ecdff5; } .c4 { --fg: #805d00; --bg: #f6ebc6; } .c5 { --fg: #0d6a6e; --bg: #d5eeee; }
.c6 { --fg: #a81d59; --bg: #f7dbe7; } .c7 { --fg: #4a5a1a; --bg: #e6ecd2; } .c8 { --fg: #595959; --bg: #ececec; }
.src { font-weight: 700; }
.cue { font-style: italic; text-decoration: underline dotted; }
.sum { background: linear-gradient(transparent 60%, #fff3b0 60%); }
.sumno { font: 600 .66rem/1 system-ui, sans-serif; border: 1px solid #806600; color: #5c4a00; border-radius: 3px; padding: 1px 4px; margin-right: 4px; vertical-align: .15em; white-space: nowrap; }

/* Highlight of the chosen speaker or entity: an outline and a strong tint, not colour alone. */
.text .hl { outline: 2px solid var(--ink); outline-offset: 1px; }
.text .ent.hl { background: var(--hl); border-bottom-color: var(--ink); }
.text .q.hl > .ql { outline: 2px solid var(--ink); }

/* The side panel. */
.panel { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: .5rem .2rem 1rem; border-left: 1px solid var(--line); padding-left: 1rem; }
@media (max-width: 60rem) { .panel { position: static; max-height: none; border-left: 0; padding-left: 0; } }
.panel h2 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
.count { color: var(--muted); font-weight: 400; }
.picks { list-style: none; margin: 0; padding: 0; }
.pick { display: block; width: 100%; text-align: left; font: inherit; font-size: .9rem; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 4px; padding: .25rem .4rem; cursor: pointer; }
.pick:hover { background: #f2f2f2; }
.pick[aria-pressed="true"] { background: var(--hl); border-color: var(--ink); }
.pick .name { font-weight: 600; }
.pick .facts { color: var(--muted); font-size: .85em; }
.pick[aria-pressed="true"] .facts { color: var(--ink); }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; background: var(--fg); margin-right: .35em; vertical-align: -.05em; }
.keywords { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; padding: 0; margin: 0; }
.keywords li { border: 1px solid var(--line); border-radius: 3px; padding: 0 .4em; font-size: .9rem; }
.none { color: var(--muted); }

/* The corpus view. */
.corpus h1 { font: 700 1.8rem/1.2 Georgia, serif; margin: .3rem 0; }
.corpus h2 { margin-top: 2.2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.corpus h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.lead { color: var(--muted); margin: .2rem 0; }
.toc a { margin-right: 1rem; }
.chart { width: 100%; max-width: 60rem; height: auto; display: block; }
.chart text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.chart .value { fill: var(--muted); }
.chart .inside { fill: #fff; font-weight: 600; }
.chart .dark { fill: var(--ink); }
.bar { fill: #1f5fa8; }
.bar.person { fill: #1f5fa8; } .bar.organization { fill: #9a5500; } .bar.place { fill: #25702a; } .bar.misc { fill: #7b3fa0; } .bar.other { fill: #595959; }
.g-female { fill: #a81d59; } .g-male { fill: #1f5fa8; } .g-unknown { fill: #d6d6d6; }
.key-swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin: 0 .3em 0 .8em; border-radius: 2px; }
.key-swatch.g-female { background: #a81d59; } .key-swatch.g-male { background: #1f5fa8; } .key-swatch.g-unknown { background: #d6d6d6; border: 1px solid #999; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }
th, td { text-align: left; padding: .2rem .6rem .2rem 0; border-bottom: 1px solid #eee; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: .4rem 0 1rem; }
summary { cursor: pointer; color: #0b57a4; }
.list { table-layout: fixed; width: 100%; margin: 0; }
.list.head { margin-top: .5rem; }
.chunk { content-visibility: auto; contain-intrinsic-size: auto 9000px; }
.c-n { width: 3.5rem; } .c-title { width: 30%; } .c-outlet { width: 10%; } .c-date { width: 6.5rem; } .c-q { width: 4.5rem; } .c-who { width: 20%; } .c-src { width: auto; }
.list td { overflow-wrap: anywhere; }
.failed { color: #a3340f; }
.filter-box { font: inherit; padding: .2rem .4rem; margin: .3rem 0; min-width: 18rem; }

@media print {
  .no-print, .hint, .legend fieldset, .status { display: none !important; }
  .layout { display: block; }
  .panel { position: static; max-height: none; border: 0; padding: 0; break-before: page; }
  .pick { padding: 0; border: 0; }
  body { font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .corpus section, .chart, tr { break-inside: avoid; }
  .chunk { content-visibility: visible; }
  .corpus > section#articles { break-inside: auto; }
}
`;
