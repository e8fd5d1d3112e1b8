import { readFileSync } from 'node:fs';
import { analyze, extractArticle, keyPeopleNames, toJson, type FullReport, type NewsqDoc } from 'newsq';

// A text: every stage runs, so entities, quotes and summary are all there (a FullReport).
const text = readFileSync('fixtures/belarus-2020-08-18.txt', 'utf8');
const report: FullReport = analyze(text);
console.log(`${report.quotes.length} quotes, ${report.entities.length} entities`);
for (const q of report.quotes) {
  // Offsets in a Report are UTF-16 indexes: text.slice() gives the quote back.
  console.log(q.speaker ?? '(unknown)', '—', text.slice(q.start, q.end));
}
// Key people are entity ids in the Report, names in the JSON.
console.log(keyPeopleNames(report).join(', '));

// Only the stages you need: here entities, so `quotes` is not in the type.
const names = analyze(text, { stages: ['entities'] }).entities.map((e) => e.name);
console.log(names.slice(0, 5));

// A web page: its article, blocks and metadata.
const page = analyze(extractArticle('<html><body><article><h1>Title</h1><p>Putin said so.</p></article></body></html>', { url: 'https://example.com/a' }));
console.log(page.meta.url);

// The newsq/1 object, as `newsq quotes --json` prints it (code point offsets): its fields are typed per command.
const doc = toJson(report, 'belarus.txt', 'quotes');
console.log(doc.quotes.length, doc.meta.words);
const any: NewsqDoc = doc;
console.log(any.schema);
