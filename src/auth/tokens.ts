import { createRemoteJWKSet, importSPKI, jwtVerify, SignJWT, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { z } from 'zod';
import { Role } from './roles';

/** Where the public key (or shared secret) that checks bearer tokens comes from. */
export type KeySource =
  | { kind: 'jwks'; url: string }
  | { kind: 'publicKey'; pem: string; algorithm: string }
  | { kind: 'secret'; secret: string; demo: boolean };

/** The claims Lotse reads from a bearer token. `org` is the global ID of the viewer's provider. */
const claimsSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(Role),
  org: z.string().min(1).optional(),
});
export type TokenClaims = z.infer<typeof claimsSchema>;

export interface TokenVerifier {
  /** Verifies signature, issuer, audience and expiry; throws on any failure. */
  verify(token: string): Promise<TokenClaims>;
}

export async function createTokenVerifier(source: KeySource, issuer: string, audience: string): Promise<TokenVerifier> {
  let key: KeyLike | Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  switch (source.kind) {
    case 'jwks':
      key = createRemoteJWKSet(new URL(source.url));
      algorithms = ['RS256', 'PS256', 'ES256', 'EdDSA'];
      break;
    case 'publicKey':
      key = await importSPKI(source.pem, source.algorithm);
      algorithms = [source.algorithm];
      break;
    case 'secret':
      key = new TextEncoder().encode(source.secret);
      algorithms = ['HS256'];
      break;
  }
  return {
    async verify(token) {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        issuer,
        audience,
        algorithms,
        requiredClaims: ['exp'],
      });
      return claimsSchema.parse(payload);
    },
  };
}

/** Signs a token with a shared secret: for demo mode and tests, never for production users. */
export function signToken(
  claims: TokenClaims,
  secret: string,
  issuer: string,
  audience: string,
  expiresIn = '30d',
): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.org ? { org: claims.org } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
