import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { UnavailableCode, unavailableCodeOf } from '../../src/server/unavailable';

/** How errors from knex's pool, MikroORM and pg are told apart (the HTTP tests cover the answers). */
test.each([
  [
    'a pool timeout rewrapped by MikroORM',
    new DriverException(new Error('Knex: Timeout acquiring a connection. The pool is probably full.')),
    UnavailableCode.OVERLOADED,
  ],
  [
    'a statement timeout',
    Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    UnavailableCode.OVERLOADED,
  ],
  [
    'a lock timeout',
    Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }),
    UnavailableCode.OVERLOADED,
  ],
  [
    'a refused connection thrown as a plain object',
    new GraphQLError('x', { originalError: Object.assign(new Error('x'), { thrownValue: { code: 'ECONNREFUSED' } }) }),
    UnavailableCode.DATABASE_UNAVAILABLE,
  ],
  [
    'a server shutting down',
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    UnavailableCode.DATABASE_UNAVAILABLE,
  ],
  ['a lost connection', new Error('Connection terminated unexpectedly'), UnavailableCode.DATABASE_UNAVAILABLE],
])('%s', (_case, error, code) => {
  expect(unavailableCodeOf(error)).toBe(code);
});

test('a constraint violation or a bug is not an outage', () => {
  expect(
    unavailableCodeOf(
      new UniqueConstraintViolationException(Object.assign(new Error('duplicate key'), { code: '23505' })),
    ),
  ).toBeUndefined();
  expect(unavailableCodeOf(new TypeError('undefined is not a function'))).toBeUndefined();
});
