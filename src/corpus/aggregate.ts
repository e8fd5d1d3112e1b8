// The corpus view: entities and speakers counted across many documents, keeping only aggregates in
// memory (one entry per distinct name form, never the documents). Names merge across documents by the
// same alias rules as within one (src/ner/alias-merge.ts): "Putin" in one article and "Vladimir Putin"
// in another are one person; "EU" joins "European Union"; forms merged inside one document stay merged.
//
// Documents are the newsq/1 JSON objects, so the view works the same over worker output.
import { clusterMentions } from '../ner/alias-merge.js';
import type { EntityType, Mention } from '../types.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = Record<string, any>;

type FormType = EntityType | 'other'; // 'other': a speaker that is no entity ("Lithuanian lawmakers")

interface Form {
  type: FormType;
  text: string;
  firstDoc: number;
  /** Union-find parent: forms merged within a document or by the alias rules share a root. */
  parent: Form;
  mentions: number;
  docs: Set<number>;
  quotes: number;
  quoteDocs: Set<number>;
  firstQuoteDoc: number;
  lastQuoteDoc: number;
  sample: string | null;
  sampleIsDirect: boolean;
}

export interface CorpusEntity {
  name: string;
  type: EntityType;
  mentions: number;
  documents: number;
  aliases: string[];
}

export interface CorpusSpeaker {
  speaker: string;
  type: FormType;
  quotes: number;
  articles: number;
  first: string;
  last: string;
  sample: string;
}

const find = (f: Form): Form => {
  while (f.parent !== f) { f.parent = f.parent.parent; f = f.parent; }
  return f;
};
const union = (a: Form, b: Form) => { const ra = find(a); const rb = find(b); if (ra !== rb) rb.parent = ra; };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export class CorpusAggregate {
  private readonly forms = new Map<string, Form>();
  private readonly sources: string[] = [];

  private form(type: FormType, text: string, doc: number): Form {
    const t = squash(text);
    const key = `${type}\u0000${t}`;
    let f = this.forms.get(key);
    if (!f) {
      f = { type, text: t, firstDoc: doc, mentions: 0, docs: new Set(), quotes: 0, quoteDocs: new Set(), firstQuoteDoc: doc, lastQuoteDoc: doc, sample: null, sampleIsDirect: false } as Form;
      f.parent = f;
      this.forms.set(key, f);
    }
    return f;
  }

  /** Adds one document's entities and quotes (an error record adds nothing). */
  add(doc: Doc): void {
    if (doc.error) return;
    const d = this.sources.push(String(doc.source)) - 1;
    const byId = new Map<string, Form>();
    for (const e of doc.entities ?? []) {
      const head = this.form(e.type, e.name, d);
      byId.set(e.id, head);
      for (const alias of e.aliases ?? []) union(head, this.form(e.type, alias, d));
      for (const m of e.mentions ?? []) {
        const f = this.form(e.type, m.text, d);
        union(head, f);
        f.mentions++;
        f.docs.add(d);
      }
    }
    for (const q of doc.quotes ?? []) {
      if (!q.speaker) continue;
      const f = byId.get(q.speakerId) ?? this.form('other', q.speaker, d);
      f.quotes++;
      if (!f.quoteDocs.size || d < f.firstQuoteDoc) f.firstQuoteDoc = d;
      f.lastQuoteDoc = Math.max(f.lastQuoteDoc, d);
      f.quoteDocs.add(d);
      // The first direct quote is the sample; a partial or indirect one only until a direct one comes.
      if (!f.sample || (q.kind === 'direct' && !f.sampleIsDirect)) {
        f.sample = squash(q.text);
        f.sampleIsDirect = q.kind === 'direct';
      }
    }
  }

  /** Applies the alias rules across documents, then sums each group. */
  private groups(): Map<Form, Form[]> {
    // One pseudo-mention per distinct entity form, placed in corpus order, for the within-document rules.
    const pseudo: Array<Mention & { form: Form }> = [];
    for (const f of this.forms.values()) {
      if (f.type !== 'other') pseudo.push({ text: f.text, start: f.firstDoc, end: f.firstDoc, sentence: 0, type: f.type, form: f });
    }
    for (const cluster of clusterMentions(pseudo)) {
      const forms = (cluster as Array<Mention & { form: Form }>).map((m) => m.form);
      for (const f of forms.slice(1)) union(forms[0], f);
    }
    const groups = new Map<Form, Form[]>();
    for (const f of this.forms.values()) {
      const root = find(f);
      const g = groups.get(root);
      if (g) g.push(f);
      else groups.set(root, [f]);
    }
    return groups;
  }

  /** Entities across the corpus, most documents first. */
  entities(): CorpusEntity[] {
    const out: CorpusEntity[] = [];
    for (const forms of this.groups().values()) {
      const type = forms[0].type;
      if (type === 'other') continue;
      const docs = new Set<number>();
      let mentions = 0;
      for (const f of forms) { mentions += f.mentions; for (const d of f.docs) docs.add(d); }
      if (!mentions) continue;
      out.push({ name: fullest(forms), type, mentions, documents: docs.size, aliases: forms.filter((f) => f.mentions).map((f) => f.text) });
    }
    return out.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  /** Who is quoted across the corpus, most quotes first. */
  speakers(): CorpusSpeaker[] {
    const out: CorpusSpeaker[] = [];
    for (const forms of this.groups().values()) {
      const quoted = forms.filter((f) => f.quotes);
      if (!quoted.length) continue;
      const docs = new Set<number>();
      let quotes = 0;
      for (const f of quoted) { quotes += f.quotes; for (const d of f.quoteDocs) docs.add(d); }
      const first = Math.min(...quoted.map((f) => f.firstQuoteDoc));
      const last = Math.max(...quoted.map((f) => f.lastQuoteDoc));
      const sample = (quoted.find((f) => f.sampleIsDirect) ?? quoted[0]).sample!;
      out.push({
        speaker: fullest(forms), type: forms[0].type, quotes, articles: docs.size,
        first: this.sources[first], last: this.sources[last], sample,
      });
    }
    return out.sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || a.speaker.localeCompare(b.speaker));
  }
}

/** The fullest form of a group: most words, then most mentions. */
function fullest(forms: Form[]): string {
  return [...forms].sort((a, b) => b.text.split(' ').length - a.text.split(' ').length || b.mentions + b.quotes - (a.mentions + a.quotes) || a.firstDoc - b.firstDoc)[0].text;
}
