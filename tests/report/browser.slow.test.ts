// The HTML report in a real browser: Chromium (Debian's, /usr/bin/chromium, or NEWSQ_CHROMIUM),
// driven by playwright-core, opens reports from disk (file://) and checks what a reader sees: every
// quote of the reference article marked with its speaker's name, a click on "Alexander Lukashenko"
// highlighting each of his mentions and references, no request leaving the page, a `<script>` in a
// text shown as text with no dialog, the corpus view leading to an article view and back. A
// screenshot of the reference article is written to a path printed in the test output. CI (.ci/run)
// installs Chromium; without it these tests are skipped with a note.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawnAsync } from '../helpers/spawn.js';
import type { NewsqDoc } from '../../src/render/contract.js';

const CHROMIUM = process.env.NEWSQ_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`note: no Chromium at ${CHROMIUM}; skipping the browser tests of the HTML report (apt-get install chromium, or set NEWSQ_CHROMIUM)`);

const REF = 'fixtures/belarus-2020-08-18.txt';
const dir = mkdtempSync(join(tmpdir(), 'newsq-browser-'));

async function newsq(...args: string[]): Promise<string> {
  const r = await spawnAsync('node', ['bin/newsq.js', ...args]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** A report written to disk, opened in a fresh page that records every request and dialog. */
async function open(browser: Browser, file: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const url = pathToFileURL(resolve(file)).href;
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  // Anything but the file itself is refused (and counted above), so a leak cannot reach the network.
  await page.route((u) => u.href !== url, (route) => route.abort());
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, dialogs };
}

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  let browser: Browser;
  let expected: NewsqDoc;
  const refReport = join(dir, 'belarus.html');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    expected = JSON.parse(await newsq('analyze', '--json', REF));
    await newsq('report', '--jobs', '1', '-q', REF, '-o', refReport);
  });
  afterAll(async () => { await browser?.close(); });

  test('every quote of the reference article is marked with its speaker, by name', async () => {
    const { page } = await open(browser, refReport);
    const marks = await page.locator('.text mark.q[data-q]').evaluateAll((els) => els.map((el) => ({
      id: el.getAttribute('data-q')!.replace(/^a1-/, ''), speaker: el.getAttribute('data-speaker'),
      label: el.querySelector(':scope > .ql')?.textContent ?? null, visible: (el as HTMLElement).offsetParent !== null,
    })));
    expect(expected.quotes!.length).toBeGreaterThanOrEqual(10);
    expect(new Set(marks.map((m) => m.id))).toEqual(new Set(expected.quotes!.map((q) => q.id)));
    for (const q of expected.quotes!) {
      const mark = marks.find((m) => m.id === q.id)!;
      const name = q.speaker ?? 'unknown speaker';
      expect(mark.speaker, q.id).toBe(name);
      expect(mark.label, q.id).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(mark.visible, q.id).toBe(true);
    }
    // A pronoun speaker ("She") shows the name and links to it.
    const pronoun = expected.quotes!.find((q) => q.resolvedBy === 'pronoun' && q.speakerId)!;
    const link = page.locator(`mark[data-q="a1-${pronoun.id}"] > a.ql`);
    await expect(link.textContent()).resolves.toContain(`${pronoun.speaker} (“${pronoun.speakerMention!.text}”)`);
    await page.close();
  });

  test('clicking "Alexander Lukashenko" highlights all his mentions and references, and his quotes', async ({ annotate }) => {
    const { page, requests } = await open(browser, refReport);
    const lukashenko = expected.entities!.find((e) => e.name === 'Alexander Lukashenko')!;
    const count = lukashenko.mentions.length + lukashenko.references.length;
    const quotes = expected.quotes!.filter((q) => q.speakerId === lukashenko.id).length;
    await page.getByRole('button', { name: /^Alexander Lukashenko person/ }).click();
    const marked = await page.locator('.text .ent.hl').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-m')))]);
    expect(marked).toHaveLength(count);
    const texts = await page.locator('.text .ent.hl').allTextContents();
    for (const t of texts) expect([...lukashenko.aliases, ...lukashenko.references.map((r) => r.text)]).toContain(t);
    const quoted = await page.locator('.text mark.q.hl').evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-q'))).size);
    expect(quoted).toBe(quotes);
    await expect(page.locator('.status').textContent()).resolves.toBe(`Alexander Lukashenko: ${lukashenko.mentions.length} mentions, ${lukashenko.references.length} references and ${quotes} quotes highlighted`);
    await expect(page.locator('#a1-e1').getAttribute('aria-pressed')).resolves.toBe('true');
    // A mention's tooltip names the entity and its type.
    const mention = page.locator(`.text .ent[data-e="a1-${lukashenko.id}"][data-m="m0"]`).first();
    await mention.hover();
    await expect(mention.getAttribute('title')).resolves.toBe('Alexander Lukashenko · person');

    const shot = join(dir, 'belarus-lukashenko.png');
    await page.screenshot({ path: shot });
    console.log(`screenshot: ${shot}`);
    await annotate(`screenshot: ${shot}`);

    // From the keyboard: Esc clears, the arrows move through the panel, Enter chooses.
    await page.keyboard.press('Escape');
    await expect(page.locator('.text .hl').count()).resolves.toBe(0);
    await page.locator('#a1-e1').focus();
    await page.keyboard.press('ArrowDown');
    const next = await page.evaluate(() => document.activeElement?.id);
    expect(next).toMatch(/^a1-e\d+$/);
    await page.keyboard.press('Enter');
    await expect(page.locator(`.text [data-e="${next}"].hl`).count()).resolves.toBeGreaterThan(0);
    // A type filter takes the tint off that type.
    await page.getByRole('checkbox', { name: 'place' }).uncheck();
    await expect(page.locator('#a1').getAttribute('class')).resolves.toContain('hide-place');
    expect(requests).toEqual([]);
    await page.close();
  });

  test('no request leaves the page, even one the page itself tries', async () => {
    const { page, requests } = await open(browser, refReport);
    // The policy refuses a fetch before any request is made.
    const fetched = await page.evaluate(() => fetch('http://127.0.0.1:9/leak').then(() => 'sent', () => 'refused'));
    expect(fetched).toBe('refused');
    await page.getByRole('button', { name: /^Maria Kolesnikova/ }).first().click();
    expect(requests).toEqual([]);
    await page.close();
  });

  test('a <script> in a text shows as text, and nothing runs', async () => {
    const text = join(dir, 'hostile.txt');
    writeFileSync(text, 'Script test\n\n"<script>alert(1)</script>," said Maria Kolesnikova. <img src=x onerror=alert(2)>\n');
    const out = join(dir, 'hostile.html');
    await newsq('report', '--jobs', '1', '-q', text, '-o', out);
    const { page, requests, dialogs } = await open(browser, out);
    await expect(page.getByText('<script>alert(1)</script>').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.text').textContent()).resolves.toContain('<img src=x onerror=alert(2)>');
    await expect(page.locator('.text script, .text img').count()).resolves.toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('a corpus report leads from the corpus view to an article view and back', async ({ annotate }) => {
    const out = join(dir, 'corpus.html');
    await newsq('report', '--jobs', '1', '-q', 'fixtures/corpus', REF, '-o', out);
    const { page, requests } = await open(browser, out);
    await expect(page.locator('#corpus svg.chart').count()).resolves.toBe(5);
    await expect(page.locator('#chart-quoted').getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await page.getByRole('link', { name: 'EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote' }).click();
    const article = page.locator('article[data-article]:visible');
    await article.locator('.text').waitFor();
    await expect(page.locator('#corpus').isHidden()).resolves.toBe(true);
    await expect(article.locator('.text mark.q[data-q]').count()).resolves.toBe(expected.quotes!.length);
    await article.getByRole('button', { name: /^Alexander Lukashenko person/ }).click();
    const marked = await article.locator('.text .ent.hl').evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-m'))).size);
    const lukashenko = expected.entities!.find((e) => e.name === 'Alexander Lukashenko')!;
    expect(marked).toBe(lukashenko.mentions.length + lukashenko.references.length);
    const shot = join(dir, 'corpus-article.png');
    await page.screenshot({ path: shot });
    await annotate(`screenshot: ${shot}`);
    await article.getByRole('link', { name: '← all articles' }).click();
    await page.locator('#corpus').waitFor();
    expect(requests).toEqual([]);
    await page.close();
  });
});

// So that a skipped run still says why in the summary.
if (!hasChromium) test.skip(`browser tests: no Chromium at ${CHROMIUM}`, () => undefined);
