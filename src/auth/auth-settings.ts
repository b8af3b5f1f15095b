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

/** AUTH_JWT_SECRET_FILE (e.g. a Docker secret or the one docker-compose.yml generates), at least 32 characters. */
function secretFromFile(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`AUTH_JWT_SECRET_FILE ${file} must hold a secret of at least 32 characters.`);
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
    return {
      ...base,
      keySource: { kind: 'publicKey', pem: config.AUTH_JWT_PUBLIC_KEY, algorithm: config.AUTH_JWT_ALGORITHM },
    };
  }
  const sharedSecret = config.AUTH_JWT_SECRET ?? secretFromFile(config.AUTH_JWT_SECRET_FILE);
  if (sharedSecret) {
    if (
      production &&
      existsSync(config.DEMO_AUTH_SECRET_FILE) &&
      demoSecret(config.DEMO_AUTH_SECRET_FILE) === sharedSecret
    ) {
      throw new Error('Refusing to start in production with the demo secret as AUTH_JWT_SECRET.');
    }
    return { ...base, keySource: { kind: 'secret', secret: sharedSecret, demo: false } };
  }
  if (production) {
    throw new Error(
      'Refusing to start in production without a key source: set AUTH_JWKS_URL, AUTH_JWT_PUBLIC_KEY or AUTH_JWT_SECRET.',
    );
  }
  return { ...base, keySource: { kind: 'secret', secret: demoSecret(config.DEMO_AUTH_SECRET_FILE), demo: true } };
}

/**
 * The secrets that seal pagination cursors (src/graph/relay/cursor.ts): CURSOR_SECRET, then the previous
 * ones still accepted. Demo mode reuses its persisted secret so cursors survive a restart; production
 * refuses to start without CURSOR_SECRET (every hub instance must seal with the same one). Empty: a random
 * key for this process (tests).
 */
export function cursorSecrets(config: Config, keySource: KeySource): string[] {
  if (config.CURSOR_SECRET) return [config.CURSOR_SECRET, ...config.CURSOR_SECRET_PREVIOUS];
  if (config.NODE_ENV === 'production') {
    throw new Error(
      'Refusing to start in production without CURSOR_SECRET (32+ characters), which seals pagination cursors.',
    );
  }
  return keySource.kind === 'secret' && keySource.demo ? [keySource.secret] : [];
}
