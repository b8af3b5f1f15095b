import { Client } from 'pg';
import { databaseUrl } from '../support/database';
import { spawnHub, type SpawnedHub } from './spawn-hub';

/** SIGTERM under load: the built hub finishes every in-flight request, then exits 0. */
const IN_FLIGHT = 24;
let hub: SpawnedHub;

beforeAll(async () => {
  hub = await spawnHub({ SHUTDOWN_TIMEOUT_MS: '10000' });
});
afterAll(() => hub.close());

const READ = JSON.stringify({ query: '{ sites(first: 5) { totalCount } }' });

test('every request in flight when SIGTERM arrives completes, and the hub exits 0', async () => {
  const { base, headers, child } = hub;
  expect((await fetch(`${base}/graphql`, { method: 'POST', headers, body: READ })).status).toBe(200);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const locker = new Client({ connectionString: databaseUrl(hub.databaseName) });
  await locker.connect();
  // The requests wait on this lock, so they are surely in flight when the signal comes.
  await locker.query('begin; lock table site in access exclusive mode');
  const requests = Array.from({ length: IN_FLIGHT }, () =>
    fetch(`${base}/graphql`, { method: 'POST', headers, body: READ }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as any,
    })),
  );
  await new Promise((resolve) => setTimeout(resolve, 700));
  child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  // No new connections once draining.
  await expect(fetch(`${base}/health/live`)).rejects.toThrow();
  await locker.query('rollback');
  await locker.end();
  const answers = await Promise.all(requests);
  expect(answers.map((a) => a.status)).toEqual(Array(IN_FLIGHT).fill(200));
  expect(answers.every((a) => a.body.data?.sites.totalCount === 0)).toBe(true);
  expect(await exited).toBe(0);
});
