// The servers under test, each a child process on 127.0.0.1: the mock (started exactly as users
// start it, so that its CPU and memory can be measured), Prism serving a spec, and the Express floor.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort, startChild, HOST, type Child } from './children';
import type { FloorRoute } from './floor';
import { ROOT } from './settings';

const PRISM = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
export const MOCK_BIN = join(ROOT, 'bin', 'ideogram-mock.js');
const FLOOR = join(ROOT, 'scripts', 'bench', 'floor.ts');
const JSON_FLOOR = join(ROOT, 'scripts', 'bench', 'json-floor.ts');

/** Where a server mounts each vendor: the mock under a prefix, Prism and the floor at the root or anywhere. */
export interface Server {
  label: 'mock' | 'Prism' | 'floor';
  child: Child;
  pixazo: string;
  falQueue: string;
}

export function startMock(name = 'mock', extraArgs: string[] = []): Promise<Child> {
  return startChild({
    name,
    command: process.execPath,
    args: [MOCK_BIN, '--port', '0', '--quiet', ...extraArgs],
    cwd: ROOT,
    portPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  });
}

export async function startPrism(spec: string): Promise<Child> {
  const port = await freePort();
  // Run directly with node (not through npx) and with request logging at warn, like the mock's --quiet.
  return startChild({ name: `Prism (${spec})`, command: process.execPath, args: prismArgs(spec, port), cwd: ROOT, port, readyTimeoutMs: 90_000 });
}
export function prismArgs(spec: string, port: number): string[] {
  return [PRISM, 'mock', join('specs', spec, 'openapi.yaml'), '-p', String(port), '-h', HOST, '-v', 'warn'];
}

export function startFloor(routes: FloorRoute[]): Promise<Child> {
  return startChild({
    name: 'floor',
    command: process.execPath,
    args: ['--import', 'tsx', FLOOR],
    cwd: ROOT,
    env: { BENCH_FLOOR_ROUTES: JSON.stringify(routes) },
    portPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  });
}
/** An express.json floor (json-floor.ts): parses the generate body and answers its shape with `res.json`, or with `res.end(JSON.stringify(…))` when `end`. */
export function startJsonFloor(end = false): Promise<Child> {
  return startChild({
    name: end ? 'express.json floor (res.end)' : 'express.json floor (res.json)',
    command: process.execPath,
    args: ['--import', 'tsx', JSON_FLOOR, ...(end ? ['--end'] : [])],
    cwd: ROOT,
    portPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  });
}
export function floorRoute(method: string, path: string, reply: { status: number; headers: Record<string, unknown>; body: Buffer }): FloorRoute {
  return { method, path, status: reply.status, contentType: String(reply.headers['content-type'] ?? 'application/json'), body: reply.body.toString('base64') };
}
