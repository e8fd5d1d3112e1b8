// Report → the newsq/1 JSON object (../docs/output-contract.md, schema/newsq-1.schema.json, typed in
// ./contract.ts). The only place where offsets turn from UTF-16 indexes into code points.
import type { Report, Span } from '../types.js';
import { codePointIndexer } from '../text/offsets.js';
import { commandSpec, type Command } from '../commands.js';
import { SCHEMA, type DocField, type DocOf, type JsonSpan, type NewsqDoc, type NewsqError } from './contract.js';

export { SCHEMA };
export type { Command };

export interface JsonOptions {
  /** Also carry the document text (HTML and URL inputs, whose offsets index extracted text). */
  includeText?: boolean;
}

/** Each field of the document, built only when the command prints it. */
type FieldBuilders = { [F in DocField]: () => NonNullable<NewsqDoc[F]> };

/** The newsq/1 object of a report as `newsq COMMAND --json` prints it; the command's fields are always there. */
export function toJson<C extends Command>(report: Report, source: string, command: C, options: JsonOptions = {}): DocOf<C> {
  const cp = codePointIndexer(report.text);
  const span = (s: Span): JsonSpan => ({ text: s.text, start: cp(s.start), end: cp(s.end) });
  const byId = new Map((report.entities ?? []).map((e) => [e.id, e]));
  const m = report.meta;
  const build: FieldBuilders = {
    meta: () => ({
      title: m.title, authors: m.authors, agency: m.agency, date: m.date, url: m.url,
      words: m.words, sentences: m.sentences, paragraphs: m.paragraphs, readingMinutes: m.readingMinutes,
    }),
    summary: () => (report.summary?.sentences ?? []).map((s) => ({ ...span(s), score: round(s.score) })),
    keywords: () => (report.summary?.keywords ?? []).map((k) => ({ term: k.term, score: round(k.score) })),
    // The Report holds entity ids; the JSON their names (see Summary.keyPeople).
    keyPeople: () => (report.summary?.keyPeople ?? []).flatMap((id) => byId.get(id)?.name || []),
    // Entities and quotes: new fields go here, and into ./contract.ts and the schema.
    entities: () => (report.entities ?? []).map((e) => ({
      id: e.id, name: e.name, type: e.type, count: e.mentions.length, aliases: e.aliases,
      mentions: e.mentions.map(span), gender: e.type === 'person' ? e.gender ?? null : null,
      references: (e.references ?? []).map((r) => ({ ...span(r), form: r.form, how: r.how })),
    })),
    quotes: () => (report.quotes ?? []).map((q) => ({
      id: q.id, ...span(q), kind: q.kind, speaker: q.speaker, speakerId: q.speakerId,
      speakerMention: q.speakerMention ? span(q.speakerMention) : null,
      cue: q.cue ? span(q.cue) : null, speakerGender: q.speakerGender, resolvedBy: q.resolvedBy, rule: q.rule,
    })),
    sentences: () => report.sentences.map((s) => ({
      ...span(s), kind: s.kind,
      tokens: s.tokens.toArray().map((t) => span(t)),
    })),
  };
  const out: NewsqDoc = { schema: SCHEMA, source };
  if (options.includeText) out.text = report.text;
  for (const field of commandSpec(command).fields) setField(out, field, build);
  return out as DocOf<C>;
}

function setField<F extends DocField>(doc: NewsqDoc, field: F, build: FieldBuilders): void {
  doc[field] = build[field]();
}

/** The record printed in place of an input that could not be read or analysed. */
export function errorJson(source: string, code: string, message: string): NewsqError {
  return { schema: SCHEMA, source, error: { code, message } };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
