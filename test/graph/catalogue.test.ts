import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { OSNABRUECK_CATALOGUE } from '../../src/domain';
import { MemberRelation } from '../../src/modules/people/people.enums';

/** Criteria catalogues are published through the API, validated, and take effect from their date. */
const PUBLISH = `mutation($input: PublishCriteriaCatalogueInput!) { publishCriteriaCatalogue(input: $input) {
  catalogue { catalogueId version effectiveFrom builtIn publishedBy publishedAt document } } }`;
const IN_FORCE = `query($asOf: LocalDate) { criteriaCatalogueInForce(asOf: $asOf) { catalogueId version builtIn } }`;

/** A 2027 revision: single women move up to rank 1. */
const REVISION = {
  ...OSNABRUECK_CATALOGUE,
  version: '2027.1',
  effectiveFrom: '2027-01-01',
  source: 'Ratsbeschluss (test)',
  criteria: OSNABRUECK_CATALOGUE.criteria.map((c) => (c.id === 'single-woman' ? { ...c, rank: 1, weight: 1000 } : c)),
};

let hub: TestHub;
let householdId: string;

beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
  const { household } = await new Builders(hub.orm).planningHousehold({
    communalSince: '2026-01-01',
    members: [{ relation: MemberRelation.HEAD, birthDate: '1990-01-01', sex: 'FEMALE' as never }],
  });
  householdId = toGlobalId('Household', household.id);
});
afterAll(() => hub.close());

test('without a published catalogue the built-in Osnabrück catalogue is in force', async () => {
  expect((await hub.data(IN_FORCE, {})).criteriaCatalogueInForce).toEqual({
    catalogueId: 'osnabrueck',
    version: '2013.1',
    builtIn: true,
  });
});

test('an invalid catalogue is BAD_USER_INPUT naming the path of every problem, and nothing is stored', async () => {
  const broken = {
    ...REVISION,
    criteria: [{ ...REVISION.criteria[0], weight: -5 }, ...REVISION.criteria.slice(1)],
    tieBreakers: ['ARRIVAL_IN_CITY_ASC'],
  };
  const response = await hub.request(PUBLISH, { input: { document: broken } });
  const error = response.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.document.criteria[0].weight' });
  expect(error?.extensions?.errors.map((e: any) => e.field)).toEqual([
    'input.document.criteria[0].weight',
    'input.document.tieBreakers',
  ]);
  expect((await hub.data(`{ criteriaCatalogues { version } }`)).criteriaCatalogues).toEqual([{ version: '2013.1' }]);
});

test('a document that is not an object is refused too', async () => {
  const response = await hub.request(PUBLISH, { input: { document: [1, 2] } });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.document' });
});

test('a valid catalogue is stored and in force from its date, never before', async () => {
  const { catalogue } = (await hub.data(PUBLISH, { input: { document: REVISION } })).publishCriteriaCatalogue;
  expect(catalogue).toMatchObject({
    catalogueId: 'osnabrueck',
    version: '2027.1',
    effectiveFrom: '2027-01-01',
    builtIn: false,
  });
  expect(catalogue.document.criteria.find((c: any) => c.id === 'single-woman').rank).toBe(1);
  expect((await hub.data(IN_FORCE, { asOf: '2026-12-31' })).criteriaCatalogueInForce.version).toBe('2013.1');
  expect((await hub.data(IN_FORCE, { asOf: '2027-01-01' })).criteriaCatalogueInForce).toEqual({
    catalogueId: 'osnabrueck',
    version: '2027.1',
    builtIn: false,
  });
});

test('priorities use the catalogue in force on their date', async () => {
  const query = `query($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Household { priority(asOf: $asOf) { tier { id } catalogue { version } } } } }`;
  expect((await hub.data(query, { id: householdId, asOf: '2026-12-31' })).node.priority).toEqual({
    tier: { id: 'B' },
    catalogue: { version: '2013.1' },
  });
  expect((await hub.data(query, { id: householdId, asOf: '2027-01-01' })).node.priority).toEqual({
    tier: { id: 'A' },
    catalogue: { version: '2027.1' },
  });
});

test('a published version cannot be published again: CONFLICT naming the version', async () => {
  const response = await hub.request(PUBLISH, { input: { document: REVISION } });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.document.version' });
});
