// run(argv, io) → exit status. The commander program: one subcommand per entry of the commands
// table (src/commands.ts), with its options and help; each parsed command hands its inputs and
// options to processInputs(). Usage errors become exit 2 here, in one place.
import { createRequire } from 'node:module';
import type * as CommanderModule from 'commander';
import { availableParallelism } from 'node:os';
import type { Io } from './io.js';
import { VERSION } from '../version.js';
import { PARSERS, byteCount, positiveInt, seconds } from './options.js';
import type { RunOptions } from './process.js';
import { COMMANDS, type OptionSpec } from '../commands.js';
import { FORMATS } from '../render/format.js';

// commander is CommonJS: required directly, it loads faster than through its ES module wrapper.
const { Command: Program, CommanderError, Option } = createRequire(import.meta.url)('commander') as typeof CommanderModule;
type Program = CommanderModule.Command;

/** A command's own options, as its entry in the commands table lists them. */
function commandOptions(c: Program, options: OptionSpec[]): Program {
  for (const o of options) {
    if (o.value) c.option(o.flags, o.description, PARSERS[o.value]);
    else c.option(o.flags, o.description);
  }
  return c;
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
    commandOptions(cmd, spec.options);
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
