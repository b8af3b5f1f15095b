import { GraphQLError } from 'graphql';

/**
 * `extensions.code` values of the query limits, next to Apollo's own (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, BAD_REQUEST). Clients may rely on them; README "Query limits" lists them all.
 */
export enum SecurityErrorCode {
  /** The estimated cost of the operation is above the budget. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** A `first:` argument asks for more than the largest page. */
  PAGE_SIZE_TOO_LARGE = 'PAGE_SIZE_TOO_LARGE',
  /** The document has more characters than allowed. */
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** Too many requests from this viewer (or IP address) in the current minute. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A partner API key sent an operation that is not registered. */
  OPERATION_NOT_TRUSTED = 'OPERATION_NOT_TRUSTED',
  /** A plain list holds more items than its declared size (list-sizes.ts); the estimate would be wrong. */
  LIST_TOO_LONG = 'LIST_TOO_LONG',
  /** A running operation resolved more objects, produced more bytes or ran longer than its budget. */
  QUERY_BUDGET_EXCEEDED = 'QUERY_BUDGET_EXCEEDED',
  /** The HTTP request itself is malformed (e.g. a body that is not JSON); Apollo uses the same code. */
  BAD_REQUEST = 'BAD_REQUEST',
}

/** A GraphQL error refusing a request, with the HTTP status Apollo should answer with. */
export function refusal(
  code: SecurityErrorCode,
  message: string,
  status: number,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status } } });
}

/** The body of an error answered outside Apollo (Express middleware), shaped like a GraphQL response. */
export function errorBody(code: SecurityErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
