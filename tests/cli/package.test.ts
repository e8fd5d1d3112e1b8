// What the package ships and under what terms: docs/ and both schemas (the README links them), the
// man page, a LICENSE that states the code's terms and sends to models/README.md for the models';
// no dependency that nothing imports (natural pulled 70 MB into every install).
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? sources(join(dir, f)) : /\.(ts|mjs|js)$/.test(f) ? [join(dir, f)] : []));
}

describe('package', () => {
  test('files: docs/, schema/, man/ and LICENSE ship; every local file the README links is in them', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'docs', 'man', 'models', 'schema', 'README.md', 'LICENSE']));
    const links = [...readme.matchAll(/\]\(((?:docs|schema|models|man)\/[^)#]+)\)/g)].map((m) => m[1]);
    expect(links).toEqual(expect.arrayContaining(['docs/output-contract.md', 'schema/newsq-1.schema.json', 'schema/newsq-corpus-1.schema.json']));
    for (const link of links) expect(pkg.files, link).toContain(link.split('/')[0]);
  });

  test('every production dependency is imported somewhere in src/', () => {
    const code = sources('src').map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const dep of Object.keys(pkg.dependencies)) {
      // import ... from 'dep', import('dep'), require('dep') (JSON-only packages), each possibly of a submodule.
      expect(code.includes(`from '${dep}'`) || code.includes(`from '${dep}/`) || code.includes(`('${dep}')`) || code.includes(`('${dep}/`), dep).toBe(true);
    }
    expect(pkg.dependencies.natural).toBeUndefined();
  });

  test('LICENSE: MIT for the code, the models\' own terms in models/README.md; the README says so', () => {
    const licence = readFileSync('LICENSE', 'utf8');
    expect(pkg.license).toBe('MIT');
    expect(licence).toContain('MIT License');
    expect(licence).toMatch(/RESEARCH USE ONLY/);
    expect(licence).toContain('models/README.md');
    expect(readme).toMatch(/## Licence[\s\S]*code is MIT[\s\S]*research use only[\s\S]*models\/README\.md/);
  });
});
