// `newsq report`: every input analysed as `analyze` does, collected into one HTML report
// (src/report) and written to -o FILE.html, to -o DIR/ (index.html and articles/*.html, each article
// written as soon as it is analysed), or to stdout when that is not a terminal.
//   newsq report corpus/ -o corpus.html
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Io } from './io.js';
import { Output } from './output.js';
import { processInputs, type RunOptions } from './process.js';
import { systemMessage } from '../io/inputs.js';
import { HtmlReport, type ReportPage } from '../report/index.js';
import type { Command } from '../commands.js';
import { VERSION } from '../version.js';

export interface ReportOptions extends RunOptions {
  output?: string;
  title?: string;
}

export async function reportCommand(command: Command, inputs: string[], opts: ReportOptions, io: Io): Promise<number> {
  const target = opts.output;
  const folder = !!target && /[/\\]$/.test(target);
  if (!target && io.stdoutIsTTY) {
    io.stderr.write(`newsq: the report is HTML: give -o report.html (or -o DIR/), or redirect stdout (see newsq ${command} --help)\n`);
    return 2;
  }
  const report = new HtmlReport({ layout: folder ? 'folder' : 'file', title: opts.title, generator: `newsq ${VERSION}` });
  const write = (page: ReportPage) => {
    const path = folder ? join(target!, page.path) : target!;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, page.html);
  };
  let status: number;
  try {
    if (folder) mkdirSync(target!, { recursive: true });
    status = await processInputs(command, inputs, { ...opts, json: false, format: undefined }, io, async (doc) => {
      const page = report.add(doc);
      if (page) write(page);
    });
    const last = report.finish();
    if (target) write(last);
    else await new Output(io.stdout).write(last.html);
  } catch (err) {
    io.stderr.write(`newsq: ${target ?? 'stdout'}: could not write the report: ${systemMessage(err)}\n`);
    return 1;
  }
  if (target && !opts.quiet) io.stderr.write(`newsq: wrote ${folder ? join(target, 'index.html') : target}\n`);
  return status;
}
