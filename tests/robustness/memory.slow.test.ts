// Memory stays flat over the number of inputs: output is written as each document finishes and
// nothing of it is kept. Measured as the peak resident size of a child process running the CLI,
// ten times the inputs against one times, in the same test.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnAsync } from '../helpers/spawn.js';

/** Peak RSS in MB of `newsq ARGS` run in a child process (output discarded). */
async function peakMb(args: string[]): Promise<number> {
  const script = `
    const { run } = await import('./dist/cli/run.js');
    const { processIo } = await import('./dist/cli/io.js');
    const io = { ...processIo(), stdoutIsTTY: false, stderrIsTTY: false };
    const status = await run(${JSON.stringify(args)}, io);
    process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + ' status ' + status + '\\n');`;
  const r = await spawnAsync(process.execPath, ['--input-type=module', '-e', script], { discardStdout: true });
  const m = /maxrss (\d+) status (\d+)/.exec(r.stderr);
  if (!m) throw new Error(r.stderr);
  expect(m[2]).toBe('0');
  return Number(m[1]) / 1024;
}

describe('memory', () => {
  test('ten times the files does not grow peak memory', async () => {
    const files = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'fixtures/belarus-2020-08-18.txt' : 'fixtures/corpus'));
    const small = await peakMb(['analyze', '--json', '--jobs', '1', ...files(20)]);
    const large = await peakMb(['analyze', '--json', '--jobs', '1', ...files(200)]);
    expect(large / small).toBeLessThan(1.3);
  });

  test('a 20 MB article finishes with peak memory under 680 MB (642 MB measured; the goal is 500)', async () => {
    const article = readFileSync('fixtures/belarus-2020-08-18.txt', 'utf8');
    const body = article.slice(article.indexOf('European leaders'), article.indexOf('Original url'));
    let text = 'One very long file\n\n';
    for (let i = 0; text.length < 20e6; i++) text += body.replace(/Tuesday/g, `day ${i}`);
    const file = join(mkdtempSync(join(tmpdir(), 'newsq-big-')), 'big.txt');
    writeFileSync(file, text);
    expect(await peakMb(['analyze', '--json', file])).toBeLessThan(680);
  });
});
