// The man page, newsq(1), made from the commands table (src/commands.ts) like the help and the
// completions. `npm run build:man` writes it to man/newsq.1, which package.json's "man" installs;
// tests/cli/manpage.test.ts fails when the checked-in page is not what this makes.
import { COMMANDS, COMMON_OPTIONS, INPUTS_HELP, PROGRAM, TOOLS, type OptionSpec } from '../commands.js';

/** Text as roff: backslashes escaped, no line starting with a control character, hyphens in flags. */
const roff = (s: string) => s.replace(/\\/g, '\\e').replace(/^([.'])/gm, '\\&$1');
const flag = (s: string) => roff(s).replace(/-/g, '\\-');

function option(o: OptionSpec): string {
  const [names, ...rest] = o.flags.split(/ (?=[<[])/);
  const arg = rest.length ? ` \\fI${flag(rest.join(' '))}\\fR` : '';
  const extra = [o.choices ? `one of: ${o.choices.join(', ')}` : '', o.default !== undefined ? `default: ${o.default}` : '',
    o.required ? 'required' : ''].filter(Boolean).join('; ');
  return `.TP\n.B ${flag(names)}${arg}\n${roff(o.description)}${extra ? ` (${roff(extra)})` : ''}.\n`;
}

const examples = (list: string[]) => list.map((e) => `.nf\n.RS 4\n${roff(e)}\n.RE\n.fi\n`).join('');

export function manPage(): string {
  const out: string[] = [];
  out.push(`.\\" newsq(1): made by \`npm run build:man\` from src/commands.ts; do not edit by hand.\n`);
  out.push(`.TH NEWSQ 1 "" "newsq" "User Commands"\n`);
  out.push(`.SH NAME\nnewsq \\- ${roff(PROGRAM.description.replace(/^./, (c) => c.toLowerCase()).replace(/\.$/, ''))}\n`);
  out.push('.SH SYNOPSIS\n');
  for (const c of COMMANDS) out.push(`.B newsq ${flag(c.name)}\n[\\fIoptions\\fR] [\\fIinputs\\fR ...]\n.br\n`);
  for (const t of TOOLS) out.push(`.B newsq ${flag(t.name)}\n${t.options.length ? '[\\fIoptions\\fR] ' : ''}${t.arguments ? `\\fI${flag(t.arguments)}\\fR` : ''}\n.br\n`);
  out.push(`.SH DESCRIPTION\n${roff(PROGRAM.description)}\nInputs are ${roff(INPUTS_HELP)}.\n`);
  for (const note of PROGRAM.notes) out.push(`.PP\n${roff(note)}\n`);
  out.push('.SH COMMANDS\n');
  for (const c of COMMANDS) {
    out.push(`.SS "newsq ${flag(c.name)}"\n${roff(c.summary.replace(/^./, (x) => x.toUpperCase()))}.\n`);
    if (c.json) out.push(`With \\fB\\-\\-json\\fR: ${roff(c.json)}.\n`);
    for (const o of c.options) out.push(option(o));
    out.push(`.PP\nExamples:\n${examples(c.examples)}`);
  }
  for (const t of TOOLS) {
    out.push(`.SS "newsq ${flag(t.name)}"\n${roff(t.description)}\n`);
    for (const o of t.options) out.push(option(o));
    out.push(`.PP\nExamples:\n${examples(t.examples)}`);
  }
  out.push('.SH OPTIONS\nEvery command that reads documents also takes:\n');
  for (const o of COMMON_OPTIONS) out.push(option(o));
  out.push('.TP\n.B \\-h, \\-\\-help\nShow the help of newsq or of a command.\n.TP\n.B \\-V, \\-\\-version\nPrint the version.\n');
  out.push(`.SH EXAMPLES\n${examples(PROGRAM.examples)}`);
  out.push('.SH ENVIRONMENT\n.TP\n.B NO_COLOR\nNever colour the output (as \\fB\\-\\-no\\-color\\fR).\n.TP\n.B FORCE_COLOR\nColour even when not on a terminal; 0 turns colour off.\n');
  out.push('.SH EXIT STATUS\n0 ok; 1 some input failed (the others are still processed); 2 usage error.\n');
  out.push('.SH LICENSE\nThe code is MIT licensed. The shipped models have terms of their own: see LICENSE and models/README.md in the package.\n');
  out.push('.SH SEE ALSO\nThe output contract: docs/output\\-contract.md and schema/ in the package.\n');
  return out.join('');
}
