import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { NodeEntity } from './relay/node';

type Row = Record<string, unknown>;

/**
 * Per-request DataLoaders. A field on a list of parents asks its loader for one key; the loader
 * answers all keys of one tick with one SQL statement, so nested queries never cost one per row.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** Loads entities by primary key; a missing key yields undefined. */
  byId<T extends NodeEntity>(entity: EntityClass<T>): DataLoader<number, T | undefined> {
    return this.memo(`${entity.name}#id`, () =>
      new DataLoader<number, T | undefined>(async (ids) => {
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
      new DataLoader<number, T[]>(async (keys) => {
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

  /** A loader with a batch function of its own (aggregates, raw SQL), cached under `name`. */
  custom<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.memo(name, () => new DataLoader<K, V>(batch));
  }

  private memo<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
