import DataLoader from 'dataloader';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { NodeEntity } from './relay/node';
import {
  afterCursorCondition,
  connectionOf,
  cursorScope,
  lazily,
  type Connection,
  type KeysetSort,
  type PageArgs,
} from './relay/connection';

type Row = Record<string, unknown>;

/**
 * Per-request DataLoaders. A field on a list of parents asks its loader for one key; the loader
 * answers all keys of one tick with one SQL statement, so nested queries never cost one per row.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** `signal`: once aborted (the execution budget ran out), every batch fails before it sends SQL. */
  constructor(
    private readonly em: EntityManager,
    private readonly signal?: AbortSignal,
  ) {}

  /** Loads entities by primary key; a missing key yields undefined. */
  byId<T extends NodeEntity>(entity: EntityClass<T>): DataLoader<number, T | undefined> {
    return this.memo(`${entity.name}#id`, () =>
      this.loader<number, T | undefined>(async (ids) => {
        const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id));
      }),
    );
  }

  /**
   * Loads the children that point at each parent key through the many-to-one property `foreignKey`,
   * optionally narrowed by `where` (e.g. only current stays) and sorted by `orderBy`.
   * `name` identifies the narrowing; loaders with the same name share one cache.
   */
  manyBy<T extends NodeEntity>(
    entity: EntityClass<T>,
    foreignKey: string,
    options: { name?: string; where?: FilterQuery<T>; orderBy?: QueryOrderMap<T> } = {},
  ): DataLoader<number, T[]> {
    return this.memo(`${entity.name}.${foreignKey}#${options.name ?? 'all'}`, () =>
      this.loader<number, T[]>(async (keys) => {
        const where = { [foreignKey]: { $in: [...keys] }, ...(options.where as object) } as FilterQuery<T>;
        const rows = await this.em.find(entity, where, {
          orderBy: { ...(options.orderBy as object), id: 'asc' } as QueryOrderMap<T>,
        });
        const groups = new Map<number, T[]>(keys.map((key) => [key, []]));
        for (const row of rows) {
          const parent = (row as unknown as Row)[foreignKey] as { id: number } | null;
          if (parent) groups.get(parent.id)?.push(row);
        }
        return keys.map((key) => groups.get(key) ?? []);
      }),
    );
  }

  /**
   * One keyset page of the children of each parent key (a connection nested in a list): all parents of
   * one tick in one statement, `row_number() over (partition by parent)` keeping `first + 1` rows each.
   * `sort.column` is qualified with the alias `c`. `totalCount` is counted per parent only when selected,
   * again for all parents at once. The viewer's row filters narrow pages and counts alike.
   */
  pageBy<T extends NodeEntity>(
    entity: EntityClass<T>,
    foreignKey: string,
    sort: KeysetSort<T>,
    page: PageArgs,
    options: { name?: string; where?: FilterQuery<T> } = {},
  ): DataLoader<number, Connection<T>> {
    const name = `${entity.name}.${foreignKey}#${options.name ?? 'all'}`;
    // Sealed like a root page of the same rows in the same order (a nested cursor is no use elsewhere).
    const scope = `${cursorScope(entity.name, sort)}:${name}`;
    const parentColumn = `c.${this.em.getMetadata().get(entity.name).properties[foreignKey as never].fieldNames[0]}`;
    const filtered = async (keys: readonly number[]) => {
      const qb = this.em.createQueryBuilder(entity, 'c');
      qb.where({ [foreignKey]: { $in: [...keys] }, ...(options.where as object) } as never);
      await qb.applyFilters();
      return { qb }; // wrapped: a query builder is a thenable, returning it bare would run it
    };
    const counts = this.custom<number, number>(`${name}#count`, async (keys) => {
      const { qb } = await filtered(keys);
      const rows: { parent: number; n: string }[] = await qb
        .select([raw(`${parentColumn} as parent`), raw('count(*) as n')])
        .groupBy(raw(parentColumn) as never)
        .execute('all', false);
      const byParent = new Map(rows.map((row) => [Number(row.parent), Number(row.n)]));
      return keys.map((key) => byParent.get(key) ?? 0);
    });
    return this.custom<number, Connection<T>>(`${name}#page:${page.first}:${page.after ?? ''}`, async (keys) => {
      const { qb: inner } = await filtered(keys);
      if (page.after) inner.andWhere(...afterCursorCondition(scope, 'c', sort, page.after));
      const order = `${sort.column} ${sort.direction} nulls last, c.id ${sort.direction}`;
      inner.select(['*', raw(`row_number() over (partition by ${parentColumn} order by ${order}) as page_row`)]);
      const rows = (await this.em
        .createQueryBuilder(entity, 'p')
        .from(inner, 'p')
        .where('p.page_row <= ?', [page.first + 1])
        .orderBy({ [raw('p.page_row')]: 'asc' } as never)
        .getResultList()) as T[];
      const groups = new Map<number, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(((row as unknown as Row)[foreignKey] as { id: number }).id)?.push(row);
      return keys.map((key) => {
        return connectionOf(
          scope,
          groups.get(key)!,
          sort,
          page,
          lazily(() => counts.load(key)),
        );
      });
    });
  }

  /** A loader with a batch function of its own (aggregates, raw SQL), cached under `name`. */
  custom<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.memo(name, () => this.loader<K, V>(batch));
  }

  private memo<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** A DataLoader whose batches fail with the abort reason, sending no SQL, once the signal is aborted. */
  private loader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return new DataLoader<K, V>(async (keys) => {
      this.signal?.throwIfAborted();
      return batch(keys);
    });
  }
}
