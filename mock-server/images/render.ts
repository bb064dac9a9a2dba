import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';

/** Largest side the mock renders: the vendors' own outputs stay under it, and it bounds CPU per request. */
export const MAX_RENDER_SIDE = 2048;

export interface ImageKey {
  width: number;
  height: number;
  seed: number;
  transparent: boolean;
}

const CACHE_ENTRIES = 32;
/** Renders run in workers so that a burst of large first renders never holds other requests; at most this many at once. */
const WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
/**
 * Beside the sources, or in dist/ beside the bundles (scripts/build.js copies it there), where this code may
 * sit in an entry or in a shared chunk one folder down.
 */
const WORKER_FILE =
  ['./render-worker.mjs', '../render-worker.mjs'].map((path) => new URL(path, import.meta.url)).find((url) => existsSync(url)) ??
  new URL('./render-worker.mjs', import.meta.url);

/** Finished PNGs and renders under way, by key; least recently used first. */
const cache = new Map<string, Promise<Buffer>>();

/** A real PNG of the stated size whose colours follow from the seed: same seed, same bytes. */
export function renderPng(key: ImageKey): Promise<Buffer> {
  const id = `${key.width}x${key.height}/${key.seed}/${key.transparent ? 't' : 'o'}`;
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const png = pool.render(key);
  cache.set(id, png);
  png.catch(() => cache.delete(id));
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return png;
}

interface Task {
  id: number;
  key: ImageKey;
  resolve(png: Buffer): void;
  reject(error: Error): void;
}

/** Workers started on first use (never at start-up), each rendering one image at a time from a shared queue. */
class RenderPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private started = 0;
  private nextId = 0;

  render(key: ImageKey): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, key, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.started < WORKERS ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage({ id: task.id, key: task.key });
    }
  }

  private spawn(): Worker {
    this.started++;
    const worker = new Worker(WORKER_FILE);
    worker.on('message', ({ png }: { png: Uint8Array }) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      task?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      this.pump();
    });
    worker.on('error', (error) => this.retire(worker, error));
    worker.on('exit', (code) => this.retire(worker, new Error(`the image renderer stopped (exit code ${code})`)));
    // Idle workers must not keep the process (or a test run) alive. After the listeners: adding a
    // 'message' listener refs the worker's port again, and a process that rendered an image never exited.
    worker.unref();
    return worker;
  }

  private retire(worker: Worker, error: Error) {
    const task = this.busy.get(worker);
    const idleAt = this.idle.indexOf(worker);
    if (!task && idleAt < 0) return; // already retired ('error' is followed by 'exit')
    this.busy.delete(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    this.started--;
    task?.reject(error);
    this.pump();
  }
}

const pool = new RenderPool();

/** `/__images/1024x768/42.png` and `/__images/1024x768/42-transparent.png` → key; anything else → null. */
export function parseImagePath(path: string): ImageKey | null {
  const match = /^\/__images\/(\d{1,4})x(\d{1,4})\/(\d{1,10})(-transparent)?\.png$/.exec(path);
  if (!match) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  const seed = Number(match[3]);
  if (width < 1 || height < 1 || width > MAX_RENDER_SIDE || height > MAX_RENDER_SIDE || seed > 0xffffffff) return null;
  return { width, height, seed, transparent: Boolean(match[4]) };
}

export function imagePath(key: ImageKey): string {
  return `/__images/${key.width}x${key.height}/${key.seed}${key.transparent ? '-transparent' : ''}.png`;
}
