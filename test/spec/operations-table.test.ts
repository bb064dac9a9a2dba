import { describe, expect, it } from 'vitest';
import type { JsonObject, LoadedSpec } from '../../core/model/load';
import { BEGIN, END, operationsSection, withSection } from '../../scripts/operations-table';

const ok = (links: JsonObject = {}) => ({ '200': { description: 'ok', links } });
const spec: LoadedSpec = {
  provider: 'shop',
  file: 'shop/openapi.yaml',
  doc: {
    openapi: '3.1.0',
    info: { title: 'Shop API', version: '1' },
    servers: [{ url: 'https://api.shop.test', 'x-mock-prefix': '/shop' }],
    paths: {
      '/orders': {
        post: {
          operationId: 'createOrder',
          summary: 'Create an order | queued',
          responses: ok({ status: { operationId: 'getOrder' }, self: { operationId: 'createOrder' } }),
        },
      },
      '/orders/{id}': { get: { operationId: 'getOrder', summary: 'Get\n an order', responses: ok() } },
      '/old': { get: { operationId: 'old', summary: 'Old call', deprecated: true, responses: ok() } },
    },
  },
};

describe('the README operation tables', () => {
  const section = operationsSection([spec]);

  it('lists every operation with method, path, operationId, summary and sync/async', () => {
    expect(section).toContain('On the mock at `/shop` (https://api.shop.test); 3 operations.');
    expect(section).toContain('| POST | `/orders` | `createOrder` | Create an order \\| queued | async: then `getOrder` |');
    expect(section).toContain('| GET | `/orders/{id}` | `getOrder` | Get an order | sync |');
    expect(section).toContain('| GET | `/old` | `old` | Old call (deprecated) | sync |');
  });

  it('replaces only what lies between the markers', () => {
    const readme = `# Title\n\nnpm ci\n\n${BEGIN}\nold table\n${END}\n\n## After\n`;
    const updated = withSection(readme, section);
    expect(updated.startsWith('# Title\n\nnpm ci\n\n')).toBe(true);
    expect(updated.endsWith('\n\n## After\n')).toBe(true);
    expect(updated).not.toContain('old table');
    expect(withSection(updated, section)).toBe(updated);
  });

  it('says where the markers go when they are missing', () => {
    expect(() => withSection('# Title\n', section)).toThrow(/no generated operations section/);
  });
});
