import { startTestHub, type TestHub } from '../support/hub';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { MOVE_IN, REGISTER, arrival } from './operations';

/** Hostile input is refused at the edge with BAD_USER_INPUT naming the field; names are trimmed. */
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
});
afterAll(() => hub.close());

function withMember(overrides: Record<string, unknown>) {
  const input = arrival('2026-11-01');
  Object.assign(input.members[0], overrides);
  return { input };
}

test.each([
  ['a right-to-left override in a name', { givenName: '\u202EAmal' }, 'input.members.0.givenName'],
  ['a blank name', { familyName: '   ' }, 'input.members.0.familyName'],
  ['a control character in a name', { givenName: 'Am\u0007al' }, 'input.members.0.givenName'],
  ['NUL in a string', { countryOfOrigin: 'S\u0000' }, 'input.members.0.countryOfOrigin'],
  ['a lone surrogate', { familyName: 'Had\uD800dad' }, 'input.members.0.familyName'],
  ['a birth date before 1900', { birthDate: '1899-12-31' }, 'input.members.0.birthDate'],
  ['a birth date in the future', { birthDate: '2026-11-26' }, 'input.members.0.birthDate'],
  ['year 0000', { birthDate: '0000-01-01' }, 'input.members.0.birthDate'],
])('registerArrival refuses %s', async (_case, overrides, field) => {
  const response = await hub.request(REGISTER, withMember(overrides));
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
});

test('names are stored trimmed', async () => {
  const { registerArrival } = await hub.data(REGISTER, withMember({ givenName: '  Amal  ' }));
  const [row] = await hub.orm.em
    .fork()
    .execute(`select given_name from person p join household h on h.id = p.household_id where h.reference = ?`, [
      registerArrival.household.reference,
    ]);
  expect(row.given_name).toBe('Amal');
});

test('a move-in beyond the horizon (365 days) is refused naming movesInOn', async () => {
  const response = await hub.request(MOVE_IN, {
    input: {
      householdId: toGlobalId('Household', 1),
      apartmentOfferId: toGlobalId('ApartmentOffer', 1),
      movesInOn: '9999-12-31',
    },
  });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.movesInOn' });
});

test('an ID beyond 32 bits is refused before SQL', async () => {
  const response = await hub.request(
    `mutation($input: DecidePriorityInput!) { decidePriority(input: $input) { __typename } }`,
    { input: { householdId: toGlobalId('Household', 2 ** 32), action: 'CONFIRM' } },
  );
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
});
