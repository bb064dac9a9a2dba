import { createServer, type Server } from 'node:http';
import type { MockApp } from './app';

export interface ServerOptions {
  port: number;
  host: string;
}

/** Listens with bounded timeouts (a slow client cannot hold a connection forever) and stops cleanly on SIGTERM/SIGINT. */
export function startServer(app: MockApp, { port, host }: ServerOptions): Server {
  const server = createServer({ requestTimeout: 60_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 }, app);
  server.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is already in use: pass --port <n> or set PORT.\n` : `${error.message}\n`);
    process.exit(1);
  });
  // Stop accepting, let in-flight requests and webhook deliveries finish, exit 0 within 2 s whatever happens.
  const stop = () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, 1_800).unref();
    void Promise.all([closed, app.mock.jobs.drain()]).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  server.listen(port, host);
  return server;
}
