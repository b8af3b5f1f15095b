import { createHash } from 'node:crypto';
import type { NextFunction, RequestHandler, Response } from 'express';
import { OperationTypeNode, getOperationAST, parse } from 'graphql';
import type { Orm } from '../../db/orm';
import type { Logger } from '../../graph/logger';
import type { RequestWithViewer } from '../security';
import { IDEMPOTENCY_TTL } from './idempotency-recorder';
import { runWithClaim, type IdempotencyClaim } from './idempotency-scope';

/** Printable ASCII, as the IETF draft "The Idempotency-Key HTTP Header Field" suggests (e.g. a UUID). */
const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

function isMutation(body: GraphQLBody): boolean {
  if (typeof body?.query !== 'string') return false;
  try {
    const name = typeof body.operationName === 'string' ? body.operationName : undefined;
    return getOperationAST(parse(body.query), name)?.operation === OperationTypeNode.MUTATION;
  } catch {
    return false; // Apollo answers the broken document itself.
  }
}

function refuse(res: Response, status: number, code: string, message: string): void {
  if (status === 409) res.set('Retry-After', '1');
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * `Idempotency-Key` on a mutation: the first request runs and its answer is stored; a retry with the
 * same key and the same body gets that answer again (header `Idempotent-Replayed: true`) without
 * running anything; the same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED). Keys are
 * per caller and kept 24 hours. A mutation that failed wrote no key, so its retry runs again.
 */
export function idempotency(orm: Orm, logger: Logger): RequestHandler {
  return async (req: RequestWithViewer, res: Response, next: NextFunction) => {
    const key = req.get('idempotency-key');
    if (key === undefined || !isMutation(req.body as GraphQLBody)) return next();
    if (!KEY_FORMAT.test(key)) {
      return refuse(res, 400, 'BAD_REQUEST', 'An Idempotency-Key is 1 to 200 printable ASCII characters.');
    }
    const actor = req.viewer!.id;
    const { query, operationName, variables } = req.body as GraphQLBody;
    const requestHash = createHash('sha256')
      .update(JSON.stringify([query, operationName ?? null, variables ?? null]))
      .digest('hex');
    const connection = orm.em.getConnection();
    const [stored] = await connection.execute<{ request_hash: string; status: number | null; response: unknown }[]>(
      `select request_hash, status, response from idempotency_key where actor = ? and key = ? and created_at >= now() - ${IDEMPOTENCY_TTL}`,
      [actor, key],
    );
    if (stored) {
      if (stored.request_hash !== requestHash) {
        return refuse(res, 422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request.');
      }
      if (stored.response === null) {
        return refuse(
          res,
          409,
          'IDEMPOTENCY_KEY_IN_PROGRESS',
          'A request with this Idempotency-Key is still being processed.',
        );
      }
      res.set('Idempotent-Replayed', 'true');
      return res.status(stored.status ?? 200).json(stored.response);
    }

    const claim: IdempotencyClaim = { actor, key, requestHash, recorded: false };
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (claim.recorded && typeof body === 'string') {
        connection
          .execute(`update idempotency_key set status = ?, response = ?::jsonb where actor = ? and key = ?`, [
            res.statusCode,
            body,
            actor,
            key,
          ])
          .catch((error: unknown) =>
            logger.warn({ err: error }, 'the answer to an idempotent request could not be stored'),
          );
      }
      return send(body);
    };
    runWithClaim(claim, next);
  };
}
