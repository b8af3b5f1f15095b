import { Field, Int, ObjectType, ArgsType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { QueryBuilder } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import { NodeEntity } from './node';
import { openCursor, sealCursor } from './cursor';

/** Relay page information. Pagination is forward-only (`first`/`after`), keyset-based. */
@ObjectType({ description: 'Where a page of a connection stands (Relay).' })
export class PageInfo {
  @Field({ description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was requested with an `after` cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge on this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/** Largest `first:` any connection accepts; the config's MAX_PAGE_SIZE cannot exceed it. */
export const MAX_PAGE_SIZE = 1000;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Number of items on the page (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor after which the page starts (from `pageInfo.endCursor`).',
  })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when a client selects it (a lazy thenable: GraphQL awaits it, nobody else does). */
  totalCount: PromiseLike<number>;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, description: string) {
  const name = nodeType.name;

  @ObjectType(`${name}Edge`, { description: `An edge in a connection of ${name} objects.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} at this edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionObject implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The edges on this page.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The nodes on this page (shortcut for edges.node).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Page information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filters, on all pages.' })
    totalCount!: PromiseLike<number>;
  }
  return ConnectionObject;
}

export type SortDirection = 'ASC' | 'DESC';

/** A sort order on one column, with the primary key as tie-breaker so the order is total. */
export interface KeysetSort<T> {
  /** Column in SQL, qualified with the query builder's alias, e.g. `e0.arrived_on`. */
  column: string;
  /** Reads the sort value from an entity (dates as 'YYYY-MM-DD' strings). */
  valueOf: (row: T) => string | number | null;
  direction: SortDirection;
  nullable: boolean;
}

type CursorValue = string | number | null;
type CursorPosition = [CursorValue, number];

function isPosition(value: unknown): value is CursorPosition {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isSafeInteger(value[1]) &&
    (value[0] === null || typeof value[0] === 'string' || Number.isFinite(value[0]))
  );
}

/**
 * One page of a keyset-paginated query: `WHERE (sort, id) > cursor ORDER BY sort, id LIMIT first + 1`.
 * Page 1,000 costs what page 1 costs. NULL sort values come last in either direction.
 * `qb` carries the filters; its unpaginated clone counts `totalCount` only when asked.
 */
export async function keysetPage<T extends NodeEntity>(
  qb: QueryBuilder<T>,
  sort: KeysetSort<T>,
  args: PageArgs,
): Promise<Connection<T>> {
  const alias = qb.alias;
  // The viewer's row filters (src/auth/row-visibility.ts) narrow pages and totalCount alike.
  await qb.applyFilters();
  const countQuery = qb.clone();
  const cmp = sort.direction === 'ASC' ? '>' : '<';
  // A cursor is valid only for the connection and order that sealed it.
  const scope = `${qb.mainAlias.entityName}:${sort.column}:${sort.direction}`;
  if (args.after != null) {
    const [value, id] = openCursor(scope, args.after, isPosition);
    if (value === null) {
      qb.andWhere(`${sort.column} is null and ${alias}.id ${cmp} ?`, [id]);
    } else {
      const nullsAfter = sort.nullable ? ` or ${sort.column} is null` : '';
      qb.andWhere(`(${sort.column} ${cmp} ? or (${sort.column} = ? and ${alias}.id ${cmp} ?)${nullsAfter})`, [
        value,
        value,
        id,
      ]);
    }
  }
  const nulls = sort.direction === 'ASC' ? 'asc nulls last' : 'desc nulls last';
  qb.orderBy({ [sort.column]: nulls, [`${alias}.id`]: sort.direction.toLowerCase() } as never);
  qb.limit(args.first + 1);
  const rows = await qb.getResultList();
  const page = rows.slice(0, args.first);
  const edges = page.map((node) => ({ node, cursor: sealCursor(scope, [sort.valueOf(node), node.id]) }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: lazily(() => countQuery.getCount()),
  };
}

/** A promise-like value whose work starts only when somebody calls `then`. */
export function lazily<V>(run: () => Promise<V>): PromiseLike<V> {
  let started: Promise<V> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= run();
      return started.then(onFulfilled, onRejected);
    },
  };
}

/** The scope a cursor of a page of `entityName` in `sort` order is sealed for (as keysetPage seals it). */
export function cursorScope<T>(entityName: string, sort: KeysetSort<T>): string {
  return `${entityName}:${sort.column}:${sort.direction}`;
}

/**
 * For pages built elsewhere (batched per-parent pages, src/graph/loaders.ts): the keyset condition
 * on rows after `after`, as SQL with parameters, the same as keysetPage applies.
 */
export function afterCursorCondition<T>(
  scope: string,
  alias: string,
  sort: KeysetSort<T>,
  after: string,
): [string, unknown[]] {
  const [value, id] = openCursor(scope, after, isPosition);
  const cmp = sort.direction === 'ASC' ? '>' : '<';
  if (value === null) return [`${sort.column} is null and ${alias}.id ${cmp} ?`, [id]];
  const nullsAfter = sort.nullable ? ` or ${sort.column} is null` : '';
  return [
    `(${sort.column} ${cmp} ? or (${sort.column} = ? and ${alias}.id ${cmp} ?)${nullsAfter})`,
    [value, value, id],
  ];
}

/** A connection from up to `first + 1` rows in keyset order (the extra row only says a next page exists). */
export function connectionOf<T extends NodeEntity, N = T>(
  scope: string,
  rows: T[],
  sort: KeysetSort<T>,
  args: PageArgs,
  totalCount: PromiseLike<number>,
  toNode: (row: T) => N = (row) => row as unknown as N,
): Connection<N> {
  const page = rows.slice(0, args.first);
  const edges = page.map((row) => ({ node: toNode(row), cursor: sealCursor(scope, [sort.valueOf(row), row.id]) }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
