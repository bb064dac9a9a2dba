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
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 1_500).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  server.listen(port, host);
  return server;
}
