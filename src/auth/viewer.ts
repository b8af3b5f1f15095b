import type { Purpose, Role } from './roles';

/** The authenticated caller of one request. */
export interface Viewer {
  /** How the caller proved who it is. */
  kind: 'user' | 'apiKey';
  /** Subject: the token's `sub`, or `apikey:<id>`. */
  id: string;
  role: Role;
  /** The organisation (provider) the caller acts for; required for provider staff. */
  organisationId: number | null;
  /** The purpose the request declared. */
  purpose: Purpose;
}
