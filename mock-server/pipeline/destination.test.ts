import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../core/model/operations';
import { matchRoute } from './route';

const ok = { '200': { description: 'ok' } };
const index = buildIndex([
  {
    provider: 'shop',
    file: 'shop/openapi.yaml',
    doc: {
      openapi: '3.1.0',
      servers: [{ url: 'https://api.shop.test', 'x-mock-prefix': '/shop' }],
      paths: {
        '/items': { get: { operationId: 'listItems', responses: ok }, post: { operationId: 'addItem', responses: ok } },
        '/items/{id}': { get: { operationId: 'getItem', responses: ok }, delete: { operationId: 'removeItem', responses: ok } },
        '/items/{id}/v1.2': { get: { operationId: 'getVersioned', responses: ok } },
      },
    },
  },
]);
const mount = index.byPrefix.get('/shop')!;

describe('route matching', () => {
  it.each([
    { method: 'GET', path: '/items', want: { kind: 'found', operationId: 'listItems', params: {} } },
    { method: 'GET', path: '/items/', want: { kind: 'found', operationId: 'listItems', params: {} } },
    { method: 'POST', path: '/items', want: { kind: 'found', operationId: 'addItem', params: {} } },
    { method: 'GET', path: '/items/a%2Fb', want: { kind: 'found', operationId: 'getItem', params: { id: 'a/b' } } },
    { method: 'GET', path: '/items/%E0%A4%A', want: { kind: 'found', operationId: 'getItem', params: { id: '%E0%A4%A' } } },
    { method: 'GET', path: '/items/7/v1.2', want: { kind: 'found', operationId: 'getVersioned', params: { id: '7' } } },
    { method: 'GET', path: '/items/7/v1x2', want: { kind: 'none' } },
    { method: 'PUT', path: '/items/7', want: { kind: 'wrong-method', allowed: ['GET', 'DELETE'] } },
    { method: 'GET', path: '/nothing', want: { kind: 'none' } },
  ])('$method $path', ({ method, path, want }) => {
    const match = matchRoute(mount, method, path);
    const got = match.kind === 'found' ? { kind: match.kind, operationId: match.route.operation.operationId, params: match.params } : match;
    expect(got).toEqual(want);
  });

  it('mounts by x-mock-prefix and by the real host name', () => {
    expect(index.byHost.get('api.shop.test')).toBe(mount);
  });
});
