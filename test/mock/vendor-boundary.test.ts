import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../core/model/load';
import { ERROR_CATALOGUE } from '../../mock-server/errors/catalogue';

const ROOT = join(import.meta.dirname, '..', '..', 'mock-server');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the generic mock knows no vendor', () => {
  const vendorIds = loadSpecs().map((s) => s.provider);
  const literal = new RegExp(`(['"\`])(${vendorIds.map((id) => id.replace(/-/g, '\\-')).join('|')})\\1`);

  it('no file in mock-server/ outside providers/ names a vendor id as a string literal', () => {
    const offenders = sources(ROOT)
      .filter((file) => !relative(ROOT, file).startsWith('providers'))
      .filter((file) => literal.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('every vendor id is seen by the check (the regexp is not vacuous)', () => {
    expect(vendorIds.length).toBeGreaterThan(4);
    for (const id of vendorIds) expect(literal.test(`x = '${id}';`)).toBe(true);
  });
});

describe('the error catalogue', () => {
  it('lists only errors the mock throws', () => {
    const code = sources(ROOT)
      .filter((file) => !file.endsWith('catalogue.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(ERROR_CATALOGUE).filter((kind) => !new RegExp(`MockError\\(\\s*'${kind}'`).test(code));
    expect(unused).toEqual([]);
  });
});
