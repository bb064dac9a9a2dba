import { describe, expect, it } from 'vitest';
import { createSchemaCompiler } from './ajv';
import type { LoadedSpec } from './load';

const spec = (provider: string, schemas: Record<string, unknown>): LoadedSpec => ({
  provider,
  file: `${provider}/openapi.yaml`,
  doc: { openapi: '3.1.0', components: { schemas } } as LoadedSpec['doc'],
});

describe('createSchemaCompiler', () => {
  it("compiles a vendor's schema without indexing the other specs (start-up that does not grow with them)", () => {
    const good = spec('good', { Prompt: { type: 'object', required: ['prompt'], properties: { prompt: { type: 'string' } } } });
    // Two schemas claiming one $id: Ajv refuses this document when it is added.
    const other = spec('other', { A: { $id: 'https://example.test/same' }, B: { $id: 'https://example.test/same' } });
    const compiler = createSchemaCompiler([good, other]);
    const validate = compiler.compile('good', '#/components/schemas/Prompt');
    expect(validate({ prompt: 'a lighthouse' })).toBe(true);
    expect(validate({})).toBe(false);
    expect(() => compiler.compile('other', '#/components/schemas/A')).toThrow();
  });

  it('refuses a vendor it holds no spec for', () => {
    expect(() => createSchemaCompiler([]).compile('nobody', '#/components/schemas/A')).toThrow(/nobody/);
  });
});
