// Shell completions and the man page come from the commands table, like the help: every command and
// option is in each; bash completes for real; the checked-in man page is what the table makes.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cli } from '../helpers/cli.js';
import { entries, optionNames } from '../../src/cli/completion.js';
import { manPage } from '../../src/cli/manpage.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

describe('newsq completion', () => {
  test.each(['bash', 'zsh', 'fish'])('%s: every command and option', async (shell) => {
    const r = await cli(['completion', shell]);
    expect(r.status).toBe(0);
    for (const e of entries()) {
      expect(r.stdout).toContain(e.name);
      for (const o of e.options) for (const name of optionNames(o)) expect(r.stdout).toContain(shell === 'fish' ? name.replace(/^--?/, '') : name);
    }
  });

  /** What bash offers for the words typed so far (the last one being completed). */
  const complete = (script: string, words: string[]) => {
    const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _newsq; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return spawnSync('bash', ['-c', program], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  };

  test('bash completes commands, options and their values', async () => {
    const script = (await cli(['completion', 'bash'])).stdout;
    expect(spawnSync('bash', ['-n', '-c', script]).status).toBe(0);
    expect(complete(script, ['newsq', 'ent'])).toEqual(['entities']);
    expect(complete(script, ['newsq', 'tr'])).toEqual(['train-ner']);
    expect(complete(script, ['newsq', 'entities', '--ag'])).toEqual(['--aggregate']);
    expect(complete(script, ['newsq', 'entities', '--type', 'p'])).toEqual(['person', 'place']);
    expect(complete(script, ['newsq', 'quotes', '--format', 'm'])).toEqual(['markdown']);
    expect(complete(script, ['newsq', 'completion', 'f'])).toEqual(['fish']);
  });

  test.skipIf(!has('zsh'))('zsh: the script parses', async () => {
    const script = (await cli(['completion', 'zsh'])).stdout;
    expect(spawnSync('zsh', ['-n', '-c', script]).status).toBe(0);
  });

  test.skipIf(!has('fish'))('fish: the script parses', async () => {
    const script = (await cli(['completion', 'fish'])).stdout;
    expect(spawnSync('fish', ['--no-execute', '-c', script]).status).toBe(0);
  });
});

describe('man page', () => {
  test('man/newsq.1 is up to date with the commands table (npm run build:man)', () => {
    expect(readFileSync('man/newsq.1', 'utf8')).toBe(manPage());
  });

  test('it names every command and option', () => {
    const page = manPage().replace(/\\-/g, '-');
    for (const e of entries()) {
      expect(page).toContain(`newsq ${e.name}`);
      for (const o of e.options) for (const name of optionNames(o)) expect(page).toContain(name);
    }
  });

  test('package.json installs it', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.man).toEqual(['man/newsq.1']);
    expect(pkg.files).toContain('man');
  });
});
