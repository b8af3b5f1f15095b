import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from './api-key.entity';
import { Provider } from '../modules/providers/provider.entity';
import { Role } from './roles';

const KEY_PREFIX = 'lotse_';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Creates a key for an organisation; returns the entity and the plaintext key, which is never stored. */
export function createApiKey(
  em: EntityManager,
  input: { name: string; organisation: Provider; role?: Role; validDays?: number; demo?: boolean },
): { apiKey: ApiKey; key: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const now = new Date();
  const apiKey = em.create(ApiKey, {
    name: input.name,
    organisation: input.organisation,
    role: input.role ?? Role.PROVIDER_STAFF,
    keyHash: hashApiKey(key),
    prefix: key.slice(0, KEY_PREFIX.length + 6),
    createdAt: now,
    expiresAt: new Date(now.getTime() + (input.validDays ?? 365) * 86_400_000),
    revokedAt: null,
    demo: input.demo ?? false,
  });
  return { apiKey, key };
}

/** The key's record when the key is known, not revoked and not expired. */
export async function findUsableApiKey(em: EntityManager, key: string): Promise<ApiKey | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const apiKey = await em.findOne(ApiKey, { keyHash: hashApiKey(key) });
  if (!apiKey || apiKey.revokedAt || apiKey.expiresAt <= new Date()) return null;
  return apiKey;
}

/** True when an active key made by the demo start exists (production refuses to start then). */
export async function hasActiveDemoKeys(em: EntityManager): Promise<boolean> {
  return (await em.count(ApiKey, { demo: true, revokedAt: null, expiresAt: { $gt: new Date() } })) > 0;
}
