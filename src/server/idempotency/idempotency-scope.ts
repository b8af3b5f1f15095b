import { AsyncLocalStorage } from 'node:async_hooks';

/** A mutation request that carries an `Idempotency-Key` and has not run before. */
export interface IdempotencyClaim {
  actor: string;
  key: string;
  requestHash: string;
  /** Set once the key row is written in the mutation's transaction (i.e. the mutation committed). */
  recorded: boolean;
}

const storage = new AsyncLocalStorage<IdempotencyClaim>();

export function runWithClaim<T>(claim: IdempotencyClaim, work: () => T): T {
  return storage.run(claim, work);
}

export function currentClaim(): IdempotencyClaim | undefined {
  return storage.getStore();
}
