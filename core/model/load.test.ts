import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAllSpecs } from './load';

const root = mkdtempSync(join(tmpdir(), 'load-spec-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('loadAllSpecs', () => {
  it('inlines a $ref into another document whether the document is parsed or read from the cache', () => {
    write('shared/openapi.yaml', 'openapi: 3.1.0\ncomponents:\n  schemas:\n    Prompt: { type: string, maxLength: 10 }\n');
    write('vendor/openapi.yaml', "openapi: 3.1.0\ncomponents:\n  schemas:\n    Input:\n      $ref: '../shared/openapi.yaml#/components/schemas/Prompt'\n");
    write('empty/.keep', '');
    const load = () => loadAllSpecs({ specsDir: join(root, 'empty'), specs: [join(root, 'vendor', 'openapi.yaml')] })[0].doc;
    const parsed = load();
    const cached = load();
    for (const doc of [parsed, cached]) expect(doc.components).toEqual({ schemas: { Input: { type: 'string', maxLength: 10 } } });
  });
});
