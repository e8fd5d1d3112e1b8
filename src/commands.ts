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
import { FORMATS } from './render/format.js';
import { analyzeRows, entityRows, quoteRows, summaryRows, tokenRows, type RowSet } from './render/rows.js';

/** How an option's value is parsed: the name of a parser in src/cli/options.ts. */
export type OptionValue = 'positiveInt' | 'nonNegativeInt' | 'ratio' | 'entityTypes' | 'quoteKinds' | 'seconds' | 'byteCount';

export interface OptionSpec {
  /** commander flags: `--limit <n>`, `--aggregate`. */
  flags: string;
  description: string;
  /** Absent: a flag, or a string value taken as given. */
  value?: OptionValue;
  /** The only values allowed (also offered by the shell completions). */
  choices?: readonly string[];
  /** The value when the option is not given. */
  default?: string;
  /** Options (by attribute name, `ratio`) it cannot be given with: a usage error, exit 2. */
  conflicts?: string[];
  /** Must be given (train-ner). */
  required?: boolean;
  /** A file or directory: the shell completions offer paths. */
  file?: boolean;
  /** Values the shell completions offer, when `choices` does not list them (comma lists: --type person,place). */
  hints?: readonly string[];
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
  /** What `--json` prints, when it is not one newsq/1 object per document. */
  json?: string;
  /** Writes one HTML report of all its documents (src/report) instead of output per document; the documents carry their text. */
  report?: true;
}

const MODEL: OptionSpec = { flags: '--model <name|path>', description: 'NER model: default (research use), open (permissive licences), or a file from `newsq train-ner`; see newsq --version', file: true };

/** The options every document command takes, after its own. */
export const COMMON_OPTIONS: OptionSpec[] = [
  { flags: '--json', description: 'JSON Lines, one object per document (schema newsq/1)', conflicts: ['format'] },
  { flags: '--format <format>', description: 'output format', choices: FORMATS },
  { flags: '--no-color', description: 'never colour the output' },
  { flags: '-q, --quiet', description: 'no warnings or progress on stderr' },
  { flags: '-j, --jobs <n>', description: 'documents analysed in parallel (default: the number of cores)', value: 'positiveInt' },
  { flags: '--input <kind>', description: 'what the inputs hold: text (articles), jsonl (one {"id","text"} record per line), or for speakers and entities --aggregate newsq (newsq/1 output) or corpus (--partial output)', choices: ['text', 'jsonl', 'newsq', 'corpus'], default: 'text' },
  { flags: '--id-field <name>', description: 'with --input jsonl: the field naming each record', default: 'id' },
  { flags: '--text-field <name>', description: 'with --input jsonl: the field holding the article text', default: 'text' },
  { flags: '--timeout <seconds>', description: 'for http(s) inputs: give up on a page after this long (default 20)', value: 'seconds' },
  { flags: '--max-bytes <n>', description: 'for http(s) inputs: refuse pages larger than this, e.g. 500k, 10M (default 10M)', value: 'byteCount' },
];

/** What the inputs of a document command are: `[inputs...]`. */
export const INPUTS_HELP = 'files, directories, globs, URLs or - for stdin';

/** The top of `newsq --help` and of the man page. */
export const PROGRAM = {
  name: 'newsq',
  description: 'Who is in a news article, who said what, and what it is about.',
  examples: ['newsq entities story.txt', 'newsq quotes --json corpus/ | jq .quotes', 'cat story.txt | newsq summary',
    'newsq speakers --limit 10 corpus/', 'newsq train-ner --data my-news.conll --out my-model.bin'],
  /** Paragraphs after the examples in every help; wrapped to the terminal. */
  notes: [
    'Inputs: files, directories (searched for .txt .md .markdown .text .html .htm), quoted globs ("corpus/**/*.txt"), '
      + 'http(s):// addresses, or - for stdin. With no input, the text is read from stdin. Web pages (saved .html files, '
      + 'HTML on stdin, URLs) are read for their article; with --json the extracted text is printed as "text", and offsets index it.',
    'Output: a table on a terminal; tab-separated rows with a header when piped; --json for JSON Lines.',
    'Exit status: 0 ok, 1 some input failed (the others are still processed), 2 usage error.',
  ],
};

/** The corpus views: their running totals instead of the view, to merge later with --input corpus. */
const PARTIAL: OptionSpec = { flags: '--partial', description: 'print the partial aggregate (newsq-corpus/1 "part" records) to merge later with --input corpus' };

const ENTITY_FILTERS: OptionSpec[] = [
  { flags: '--type <types>', description: 'only these types: person,organization,place,misc', value: 'entityTypes', hints: ['person', 'organization', 'place', 'misc'] },
  { flags: '--min-count <n>', description: 'only entities mentioned at least n times', value: 'nonNegativeInt' },
  { flags: '--limit <n>', description: 'at most n entities per document', value: 'positiveInt' },
];

const SUMMARY_LENGTH: OptionSpec[] = [
  { flags: '--sentences <n>', description: 'number of summary sentences (default 3)', value: 'positiveInt', conflicts: ['ratio'] },
  { flags: '--ratio <r>', description: 'summary length as a share of the body sentences, e.g. 0.2', value: 'ratio', conflicts: ['sentences'] },
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
      { flags: '--kind <kinds>', description: 'only these kinds: direct,partial,indirect', value: 'quoteKinds', hints: ['direct', 'partial', 'indirect'] },
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
    json: 'JSON Lines, one record per speaker (schema newsq-corpus/1)',
  },
  {
    name: 'report',
    summary: 'an HTML report to open in a browser: quotes, speakers and entities marked in the text; for a corpus, who is quoted, by gender and over time',
    examples: ['newsq report story.txt -o story.html', 'newsq report corpus/ -o corpus.html', 'newsq report corpus/ -o corpus-report/',
      'newsq report --input jsonl articles.jsonl > report.html'],
    options: [MODEL,
      { flags: '-o, --output <path>', description: 'write to this .html file, or to this folder when it ends in / (index.html and a page per article); default: stdout', file: true },
      { flags: '--title <text>', description: "the corpus view's heading" },
      ...SUMMARY_LENGTH],
    stages: ['entities', 'coref', 'quotes', 'summary'],
    fields: ['meta', 'summary', 'keywords', 'keyPeople', 'entities', 'quotes'],
    report: true,
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

/** The common options as a command takes them: `report` writes HTML only, so it has no --json and its --format offers just html. */
export function commonOptionsOf(spec: CommandSpec): OptionSpec[] {
  if (!spec.report) return COMMON_OPTIONS;
  return COMMON_OPTIONS.filter((o) => o.flags !== '--json')
    .map((o) => (o.flags.startsWith('--format') ? { ...o, description: 'output format (a report is HTML)', choices: ['html'] } : o));
}

export function commandSpec(name: Command): CommandSpec<Command> {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown command "${name}"`);
  return spec;
}

/** A command that reads no documents: in the help, the completions and the man page after the others. */
export interface ToolSpec {
  name: string;
  summary: string;
  /** Its `--help` description, when more than the summary. */
  description: string;
  /** Its positional arguments, as commander writes them: `<shell>`. */
  arguments?: string;
  /** The values of its argument, for the completions. */
  argumentChoices?: readonly string[];
  options: OptionSpec[];
  examples: string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export const TOOLS: ToolSpec[] = [
  {
    name: 'train-ner',
    summary: 'train your own entity model on CoNLL files',
    description: 'Train a NER model on CoNLL-format files (token first column, IOB tag last; -DOCSTART- separates documents). '
      + 'Use it with --model PATH on any command that finds entities.',
    options: [
      { flags: '--data <files...>', description: 'training files in CoNLL format', required: true, file: true },
      { flags: '--out <path>', description: 'where to write the model', required: true, file: true },
      { flags: '--epochs <n>', description: 'training passes (default 12)', value: 'positiveInt' },
    ],
    examples: ['newsq train-ner --data eng.train my-news.conll --out my-model.bin', 'newsq entities --model my-model.bin story.txt'],
  },
  {
    name: 'completion',
    summary: 'print the shell completion script for bash, zsh or fish',
    description: 'Print the shell completion script for bash, zsh or fish.',
    arguments: '<shell>',
    argumentChoices: SHELLS,
    options: [],
    examples: ['newsq completion bash > ~/.local/share/bash-completion/completions/newsq',
      'newsq completion zsh > "${fpath[1]}/_newsq"', 'newsq completion fish > ~/.config/fish/completions/newsq.fish'],
  },
];
