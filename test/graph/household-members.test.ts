import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
});
afterAll(() => hub.close());

const REGISTER = `mutation($input: RegisterArrivalInput!) { registerArrival(input: $input) { household { id } } }`;
const MEMBERS = `query($id: ID!) { node(id: $id) { ... on Household { members { relation birthDate } } } }`;

function member(relation: string, birthDate: string) {
  return {
    relation,
    givenName: 'Amal',
    familyName: 'Haddad',
    birthDate,
    sex: 'FEMALE',
    countryOfOrigin: 'SY',
    ableToWork: true,
    legalStatus: {
      kind: 'ASYLUM_PROCEDURE',
      paragraph: '§ 55 AsylG',
      validFrom: '2026-10-01',
      issuingAuthority: 'BAMF',
    },
    languages: [],
  };
}

test('members come back head first, then the partner, then children by birth date, then others', async () => {
  // Registered in an order that neither the enum text nor the IDs would put right.
  const members = [
    member('CHILD', '2018-01-01'),
    member('OTHER', '1950-01-01'),
    member('PARTNER', '1991-01-01'),
    member('CHILD', '2012-01-01'),
    member('HEAD', '1989-01-01'),
  ];
  const { registerArrival } = await hub.data(REGISTER, {
    input: { arrivedOn: '2026-11-01', benefitRegime: 'ASYLBLG_BASIC', members },
  });
  const { node } = await hub.data(MEMBERS, { id: registerArrival.household.id });
  expect(node.members).toEqual([
    { relation: 'HEAD', birthDate: '1989-01-01' },
    { relation: 'PARTNER', birthDate: '1991-01-01' },
    { relation: 'CHILD', birthDate: '2012-01-01' },
    { relation: 'CHILD', birthDate: '2018-01-01' },
    { relation: 'OTHER', birthDate: '1950-01-01' },
  ]);
});
