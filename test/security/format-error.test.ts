import { GraphQLError } from 'graphql';
import { createErrorFormatter } from '../../src/server/format-error';
import { createLogger } from '../../src/graph/logger';

/**
 * Errors never leak: an unexpected error (here one holding SQL and a stack, as a database driver's does)
 * reaches the client as INTERNAL_SERVER_ERROR with a fixed message. The real-server path is in
 * transport.test.ts (a cursor that makes PostgreSQL fail).
 */

const logged: unknown[] = [];
const logger = createLogger('silent');
logger.error = ((...args: unknown[]) => {
  logged.push(args);
}) as typeof logger.error;
const format = createErrorFormatter(logger);

test('an internal error with SQL and a stack becomes "Internal server error."', () => {
  const cause = new Error('select * from person where id = $1 - relation "person" does not exist');
  cause.stack = `${cause.message}\n    at Connection.parseE (node_modules/pg/lib/connection.js:614:13)`;
  const error = new GraphQLError(cause.message, { path: ['households'], originalError: cause });
  const formatted = format(
    {
      message: cause.message,
      path: ['households'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: cause.stack.split('\n') },
    },
    error,
  );
  expect(formatted).toEqual({
    message: 'Internal server error.',
    path: ['households'],
    locations: undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  expect(JSON.stringify(formatted)).not.toMatch(/select|person|stack|node_modules/);
  // The details go to the log, not to the client.
  expect(logged).toHaveLength(1);
});

test('an error without any code is treated the same', () => {
  const formatted = format(
    { message: 'column "internal_flag" of relation "household" does not exist' },
    new Error('x'),
  );
  expect(formatted).toEqual({
    message: 'Internal server error.',
    locations: undefined,
    path: undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
});

test('coded errors of the query limits keep their message and extensions, but never a stacktrace', () => {
  const formatted = format(
    {
      message: 'The operation is too complex.',
      extensions: { code: 'QUERY_TOO_COMPLEX', cost: 5, maxCost: 1, stacktrace: ['at x'] },
    },
    new Error('x'),
  );
  expect(formatted).toEqual({
    message: 'The operation is too complex.',
    extensions: { code: 'QUERY_TOO_COMPLEX', cost: 5, maxCost: 1 },
  });
});
