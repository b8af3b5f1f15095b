import { DriverException } from '@mikro-orm/core';

/** The constraint a PostgreSQL error names (the driver keeps the original error as `cause`/props). */
function constraintOf(error: DriverException): string | undefined {
  return (error as unknown as { constraint?: string }).constraint;
}

/** True when PostgreSQL refused a row because an exclusion constraint (no overlapping ranges) was violated. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  return (
    error instanceof DriverException &&
    error.code === '23P01' &&
    (constraint === undefined || constraintOf(error) === constraint)
  );
}
