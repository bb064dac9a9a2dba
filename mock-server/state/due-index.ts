/**
 * Ids by due time (or any number: the memory store also ranks ended jobs by creation sequence),
 * least first: a binary heap whose stale entries (an id rescheduled or deleted since) are skipped
 * when they surface, and compacted away once they outnumber the live ones, so it stays within twice
 * the ids it holds.
 */
export class DueIndex {
  private readonly at = new Map<string, number>();
  private heap: [number, string][] = [];

  set(id: string, at: number) {
    this.at.set(id, at);
    this.push([at, id]);
    if (this.heap.length > 2 * this.at.size + 1024) this.compact();
  }

  delete(id: string) {
    this.at.delete(id);
  }

  /** Up to `limit` ids due by `now`, removed from the index (the caller sets them again). */
  take(now: number, limit: number): string[] {
    const out: string[] = [];
    while (out.length < limit && this.heap.length && this.heap[0][0] <= now) {
      const [at, id] = this.pop();
      if (this.at.get(id) !== at) continue;
      this.at.delete(id);
      out.push(id);
    }
    return out;
  }

  private compact() {
    this.heap = [];
    for (const [id, at] of this.at) this.push([at, id]);
  }

  private push(entry: [number, string]) {
    const heap = this.heap;
    heap.push(entry);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (heap[parent][0] <= heap[i][0]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  private pop(): [number, string] {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && heap[left][0] < heap[least][0]) least = left;
        if (right < heap.length && heap[right][0] < heap[least][0]) least = right;
        if (least === i) break;
        [heap[least], heap[i]] = [heap[i], heap[least]];
        i = least;
      }
    }
    return top;
  }
}
