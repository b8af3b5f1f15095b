import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { currentClaim } from './idempotency-scope';

/** How long a key and its stored answer are kept (the answer holds personal data). */
export const IDEMPOTENCY_TTL = `interval '24 hours'`;

/**
 * Writes the request's idempotency key in the mutation's own transaction, just before it commits: the
 * key exists exactly when the mutation's changes do. An expired row of the same key is taken over; a
 * live one (the same key sent twice at once) refuses the commit, so the mutation runs only once.
 */
export class IdempotencyRecorder implements EventSubscriber {
  async beforeTransactionCommit({ em, transaction }: TransactionEventArgs): Promise<void> {
    const claim = currentClaim();
    if (!claim || claim.recorded) return;
    const rows = await (em as EntityManager).getConnection().execute<unknown[]>(
      `insert into idempotency_key (actor, key, request_hash) values (?, ?, ?)
       on conflict (actor, key) do update set request_hash = excluded.request_hash, status = null, response = null, created_at = now()
         where idempotency_key.created_at < now() - ${IDEMPOTENCY_TTL}
       returning 1`,
      [claim.actor, claim.key, claim.requestHash],
      'all',
      transaction,
    );
    if (rows.length === 0) {
      throw new GraphQLError(
        'A request with this Idempotency-Key is being processed; nothing was changed. Retry shortly.',
        {
          extensions: { code: 'IDEMPOTENCY_KEY_IN_PROGRESS' },
        },
      );
    }
    claim.recorded = true;
  }
}
