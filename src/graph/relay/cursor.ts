import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';

/**
 * Opaque cursors: a page position sealed with AES-256-GCM, so a client can neither read the sort value
 * inside (a rent, a date in communal accommodation) nor forge one. The IV is derived from the content
 * (HMAC, as in SIV), so the same position always yields the same cursor: answers stay byte-identical
 * for identical data. Each cursor is bound to its scope (connection and sort order) as associated data,
 * so a cursor of one order is refused by another.
 *
 * Keys: the first secret seals, every secret opens, so a rotated secret keeps live pages working for as
 * long as the previous one stays configured (CURSOR_SECRET, CURSOR_SECRET_PREVIOUS).
 */
interface CursorKey {
  encryption: Buffer;
  iv: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

function deriveKey(secret: string): CursorKey {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'lotse-cursor', info, 32));
  return { encryption: derive('encryption'), iv: derive('iv') };
}

/** Without configured secrets (tests, a first demo start) a random key: cursors then live as long as the process. */
let keyRing: CursorKey[] = [deriveKey(randomBytes(32).toString('base64'))];

/** Sets the secrets cursors are sealed with (the first) and opened with (all); called once at start. */
export function configureCursorSecrets(secrets: string[]): void {
  if (secrets.length > 0) keyRing = secrets.map(deriveKey);
}

export function invalidCursor(): GraphQLError {
  return new GraphQLError('The cursor is not valid for this connection.', {
    extensions: { code: 'BAD_USER_INPUT', field: 'after' },
  });
}

export function sealCursor(scope: string, position: unknown): string {
  const [key] = keyRing;
  const plaintext = Buffer.from(JSON.stringify(position), 'utf8');
  const aad = Buffer.from(scope, 'utf8');
  const iv = createHmac('sha256', key.iv).update(aad).update(plaintext).digest().subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.encryption, iv);
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/**
 * Opens a cursor of `scope` and checks its content with `isPosition`; anything else (tampered, of another
 * scope, sealed with an unknown key, of an unexpected shape) is BAD_USER_INPUT naming `after`.
 */
export function openCursor<P>(scope: string, cursor: string, isPosition: (value: unknown) => value is P): P {
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw invalidCursor();
  const iv = bytes.subarray(0, IV_BYTES);
  const tag = bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const sealed = bytes.subarray(IV_BYTES + TAG_BYTES);
  for (const key of keyRing) {
    let plaintext: string;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.encryption, iv);
      decipher.setAAD(Buffer.from(scope, 'utf8'));
      decipher.setAuthTag(tag);
      plaintext = Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
    } catch {
      continue; // not this key (or not authentic): try the next one
    }
    const position: unknown = JSON.parse(plaintext);
    if (isPosition(position)) return position;
    break;
  }
  throw invalidCursor();
}
