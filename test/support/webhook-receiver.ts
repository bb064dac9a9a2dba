/** A webhook receiver on loopback, for the deliveries a test waits on. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
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
