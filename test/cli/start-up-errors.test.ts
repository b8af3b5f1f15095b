import { createServer, type Server } from 'node:net';
import { hubModel } from '../../src/server/model';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authSettings } from '../../src/auth/auth-settings';
import express from 'express';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { assertPortFree } from '../../src/db/embedded-postgres';
import { listen } from '../../src/server/app';

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port }),
    );
  });
}

test('an unreachable database is named in plain words, without its password', async () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://lotse:s3cret@127.0.0.1:1/lotse',
    DB_STARTUP_RETRY_SECONDS: '0',
  });
  await expect(openDatabase(config, hubModel)).rejects.toThrow(
    /^Cannot reach the database at postgres:\/\/lotse:\*\*\*@127\.0\.0\.1:1\/lotse: /,
  );
  await expect(openDatabase(config, hubModel)).rejects.not.toThrow(/s3cret/);
});

test('a taken port is named in plain words, for the hub and for the embedded PostgreSQL', async () => {
  const { server, port } = await occupyPort();
  try {
    await expect(listen(express(), port, '127.0.0.1')).rejects.toThrow(
      `Port ${port} is already in use; stop the other process or set PORT to a free port.`,
    );
    await expect(assertPortFree(port)).rejects.toThrow(`Port ${port} is already in use on 127.0.0.1`);
  } finally {
    server.close();
  }
});

test('a wrong setting stops the start with the variable named', () => {
  expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/Invalid configuration: PORT: /);
  expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
  expect(loadConfig({}).PORT).toBe(4000);
});

describe('production refuses demo credentials', () => {
  const secretFile = join(tmpdir(), `lotse-demo-secret-${process.pid}`);
  afterAll(() => rmSync(secretFile, { force: true }));

  test('without any key source', () => {
    expect(() => authSettings(loadConfig({ NODE_ENV: 'production', DEMO_AUTH_SECRET_FILE: secretFile }))).toThrow(
      /without a key source/,
    );
  });

  test('with the demo secret as the shared secret', () => {
    const demo = authSettings(loadConfig({ DEMO_AUTH_SECRET_FILE: secretFile }));
    expect(demo.keySource).toMatchObject({ kind: 'secret', demo: true });
    const secret = demo.keySource.kind === 'secret' ? demo.keySource.secret : '';
    expect(() =>
      authSettings(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret, DEMO_AUTH_SECRET_FILE: secretFile })),
    ).toThrow(/demo secret/);
    expect(
      authSettings(
        loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40), DEMO_AUTH_SECRET_FILE: secretFile }),
      ).keySource,
    ).toMatchObject({ demo: false });
  });
});
