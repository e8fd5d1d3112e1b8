// run(argv, io) → exit status. The commander program: subcommands, their options and help; each
// parsed command hands its inputs and options to processInputs(). Usage errors become exit 2 here,
// in one place.
import { Command as Program, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import type { Io } from './io.js';
import { VERSION } from '../version.js';
import { FORMATS, byteCount, entityTypes, nonNegativeInt, positiveInt, quoteKinds, ratio, seconds } from './options.js';
import type { RunOptions } from './process.js';
import type { Command } from '../render/json.js';

interface CommandSpec {
  name: Command;
  summary: string;
  examples: string[];
  configure?: (cmd: Program) => void;
}

const COMMANDS: CommandSpec[] = [
  {
    name: 'analyze',
    summary: 'everything: metadata, entities, quotes, summary and keywords',
    examples: ['newsq analyze story.txt', 'newsq analyze --json corpus/ > corpus.jsonl'],
    configure: (c) => summaryOptions(entityOptions(c)),
  },
  {
    name: 'entities',
    summary: 'people, organisations, places and other names, merged by alias',
    examples: ['newsq entities story.txt', 'newsq entities --type person,place --min-count 2 --limit 20 story.txt',
      "newsq entities --json corpus/ | jq -c '.entities[] | {name, type, count}'"],
    configure: (c) => entityOptions(c)
      .option('--aggregate', 'one row per entity across all inputs: mentions and documents (schema newsq-corpus/1 with --json)'),
  },
  {
    name: 'quotes',
    summary: 'who said what: direct, partial and indirect quotes with their speakers',
    examples: ['newsq quotes story.txt', 'newsq quotes --speaker Lukashenko --kind direct,partial story.txt',
      "newsq quotes --json corpus/ | jq -r '.quotes[] | [.speaker, .text] | @tsv'"],
    configure: (c) => modelOption(c)
      .option('--speaker <name>', 'only quotes by this speaker (any alias)')
      .option('--kind <kinds>', 'only these kinds: direct,partial,indirect', quoteKinds),
  },
  {
    name: 'summary',
    summary: 'the few sentences that carry the story, its keywords and key people',
    examples: ['newsq summary story.txt', 'newsq summary --sentences 5 story.txt', 'newsq summary --ratio 0.2 --json story.txt'],
    configure: (c) => summaryOptions(modelOption(c)),
  },
  {
    name: 'speakers',
    summary: 'who is quoted across a corpus: quotes, articles, first and last article, a sample quote',
    examples: ['newsq speakers corpus/', 'newsq speakers --limit 10 corpus/', 'newsq speakers --json corpus/ | jq -r .speaker'],
    configure: (c) => modelOption(c).option('--limit <n>', 'at most n speakers', positiveInt),
  },
  {
    name: 'tokens',
    summary: 'sentences and tokens with their offsets',
    examples: ['newsq tokens story.txt', "newsq tokens --json story.txt | jq '.sentences | length'"],
  },
];

function entityOptions(c: Program): Program {
  return modelOption(c)
    .option('--type <types>', 'only these types: person,organization,place,misc', entityTypes)
    .option('--min-count <n>', 'only entities mentioned at least n times', nonNegativeInt)
    .option('--limit <n>', 'at most n entities per document', positiveInt);
}

function modelOption(c: Program): Program {
  return c.option('--model <path>', 'a NER model trained with `newsq train-ner` (default: the shipped one)');
}

function summaryOptions(c: Program): Program {
  return c
    .option('--sentences <n>', 'number of summary sentences (default 3)', positiveInt)
    .option('--ratio <r>', 'summary length as a share of the body sentences, e.g. 0.2', ratio);
}

function commonOptions(c: Program): Program {
  return c
    .option('--json', 'JSON Lines, one object per document (schema newsq/1)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS))
    .option('--no-color', 'never colour the output')
    .option('-q, --quiet', 'no warnings or progress on stderr')
    .option('-j, --jobs <n>', `documents analysed in parallel (default: the number of cores, ${availableParallelism()})`, positiveInt)
    .addOption(new Option('--input <kind>', 'what the inputs hold: text (articles) or jsonl (one {"id","text"} record per line)').choices(['text', 'jsonl']).default('text'))
    .option('--id-field <name>', 'with --input jsonl: the field naming each record', 'id')
    .option('--text-field <name>', 'with --input jsonl: the field holding the article text', 'text')
    .option('--timeout <seconds>', 'for http(s) inputs: give up on a page after this long (default 20)', seconds)
    .option('--max-bytes <n>', 'for http(s) inputs: refuse pages larger than this, e.g. 500k, 10M (default 10M)', byteCount);
}

const INPUT_HELP = `
Inputs: files, directories (searched for .txt .md .markdown .text .html .htm), quoted globs
("corpus/**/*.txt"), http(s):// addresses, or - for stdin. With no input, the text is read from stdin.
Web pages (saved .html files, HTML on stdin, URLs) are read for their article; with --json the
extracted text is printed as "text", and offsets index it.

Output: a table on a terminal; tab-separated rows with a header when piped; --json for JSON Lines.
Exit status: 0 ok, 1 some input failed (the others are still processed), 2 usage error.`;

export async function run(argv: string[], io: Io): Promise<number> {
  let status = 0;
  const program = new Program('newsq')
    .description('Who is in a news article, who said what, and what it is about.')
    .version(VERSION, '-V, --version', 'print the version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`newsq: ${s.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')} (see newsq --help)\n`),
    })
    .addHelpText('after', `\nExamples:\n  newsq entities story.txt\n  newsq quotes --json corpus/ | jq .quotes\n  cat story.txt | newsq summary\n${INPUT_HELP}`);

  for (const spec of COMMANDS) {
    const cmd = program
      .command(spec.name)
      .summary(spec.summary)
      .description(`${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`)
      .argument('[inputs...]', 'files, directories, globs, URLs or - for stdin');
    commonOptions(cmd);
    spec.configure?.(cmd);
    cmd.addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join('\n')}\n${INPUT_HELP}`);
    cmd.action(async (inputs: string[], opts: RunOptions) => {
      // Loaded only when a command runs, so `newsq --help` and `--version` start fast.
      const { processInputs } = await import('./process.js');
      status = await processInputs(spec.name, inputs, { jobs: availableParallelism(), ...opts }, io);
    });
  }

  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return 2;
  }
  program
    .command('train-ner')
    .summary('train your own entity model on CoNLL files')
    .description('Train a NER model on CoNLL-format files (token first column, IOB tag last; -DOCSTART- separates documents).\nUse it with --model PATH on any command that finds entities.')
    .requiredOption('--data <files...>', 'training files in CoNLL format')
    .requiredOption('--out <path>', 'where to write the model')
    .option('--epochs <n>', 'training passes (default 12)', positiveInt)
    .addHelpText('after', '\nExamples:\n  newsq train-ner --data eng.train my-news.conll --out my-model.bin\n  newsq entities --model my-model.bin story.txt\n')
    .action(async (opts: { data: string[]; out: string; epochs?: number }) => {
      const { trainCommand } = await import('./train.js');
      status = await trainCommand(opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    throw err;
  }
  return status;
}
