import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Orm } from '../../db/orm';
import type { Observation } from './observation';

/**
 * Prometheus metrics (prom-client) at /metrics: GraphQL requests and their latency by operation,
 * audience and status, errors by code, the database pool, and Node's defaults (event-loop lag, heap,
 * CPU). Labels carry no personal data: operation names are capped (observation.ts).
 */
export function createMetrics(orm: Orm) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lotse_' });
  const duration = new Histogram({
    name: 'lotse_graphql_request_duration_seconds',
    help: 'GraphQL requests and their duration, by operation, audience and HTTP status.',
    labelNames: ['operation', 'audience', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'lotse_graphql_errors_total',
    help: 'GraphQL responses with an error, by the first error code.',
    labelNames: ['code', 'operation', 'audience'],
    registers: [registry],
  });
  const pool = () =>
    (
      orm.em.getConnection().getKnex().client as {
        pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number };
      }
    ).pool;
  const poolGauge = (name: string, help: string, read: (p: NonNullable<ReturnType<typeof pool>>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const p = pool();
        this.set(p ? read(p) : 0);
      },
    });
  poolGauge('lotse_db_pool_in_use', 'Database connections in use.', (p) => p.numUsed());
  poolGauge('lotse_db_pool_idle', 'Idle database connections.', (p) => p.numFree());
  poolGauge('lotse_db_pool_waiting', 'Requests waiting for a database connection.', (p) => p.numPendingAcquires());

  /** Counts a finished /graphql request. */
  const record = (observation: Observation, status: number, seconds: number) => {
    const labels = { operation: observation.operation ?? 'none', audience: observation.audience ?? 'none' };
    duration.observe({ ...labels, status: String(status) }, seconds);
    if (observation.errorCode) errors.inc({ ...labels, code: observation.errorCode });
  };
  const endpoint: RequestHandler = async (_req, res) => {
    res.set('Content-Type', registry.contentType).send(await registry.metrics());
  };
  return { record, endpoint, registry };
}
