// run(argv, io) → exit status. The commander program: one subcommand per entry of the commands
// table (src/commands.ts), with its options and help; each parsed command hands its inputs and
// options to processInputs(). Usage errors become exit 2 here, in one place, and point to the help
// of the command at hand (`see newsq entities --help`).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type * as CommanderModule from 'commander';
import type WrapAnsi from 'wrap-ansi';
import type { Io } from './io.js';
import { VERSION_TEXT } from '../version.js';
import { PARSERS } from './options.js';
import { quietOnClosedPipe } from './pipe.js';
import type { RunOptions } from './process.js';
import { COMMANDS, INPUTS_HELP, PROGRAM, TOOLS, commonOptionsOf, type OptionSpec } from '../commands.js';

// commander is CommonJS: required directly, it loads faster than through its ES module wrapper.
const { Argument, Command: Program, CommanderError, Option } = createRequire(import.meta.url)('commander') as typeof CommanderModule;
type Option = CommanderModule.Option;

/**
 * The help notes are plain single-spaced ASCII, wrapped between words by wrapWords(), which gives what
 * wrap-ansi gives them (tests/cli/help-wrap.test.ts) without loading it and string-width's emoji
 * tables on every start. A note that is not plain would need wrap-ansi: run() loads it then, when the
 * arguments may ask for help (-h may hide in a cluster: `-qh`).
 */
let wrapAnsi: typeof WrapAnsi | undefined;
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const mayShowHelp = (argv: string[]) => argv.length === 0 || argv.some((a) => a === 'help' || a === '--help' || /^-[^-]*h/.test(a));

/** wrap-ansi's `wrapAnsi(text, width, { hard: false, trim: true })` for plain single-spaced ASCII text. */
export function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

/** An option of the commands table as a commander Option. */
function toOption(o: OptionSpec, description = o.description): Option {
  const option = new Option(o.flags, description);
  if (o.value) option.argParser(PARSERS[o.value]);
  if (o.choices) option.choices(o.choices);
  if (o.default !== undefined) option.default(o.default);
  if (o.conflicts) option.conflicts(o.conflicts);
  if (o.required) option.makeOptionMandatory();
  return option;
}

/** The text after a help: examples kept as they are, the notes wrapped to the width between words. */
export function helpFooter(examples: string[], width: number): string {
  const notes = PROGRAM.notes.map((p) => {
    if (PLAIN.test(p)) return wrapWords(p, width);
    if (!wrapAnsi) throw new Error('helpFooter: call loadHelp() first');
    return wrapAnsi(p, width, { hard: false, trim: true });
  });
  return `\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}\n\n${notes.join('\n\n')}\n`;
}

/** Loads what printing help needs. */
export async function loadHelp(): Promise<void> {
  wrapAnsi ??= (await import('wrap-ansi')).default;
}

export async function run(argv: string[], io: Io): Promise<number> {
  if (mayShowHelp(argv) && !PROGRAM.notes.every((p) => PLAIN.test(p))) await loadHelp();
  // `newsq --help | head -1`: help, version and error lines end quietly when the reader has gone.
  quietOnClosedPipe(io.stdout);
  quietOnClosedPipe(io.stderr);
  const width = Math.max(40, io.columns ?? 80);
  let status = 0;
  const output = (name: string) => ({
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    getOutHelpWidth: () => width,
    getErrHelpWidth: () => width,
    outputError: (s: string, write: (s: string) => void) =>
      write(`newsq: ${s.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')} (see ${name} --help)\n`),
  });
  const program = new Program(PROGRAM.name)
    .description(PROGRAM.description)
    .version(VERSION_TEXT, '-V, --version', 'print the version and the terms of the shipped NER models')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output('newsq'))
    .addHelpText('after', () => helpFooter(PROGRAM.examples, width));

  for (const spec of COMMANDS) {
    const cmd = program
      .command(spec.name)
      .summary(spec.summary)
      .description(`${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`)
      .argument('[inputs...]', INPUTS_HELP)
      .configureOutput(output(`newsq ${spec.name}`));
    for (const o of spec.options) cmd.addOption(toOption(o));
    for (const o of commonOptionsOf(spec)) cmd.addOption(toOption(o, o.flags === '--json' && spec.json ? spec.json : o.description));
    cmd.addHelpText('after', () => helpFooter(spec.examples, width));
    cmd.action(async (inputs: string[], opts: RunOptions) => {
      // Loaded only when a command runs, so `newsq --help` and `--version` start fast; a corpus view
      // over newsq's own records (src/cli/reduce.ts) never loads the analysis pipeline.
      const reduces = spec.corpus || opts.input === 'newsq' || opts.input === 'corpus';
      const reduced = reduces ? await (await import('./reduce.js')).maybeReduce(spec, inputs, opts, io) : null;
      if (reduced !== null) { status = reduced; return; }
      // The tagger's file is read in the background while the pipeline's modules load (processInputs
      // awaits it before the first document); the read's error, if any, is reported there.
      if (spec.stages.length) (await import('../ner/model-io.js')).loadNerModelAsync(opts.model).catch(() => undefined);
      const { processInputs } = await import('./process.js');
      if (spec.report) status = await (await import('./report.js')).reportCommand(spec.name, inputs, { jobs: availableParallelism(), ...opts }, io);
      else status = await processInputs(spec.name, inputs, { jobs: availableParallelism(), ...opts }, io);
    });
  }

  for (const tool of TOOLS) {
    const cmd = program
      .command(tool.name)
      .summary(tool.summary)
      .description(tool.description)
      .configureOutput(output(`newsq ${tool.name}`))
      .addHelpText('after', `\nExamples:\n${tool.examples.map((e) => `  ${e}`).join('\n')}\n`);
    if (tool.arguments) cmd.addArgument(tool.argumentChoices ? new Argument(tool.arguments).choices(tool.argumentChoices) : new Argument(tool.arguments));
    for (const o of tool.options) cmd.addOption(toOption(o));
    cmd.action(async (...args: unknown[]) => {
      status = await runTool(tool.name, args, io);
    });
  }

  if (argv.length === 0) {
    // The whole help, every command and the examples, as a usage error.
    program.outputHelp({ error: true });
    return 2;
  }

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

/** The commands of TOOLS, each loaded only when it runs. */
async function runTool(name: string, args: unknown[], io: Io): Promise<number> {
  if (name === 'train-ner') {
    const { trainCommand } = await import('./train.js');
    return trainCommand(args[0] as { data: string[]; out: string; epochs?: number }, io);
  }
  if (name === 'completion') {
    const { completionCommand } = await import('./completion.js');
    return completionCommand(String(args[0]), io);
  }
  throw new Error(`no runner for ${name}`);
}
