import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const embedded = globalThis.__lotseEmbeddedPostgres;
  if (!embedded) return;
  await embedded.pg.stop();
  await rm(embedded.databaseDir, { recursive: true, force: true });
}
