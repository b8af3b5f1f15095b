import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../support/database';
import { TEST_AUTH } from '../support/hub';
import { signToken } from '../../src/auth/tokens';
import { Role } from '../../src/auth/roles';

/** SIGTERM under load: the built hub finishes every in-flight request, then exits 0. */
const MAIN = join(__dirname, '../../dist/src/main.js');
const IN_FLIGHT = 24;
let name: string;
let child: ChildProcess;
let base: string;
let headers: Record<string, string>;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/health/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the hub did not become ready');
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('dist/src/main.js is missing: run `npm run build` first (npm test does).');
  name = await createTestDatabase();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const secret = TEST_AUTH.keySource.kind === 'secret' ? TEST_AUTH.keySource.secret : '';
  child = spawn(process.execPath, [MAIN, 'serve'], {
    env: {
      PATH: process.env.PATH, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl(name),
      SEED_WHEN_EMPTY: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', SHUTDOWN_TIMEOUT_MS: '10000',
      AUTH_JWT_SECRET: secret, AUTH_ISSUER: TEST_AUTH.issuer, AUTH_AUDIENCE: TEST_AUTH.audience,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const token = await signToken({ sub: 'shutdown-admin', role: Role.ADMINISTRATOR }, secret, TEST_AUTH.issuer, TEST_AUTH.audience);
  headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-lotse-purpose': 'ADMINISTRATION' };
  await waitUntilReady();
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await dropTestDatabase(name);
});

const READ = JSON.stringify({ query: '{ sites(first: 5) { totalCount } }' });

test('every request in flight when SIGTERM arrives completes, and the hub exits 0', async () => {
  expect((await fetch(`${base}/graphql`, { method: 'POST', headers, body: READ })).status).toBe(200);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const locker = new Client({ connectionString: databaseUrl(name) });
  await locker.connect();
  // The requests wait on this lock, so they are surely in flight when the signal comes.
  await locker.query('begin; lock table site in access exclusive mode');
  const requests = Array.from({ length: IN_FLIGHT }, () =>
    fetch(`${base}/graphql`, { method: 'POST', headers, body: READ }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })),
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
