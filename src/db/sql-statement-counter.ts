/**
 * Counts the SQL statements the hub sends. Tests and benchmarks read it before and after an operation
 * to assert that nested queries cost a constant number of statements (no N+1).
 */
let statements = 0;

export const sqlStatementCounter = {
  increment(): void {
    statements += 1;
  },
  /** Statements sent since the process started. */
  get total(): number {
    return statements;
  },
};
