/** Rows collected for a slice of households, handed out per table in fill order. */
import { SEED_TABLES, type SeedRows, type SeedTable, type TableBatch } from '../tables';

export class RowBuffer {
  private rows: { [T in SeedTable]?: SeedRows[T][] } = {};
  private count = 0;

  push<T extends SeedTable>(table: T, ...rows: SeedRows[T][]): void {
    const list = (this.rows[table] ??= []) as SeedRows[T][];
    for (const row of rows) list.push(row);
    this.count += rows.length;
  }

  get size(): number {
    return this.count;
  }

  /** Takes everything collected so far, table by table in fill order, and empties the buffer. */
  drain(): TableBatch[] {
    const batches: TableBatch[] = [];
    for (const table of SEED_TABLES) {
      const rows = this.rows[table];
      if (rows && rows.length > 0) batches.push({ table, rows } as TableBatch);
    }
    this.rows = {};
    this.count = 0;
    return batches;
  }
}
