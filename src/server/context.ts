import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from './loaders';

/** What every resolver receives: a request-scoped EntityManager, its loaders, and today's date. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  /** The request's reference date ('YYYY-MM-DD', UTC); "current" stays and mandates are as of this day. */
  today: string;
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function createContext(em: EntityManager, today = todayUtc()): Context {
  const requestEm = em.fork();
  return { em: requestEm, loaders: new Loaders(requestEm), today };
}
