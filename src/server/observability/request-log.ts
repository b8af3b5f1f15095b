import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../../graph/logger';
import type { Observation } from './observation';

/** A client's request ID is echoed when it is a plain token; otherwise one is generated. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

export function observationOf(res: ServerResponse): Observation {
  const locals = (res as Response).locals as { observation?: Observation } | undefined;
  return locals?.observation ?? {};
}

/**
 * One log line per request (pino-http): request id (from `x-request-id` or generated, echoed in the
 * response), method, path, status, duration, and for GraphQL the operation name, audience and error
 * code. No headers, query strings, bodies or variables: nothing personal and no SQL values.
 */
export function requestLog(
  logger: Logger,
  onFinished?: (observation: Observation, status: number, seconds: number) => void,
): RequestHandler {
  const log = pinoHttp({
    logger,
    genReqId: requestId,
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customProps: (_req, res) => ({ ...observationOf(res) }),
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    autoLogging: { ignore: (req) => req.url === '/metrics' || (req.url ?? '').startsWith('/health') },
  });
  return (req, res, next) => {
    res.locals.observation = {};
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      if (req.originalUrl.startsWith('/graphql') && req.method === 'POST') {
        onFinished?.(
          res.locals.observation as Observation,
          res.statusCode,
          Number(process.hrtime.bigint() - started) / 1e9,
        );
      }
    });
    log(req, res, next);
  };
}
