// The command-line filters, as pure functions over a Report:
//   entities --type person,place --min-count 2 --limit 20
//   quotes --speaker Lukashenko --kind direct,partial
import type { EntityType, QuoteKind, Report } from './types.js';

export interface Filters {
  types?: EntityType[];
  minCount?: number;
  limit?: number;
  speaker?: string;
  kinds?: QuoteKind[];
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Does `query` name this speaker? Part of the name, of any alias of its entity, or of the mention itself. */
function speakerMatches(report: Report, quote: NonNullable<Report['quotes']>[number], query: string): boolean {
  const q = fold(query);
  const entity = report.entities?.find((e) => e.id === quote.speakerId);
  const names = [quote.speaker ?? '', quote.speakerMention?.text ?? '', ...(entity?.aliases ?? [])];
  return names.some((n) => n && fold(n).includes(q));
}

export function applyFilters(report: Report, f: Filters): Report {
  const out = { ...report };
  if (report.entities) {
    let ents = report.entities;
    if (f.types?.length) ents = ents.filter((e) => f.types!.includes(e.type));
    if (f.minCount !== undefined) ents = ents.filter((e) => e.mentions.length >= f.minCount!);
    if (f.limit !== undefined) ents = ents.slice(0, f.limit);
    out.entities = ents;
  }
  if (report.quotes) {
    let quotes = report.quotes;
    if (f.kinds?.length) quotes = quotes.filter((q) => f.kinds!.includes(q.kind));
    if (f.speaker) quotes = quotes.filter((q) => speakerMatches(report, q, f.speaker!));
    out.quotes = quotes;
  }
  return out;
}
