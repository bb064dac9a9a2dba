/** `--workers N`: one port served by N processes of the real CLI, sharing the primary's state. */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { X509Certificate, createHash, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { startReceiver } from '../support/webhook-receiver';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../mock-server/jobs/clock';
import { openTestStore, redisUrl } from '../support/redis';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  /** The certificate the server presented (HTTPS). */
  fingerprint?: string;
}

interface Cluster {
  child: ChildProcess;
  banner: string;
  origin: string;
  stderr: () => string;
}

const started: ChildProcess[] = [];
const workerPids = new Set<number>();

afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
  // The primary's SIGKILL leaves workers to notice their channel closing; a test that failed early must not leave them.
  for (const pid of workerPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  workerPids.clear();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The CLI as users run it; resolves once it has printed its whole banner (the admin line ends it). */
async function startCluster(args: string[]): Promise<Cluster> {
  const child = spawn(process.execPath, ['bin/ideogram-mock.js', '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  let out = '';
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    const origin = /listening on (https?:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    if (origin && out.includes('/__admin (')) return { child, banner: out, origin, stderr: () => stderr };
  }
  throw new Error(`the CLI exited before listening: ${out}${stderr}`);
}

/** One request on a connection of its own, so the cluster hands each to the next worker in turn. */
function ask(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; ca?: string; agent?: Agent; sockets?: Set<Socket> } = {},
): Promise<Answer> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false, ca: options.ca }, (res) => {
      options.sockets?.add(res.socket);
      const fingerprint = (res.socket as TLSSocket).getPeerCertificate?.().fingerprint256;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : {}, fingerprint }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Asks `/__admin` on fresh connections until `count` different processes have answered (bounded). */
async function answeringPids(origin: string, count: number, ca?: string): Promise<Map<number, Answer>> {
  const seen = new Map<number, Answer>();
  for (let attempt = 0; attempt < 20 * count && seen.size < count; attempt++) {
    const answer = await ask(`${origin}/__admin`, { ca });
    seen.set(answer.body.pid as number, answer);
  }
  for (const pid of seen.keys()) workerPids.add(pid);
  return seen;
}

/**
 * One kept-alive connection: the cluster gave it to one worker, so every request on it reaches that
 * process. `sockets` records the connections used, to show it stayed one.
 */
function connection(origin: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set<Socket>();
  return {
    sockets,
    ask: (path: string, options: Parameters<typeof ask>[1] = {}) => ask(`${origin}${path}`, { ...options, agent, sockets }),
    close: () => agent.destroy(),
  };
}

/** Two connections that reached different workers (fresh ones are tried until they do, bounded). */
async function connectionsToTwoWorkers(origin: string) {
  const first = connection(origin);
  const firstPid = (await first.ask('/__admin')).body.pid as number;
  for (let attempt = 0; attempt < 20; attempt++) {
    const other = connection(origin);
    const pid = (await other.ask('/__admin')).body.pid as number;
    if (pid !== firstPid)
      return [
        { ...first, pid: firstPid },
        { ...other, pid },
      ];
    other.close();
  }
  throw new Error('20 fresh connections all reached the same worker');
}

describe('--workers 2', () => {
  it('serves a job created through one worker and polled to completion through the other, and shares journal and files', async () => {
    const cluster = await startCluster(['--workers', '2']);
    const [a, b] = await connectionsToTwoWorkers(cluster.origin);
    try {
      workerPids.add(a.pid).add(b.pid);
      const key = { 'Ocp-Apim-Subscription-Key': 'any-key' };
      const created = await a.ask('/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request', {
        method: 'POST',
        headers: { ...key, 'Content-Type': 'application/json' },
        body: JSON.stringify({ image_url: 'https://example.com/cat.jpeg' }),
      });
      expect(created.status).toBe(200);
      const poll = new URL(created.body.polling_url as string);
      const statuses: unknown[] = [];
      for (let attempt = 0; attempt < 10 && statuses.at(-1) !== 'COMPLETED'; attempt++)
        statuses.push((await b.ask(poll.pathname + poll.search, { headers: key })).body.status);
      expect(statuses).toEqual(['PROCESSING', 'COMPLETED']);
      // The journal is the mock's too: the other worker lists the submission.
      const journal = (await b.ask('/__admin/requests?provider=pixazo')).body.requests as { method: string }[];
      expect(journal.map((r) => r.method)).toEqual(['POST', 'GET', 'GET']);

      // A file reserved through one worker, written through the other, is served by the first.
      const upload = await a.ask('/fal-rest/storage/upload/initiate?storage_type=fal-cdn-v3', {
        method: 'POST',
        headers: { Authorization: 'Key any', 'Content-Type': 'application/json' },
        body: JSON.stringify({ content_type: 'application/json', file_name: 'note.json' }),
      });
      const path = (url: unknown) => new URL(url as string).pathname;
      expect(
        (await b.ask(path(upload.body.upload_url), { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"note":"shared"}' })).status,
      ).toBe(200);
      expect(await a.ask(path(upload.body.file_url))).toMatchObject({ status: 200, body: { note: 'shared' } });

      expect([(await a.ask('/__admin')).body.pid, (await b.ask('/__admin')).body.pid]).toEqual([a.pid, b.pid]);
      expect([a.sockets.size, b.sockets.size]).toEqual([1, 1]);
    } finally {
      a.close();
      b.close();
    }
  }, 60_000);

  it.skipIf(!redisUrl())(
    'with --store, every worker opens the shared Redis: a job made through one is polled through the other, and is in Redis',
    async () => {
      const store = await openTestStore(redisUrl()!, systemClock);
      const shared = new URL(redisUrl()!);
      shared.searchParams.set('prefix', store.prefix);
      const cluster = await startCluster(['--workers', '2', '--store', shared.href]);
      const [a, b] = await connectionsToTwoWorkers(cluster.origin);
      try {
        workerPids.add(a.pid).add(b.pid);
        const key = { 'Ocp-Apim-Subscription-Key': 'any-key' };
        const created = await a.ask('/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request', {
          method: 'POST',
          headers: { ...key, 'Content-Type': 'application/json' },
          body: JSON.stringify({ image_url: 'https://example.com/cat.jpeg' }),
        });
        const poll = new URL(created.body.polling_url as string);
        const statuses: unknown[] = [];
        for (let attempt = 0; attempt < 10 && statuses.at(-1) !== 'COMPLETED'; attempt++)
          statuses.push((await b.ask(poll.pathname + poll.search, { headers: key })).body.status);
        expect(statuses).toEqual(['PROCESSING', 'COMPLETED']);
        // The job is Redis's, not a process's: this test's own connection reads it.
        expect((await store.jobs.page({}, { limit: 10 })).jobs.map((job) => job.id)).toEqual([created.body.request_id]);
      } finally {
        a.close();
        b.close();
        await store.close();
      }
    },
    60_000,
  );

  it('prints the banner once, answers from two worker processes, and stops them all on SIGTERM with exit code 0', async () => {
    const cluster = await startCluster(['--workers', '2']);
    const pids = [...(await answeringPids(cluster.origin, 2)).keys()];
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(cluster.child.pid);
    expect(cluster.banner.match(/listening on/g)).toHaveLength(1);

    cluster.child.kill('SIGTERM');
    const [code] = await once(cluster.child, 'exit');
    expect(code).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
  }, 60_000);

  it('signs a webhook in the worker that ran the job with the key every worker publishes, and logs it once for all', async () => {
    const cluster = await startCluster(['--workers', '2']);
    const receiver = await startReceiver();
    const [a, b] = await connectionsToTwoWorkers(cluster.origin);
    try {
      workerPids.add(a.pid).add(b.pid);
      const submit = await a.ask(`/fal-queue/fal-ai/ideogram/v3?fal_webhook=${encodeURIComponent(receiver.url)}`, {
        method: 'POST',
        headers: { Authorization: 'Key any', 'Content-Type': 'application/json' },
        body: JSON.stringify({ prompt: 'a lighthouse' }),
      });
      expect(submit.status).toBe(200);
      const [hook] = await receiver.waitFor(1);
      const header = (name: string) => String(hook.headers[name]);
      const message = [
        header('x-fal-webhook-request-id'),
        header('x-fal-webhook-user-id'),
        header('x-fal-webhook-timestamp'),
        createHash('sha256').update(hook.raw).digest('hex'),
      ].join('\n');
      const verifiesWith = (jwks: { keys: JsonWebKey[] }) =>
        jwks.keys.some((jwk) =>
          verify(null, Buffer.from(message), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(header('x-fal-webhook-signature'), 'hex')),
        );
      // Fresh connections: a kept-alive one may have timed out while the job ran.
      const [c, d] = await connectionsToTwoWorkers(cluster.origin);
      const published = [(await c.ask('/fal-rest/.well-known/jwks.json')).body, (await d.ask('/fal-rest/.well-known/jwks.json')).body];
      c.close();
      d.close();
      expect(published.map((jwks) => verifiesWith(jwks as { keys: JsonWebKey[] }))).toEqual([true, true]);
      const deliveries = (await b.ask('/__admin/webhooks')).body.deliveries as { jobId: string; state: string }[];
      expect(deliveries).toEqual([expect.objectContaining({ jobId: submit.body.request_id, state: 'delivered' })]);
      expect(receiver.hooks).toHaveLength(1);
    } finally {
      a.close();
      b.close();
      await receiver.close();
    }
  }, 60_000);

  it('lets a request in flight finish when SIGTERM stops the workers', async () => {
    const cluster = await startCluster(['--workers', '2']);
    const slow = ask(`${cluster.origin}/pixazo/ideogramV_2/v1/generate`, {
      method: 'POST',
      headers: { 'Ocp-Apim-Subscription-Key': 'k', 'Content-Type': 'application/json', Prefer: 'delay=1000' },
      body: JSON.stringify({ image_request: { prompt: 'a lighthouse', model: 'V_2' } }),
    });
    let busy = false;
    for (let attempt = 0; attempt < 40 && !busy; attempt++) {
      const admin = await ask(`${cluster.origin}/__admin`);
      workerPids.add(admin.body.pid as number);
      busy = (admin.body.inFlight as number) > 0;
    }
    expect(busy).toBe(true);
    cluster.child.kill('SIGTERM');
    expect((await slow).status).toBe(200);
    const [code] = await once(cluster.child, 'exit');
    expect(code).toBe(0);
  }, 60_000);

  it('leaves no worker behind when the primary is killed outright', async () => {
    const cluster = await startCluster(['--workers', '2']);
    const pids = [...(await answeringPids(cluster.origin, 2)).keys()];
    cluster.child.kill('SIGKILL');
    await once(cluster.child, 'exit');
    // Each worker exits when its channel to the primary closes; that takes a moment, so this retries, boundedly.
    for (let attempt = 0; attempt < 100 && pids.some(alive); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pids.filter(alive)).toEqual([]);
  }, 60_000);

  it('replaces a worker that dies, and keeps serving', async () => {
    const cluster = await startCluster(['--workers', '2']);
    const [victim, survivor] = [...(await answeringPids(cluster.origin, 2)).keys()];
    process.kill(victim, 'SIGKILL');
    const replaced = new RegExp(`Worker ${victim} was killed by SIGKILL; starting another\\.\nWorker (\\d+) is serving in its place\\.`);
    while (!replaced.test(cluster.stderr())) await once(cluster.child.stderr!, 'data');
    const replacement = Number(replaced.exec(cluster.stderr())![1]);
    workerPids.add(replacement);
    const pids = [...(await answeringPids(cluster.origin, 2)).keys()];
    expect(pids.sort()).toEqual([survivor, replacement].sort());
  }, 60_000);

  it('answers, through another worker, a connection handed to a worker killed before it took it', async () => {
    const cluster = await startCluster(['--workers', '2']);
    const [victim, survivor] = [...(await answeringPids(cluster.origin, 2)).keys()];
    // Frozen, the victim cannot take the next connection handed to it; then it is killed.
    process.kill(victim, 'SIGSTOP');
    let five: () => void = () => {};
    const fiveAnswered = new Promise<void>((resolve) => (five = resolve));
    let answered = 0;
    const answers = Array.from({ length: 6 }, () =>
      ask(`${cluster.origin}/__admin`).then((answer) => {
        if (++answered === 5) five();
        return answer.body.pid as number;
      }),
    );
    // The survivor answers five; the sixth waits on the frozen victim.
    await fiveAnswered;
    process.kill(victim, 'SIGKILL');
    const last = await Promise.race([Promise.all(answers), new Promise<'unanswered'>((resolve) => setTimeout(() => resolve('unanswered'), 5_000).unref())]);
    expect(last).not.toBe('unanswered');
    expect((last as number[]).filter((pid) => pid !== survivor)).toEqual([]);
  }, 60_000);

  it('refuses a bad --workers value with exit code 2', () => {
    for (const bad of ['0', 'two']) {
      const run = spawnSync(process.execPath, ['bin/ideogram-mock.js', '--port', '0', '--workers', bad], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--workers must be a whole number from 1 to 64 (got "${bad}")`);
    }
  }, 60_000);

  it('stops with the exit code of a worker that cannot start, saying why', async () => {
    const run = spawn(process.execPath, ['bin/ideogram-mock.js', '--port', '0', '--workers', '2', '--vendor-ports', 'nosuchvendor=0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(run);
    let stderr = '';
    run.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    const [code] = await once(run, 'exit');
    expect(code).toBe(2);
    expect(stderr).toContain('No vendor "nosuchvendor"');
  }, 60_000);

  it('serves --vendor-ports and --tls from every worker, all presenting the one certificate the primary wrote', async () => {
    const certFile = join(mkdtempSync(join(tmpdir(), 'mock-workers-')), 'cert.pem');
    const cluster = await startCluster(['--workers', '2', '--tls', '--tls-cert-out', certFile, '--vendor-ports', 'pixazo=0']);
    const ca = readFileSync(certFile, 'utf8');
    const answers = await answeringPids(cluster.origin, 2, ca);
    expect(answers.size).toBe(2);
    expect([...answers.values()].map((a) => a.fingerprint)).toEqual([new X509Certificate(ca).fingerprint256, new X509Certificate(ca).fingerprint256]);

    const ownOrigin = /(https:\/\/127\.0\.0\.1:\d+) {3}\(its own origin/.exec(cluster.banner)![1];
    const generate = () =>
      ask(`${ownOrigin}/ideogramV_2/v1/generate`, {
        method: 'POST',
        headers: { 'Ocp-Apim-Subscription-Key': 'k', 'Content-Type': 'application/json' },
        body: JSON.stringify({ image_request: { prompt: 'a lighthouse', model: 'V_2' } }),
        ca,
      });
    expect((await Promise.all([generate(), generate()])).map((a) => a.status)).toEqual([200, 200]);
  }, 60_000);
});
