import { startTestHub, type TestHub } from '../support/hub';
import { seedDatabase } from '../../src/seed/load';
import type { SecuritySettings } from '../../src/server/security';

/**
 * The execution budget of a running query (objects resolved, bytes of the answer, wall-clock time) and
 * the refusals of the queries, on the demo city at scale 1.
 */

jest.setTimeout(120_000);

const TODAY = '2026-11-25';
let hub: TestHub;
let small: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  await seedDatabase(hub.databaseUrl, { scale: 1, seed: 4711, referenceDate: TODAY });
  // The same city through a hub with a small budget (both hubs share the seeded database).
  small = await startTestHubOn(hub, { maxResolvedObjects: 300, maxResponseBytes: 20_000, executionTimeoutMs: 2_000 });
  // The audience's server starts on its first request; the timings below are of refusals only.
  await hub.data('{ providers(first: 1) { totalCount } }');
});
afterAll(async () => {
  await small?.close();
  await hub?.close();
});

/** A second hub over the first one's database, with other security settings. */
async function startTestHubOn(base: TestHub, security: Partial<SecuritySettings>): Promise<TestHub> {
  return startTestHub({ today: TODAY, security, databaseUrl: base.databaseUrl });
}

/** The query, with pages as large as they may be: provider → cases → household → cases → provider → … */
const CASES = (inner: string, alias = 'providers') =>
  `${alias}: providers(first: 2) { nodes { id caseAssignments(first: 1000) { nodes { household { caseAssignments { provider { ${inner} } } } } } } }`;
const THREE_LEVELS = CASES('caseAssignments(first: 1000) { nodes { id } }');

describe('the issue’s operations are refused before they run', () => {
  const FIVE_LEVELS = CASES(
    'caseAssignments(first: 1000) { nodes { household { caseAssignments { provider { caseAssignments(first: 1000) { nodes { id } } } } } } }',
  );
  test.each([
    ['three levels', `{ ${THREE_LEVELS} }`, 'QUERY_TOO_COMPLEX'],
    [
      'wider: three levels under five aliases',
      `{ ${Array.from({ length: 5 }, (_, i) => THREE_LEVELS.replace('providers:', `p${i}:`)).join(' ')} }`,
      'QUERY_TOO_COMPLEX',
    ],
    // Deeper than the depth limit (12) already; with a higher depth limit, the cost refuses it as well.
    ['five levels', `{ ${FIVE_LEVELS} }`, 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s', async (_name, query, code) => {
    const started = Date.now();
    const response = await hub.request(query);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(response.statements).toBe(0);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  });

  test('five levels under a depth limit of 20 are too complex', async () => {
    const deep = await startTestHubOn(hub, { maxDepth: 20 });
    try {
      const response = await deep.request(`{ ${FIVE_LEVELS} }`);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(response.statements).toBe(0);
    } finally {
      await deep.close();
    }
  });
});

describe('a query that exceeds its budget while running is stopped', () => {
  test('too many objects: QUERY_BUDGET_EXCEEDED, no data, and its remaining SQL is never sent', async () => {
    const query =
      '{ households(first: 500) { nodes { id members { id legalStatuses { kind } languages { language } } } } }';
    const full = await hub.request(query);
    expect(full.errors).toBeUndefined();
    const stopped = await small.request(query);
    expect(stopped.status).toBe(400);
    expect(stopped.data).toBeUndefined();
    expect(stopped.errors).toEqual([
      {
        message:
          'The operation was stopped: it exceeded its budget of 300 objects resolved. Ask for smaller pages (first) or fewer nested lists.',
        extensions: { code: 'QUERY_BUDGET_EXCEEDED', limit: 'objects', max: 300 },
      },
    ]);
    // households page, then members: the statuses and languages are never asked for
    expect(stopped.statements).toBeLessThan(full.statements);
  });

  test('the issue’s three levels with pages small enough to be accepted are stopped at the object budget', async () => {
    const response = await small.request(`{ ${THREE_LEVELS.replace(/first: 1000/g, 'first: 150')} }`);
    expect(response.errors?.map((e) => e.extensions)).toEqual([
      { code: 'QUERY_BUDGET_EXCEEDED', limit: 'objects', max: 300 },
    ]);
  });

  test('too many bytes', async () => {
    const response = await small.request('{ households(first: 290) { nodes { id reference arrivedOn size } } }');
    expect(response.errors?.[0].extensions).toEqual({ code: 'QUERY_BUDGET_EXCEEDED', limit: 'bytes', max: 20_000 });
  });

  test('the deadline', async () => {
    // Ranking the whole city takes longer than a 2 ms deadline.
    const quick = await startTestHub({
      today: TODAY,
      databaseUrl: hub.databaseUrl,
      security: { executionTimeoutMs: 2 },
    });
    try {
      const response = await quick.request(
        '{ priorityQueue(first: 5) { totalCount edges { rank node { reference members { givenName } } } } }',
      );
      expect(response.errors?.[0].extensions).toEqual({ code: 'QUERY_BUDGET_EXCEEDED', limit: 'time', max: 2 });
      expect(response.data).toBeUndefined();
    } finally {
      await quick.close();
    }
  });

  test('a query within the budget is answered as always', async () => {
    const { households } = await small.data(
      '{ households(first: 5) { totalCount nodes { reference members { givenName } } } }',
    );
    expect(households.nodes).toHaveLength(5);
    expect(households.totalCount).toBe(1500);
  });
});
