// Report → the newsq/1 JSON object (../docs/output-contract.md, schema/newsq-1.schema.json).
// The only place where offsets turn from UTF-16 indexes into code points.
import type { Report, Span } from '../types.js';
import { codePointIndexer } from '../text/offsets.js';

export const SCHEMA = 'newsq/1';

export type Command = 'analyze' | 'entities' | 'quotes' | 'summary' | 'tokens' | 'speakers';

/** Which top-level fields each command prints (the contract's "Per command" table). */
const FIELDS: Record<Command, string[]> = {
  analyze: ['meta', 'summary', 'keywords', 'keyPeople', 'entities', 'quotes'],
  entities: ['meta', 'entities'],
  quotes: ['meta', 'quotes'],
  summary: ['meta', 'summary', 'keywords', 'keyPeople'],
  tokens: ['meta', 'sentences'],
  // Per document, what the corpus view of speakers needs: quotes and the entities they point at.
  speakers: ['meta', 'entities', 'quotes'],
};

export interface JsonOptions {
  /** Also carry the document text (HTML and URL inputs, whose offsets index extracted text). */
  includeText?: boolean;
}

export function toJson(report: Report, source: string, command: Command, options: JsonOptions = {}): Record<string, unknown> {
  const cp = codePointIndexer(report.text);
  const span = (s: Span) => ({ text: s.text, start: cp(s.start), end: cp(s.end) });
  const byId = new Map((report.entities ?? []).map((e) => [e.id, e]));
  const all: Record<string, () => unknown> = {
    meta: () => report.meta,
    summary: () => (report.summary?.sentences ?? []).map((s) => ({ ...span(s), score: round(s.score) })),
    keywords: () => (report.summary?.keywords ?? []).map((k) => ({ term: k.term, score: round(k.score) })),
    keyPeople: () => (report.summary?.keyPeople ?? []).map((id) => byId.get(id)?.name).filter(Boolean),
    entities: () => (report.entities ?? []).map((e) => ({
      id: e.id, name: e.name, type: e.type, count: e.mentions.length, aliases: e.aliases,
      mentions: e.mentions.map(span),
    })),
    quotes: () => (report.quotes ?? []).map((q) => ({
      id: q.id, ...span(q), kind: q.kind, speaker: q.speaker, speakerId: q.speakerId,
      speakerMention: q.speakerMention ? span(q.speakerMention) : null,
      cue: q.cue ? span(q.cue) : null,
    })),
    sentences: () => report.sentences.map((s) => ({
      ...span(s), kind: s.kind,
      tokens: s.tokens.map((t) => (t.tag ? { ...span(t), tag: t.tag } : span(t))),
    })),
  };
  const out: Record<string, unknown> = { schema: SCHEMA, source };
  if (options.includeText) out.text = report.text;
  for (const field of FIELDS[command]) out[field] = all[field]();
  return out;
}

/** The record printed in place of an input that could not be read or analysed. */
export function errorJson(source: string, code: string, message: string): Record<string, unknown> {
  return { schema: SCHEMA, source, error: { code, message } };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
