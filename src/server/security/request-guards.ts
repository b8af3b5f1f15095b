import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../../graph/logger';
import { errorBody, SecurityErrorCode } from './error-codes';

/** The `query` texts of a request: from a JSON body (one operation or a batch) or the query string. */
function queryTexts(body: unknown, queryString: unknown): string[] {
  const items = Array.isArray(body) ? body : [body, queryString];
  return items.flatMap((item) =>
    item && typeof item === 'object' && typeof (item as { query?: unknown }).query === 'string'
      ? [(item as { query: string }).query]
      : [],
  );
}

/**
 * Refuses a document longer than `maxCharacters` before it is parsed: HTTP 413, code QUERY_TOO_LARGE.
 * (The token limit bounds the work of parsing; this bounds a few huge tokens, e.g. string literals.)
 */
export function queryLengthLimit(maxCharacters: number): RequestHandler {
  return (req, res, next) => {
    const longest = Math.max(0, ...queryTexts(req.body, req.query).map((query) => query.length));
    if (longest <= maxCharacters) {
      next();
      return;
    }
    res
      .status(413)
      .json(
        errorBody(
          SecurityErrorCode.QUERY_TOO_LARGE,
          `The document has ${longest} characters; at most ${maxCharacters} are accepted.`,
          { maxCharacters },
        ),
      );
  };
}

/**
 * Answers errors raised in front of Apollo (a body that is not JSON, a body above the size limit) as
 * GraphQL-shaped JSON, never Express's default page with the stack trace.
 */
export function graphqlHttpErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.parse.failed') {
      res.status(400).json(errorBody(SecurityErrorCode.BAD_REQUEST, 'The request body is not valid JSON.'));
    } else if (type === 'entity.too.large') {
      res.status(413).json(errorBody(SecurityErrorCode.QUERY_TOO_LARGE, 'The request body is too large.'));
    } else if (typeof type === 'string') {
      res.status(400).json(errorBody(SecurityErrorCode.BAD_REQUEST, 'The request body could not be read.'));
    } else {
      logger.error({ err: error }, 'unexpected error in front of the GraphQL endpoint');
      res
        .status(500)
        .json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}
