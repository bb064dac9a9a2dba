import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';

const HOW = 'run `bash .ci/run` (it starts one), or start `redis-server --port <p> --save "" --appendonly no` and set REDIS_URL=redis://127.0.0.1:<p>/0';

/**
 * The Redis the shared-state tests run against (REDIS_URL). Without it they cannot run: CI fails
 * saying so, a developer's run skips them with the same advice.
 */
export function redisUrl(): string | undefined {
  const url = process.env.REDIS_URL;
  if (url) return url;
  if (process.env.CI) throw new Error(`REDIS_URL is not set and CI needs the Redis tests: ${HOW}.`);
  console.warn(`Redis tests skipped: REDIS_URL is not set; ${HOW}.`);
  return undefined;
}

/** A port the kernel says is free now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface OwnRedis {
  url: string;
  port: number;
  /** Ends the server (an outage); `start` brings a fresh one back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * A redis-server of the test's own (from PATH), for tests that stop and restart it: the shared
 * REDIS_URL server must stay up for everyone else. Undefined, with the reason, when there is none.
 */
export async function ownRedis(): Promise<OwnRedis | undefined> {
  if (!redisUrl()) return undefined;
  const port = await freePort();
  let child: ChildProcess | undefined;
  const own: OwnRedis = {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    async start() {
      const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
      child = started;
      let out = '';
      await new Promise<void>((resolve, reject) => {
        started.stdout!.on('data', (chunk) => {
          out += String(chunk);
          if (out.includes('Ready to accept connections')) resolve();
        });
        started.once('error', reject);
        started.once('exit', () => reject(new Error(`redis-server did not start on port ${port}:\n${out}`)));
      });
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = once(running, 'exit');
      running.kill('SIGKILL');
      await exited;
    },
  };
  await own.start();
  return own;
}
