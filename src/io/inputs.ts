// Command-line arguments → the list of inputs to read, in the order given:
//   "-" (or nothing, when stdin is not a terminal) → stdin
//   a directory → its article files, recursively, sorted (.txt .md .markdown .text)
//   a quoted glob ("corpus/**/*.txt") → the matching files, sorted
//   an http:// or https:// address → a web page, fetched later (src/io/fetch.ts)
//   anything else → a file path, read later (a missing one becomes an error record then)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as Tinyglobby from 'tinyglobby';

/** The glob matcher, loaded only for an argument that is neither a file nor a directory. */
let globber: typeof Tinyglobby | null = null;
const glob = () => (globber ??= createRequire(import.meta.url)('tinyglobby') as typeof Tinyglobby);

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text', '.html', '.htm'];

export type Input =
  | { kind: 'stdin'; source: '-' }
  | { kind: 'file'; source: string }
  | { kind: 'url'; source: string }
  | { kind: 'error'; source: string; code: string; message: string };

const isArticle = (name: string) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * Files under a directory whose names `keep` accepts (article files by default), depth first, names
 * sorted so runs are reproducible; hidden entries are skipped.
 */
export function* walk(dir: string, keep: (name: string) => boolean = isArticle): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path, keep);
    else if ((e.isFile() || e.isSymbolicLink()) && keep(e.name)) yield path;
  }
}

function statOrNull(path: string) {
  try { return statSync(path); } catch { return null; }
}

/** Expands the arguments lazily, so a corpus of a million files starts streaming at once. */
export function* expandInputs(args: string[]): Generator<Input> {
  for (const arg of args) {
    if (arg === '-') { yield { kind: 'stdin', source: '-' }; continue; }
    if (/^https?:\/\//i.test(arg)) { yield { kind: 'url', source: arg }; continue; }
    const st = statOrNull(arg);
    if (st?.isDirectory()) {
      let n = 0;
      try {
        for (const path of walk(arg)) { n++; yield { kind: 'file', source: path }; }
      } catch (err) {
        yield { kind: 'error', source: arg, code: 'unreadable', message: systemMessage(err) };
        continue;
      }
      if (n === 0) yield { kind: 'error', source: arg, code: 'no-articles', message: `no article files (${ARTICLE_EXTENSIONS.join(' ')}) in this directory` };
      continue;
    }
    if (!st && glob().isDynamicPattern(arg)) {
      const paths = glob().globSync(arg, { onlyFiles: true, dot: false }).sort();
      if (!paths.length) yield { kind: 'error', source: arg, code: 'no-match', message: 'no files match this pattern' };
      for (const path of paths) yield { kind: 'file', source: path };
      continue;
    }
    yield { kind: 'file', source: arg };
  }
}

/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory". */
export function systemMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EMFILE: 'too many open files',
    ELOOP: 'too many symbolic links',
  };
  if (e && e.code && known[e.code]) return known[e.code];
  return (e && e.message ? e.message : String(err)).split('\n')[0];
}
