import { createServer, type IncomingMessage, type Server } from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export interface ReceivedHook {
  headers: IncomingMessage['headers'];
  raw: string;
  body: unknown;
}

export interface Receiver {
  url: string;
  hooks: ReceivedHook[];
  /** Resolves once `count` deliveries have arrived (no timers: it waits on the deliveries themselves). */
  waitFor(count: number): Promise<ReceivedHook[]>;
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1; `statuses` are answered in turn (then 200), to exercise retries. */
export async function startReceiver(statuses: number[] = []): Promise<Receiver> {
  const hooks: ReceivedHook[] = [];
  const waiters: { count: number; resolve: (hooks: ReceivedHook[]) => void }[] = [];
  const replies = [...statuses];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const status = replies.shift() ?? 200;
      res.writeHead(status).end();
      if (status >= 300) return;
      hooks.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      for (const waiter of waiters.filter((w) => hooks.length >= w.count)) waiter.resolve(hooks.slice(0, waiter.count));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    hooks,
    waitFor: (count) => (hooks.length >= count ? Promise.resolve(hooks.slice(0, count)) : new Promise((resolve) => waiters.push({ count, resolve }))),
    close: () => closeServer(server),
  };
}

const clis: ChildProcess[] = [];

/** `npm start` as users run it (the bin), on a free port; resolves once it prints where it listens. */
export async function startCli(args: string[] = []): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, ['bin/ideogram-mock.js', '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  clis.push(child);
  let out = '';
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (match) return { child, origin: match[1] };
  }
  throw new Error(`the CLI exited before listening: ${out}`);
}

/** Kills every CLI started by startCli (for afterEach). */
export function stopClis() {
  for (const child of clis.splice(0)) child.kill('SIGKILL');
}
