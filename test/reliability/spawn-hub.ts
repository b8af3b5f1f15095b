import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../support/database';
import { TEST_AUTH } from '../support/hub';
import { signToken } from '../../src/auth/tokens';
import { Role } from '../../src/auth/roles';

const MAIN = join(__dirname, '../../dist/src/main.js');

export interface SpawnedHub {
  child: ChildProcess;
  base: string;
  databaseName: string;
  /** Headers of an administrator's JSON request. */
  headers: Record<string, string>;
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The built hub (`dist/`, made by `npm test`'s build) as a child process on a fresh database, once ready. */
export async function spawnHub(env: Record<string, string> = {}): Promise<SpawnedHub> {
  if (!existsSync(MAIN)) throw new Error('dist/src/main.js is missing: run `npm run build` first (npm test does).');
  const databaseName = await createTestDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const secret = TEST_AUTH.keySource.kind === 'secret' ? TEST_AUTH.keySource.secret : '';
  const child = spawn(process.execPath, [MAIN, 'serve'], {
    env: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl(databaseName),
      SEED_WHEN_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      AUTH_JWT_SECRET: secret,
      AUTH_ISSUER: TEST_AUTH.issuer,
      AUTH_AUDIENCE: TEST_AUTH.audience,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const token = await signToken(
    { sub: 'spawned-admin', role: Role.ADMINISTRATOR },
    secret,
    TEST_AUTH.issuer,
    TEST_AUTH.audience,
  );
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
    'x-lotse-purpose': 'ADMINISTRATION',
  };
  for (let i = 0; ; i++) {
    if (
      await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 100 || child.exitCode !== null) throw new Error('the hub did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    child,
    base,
    databaseName,
    headers,
    async close() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await dropTestDatabase(databaseName);
    },
  };
}
