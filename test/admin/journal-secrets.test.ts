/**
 * Credentials never shown by the control API (issues 21 and 23): the journal's copy of a vendor
 * request and its answer, as `GET /__admin/requests` and `POST /__admin/requests/find` (and so the
 * dashboard) show them, hold no URL user-info, no secret-named query parameter of a URL in a body
 * field or in the query, no secret-named parameter of the request itself, and no upload token.
 */
import { describe, expect, it } from 'vitest';
import { startMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';

const stopAfterTest = stopAfterEach();

const json = { 'Content-Type': 'application/json' };

describe('the journal as the control API shows it', () => {
  it('holds none of the credentials in webhook URLs, query parameters and upload URLs', async () => {
    const receiver = await startReceiver();
    const mock = await startMock();
    stopAfterTest(mock.close, receiver.close);
    const withCredentials = (user: string, password: string, query: string) =>
      `${receiver.url.replace('http://', `http://${user}:${password}@`)}/hook?${query}`;

    // A URL in a body field (Magnific's webhook_url), and one Replicate echoes in its answer.
    const magnific = await fetch(`${mock.origin}/magnific/v1/ai/ideogram-image-edit`, {
      method: 'POST',
      headers: { ...json, 'x-magnific-api-key': 'k' },
      body: JSON.stringify({
        prompt: 'p',
        image: 'https://example.com/a.png',
        mask: 'https://example.com/m.png',
        webhook_url: withCredentials('mag-user', 'mag-pass-1', 'token=mag-token-2&kind=edit'),
      }),
    });
    expect(magnific.status).toBe(200);
    const replicate = await fetch(`${mock.origin}/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions`, {
      method: 'POST',
      headers: { ...json, Authorization: 'Bearer r8_key_a' },
      body: JSON.stringify({ input: { prompt: 'a lighthouse' }, webhook: withCredentials('rep-user', 'rep-pass-3', 'secret=rep-secret-4') }),
    });
    expect(replicate.status).toBe(201);
    expect(JSON.stringify(await replicate.json())).toContain('rep-pass-3');

    // A URL in the query (fal's fal_webhook, percent-encoded as clients send it), and a secret-named parameter of the request.
    const falHook = encodeURIComponent(withCredentials('fal-user', 'fal-pass-5', 'key=fal-key-6'));
    const fal = await fetch(`${mock.origin}/fal-queue/fal-ai/ideogram/v2/edit?fal_webhook=${falHook}&password=fal-password-7`, {
      method: 'POST',
      headers: { ...json, Authorization: 'Key k' },
      body: JSON.stringify({ prompt: 'p', image_url: 'https://a/b.png', mask_url: 'https://a/c.png' }),
    });
    expect(fal.status).toBe(200);

    // fal storage's answer: the upload URL's last segment is the upload's secret token.
    const initiated = await fetch(`${mock.origin}/fal-rest/storage/upload/initiate?storage_type=fal-cdn-v3`, {
      method: 'POST',
      headers: { ...json, Authorization: 'Key k' },
      body: JSON.stringify({ content_type: 'image/png', file_name: 'a.png' }),
    });
    const { upload_url } = (await initiated.json()) as { upload_url: string };
    const uploadToken = new URL(upload_url).pathname.split('/').at(-1)!;
    expect(uploadToken.length).toBeGreaterThan(15);
    expect((await fetch(upload_url, { method: 'PUT', body: Buffer.from('png') })).status).toBe(200);

    const find = async (criteria: object) =>
      (await fetch(`${mock.origin}/__admin/requests/find`, { method: 'POST', headers: json, body: JSON.stringify(criteria) })).text();
    const shown = [
      await (await fetch(`${mock.origin}/__admin/requests`)).text(),
      ...(await Promise.all(['magnific', 'replicate', 'fal'].map((provider) => find({ provider })))),
      // No match: the near misses carry the closest entries.
      await find({ method: 'DELETE', path: '/fal-ai/ideogram/v2/edit' }),
      await find({ method: 'DELETE', path: '/v1/models/ideogram-ai/ideogram-v3-turbo/predictions' }),
    ];
    for (const text of shown) {
      for (const secret of [
        'mag-user',
        'mag-pass-1',
        'mag-token-2',
        'rep-user',
        'rep-pass-3',
        'rep-secret-4',
        'fal-user',
        'fal-pass-5',
        'fal-key-6',
        'fal-password-7',
        uploadToken,
      ]) {
        expect(text, secret).not.toContain(secret);
      }
    }
    const all = shown[0];
    // The entries are there, with what is not a credential.
    expect(all).toContain('<redacted>@127.0.0.1');
    expect(all).toContain('kind=edit');
    expect(all).toContain('/upload/<token>');
    expect(all).toContain('fal_webhook=');
  });

  it('answers a secret-named query parameter given twice in the vendor shape, and journals it redacted', async () => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    const res = await fetch(`${mock.origin}/replicate/v1/files/f/download?owner=o&expiry=0&signature=sig-one-8&signature=sig-two-9`, {
      headers: { Authorization: 'Bearer r8_key_a' },
    });
    // Replicate's validation refusal, not a 500 from the journal's copy of the query.
    expect(res.status).toBe(422);
    const journal = await (await fetch(`${mock.origin}/__admin/requests`)).text();
    expect(journal).toContain('/download');
    for (const secret of ['sig-one-8', 'sig-two-9']) expect(journal).not.toContain(secret);
  });
});
