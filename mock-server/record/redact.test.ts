import { describe, expect, it } from 'vitest';
import { describeRequestBody, redactHeaders, redactJson } from './redact';
import { redactQuery } from '../../core/recording';
import { isSecretName } from '../../core/secrets';

const schemes = new Set(['ocp-apim-subscription-key']);

describe('isSecretName', () => {
  it.each([
    'authorization',
    'Proxy-Authorization',
    'cookie',
    'set-cookie',
    'x-api-key',
    'api_key',
    'apiKey',
    'accessToken',
    'client_secret',
    'password',
    'Ocp-Apim-Subscription-Key',
    'x-goog-api-key',
    'api_keys',
    'X-Api-Keys',
    'client_secrets',
    'passwords',
    'apiTokens',
    'refresh_tokens',
    'credentials',
  ])('%s is a secret', (name) => {
    expect(isSecretName(name, schemes)).toBe(true);
  });

  it.each(['prompt', 'max_tokens', 'prompt_tokens', 'maxTokens', 'keywords', 'monkey', 'author', 'content-type', 'image_request', 'aspect_ratio', 'keyframes'])(
    '%s is not',
    (name) => {
      expect(isSecretName(name, schemes)).toBe(false);
    },
  );

  it("takes the spec's scheme names whatever their words", () => {
    expect(isSecretName('X-Vendor-Sub', new Set(['x-vendor-sub']))).toBe(true);
    expect(isSecretName('X-Vendor-Sub')).toBe(false);
  });
});

describe('redaction', () => {
  it('replaces secret headers and hands back their values, with the credential after a scheme word', () => {
    const { value, secrets } = redactHeaders({ authorization: 'Bearer abc123', 'ocp-apim-subscription-key': 'k-999', accept: '*/*' }, schemes);
    expect(value).toEqual({ authorization: '<redacted>', 'ocp-apim-subscription-key': '<redacted>', accept: '*/*' });
    expect(secrets).toEqual(['Bearer abc123', 'abc123', 'k-999']);
  });

  it('replaces secret query parameters and keeps the others in order', () => {
    expect(redactQuery('?a=1&api_key=s3cr3t&b=2', schemes)).toEqual({ value: '?a=1&api_key=<redacted>&b=2', secrets: ['s3cr3t'] });
    expect(redactQuery('?a=1', schemes)).toEqual({ value: '?a=1', secrets: [] });
  });

  it('replaces secret fields at any depth of a JSON body', () => {
    const { value, secrets } = redactJson({ prompt: 'a cat', auth: { token: 't-1', user: 'u' }, list: [{ password: 'p' }] });
    expect(value).toEqual({ prompt: 'a cat', auth: '<redacted>', list: [{ password: '<redacted>' }] });
    // Whatever a secret's name holds, at any depth, is scrubbed wherever else it recurs.
    expect(secrets).toEqual(['t-1', 'u', 'p']);
  });

  it('reads URL-encoded forms by name', async () => {
    const { value, secrets } = await describeRequestBody(Buffer.from('prompt=a+cat&token=xyz1'), 'application/x-www-form-urlencoded', schemes);
    expect(value).toBe('prompt=a+cat&token=<redacted>');
    expect(secrets).toEqual(['xyz1']);
  });

  it('keeps multipart text fields and describes files without their bytes', async () => {
    const form = new FormData();
    form.append('prompt', 'a cat');
    form.append('api_key', 'mk-1');
    form.append('image_file', new Blob([Buffer.from('abc')], { type: 'image/png' }), 'a.png');
    const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
    const bytes = Buffer.from(await request.arrayBuffer());
    const { value, secrets } = await describeRequestBody(bytes, request.headers.get('content-type')!, schemes);
    expect(value).toEqual({
      fields: { prompt: 'a cat', api_key: '<redacted>' },
      // sha256("abc"), FIPS 180-2 appendix B.1.
      files: [
        { name: 'image_file', fileName: 'a.png', type: 'image/png', size: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
      ],
    });
    expect(JSON.stringify(value)).not.toContain('abc');
    expect(secrets).toEqual(['mk-1']);
  });
});
