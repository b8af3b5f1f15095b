import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can rely on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  NOT_ENOUGH_FREE_BEDS = 'NOT_ENOUGH_FREE_BEDS',
  BED_ALREADY_OCCUPIED = 'BED_ALREADY_OCCUPIED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A client-facing error naming its code and, where one input is at fault, that input's path. */
export function userError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

export function notFound(typeName: string, field: string): GraphQLError {
  return userError(ErrorCode.NOT_FOUND, `No ${typeName} with this ID exists.`, field);
}
