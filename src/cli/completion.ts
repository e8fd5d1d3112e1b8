// `newsq completion bash|zsh|fish`: a completion script for the shell, made from the commands table
// (src/commands.ts) like the help, so a new command or option completes as soon as it is in the table.
//
//   newsq completion bash > ~/.local/share/bash-completion/completions/newsq
//   newsq ent<TAB> --ty<TAB> per<TAB>   →   newsq entities --type person
import type { Io } from './io.js';
import { COMMANDS, PROGRAM, TOOLS, commonOptionsOf, type OptionSpec } from '../commands.js';
import { Output } from './output.js';

export type Shell = 'bash' | 'zsh' | 'fish';

interface Entry {
  name: string;
  summary: string;
  options: OptionSpec[];
  /** Takes documents as inputs (files). */
  inputs: boolean;
  /** Values of its one argument. */
  argumentChoices?: readonly string[];
}

/** Every command with all its options, in help order. */
export function entries(): Entry[] {
  return [
    ...COMMANDS.map((c) => ({ name: c.name, summary: c.summary, options: [...c.options, ...commonOptionsOf(c)], inputs: true })),
    ...TOOLS.map((t) => ({ name: t.name, summary: t.summary, options: t.options, inputs: false, argumentChoices: t.argumentChoices })),
  ];
}

/** '-q, --quiet' → ['-q', '--quiet']; '--limit <n>' → ['--limit']. */
export const optionNames = (o: OptionSpec) => o.flags.split(/[ ,]+/).filter((f) => f.startsWith('-'));
export const takesValue = (o: OptionSpec) => /[<[]/.test(o.flags);
const values = (o: OptionSpec) => o.choices ?? o.hints;

export function completionScript(shell: Shell): string {
  return shell === 'bash' ? bash() : shell === 'zsh' ? zsh() : fish();
}

export async function completionCommand(shell: string, io: Io): Promise<number> {
  const out = new Output(io.stdout);
  await out.write(completionScript(shell as Shell));
  return 0;
}

const TOP = ['--help', '--version'];

function bash(): string {
  const all = entries();
  const valueCases = new Map<string, string>();
  for (const e of all) {
    for (const o of e.options.filter(takesValue)) {
      const names = optionNames(o).join('|');
      const v = values(o);
      valueCases.set(names, v ? `COMPREPLY=($(compgen -W "${v.join(' ')}" -- "$cur")); return ;;` : o.file ? 'COMPREPLY=($(compgen -f -- "$cur")); return ;;' : 'return ;;');
    }
  }
  return `# bash completion for ${PROGRAM.name}, made by \`newsq completion bash\` from its commands table.
# Install: newsq completion bash > ~/.local/share/bash-completion/completions/newsq
_newsq() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${[...all.map((e) => e.name), 'help', ...TOP].join(' ')}" -- "$cur"))
    return
  fi
  case "$prev" in
${[...valueCases].map(([names, action]) => `    ${names}) ${action}`).join('\n')}
  esac
  case "$cmd" in
${all.map((e) => `    ${e.name}) opts="${[...e.options.flatMap(optionNames), '--help'].join(' ')}" ;;`).join('\n')}
    help) COMPREPLY=($(compgen -W "${all.map((e) => e.name).join(' ')}" -- "$cur")); return ;;
    *) return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
${all.filter((e) => e.argumentChoices).map((e) => `  elif [[ "$cmd" == ${e.name} ]]; then\n    COMPREPLY=($(compgen -W "${e.argumentChoices!.join(' ')}" -- "$cur"))`).join('\n')}
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -o bashdefault -F _newsq newsq
`;
}

/** zsh's _arguments specs cannot hold unescaped [ ] : or single quotes in a description. */
const zshText = (s: string) => s.replace(/[[\]]/g, (c) => `\\${c}`).replace(/:/g, '\\:').replace(/'/g, `'\\''`);

function zshOption(o: OptionSpec): string {
  const names = optionNames(o);
  const head = names.length > 1 ? `(${names.join(' ')})'{${names.join(',')}}'` : names[0];
  const v = values(o);
  const arg = !takesValue(o) ? '' : `:${o.flags.match(/<([^>]+)>/)?.[1] ?? 'value'}:${v ? `(${v.join(' ')})` : o.file ? '_files' : ' '}`;
  const repeat = o.flags.includes('...') ? '*' : '';
  return `'${repeat}${head}[${zshText(o.description)}]${arg}'`;
}

function zsh(): string {
  const all = entries();
  return `#compdef newsq
# zsh completion for ${PROGRAM.name}, made by \`newsq completion zsh\` from its commands table.
# Install: newsq completion zsh > "\${fpath[1]}/_newsq"  (then restart zsh)
_newsq() {
  local -a commands
  commands=(
${all.map((e) => `    '${e.name}:${zshText(e.summary)}'`).join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'newsq command' commands
    _arguments '(- *)--help[show help]' '(- *)'{-V,--version}'[print the version]'
    return
  fi
  local cmd=\${words[2]}
  shift words
  (( CURRENT-- ))
  case $cmd in
${all.map((e) => `    ${e.name})
      _arguments -s \\
${[...e.options.map(zshOption), "'--help[show help]'", e.inputs ? "'*:input:_files'" : e.argumentChoices ? `':${e.name === 'completion' ? 'shell' : 'value'}:(${e.argumentChoices.join(' ')})'` : ''].filter(Boolean).map((l) => `        ${l}`).join(' \\\n')}
      ;;`).join('\n')}
    help) _describe -t commands 'newsq command' commands ;;
  esac
}
_newsq "$@"
`;
}

const fishText = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(): string {
  const all = entries();
  const lines = [
    `# fish completion for ${PROGRAM.name}, made by \`newsq completion fish\` from its commands table.`,
    '# Install: newsq completion fish > ~/.config/fish/completions/newsq.fish',
    'complete -c newsq -f',
    `complete -c newsq -n __fish_use_subcommand -l help -d 'show help'`,
    `complete -c newsq -n __fish_use_subcommand -s V -l version -d 'print the version'`,
    ...all.map((e) => `complete -c newsq -n __fish_use_subcommand -a ${e.name} -d ${fishText(e.summary)}`),
    `complete -c newsq -n '__fish_seen_subcommand_from help' -a '${all.map((e) => e.name).join(' ')}'`,
  ];
  for (const e of all) {
    const when = `-n '__fish_seen_subcommand_from ${e.name}'`;
    if (e.inputs) lines.push(`complete -c newsq ${when} -F`);
    if (e.argumentChoices) lines.push(`complete -c newsq ${when} -a '${e.argumentChoices.join(' ')}'`);
    for (const o of e.options) {
      const names = optionNames(o).map((n) => (n.startsWith('--') ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`)).join(' ');
      const v = values(o);
      const arg = !takesValue(o) ? '' : v ? ` -x -a '${v.join(' ')}'` : o.file ? ' -r -F' : ' -x';
      lines.push(`complete -c newsq ${when} ${names}${arg} -d ${fishText(o.description)}`);
    }
  }
  return lines.join('\n') + '\n';
}
