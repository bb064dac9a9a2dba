import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockApp } from './app';
import type { Mount, SpecIndex } from '../core/model/operations';
import type { TlsMaterial } from './tls';
import { createMockServer } from './server';

/** A vendor given an origin of its own, where its paths are served without the prefix. */
export interface VendorServer {
  /** What the user called it: a mount's prefix without the slash, or a provider id. */
  name: string;
  mount: Mount;
  port: number;
  server: Server;
}

/** `a=4011,b=4012` → `{ a: 4011, b: 4012 }`; throws a sentence naming the bad item. */
export function parseVendorPorts(text: string): Record<string, number> {
  const ports: Record<string, number> = {};
  for (const item of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^([^=\s]+)=(\d+)$/.exec(item);
    const port = Number(match?.[2]);
    if (!match || port > 65535)
      throw new Error(
        `--vendor-ports takes <name>=<port>,<name>=<port> with names from the start-up banner's prefixes (without the slash) and ports 0 to 65535 (got "${item}").`,
      );
    ports[match[1]] = port;
  }
  if (!Object.keys(ports).length)
    throw new Error('--vendor-ports is empty: pass <name>=<port>,<name>=<port> (names: the prefixes without the slash), or leave the option out.');
  return ports;
}

/** The mount each name stands for: the mount whose prefix it is, else the provider's first mount (a vendor mounted twice). */
export function vendorMounts(index: SpecIndex, ports: Record<string, number>): { name: string; mount: Mount; port: number }[] {
  return Object.entries(ports).map(([name, port]) => {
    const mount = index.byPrefix.get(`/${name}`) ?? index.mounts.find((m) => m.provider === name);
    if (!mount)
      throw new Error(`No vendor "${name}" is mounted to give port ${port} to; the names are ${index.mounts.map((m) => m.prefix.slice(1)).join(', ')}.`);
    return { name, mount, port };
  });
}

/** One server per named vendor (not yet listening), each pinning its requests to that vendor. */
export function createVendorServers(app: MockApp, ports: Record<string, number>, tls?: TlsMaterial): VendorServer[] {
  return vendorMounts(app.mock.index, ports).map((vendor) => ({ ...vendor, server: createMockServer(app, {}, tls, vendor.mount) }));
}

/** Listens on every server; if one cannot, closes those that did and rejects with its error. */
export async function listenAll(servers: { server: Server; port: number }[], host: string): Promise<void> {
  const results = await Promise.allSettled(
    servers.map(
      ({ server, port }) =>
        new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, host, () => {
            server.off('error', reject);
            resolve();
          });
        }),
    ),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (!failed) return;
  await Promise.all(servers.filter(({ server }) => server.listening).map(({ server }) => new Promise((resolve) => server.close(resolve))));
  throw failed.reason;
}

/** `http://127.0.0.1:<port>` of a listening server. */
export function originOf(server: Server, host: string, secure: boolean): string {
  const { port } = server.address() as AddressInfo;
  return `${secure ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
