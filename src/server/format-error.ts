import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../graph/logger';
import { ErrorCode } from '../graph/errors';
import { DomainInputError } from '../domain/dates';
import { RETRY_AFTER_SECONDS, unavailableCodeOf, unavailableMessages } from './unavailable';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The first failing input path and its message, e.g. `input.members.0.birthDate`. */
function firstViolation(errors: ValidationErrorLike[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) return { field: path, message: Object.values(error.constraints)[0] };
    const nested = firstViolation(error.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Shapes every error a client sees: known errors keep their code and field; class-validator failures
 * name the first field at fault; anything unexpected becomes INTERNAL_SERVER_ERROR with no stack,
 * SQL or internal names, and is logged in full.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const validationErrors = formatted.extensions?.validationErrors as ValidationErrorLike[] | undefined;
    if (validationErrors) {
      const violation = firstViolation(validationErrors);
      return {
        message: violation ? `Invalid value for ${violation.field}: ${violation.message}.` : formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: violation?.field },
      };
    }
    const original = unwrapResolverError(error);
    if (original instanceof DomainInputError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: original.path },
      };
    }
    const unavailable = unavailableCodeOf(original);
    if (unavailable) {
      const cause = unwrapResolverError(error) as { name?: string; code?: string };
      logger.warn(
        { code: unavailable, error: cause?.name, sqlState: cause?.code },
        'the database could not serve an operation',
      );
      return {
        message: unavailableMessages[unavailable],
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: unavailable, retryAfterSeconds: RETRY_AFTER_SECONDS[unavailable] },
      };
    }
    if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ err: unwrapResolverError(error) }, 'unexpected error while executing an operation');
      return {
        message: 'Internal server error.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
