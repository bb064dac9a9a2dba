import { describe, expect, it } from 'vitest';
import { useMock } from '../../lib/vitest';
import { createVendorClient } from '../../core/clients';

// The package's vitest helper, used as a user would: one mock for the file, a clean journal per test.
const mock = useMock();

function submitRemoveBackground() {
  const pixazo = createVendorClient('pixazo', { baseUrl: `${mock.url}/pixazo`, apiKey: 'k' });
  return pixazo.POST('/ideogram-remove-background/v1/ideogram-remove-background-request', {
    body: { image_url: 'https://example.com/cat.jpeg', sync_mode: false },
  });
}

describe('useMock', () => {
  it('serves the vendors and journals each request with its body', async () => {
    const { response } = await submitRemoveBackground();
    expect(response.status).toBe(200);
    const [entry] = await mock.journal({ provider: 'pixazo' });
    expect(entry).toMatchObject({ operationId: 'removeBackgroundSubmit', status: 200 });
    expect(entry.request).toContain('https://example.com/cat.jpeg');
    expect(entry.answer).toContain('polling_url');
    expect(await mock.app.mock.store.jobs.count()).toBe(1);
  });

  it('starts each test with no requests and no jobs left by the one before', async () => {
    expect(await mock.journal()).toEqual([]);
    expect(await mock.app.mock.store.jobs.count()).toBe(0);
    await submitRemoveBackground();
    expect(await mock.journal()).toHaveLength(1);
  });
});
