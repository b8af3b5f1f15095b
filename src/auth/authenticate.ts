import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { fromGlobalId } from '../graph/relay/global-id';
import { findUsableApiKey } from './api-keys';
import { grantFor, purposesOf } from './policy';
import { Purpose, Role } from './roles';
import type { TokenVerifier } from './tokens';
import type { Viewer } from './viewer';

/** An authentication or purpose failure, with the HTTP status it answers with. */
export class AccessError extends GraphQLError {
  constructor(
    message: string,
    code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'PURPOSE_REQUIRED',
    readonly status: number,
  ) {
    super(message, { extensions: { code } });
  }
}

export interface Credentials {
  authorization?: string;
  purpose?: string;
}

/**
 * Who is calling, from the Authorization header (`Bearer <jwt>` or `ApiKey <key>`) and the declared
 * purpose (header `X-Lotse-Purpose`). Failures say what is wrong without revealing which part of a
 * credential was right.
 */
export async function authenticate(
  credentials: Credentials,
  verifier: TokenVerifier,
  em: EntityManager,
): Promise<Viewer> {
  const [scheme, secret] = (credentials.authorization ?? '').trim().split(/\s+/, 2);
  let identity: Omit<Viewer, 'purpose'>;
  if (/^bearer$/i.test(scheme) && secret) {
    const claims = await verifier.verify(secret).catch(() => {
      throw new AccessError('The bearer token is invalid or expired.', 'UNAUTHENTICATED', 401);
    });
    const organisation = claims.org ? fromGlobalId(claims.org) : undefined;
    if (claims.org && organisation?.typeName !== 'Provider') {
      throw new AccessError('The token names no valid organisation.', 'UNAUTHENTICATED', 401);
    }
    identity = { kind: 'user', id: claims.sub, role: claims.role, organisationId: organisation?.id ?? null };
  } else if (/^apikey$/i.test(scheme) && secret) {
    const apiKey = await findUsableApiKey(em.fork(), secret);
    if (!apiKey) throw new AccessError('The API key is unknown, revoked or expired.', 'UNAUTHENTICATED', 401);
    identity = { kind: 'apiKey', id: `apikey:${apiKey.id}`, role: apiKey.role, organisationId: apiKey.organisation.id };
  } else {
    throw new AccessError(
      'Authenticate with "Authorization: Bearer <token>" or "Authorization: ApiKey <key>".',
      'UNAUTHENTICATED',
      401,
    );
  }
  if (identity.role === Role.PROVIDER_STAFF && identity.organisationId === null) {
    throw new AccessError('Provider staff must act for an organisation (claim "org").', 'UNAUTHENTICATED', 401);
  }
  const allowed = purposesOf(identity.role);
  if (!credentials.purpose) {
    throw new AccessError(
      `Declare a purpose in the X-Lotse-Purpose header: one of ${allowed.join(', ')}.`,
      'PURPOSE_REQUIRED',
      400,
    );
  }
  const purpose = credentials.purpose.trim().toUpperCase() as Purpose;
  if (!grantFor(identity.role, purpose)) {
    throw new AccessError(
      `The role ${identity.role} may not act for the purpose "${credentials.purpose}"; allowed: ${allowed.join(', ')}.`,
      'FORBIDDEN',
      403,
    );
  }
  return { ...identity, purpose };
}
