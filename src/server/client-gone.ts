import type { Response } from 'express';

/**
 * Aborts when the client closes the connection before its answer is complete. The request context ties it
 * to the execution's AbortController (src/auth/context.ts): fields not yet started and loaders stop, so
 * no further SQL runs for an answer nobody will read (a statement already running is bounded by
 * DB_STATEMENT_TIMEOUT_MS), and the read is not audited as delivered.
 */
export function clientGoneSignal(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
