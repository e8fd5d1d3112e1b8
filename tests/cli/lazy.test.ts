// `newsq tokens` (and --help, --version) must not pay for the NLP models: the NER model is read only
// by the stages that find entities. A run loads only what its inputs need: no HTML stack, date
// parser, charset converter, glob matcher, progress bar or (with --json) table renderer for a plain
// UTF-8 text file.
// bin/newsq.js runs a document command from the bundle (dist/bundle/newsq.cjs, one script the trace
// does not see) and --help from dist/ as ES modules; NEWSQ_BUNDLE=0 runs everything from dist/.
import { afterAll, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnAsync } from '../helpers/spawn.js';

vi.mock('../../src/ner/model-io.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ner/model-io.js')>();
  return { ...original, loadNerModel: vi.fn(original.loadNerModel), loadNerModelAsync: vi.fn(original.loadNerModelAsync) };
});

// Test files share one module graph per worker (vitest.config.ts, isolate: false), where an earlier
// file may have imported the CLI with the real model-io. This file imports it afresh, under the mock,
// and leaves a fresh graph without the mock to the files after it.
afterAll(() => {
  vi.doUnmock('../../src/ner/model-io.js');
  vi.resetModules();
});

describe('lazy models', () => {
  test('help, version and tokens never load the NER model; entities does', async () => {
    vi.resetModules();
    const { cli } = await import('../helpers/cli.js');
    const modelIo = await import('../../src/ner/model-io.js');
    const load = vi.mocked(modelIo.loadNerModel);
    const loadAsync = vi.mocked(modelIo.loadNerModelAsync);
    expect(vi.isMockFunction(load) && vi.isMockFunction(loadAsync)).toBe(true);
    await cli(['--help']);
    await cli(['--version']);
    expect((await cli(['tokens', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'])).status).toBe(0);
    expect(load).not.toHaveBeenCalled();
    expect(loadAsync).not.toHaveBeenCalled();
    expect((await cli(['entities', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'])).status).toBe(0);
    expect(loadAsync).toHaveBeenCalled(); // read in the background, before the first document
    expect(load).toHaveBeenCalled();
  });

  test('bin/newsq.js starts reading the default model for exactly the commands that analyse', async () => {
    const { COMMANDS } = await import('../../src/commands.js');
    const bin = readFileSync('bin/newsq.js', 'utf8');
    const listed = JSON.parse(/const ANALYSING_COMMANDS = (\[[^\]]*\]);/.exec(bin)![1].replaceAll("'", '"'));
    expect(listed.sort()).toEqual(COMMANDS.filter((c) => c.stages.length > 0).map((c) => c.name).sort());
  });
});

/** The modules `node bin/newsq.js ARGS` loads (tests/helpers/trace-loads.mjs), and its exit status. */
async function loadedBy(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; loaded: string[] }> {
  const run = await spawnAsync('node', ['--import', './tests/helpers/trace-loads.mjs', 'bin/newsq.js', ...args], { discardStdout: true, env: { ...process.env, ...env } });
  const loaded = run.stderr.split('\n').filter((l) => l.startsWith('loaded: ')).map((l) => l.slice(8));
  return { status: run.status, loaded };
}
const packagesIn = (loaded: string[], names: string[]) => names.filter((name) => loaded.some((m) => m.includes(`/node_modules/${name}/`)));

describe('lazy modules', () => {
  const TEXT_ONLY_NEEDS_NONE_OF = ['linkedom', '@mozilla/readability', 'chrono-node', 'iconv-lite', 'tinyglobby', 'cli-progress', 'cli-table3', 'wrap-ansi'];

  test('a text file with a usual dateline loads no HTML stack, date parser, charset converter, glob, progress bar or table renderer (--json)', async () => {
    const args = ['analyze', '--json', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'];
    const modules = await loadedBy(args, { NEWSQ_BUNDLE: '0' });
    expect(modules.status).toBe(0);
    expect(modules.loaded.some((m) => m.includes('/dist/pipeline/'))).toBe(true); // the trace sees the run's modules
    expect(packagesIn(modules.loaded, TEXT_ONLY_NEEDS_NONE_OF)).toEqual([]);
    const bundled = await loadedBy(args);
    expect(bundled.status).toBe(0);
    expect(bundled.loaded.some((m) => m.includes('/dist/pipeline/'))).toBe(false); // the bundle ran
    expect(packagesIn(bundled.loaded, TEXT_ONLY_NEEDS_NONE_OF)).toEqual([]);
  });

  test('a text file piped to a file loads no child_process (workers), tty (colour) or readline (JSON Lines)', async () => {
    const run = await spawnAsync('node', ['-r', './tests/helpers/trace-builtins.cjs', 'bin/newsq.js', 'analyze', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'], { discardStdout: true });
    expect(run.status).toBe(0);
    const builtins = run.stderr.split('\n').filter((l) => l.startsWith('builtin: ')).map((l) => l.slice(9));
    expect(builtins).toContain('fs'); // the trace sees the run's built-ins
    expect(builtins.filter((b) => ['child_process', 'tty', 'readline'].includes(b))).toEqual([]);
    // and a run with colour does load what it needs for it
    const colour = await spawnAsync('node', ['-r', './tests/helpers/trace-builtins.cjs', 'bin/newsq.js', 'analyze', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'], { discardStdout: true, env: { ...process.env, FORCE_COLOR: '1' } });
    expect(colour.stderr).toContain('builtin: tty');
  });

  test('a web page loads the HTML stack; --help loads no pipeline', async () => {
    const page = await loadedBy(['analyze', '--json', '--jobs', '1', 'fixtures/html/belarus-2020-08-18.html'], { NEWSQ_BUNDLE: '0' });
    expect(page.status).toBe(0);
    expect(packagesIn(page.loaded, ['linkedom', '@mozilla/readability'])).toEqual(['linkedom', '@mozilla/readability']);
    // From the bundle, the HTML stack is a script of its own (dist/bundle/html.cjs), run for a web page only.
    const REPORT = { ...process.env, NEWSQ_CODE_CACHE: 'report' };
    const bundledPage = await spawnAsync('node', ['bin/newsq.js', 'analyze', '--json', '--jobs', '1', 'fixtures/html/belarus-2020-08-18.html'], { env: REPORT, discardStdout: true });
    expect(bundledPage.stderr).toBe('newsq: code cache newsq.cjs: accepted\nnewsq: code cache html.cjs: accepted\n');
    const bundledText = await spawnAsync('node', ['bin/newsq.js', 'analyze', '--json', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'], { env: REPORT, discardStdout: true });
    expect(bundledText.stderr).toBe('newsq: code cache newsq.cjs: accepted\n');
    const help = await loadedBy(['--help'], { NEWSQ_BUNDLE: '0' }); // from dist/, where the trace sees modules
    expect(help.status).toBe(0);
    expect(help.loaded.filter((m) => /\/dist\/(?:pipeline|ner|quotes|summary|html)\//.test(m))).toEqual([]);
  });
});
