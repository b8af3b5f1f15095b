import type { EntityManager } from '@mikro-orm/postgresql';
import type { Grant } from './policy';
import type { Viewer } from './viewer';
import { restrictRows } from './row-visibility';
import { hideHealthCaseRows } from './special-categories';
import { Loaders } from '../graph/loaders';
import { todayUtc } from '../graph/periods';

/** What every resolver receives: who asks, a request-scoped EntityManager narrowed to what they may see, its loaders, today. */
export interface Context {
  viewer: Viewer;
  grant: Grant;
  em: EntityManager;
  loaders: Loaders;
  /** The request's reference date ('YYYY-MM-DD', UTC); "current" stays and mandates are as of this day. */
  today: string;
  /** Aborted when the query exceeds its execution budget or its client has gone; the loaders then send no more SQL. */
  execution: AbortController;
  /** Aborts when the client has gone before its answer was sent (src/server/client-gone.ts). */
  signal?: AbortSignal;
}

export function createContext(
  em: EntityManager,
  viewer: Viewer,
  grant: Grant,
  today = todayUtc(),
  signal?: AbortSignal,
): Context {
  const requestEm = em.fork();
  restrictRows(requestEm, viewer, grant.rows, today);
  hideHealthCaseRows(requestEm, viewer, grant);
  const execution = new AbortController();
  // An answer nobody will read is stopped like one over budget: no further field resolves, no SQL is sent.
  signal?.addEventListener('abort', () => execution.abort(new Error('The client closed the connection.')), {
    once: true,
  });
  return { viewer, grant, em: requestEm, loaders: new Loaders(requestEm, execution.signal), today, execution, signal };
}
