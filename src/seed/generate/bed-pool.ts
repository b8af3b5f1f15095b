/**
 * Free beds over time. Each bed is free from some day on (`freeFrom`); a stay [start, end) may take a
 * bed only if start ≥ freeFrom, and then the bed is free again from `end` (or never, for an open stay).
 * Because every bed's stays lie before its freeFrom, no two stays in one bed can overlap.
 */
export interface BedSlot {
  bedId: number;
  siteIndex: number;
  stepFree: boolean;
  freeFrom: number;
}

/** A binary min-heap on (freeFrom, bedId): beds that are free longest come first, neighbours stay together. */
export class BedPool {
  private readonly heap: BedSlot[] = [];

  get size(): number {
    return this.heap.length;
  }

  add(slot: BedSlot): void {
    this.heap.push(slot);
    this.up(this.heap.length - 1);
  }

  /** Takes `count` beds that are free earliest; undefined (and nothing taken) if there are fewer. */
  take(count: number): BedSlot[] | undefined {
    if (this.heap.length < count) return undefined;
    const taken: BedSlot[] = [];
    for (let i = 0; i < count; i++) taken.push(this.pop());
    return taken;
  }

  /** Puts beds back, free from `freeFrom` on. */
  release(slots: readonly BedSlot[], freeFrom: number): void {
    for (const slot of slots) this.add({ ...slot, freeFrom });
  }

  /** Returns beds unused, as they were. */
  putBack(slots: readonly BedSlot[]): void {
    for (const slot of slots) this.add(slot);
  }

  private pop(): BedSlot {
    const top = this.heap[0]!;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  private less(a: BedSlot, b: BedSlot): boolean {
    return a.freeFrom < b.freeFrom || (a.freeFrom === b.freeFrom && a.bedId < b.bedId);
  }

  private up(index: number): void {
    const h = this.heap;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private down(index: number): void {
    const h = this.heap;
    let i = index;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < h.length && this.less(h[l]!, h[min]!)) min = l;
      if (r < h.length && this.less(h[r]!, h[min]!)) min = r;
      if (min === i) return;
      [h[i], h[min]] = [h[min]!, h[i]!];
      i = min;
    }
  }
}
