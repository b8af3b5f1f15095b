import { AsyncLocalStorage } from 'node:async_hooks';
import type { Viewer } from './viewer';

interface RequestScope {
  viewer: Viewer;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` with `viewer` as the caller, so code far from the resolver (the audit of changes) knows who acts. */
export function runAs<T>(viewer: Viewer, work: () => T): T {
  return storage.run({ viewer }, work);
}

/** The caller of the current request, or undefined outside a request (commands, seeding). */
export function currentViewer(): Viewer | undefined {
  return storage.getStore()?.viewer;
}
