import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../graph/relay/global-id';
import { Provider } from '../modules/providers/provider.entity';
import { activeMandate } from '../graph/time-bound-rules';
import { ApiKey } from './api-key.entity';
import { createApiKey } from './api-keys';
import { purposesOf } from './policy';
import { Role } from './roles';
import { signToken } from './tokens';
import type { AuthSettings } from './auth-settings';

export interface DemoCredential {
  role: Role;
  /** Headers to paste into the IDE's headers editor. */
  headers: Record<string, string>;
}

/** The provider with the most active mandates today: the most interesting one to look through. */
async function busiestProvider(em: EntityManager, today: string): Promise<Provider | null> {
  const [row] = await em.execute<{ provider_id: number }[]>(
    `with v as (select ?::date as today) select ca.provider_id from case_assignment ca, v where ${activeMandate.sql('ca', 'v.today')}
     group by ca.provider_id order by count(*) desc, ca.provider_id limit 1`,
    [today],
  );
  return row
    ? em.findOne(Provider, row.provider_id)
    : em.findOne(Provider, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
}

/**
 * Demo mode: a ready-made token for every role, and a fresh API key for the busiest provider (earlier
 * demo keys are revoked), so a newcomer can try each audience in the IDE.
 */
export async function issueDemoCredentials(
  em: EntityManager,
  settings: AuthSettings,
  today: string,
): Promise<DemoCredential[]> {
  if (settings.keySource.kind !== 'secret' || !settings.keySource.demo) return [];
  const secret = settings.keySource.secret;
  const provider = await busiestProvider(em, today);
  const credentials: DemoCredential[] = [];
  for (const role of Object.values(Role)) {
    if (role === Role.PROVIDER_STAFF && !provider) continue;
    const org = role === Role.PROVIDER_STAFF ? toGlobalId('Provider', provider!.id) : undefined;
    const token = await signToken(
      { sub: `demo-${role.toLowerCase()}`, role, org },
      secret,
      settings.issuer,
      settings.audience,
    );
    credentials.push({ role, headers: { Authorization: `Bearer ${token}`, 'X-Lotse-Purpose': purposesOf(role)[0] } });
  }
  if (provider) {
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(ApiKey, { demo: true, revokedAt: null }, { revokedAt: new Date() });
      const { key } = createApiKey(tx, {
        name: 'Demo partner system',
        organisation: provider,
        demo: true,
        validDays: 30,
      });
      credentials.push({
        role: Role.PROVIDER_STAFF,
        headers: { Authorization: `ApiKey ${key}`, 'X-Lotse-Purpose': purposesOf(Role.PROVIDER_STAFF)[0] },
      });
    });
  }
  return credentials;
}
