import { SignJWT } from 'jose';
import { startTestHub, TEST_AUTH, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { hashApiKey } from '../../src/auth/api-keys';

const QUERY = '{ sites(first: 1) { totalCount } }';
const secret = new TextEncoder().encode(TEST_AUTH.keySource.kind === 'secret' ? TEST_AUTH.keySource.secret : '');
let hub: TestHub;
let providerId: string;

async function post(headers: Record<string, string>) {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

function token(
  claims: Record<string, unknown>,
  options: { issuer?: string; audience?: string; expires?: string | number } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('someone')
    .setIssuer(options.issuer ?? TEST_AUTH.issuer)
    .setAudience(options.audience ?? TEST_AUTH.audience)
    .setExpirationTime(options.expires ?? '1h')
    .sign(secret);
}

beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
  providerId = toGlobalId('Provider', (await new Builders(hub.orm).provider('Caritas Osnabrück')).id);
});
afterAll(() => hub.close());

test('a valid token and a permitted purpose get an answer', async () => {
  const { status, body } = await post({
    authorization: `Bearer ${await token({ role: 'PLANNER' })}`,
    'x-lotse-purpose': 'PLANNING',
  });
  expect(status).toBe(200);
  expect(body.data.sites.totalCount).toBe(0);
});

test.each([
  ['no credentials', async () => ({})],
  ['a malformed header', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
  [
    'a token with a bad signature',
    async () => ({ authorization: `Bearer ${(await token({ role: 'PLANNER' })).slice(0, -4)}AAAA` }),
  ],
  [
    'an expired token',
    async () => ({
      authorization: `Bearer ${await token({ role: 'PLANNER' }, { expires: Math.floor(Date.now() / 1000) - 60 })}`,
    }),
  ],
  [
    'a token from another issuer',
    async () => ({ authorization: `Bearer ${await token({ role: 'PLANNER' }, { issuer: 'evil' })}` }),
  ],
  [
    'a token for another audience',
    async () => ({ authorization: `Bearer ${await token({ role: 'PLANNER' }, { audience: 'other' })}` }),
  ],
  ['a token with an unknown role', async () => ({ authorization: `Bearer ${await token({ role: 'ROOT' })}` })],
  [
    'a provider token without organisation',
    async () => ({ authorization: `Bearer ${await token({ role: 'PROVIDER_STAFF' })}` }),
  ],
  ['an unknown API key', async () => ({ authorization: 'ApiKey lotse_doesnotexist' })],
])('%s is refused with 401 UNAUTHENTICATED, and no data', async (_case, headers) => {
  const { status, body } = await post({ ...(await headers()), 'x-lotse-purpose': 'PLANNING' });
  expect(status).toBe(401);
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(body.data).toBeUndefined();
});

test('a request without a declared purpose is refused with 400 PURPOSE_REQUIRED', async () => {
  const { status, body } = await post({ authorization: `Bearer ${await token({ role: 'PLANNER' })}` });
  expect(status).toBe(400);
  expect(body.errors[0].extensions.code).toBe('PURPOSE_REQUIRED');
});

test('a purpose the role may not use is refused with 403 FORBIDDEN', async () => {
  const { status, body } = await post({
    authorization: `Bearer ${await token({ role: 'PLANNER' })}`,
    'x-lotse-purpose': 'CASE_MANAGEMENT',
  });
  expect(status).toBe(403);
  expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
});

describe('API keys', () => {
  const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix role } } }`;
  const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } } }`;

  test('an administrator creates a key; it is stored hashed, works for its organisation, and stops at once when revoked', async () => {
    const { createApiKey } = await hub.data(CREATE, {
      input: { name: 'Caritas CMS', organisationId: providerId, validDays: 30 },
    });
    expect(createApiKey.key).toMatch(/^lotse_/);
    expect(createApiKey.apiKey.role).toBe(Role.PROVIDER_STAFF);
    const stored = await hub.orm.em.getConnection().execute('select key_hash, prefix from api_key');
    expect(stored).toEqual([{ key_hash: hashApiKey(createApiKey.key), prefix: createApiKey.key.slice(0, 12) }]);
    expect(JSON.stringify(stored)).not.toContain(createApiKey.key);

    const asKey = { authorization: `ApiKey ${createApiKey.key}`, 'x-lotse-purpose': 'SOCIAL_COUNSELLING' };
    const ok = await post(asKey);
    // API keys may run only registered operations; this ad-hoc one is refused, but authenticated.
    expect(ok.body.errors?.[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');

    await hub.data(REVOKE, { id: createApiKey.apiKey.id });
    const revoked = await post(asKey);
    expect(revoked.status).toBe(401);
  });

  test('an expired key is refused', async () => {
    const { createApiKey } = await hub.data(CREATE, {
      input: { name: 'Old', organisationId: providerId, validDays: 1 },
    });
    await hub.orm.em
      .getConnection()
      .execute(`update api_key set expires_at = now() - interval '1 minute' where prefix = ?`, [
        createApiKey.key.slice(0, 12),
      ]);
    const { status } = await post({
      authorization: `ApiKey ${createApiKey.key}`,
      'x-lotse-purpose': 'SOCIAL_COUNSELLING',
    });
    expect(status).toBe(401);
  });

  test('a caseworker cannot create keys: the mutation is not in that audience’s schema', async () => {
    const response = await hub.request(
      CREATE,
      { input: { name: 'x', organisationId: providerId, validDays: 1 } },
      { role: Role.CASEWORKER },
    );
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

test('guessing is slowed down: after 20 failed authentications in a minute an address is turned away, even with a valid token', async () => {
  const guessingHub = await startTestHub();
  try {
    const attempt = async (authorization: string) =>
      fetch(guessingHub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization, 'x-lotse-purpose': 'PLANNING' },
        body: JSON.stringify({ query: QUERY }),
      });
    for (let i = 0; i < 20; i++) expect((await attempt(`ApiKey lotse_guess${i}`)).status).toBe(401);
    const blocked = await attempt(`Bearer ${await token({ role: 'PLANNER' })}`);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  } finally {
    await guessingHub.close();
  }
});
