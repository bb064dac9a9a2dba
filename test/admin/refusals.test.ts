/** The control API refuses cross-site and rebound callers, and answers its callers' mistakes with a 4xx sentence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { startMock, type StartedMock } from '../support/start-mock';
import { rawExchange, http1 } from '../support/raw-http';

let mock: StartedMock;
let logged: string[] = [];
beforeAll(async () => {
  mock = await startMock({ quiet: false, log: (line) => logged.push(line) });
});
afterAll(() => mock.close());

const admin = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
  rawExchange(mock.port, http1(method, `/__admin${path}`, { Host: `127.0.0.1:${mock.port}`, ...headers }, body));

describe('cross-site use is refused', () => {
  it('a text/plain POST /__admin/reset from a foreign Origin is refused, and nothing is reset', async () => {
    await mock.app.mock.store.journal.add('', { at: '', method: 'GET', path: '/marker', status: 200, ms: 0 });
    const res = await admin('POST', '/reset', { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }, '{}');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'forbidden', message: expect.stringContaining('other sites') });
    expect((await mock.app.mock.store.journal.list(undefined)).some((e) => e.path === '/marker')).toBe(true);
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' }, 403],
    ['a text/plain body with no Origin', { 'Content-Type': 'text/plain' }, 400],
    ['no Content-Type at all', {}, 400],
  ])('a state change with %s is refused', async (_name, headers, status) => {
    expect((await admin('POST', '/reset', headers)).status).toBe(status);
  });

  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1:1', '127.0.0.1'])('a Host of %s (DNS rebinding) cannot read it', async (host) => {
    const res = await admin('GET', '', { Host: host.replace('PORT', String(mock.port)) });
    expect(res.status).toBe(403);
  });

  it('same-origin JSON calls (the dashboard, curl, tests) keep working', async () => {
    for (const host of [`127.0.0.1:${mock.port}`, `localhost:${mock.port}`]) {
      expect((await admin('GET', '', { Host: host })).status).toBe(200);
      const reset = await admin('POST', '/reset', {
        Host: host,
        Origin: `http://${host}`,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
      });
      expect(reset.status).toBe(204);
    }
  });
});

describe('client errors on /__admin are 4xx sentences, never a 500', () => {
  const json = { 'Content-Type': 'application/json' };
  it.each([
    ['bad %-encoding in a job id', 'GET', '/jobs/%E0%A4%A', {}, undefined, 400],
    ['invalid JSON', 'POST', '/scenarios', json, '{"operationId":', 400],
    ['JSON null', 'POST', '/scenarios', json, 'null', 400],
    ['an unsupported charset', 'POST', '/scenarios', { 'Content-Type': 'application/json; charset=koi8-r' }, '{}', 400],
    ['an unsupported Content-Encoding', 'POST', '/scenarios', { ...json, 'Content-Encoding': 'compress' }, '{}', 400],
    ['an unknown job', 'POST', '/jobs/nope/advance', json, undefined, 404],
    ['a find criterion nested 4,000 deep', 'POST', '/requests/find', json, `{"body":${'{"a":'.repeat(4000)}1${'}'.repeat(4000)}}`, 400],
    ['a repeated namespace', 'POST', '/reset?namespace=B&namespace=B', json, undefined, 400],
    ['a journal limit that is not a number', 'GET', '/requests?limit=all', {}, undefined, 400],
  ])('%s', async (_name, method, path, headers, body, status) => {
    logged = [];
    const res = await admin(method, path, headers, body);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: expect.any(String), message: expect.stringMatching(/\.$/) });
    expect(logged.filter((line) => line.startsWith('mock bug'))).toEqual([]);
  });
});

describe('the admin token', () => {
  it('a bare token without "Bearer " is refused', async () => {
    const guarded = await startMock({ adminToken: 'tok' });
    try {
      const get = (authorization: string) =>
        rawExchange(guarded.port, http1('GET', '/__admin', { Host: `127.0.0.1:${guarded.port}`, Authorization: authorization }));
      expect((await get('tok')).status).toBe(401);
      expect((await get('Bearer tok')).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it.each([
    ['--admin-token', 'a token'],
    ['--keys', 'API keys'],
  ])('an empty %s is a start-up error that says what to pass', (flag, what) => {
    const run = spawnSync(process.execPath, ['bin/ideogram-mock.js', '--port', '0', flag, ''], { encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${flag} is empty: pass`);
    expect(run.stderr).toContain(what);
  });
});
