import { describe, expect, it } from 'vitest';
import { normaliseHost, refuseTarget } from './webhooks';

describe('webhook target checks', () => {
  it.each([
    { url: 'http://127.0.0.1:9/hook', allow: [] },
    { url: 'http://127.9.9.9/hook', allow: [] },
    { url: 'http://localhost:8080/hook', allow: [] },
    { url: 'http://[::1]:8080/hook', allow: [] },
    { url: 'http://[::ffff:127.0.0.1]/hook', allow: [] },
    { url: 'https://hooks.example.com/x', allow: ['hooks.example.com'] },
    { url: 'https://anything.example/x', allow: ['*'] },
  ])('allows $url (allow $allow)', ({ url, allow }) => {
    expect(refuseTarget(url, allow)).toBeUndefined();
  });

  it.each([
    { url: 'not a url', want: 'not a valid URL' },
    { url: 'ftp://127.0.0.1/x', want: 'the ftp: scheme is not allowed' },
    { url: 'http://10.0.0.5/x', want: '10.0.0.5 is a private-range address' },
    { url: 'http://169.254.169.254/latest', want: 'a private-range address' },
    { url: 'http://8.8.8.8/x', want: '8.8.8.8 is a public address' },
    { url: 'https://hooks.example.com/x', want: 'not a loopback address' },
    { url: 'http://127.0.0.1:4010/__admin/reset', want: "one of the mock's own paths" },
    { url: 'http://localhost:4010/fal/%5f_files/x/upload', want: "one of the mock's own paths" },
  ])('refuses $url', ({ url, want }) => {
    expect(refuseTarget(url, [])).toContain(want);
  });

  it.each([
    { given: 'Example.COM:8080', want: 'example.com' },
    { given: '[::1]', want: '::1' },
    { given: '[::1]:80', want: '::1' },
    { given: ' host ', want: 'host' },
  ])('normaliseHost($given) → $want', ({ given, want }) => {
    expect(normaliseHost(given)).toBe(want);
  });
});
