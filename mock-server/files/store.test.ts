import { describe, expect, it } from 'vitest';
import { manualClock } from '../jobs/clock';
import { FileStore } from './store';

const upload = (store: FileStore, bytes = 1, ttlMs?: number) => {
  const file = store.reserve({ contentType: 'image/png', fileName: 'a.png', multipart: false, ttlMs });
  store.put(file, Buffer.alloc(bytes));
  return file;
};

describe('file store bounds', () => {
  it('evicts the oldest file past the count', () => {
    const store = new FileStore(manualClock(), { maxFiles: 2, maxBytes: 100, ttlMs: 1000 });
    const [a, b, c] = [upload(store), upload(store), upload(store)];
    expect([store.get(a.id), store.get(b.id)?.id, store.get(c.id)?.id]).toEqual([undefined, b.id, c.id]);
  });

  it('evicts the oldest files past the bytes, keeping the one just written', () => {
    const store = new FileStore(manualClock(), { maxFiles: 10, maxBytes: 100, ttlMs: 1000 });
    const [a, b, c] = [upload(store, 40), upload(store, 40), upload(store, 40)];
    expect([store.get(a.id), store.get(b.id)?.id, store.get(c.id)?.id]).toEqual([undefined, b.id, c.id]);
  });

  it('stops serving a file once its lifetime (never above the store\'s) is over', () => {
    const clock = manualClock();
    const store = new FileStore(clock, { maxFiles: 10, maxBytes: 100, ttlMs: 1000 });
    const short = upload(store, 1, 100);
    const long = upload(store, 1, 10_000);
    clock.advance(101);
    expect([store.get(short.id), store.get(long.id)?.id]).toEqual([undefined, long.id]);
    clock.advance(900);
    expect(store.get(long.id)).toBeUndefined();
  });

  it('refuses a file larger than the whole store', () => {
    const store = new FileStore(manualClock(), { maxFiles: 10, maxBytes: 100, ttlMs: 1000 });
    const file = store.reserve({ contentType: 'image/png', fileName: 'a.png', multipart: false });
    expect(store.put(file, Buffer.alloc(101))).toBe(false);
  });
});
