import { startTestHub, type TestHub } from '../support/hub';
import { Role } from '../../src/auth/roles';

/** Operations the audience's schema has no root type for fail validation, with a code, and run nothing. */
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
});
afterAll(() => hub.close());

test.each([Role.PLANNER, Role.DATA_PROTECTION_OFFICER])(
  'a mutation sent by %s (no Mutation type) is GRAPHQL_VALIDATION_FAILED',
  async (role) => {
    const response = await hub.request(`mutation { registerArrival(input: {}) { household { id } } }`, {}, { role });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/no mutation operations/);
  },
);

test('a subscription is GRAPHQL_VALIDATION_FAILED for every audience', async () => {
  for (const role of [Role.ADMINISTRATOR, Role.CASEWORKER]) {
    const response = await hub.request(`subscription { households { id } }`, {}, { role });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  }
});
