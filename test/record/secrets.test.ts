/** Recordings keep no credential: the contract suite's `redact`, by name, by value and by shape. */
import { describe, expect, it } from 'vitest';
import { redact, saveRecording, type Recording } from '../../core/recording';
import { scrubShapes } from '../../core/secrets';

const M = '<redacted>';

describe('scrubShapes', () => {
  it.each([
    ['{"key":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}', `{"key":"${M}"}`],
    ['token r8_Zx91mQ2vLp7TnR4sK8wYc3Hd6Fj0Ab5Ue in a log line', `token ${M} in a log line`],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x1', `Authorization: Bearer ${M}`],
    ['Key 8d3c7e2a-1b4f-4c1e-9f0a-2b6d5e8c7a91:4f9e2d1c8b7a6e5d', `Key ${M}`],
    ['https://user:hunter2@example.com/x and ftp://me@files.example.com', `https://${M}@example.com/x and ftp://${M}@files.example.com`],
    ['see https://example.com/cb?token=abc&kind=done&api_key=k1&password=p%20w', `see https://example.com/cb?token=${M}&kind=done&api_key=${M}&password=${M}`],
  ])('%s', (text, scrubbed) => {
    expect(scrubShapes(text, M)).toBe(scrubbed);
  });

  it.each(['Key ingredients: flour', 'a Bearer of good news, 2024 edition', 'https://example.com/a?max_tokens=10&seed=7', 'user@example.com wrote'])(
    'leaves prose and ordinary URLs alone: %s',
    (text) => {
      expect(scrubShapes(text, M)).toBe(text);
    },
  );
});

describe('redact', () => {
  const exchange = (response: unknown, headers: Record<string, string> = {}): Recording => ({
    provider: 'replicate',
    operationId: 'getDefaultWebhookSecret',
    recordedAt: '2026-01-01T00:00:00.000Z',
    target: 'live',
    request: {
      method: 'GET',
      url: '{{base}}/v1/webhooks/default/secret',
      headers: { authorization: 'Bearer r8_abcdefghijklmnopqrstuvwxyz0123456789', 'x-api-keys': 'k-0123456789', ...headers },
    },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: response },
  });

  it("redacts Replicate's webhook secret answer by its name, and the secret wherever it recurs", () => {
    const secret = 'c2lnbmluZy1zZWNyZXQtb2YtdGhlLXVwc3RyZWFt';
    const out = redact(exchange({ key: secret, note: `the same secret, ${secret}` }), []);
    expect(out.response.body).toEqual({ key: M, note: `the same secret, ${M}` });
    expect(out.request.headers).toEqual({ authorization: M, 'x-api-keys': M });
  });

  it('refuses to save a recording whose credential header, plural or not, still holds a value', () => {
    expect(() => saveRecording('/nonexistent', exchange({}, { authorization: M }))).toThrow(/x-api-keys is not redacted/);
  });
});
