import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../config';
import type { KeySource } from './tokens';

export interface AuthSettings {
  keySource: KeySource;
  issuer: string;
  audience: string;
}

/** The secret of demo mode, made once and kept beside the embedded database so tokens survive restarts. */
function demoSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * Where bearer tokens are checked against: a JWKS URL, a public key, or a shared secret, in that order.
 * Without any, development runs in demo mode with a generated secret; production refuses to start,
 * and refuses the demo secret too.
 */
export function authSettings(config: Config): AuthSettings {
  const base = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
  const production = config.NODE_ENV === 'production';
  if (config.AUTH_JWKS_URL) return { ...base, keySource: { kind: 'jwks', url: config.AUTH_JWKS_URL } };
  if (config.AUTH_JWT_PUBLIC_KEY) {
    return { ...base, keySource: { kind: 'publicKey', pem: config.AUTH_JWT_PUBLIC_KEY, algorithm: config.AUTH_JWT_ALGORITHM } };
  }
  if (config.AUTH_JWT_SECRET) {
    if (production && existsSync(config.DEMO_AUTH_SECRET_FILE) && demoSecret(config.DEMO_AUTH_SECRET_FILE) === config.AUTH_JWT_SECRET) {
      throw new Error('Refusing to start in production with the demo secret as AUTH_JWT_SECRET.');
    }
    return { ...base, keySource: { kind: 'secret', secret: config.AUTH_JWT_SECRET, demo: false } };
  }
  if (production) {
    throw new Error('Refusing to start in production without a key source: set AUTH_JWKS_URL, AUTH_JWT_PUBLIC_KEY or AUTH_JWT_SECRET.');
  }
  return { ...base, keySource: { kind: 'secret', secret: demoSecret(config.DEMO_AUTH_SECRET_FILE), demo: true } };
}

/**
 * The secrets that seal pagination cursors (src/server/relay/cursor.ts): CURSOR_SECRET, then the previous
 * ones still accepted. Demo mode reuses its persisted secret so cursors survive a restart; production
 * refuses to start without CURSOR_SECRET (every hub instance must seal with the same one). Empty: a random
 * key for this process (tests).
 */
export function cursorSecrets(config: Config, keySource: KeySource): string[] {
  if (config.CURSOR_SECRET) return [config.CURSOR_SECRET, ...config.CURSOR_SECRET_PREVIOUS];
  if (config.NODE_ENV === 'production') {
    throw new Error('Refusing to start in production without CURSOR_SECRET (32+ characters), which seals pagination cursors.');
  }
  return keySource.kind === 'secret' && keySource.demo ? [keySource.secret] : [];
}
