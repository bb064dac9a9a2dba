import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../core/model/operations';
import type { JsonObject, LoadedSpec } from '../../core/model/load';
import { resolveUnprefixed } from './unprefixed';

const ok = { '200': { description: 'ok' } };
const spec = (provider: string, prefixes: string[], paths: JsonObject): LoadedSpec => ({
  provider,
  file: `${provider}/openapi.yaml`,
  doc: { openapi: '3.1.0', servers: prefixes.map((prefix, i) => ({ url: `https://api${i}.${provider}.test`, 'x-mock-prefix': prefix })), paths },
});
const index = buildIndex([
  spec('shop', ['/shop', '/store'], {
    '/v1/items': { post: { operationId: 'addItem', responses: ok } },
    '/v1/items/{id}': { get: { operationId: 'getItem', responses: ok } },
  }),
  spec('run', ['/run'], { '/v1/items': { post: { operationId: 'runItem', responses: ok } }, '/jobs/{id}': { get: { operationId: 'getJob', responses: ok } } }),
  spec('queue', ['/queue'], { '/jobs/{id}': { delete: { operationId: 'cancelJob', responses: ok } } }),
]);

describe('unprefixed routing', () => {
  it.each([
    { method: 'GET', path: '/v1/items/7', want: '/shop', why: 'one vendor serves it; a vendor mounted twice answers from its first mount' },
    { method: 'POST', path: '/v1/items', want: ['/shop', '/store', '/run'], why: 'two vendors serve it' },
    { method: 'GET', path: '/jobs/1', want: '/run', why: 'the method picks between vendors sharing the path' },
    { method: 'DELETE', path: '/jobs/1', want: '/queue', why: 'the method picks between vendors sharing the path' },
    { method: 'PUT', path: '/v1/items/7', want: '/shop', why: 'only one vendor knows the path: its 405 is the answer' },
    { method: 'PUT', path: '/jobs/1', want: ['/run', '/queue'], why: 'no vendor takes the method and two know the path' },
    { method: 'GET', path: '/nothing', want: undefined, why: 'no vendor serves it' },
  ])('$method $path: $why', ({ method, path, want }) => {
    const match = resolveUnprefixed(index, method, path);
    const got = match.kind === 'one' ? match.mount.prefix : match.kind === 'ambiguous' ? match.prefixes : undefined;
    expect(got).toEqual(want);
  });
});
