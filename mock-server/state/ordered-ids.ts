/**
 * Ids in rising sequence order, for one job index of the memory store: appended at the end, removed
 * from anywhere by a binary search (leaving a hole), read a page at a time from a cursor. Holes are
 * compacted once they outnumber the ids kept, so a page skips at most as many holes as it has ids
 * behind it and the arrays stay within twice the live count.
 */
export class OrderedIds {
  private seqs: number[] = [];
  private ids: (string | undefined)[] = [];
  private holes = 0;

  get size(): number {
    return this.seqs.length - this.holes;
  }

  /** `seq` must be above every seq added before. */
  push(seq: number, id: string) {
    this.seqs.push(seq);
    this.ids.push(id);
  }

  delete(seq: number) {
    const at = this.find(seq);
    if (at === -1 || this.ids[at] === undefined) return;
    this.ids[at] = undefined;
    this.holes++;
    if (this.holes > 64 && this.holes * 2 > this.seqs.length) this.compact();
  }

  /** The ids after the cursor (a seq, exclusive), in rising order or falling with `descending`, each with its seq; read lazily. */
  *from(after: number | undefined, descending: boolean): Generator<[number, string]> {
    if (descending) {
      for (let i = after === undefined ? this.seqs.length - 1 : this.lowerBound(after) - 1; i >= 0; i--) {
        const id = this.ids[i];
        if (id !== undefined) yield [this.seqs[i], id];
      }
      return;
    }
    for (let i = after === undefined ? 0 : this.lowerBound(after + 1); i < this.seqs.length; i++) {
      const id = this.ids[i];
      if (id !== undefined) yield [this.seqs[i], id];
    }
  }

  /** The first position whose seq is at least `seq`. */
  private lowerBound(seq: number): number {
    let low = 0;
    let high = this.seqs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.seqs[mid] < seq) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private find(seq: number): number {
    const at = this.lowerBound(seq);
    return this.seqs[at] === seq ? at : -1;
  }

  private compact() {
    const seqs: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < this.seqs.length; i++) {
      const id = this.ids[i];
      if (id === undefined) continue;
      seqs.push(this.seqs[i]);
      ids.push(id);
    }
    this.seqs = seqs;
    this.ids = ids;
    this.holes = 0;
  }
}
