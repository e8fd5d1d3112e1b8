// The commands, one entry each: what they are called and say in --help, their options, which
// pipeline stages they run, which fields their newsq/1 object carries, and how they are rendered.
// The CLI (src/cli/run.ts), the JSON builder (src/render/json.ts) and the renderers
// (src/render/document.ts) all read this table, so adding a command is adding an entry:
//
//   { name: 'people', summary: 'the people named', examples: ['newsq people story.txt'], options: [MODEL],
//     stages: ['entities', 'coref'], fields: ['meta', 'entities'], rows: entityRows }
//
// Plain data and pure functions only: no commander here, so render can import it without the CLI.
import type { Stage } from './pipeline/index.js';
import type { DocField, NewsqDoc } from './render/contract.js';
import { analyzeRows, entityRows, quoteRows, summaryRows, tokenRows, type RowSet } from './render/rows.js';

/** How an option's value is parsed: the name of a parser in src/cli/options.ts. */
export type OptionValue = 'positiveInt' | 'nonNegativeInt' | 'ratio' | 'entityTypes' | 'quoteKinds';

export interface OptionSpec {
  /** commander flags: `--limit <n>`, `--aggregate`. */
  flags: string;
  description: string;
  /** Absent: a flag, or a string value taken as given. */
  value?: OptionValue;
}

/** A part of the terminal view: the summary as prose, or a table of rows. */
export type TerminalSection = 'summary' | ((doc: NewsqDoc) => RowSet);

export interface CommandSpec<N extends string = string> {
  name: N;
  /** One line in `newsq --help`; as a sentence, the description in `newsq NAME --help`. */
  summary: string;
  examples: string[];
  /** Options besides the common ones (--json, --format, --jobs...), in help order. */
  options: OptionSpec[];
  /** The pipeline stages it runs (tokens always run). */
  stages: Stage[];
  /** The top-level fields of its newsq/1 object, after `schema` and `source`, in order. */
  fields: DocField[];
  /** Its rows in TSV, CSV, markdown and (unless `terminal` says otherwise) the terminal table. */
  rows?: (doc: NewsqDoc) => RowSet;
  /** The terminal view, when it is not `rows` as one table: these sections, one after another. */
  terminal?: TerminalSection[];
  /** Prints the corpus view after all documents instead of anything per document; with `onlyWith`, only when that flag is given. */
  corpus?: { view: 'entities' | 'speakers'; onlyWith?: 'aggregate' };
}

const MODEL: OptionSpec = { flags: '--model <path>', description: 'a NER model trained with `newsq train-ner` (default: the shipped one)' };

/** The corpus views: their running totals instead of the view, to merge later with --input corpus. */
const PARTIAL: OptionSpec = { flags: '--partial', description: 'print the partial aggregate (newsq-corpus/1 "part" records) to merge later with --input corpus' };

const ENTITY_FILTERS: OptionSpec[] = [
  { flags: '--type <types>', description: 'only these types: person,organization,place,misc', value: 'entityTypes' },
  { flags: '--min-count <n>', description: 'only entities mentioned at least n times', value: 'nonNegativeInt' },
  { flags: '--limit <n>', description: 'at most n entities per document', value: 'positiveInt' },
];

const SUMMARY_LENGTH: OptionSpec[] = [
  { flags: '--sentences <n>', description: 'number of summary sentences (default 3)', value: 'positiveInt' },
  { flags: '--ratio <r>', description: 'summary length as a share of the body sentences, e.g. 0.2', value: 'ratio' },
];

/** Infers the union of the names, so that `Command` comes from the table itself. */
function defineCommands<const N extends string>(specs: ReadonlyArray<CommandSpec<N>>): ReadonlyArray<CommandSpec<N>> {
  return specs;
}

/** In the order of `newsq --help`. */
export const COMMANDS = defineCommands([
  {
    name: 'analyze',
    summary: 'everything: metadata, entities, quotes, summary and keywords',
    examples: ['newsq analyze story.txt', 'newsq analyze --json corpus/ > corpus.jsonl'],
    options: [MODEL, ...ENTITY_FILTERS, ...SUMMARY_LENGTH],
    stages: ['entities', 'quotes', 'summary'],
    fields: ['meta', 'summary', 'keywords', 'keyPeople', 'entities', 'quotes'],
    rows: analyzeRows,
    terminal: ['summary', entityRows, quoteRows],
  },
  {
    name: 'entities',
    summary: 'people, organisations, places and other names, merged by alias',
    examples: ['newsq entities story.txt', 'newsq entities --type person,place --min-count 2 --limit 20 story.txt',
      "newsq entities --json corpus/ | jq -c '.entities[] | {name, type, count}'"],
    options: [MODEL, ...ENTITY_FILTERS,
      { flags: '--aggregate', description: 'one row per entity across all inputs: mentions and documents (schema newsq-corpus/1 with --json)' },
      PARTIAL],
    stages: ['entities', 'coref'],
    fields: ['meta', 'entities'],
    rows: entityRows,
    corpus: { view: 'entities', onlyWith: 'aggregate' },
  },
  {
    name: 'quotes',
    summary: 'who said what: direct, partial and indirect quotes with their speakers',
    examples: ['newsq quotes story.txt', 'newsq quotes --speaker Lukashenko --kind direct,partial story.txt',
      "newsq quotes --json corpus/ | jq -r '.quotes[] | [.speaker, .text] | @tsv'"],
    options: [MODEL,
      { flags: '--speaker <name>', description: 'only quotes by this speaker (any alias)' },
      { flags: '--kind <kinds>', description: 'only these kinds: direct,partial,indirect', value: 'quoteKinds' },
      { flags: '--with-entities', description: 'also print the entities the speakers point at (with --json: what `newsq speakers --input newsq` reduces)' }],
    stages: ['quotes'],
    fields: ['meta', 'quotes'],
    rows: quoteRows,
  },
  {
    name: 'summary',
    summary: 'the few sentences that carry the story, its keywords and key people',
    examples: ['newsq summary story.txt', 'newsq summary --sentences 5 story.txt', 'newsq summary --ratio 0.2 --json story.txt'],
    options: [MODEL, ...SUMMARY_LENGTH],
    stages: ['summary'],
    fields: ['meta', 'summary', 'keywords', 'keyPeople'],
    rows: summaryRows,
    terminal: ['summary'],
  },
  {
    name: 'speakers',
    summary: 'who is quoted across a corpus: quotes, articles, first and last article, a sample quote',
    examples: ['newsq speakers corpus/', 'newsq speakers --limit 10 corpus/', 'newsq speakers --json corpus/ | jq -r .speaker',
      'newsq quotes --json --with-entities corpus/ > q.jsonl; newsq speakers q.jsonl', 'newsq speakers --input corpus day1.jsonl day2.jsonl'],
    options: [MODEL, { flags: '--limit <n>', description: 'at most n speakers', value: 'positiveInt' }, PARTIAL],
    stages: ['quotes'],
    // Per document, what the corpus view of speakers needs: quotes and the entities they point at.
    fields: ['meta', 'entities', 'quotes'],
    corpus: { view: 'speakers' },
  },
  {
    name: 'tokens',
    summary: 'sentences and tokens with their offsets',
    examples: ['newsq tokens story.txt', "newsq tokens --json story.txt | jq '.sentences | length'"],
    options: [],
    stages: [],
    fields: ['meta', 'sentences'],
    rows: tokenRows,
  },
]);

export type Command = (typeof COMMANDS)[number]['name'];

const BY_NAME = new Map<string, CommandSpec<Command>>(COMMANDS.map((c) => [c.name, c]));

export function commandSpec(name: Command): CommandSpec<Command> {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown command "${name}"`);
  return spec;
}
