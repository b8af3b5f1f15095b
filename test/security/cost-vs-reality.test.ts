/**
 * The cost estimate against the demo city at scale 10 (seeded once for this file): every list field has
 * a size, no declared size is smaller than the longest list in the city, and — a property test over
 * every audience's schema — no accepted operation resolves more than its estimate, and none whose real
 * size exceeds the execution budget is answered.
 */
import fc from 'fast-check';
import pg from 'pg';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isEnumType,
  isListType,
  isObjectType,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { startTestHub, type As, type TestHub } from '../support/hub';
import { seedDatabase } from '../../src/seed/load';
import { createSchema } from '../../src/server/schema';
import { audienceSchema } from '../../src/auth/audience-schema';
import { grantFor, purposesOf } from '../../src/auth/policy';
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { estimateCost } from '../../src/server/security/query-cost';
import { LIST_SIZES, listSizeOf } from '../../src/server/security/list-sizes';
import { ASSUMED_LIST_SIZE } from '../../src/server/security/settings';
import {
  fullSelection,
  measure,
  print,
  rootOf,
  selectionArbitrary,
  type AnswerSize,
} from '../support/operation-generator';

jest.setTimeout(600_000);

const TODAY = '2026-11-25';
// Small enough that random operations meet every outcome: refused (cost), stopped (budget), answered.
const BUDGET = { maxCost: 300_000, maxResolvedObjects: 3_000, maxResponseBytes: 300_000, executionTimeoutMs: 20_000 };
let hub: TestHub;
let measuring: TestHub;
let budgeted: TestHub;
let client: pg.Client;
let full: GraphQLSchema;
let staffOrg: string;

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  await seedDatabase(hub.databaseUrl, { scale: 10, seed: 4711, referenceDate: TODAY });
  // Measuring asks for everything at once: no limits in the way.
  const unlimited = {
    maxCost: Number.MAX_SAFE_INTEGER,
    maxTokens: 100_000,
    maxCharacters: 1_000_000,
    maxDepth: 100,
    maxResolvedObjects: 10_000_000,
    maxResponseBytes: 1e9,
    executionTimeoutMs: 120_000,
  };
  measuring = await startTestHub({ today: TODAY, databaseUrl: hub.databaseUrl, security: unlimited });
  budgeted = await startTestHub({ today: TODAY, databaseUrl: hub.databaseUrl, security: BUDGET });
  client = new pg.Client({ connectionString: hub.databaseUrl });
  await client.connect();
  full = await createSchema();
  const { rows } = await client.query<{ id: number }>(
    `select provider_id as id from case_assignment group by provider_id order by count(*) desc limit 1`,
  );
  staffOrg = toGlobalId('Provider', rows[0].id);
});
afterAll(async () => {
  await client?.end();
  await budgeted?.close();
  await measuring?.close();
  await hub?.close();
});

/** `Type.field` of every list of objects in the schema that is not a connection's edges or nodes. */
function plainLists(schema: GraphQLSchema): string[] {
  const lists: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || /(Connection)$/.test(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type)))
        lists.push(`${type.name}.${field.name}`);
    }
  }
  return lists.sort();
}

/** The longest list behind each database-backed field, in SQL. */
const LONGEST_IN_DATABASE: Record<string, string> = {
  'Household.members': 'select household_id, count(*) n from person group by 1',
  'PlacementPayload.stays': 'select household_id, count(*) n from person group by 1',
  'Household.currentStays': `select p.household_id, count(*) n from stay s join person p on p.id = s.person_id
    where s.starts_on <= '${TODAY}' and (s.ends_on is null or s.ends_on > '${TODAY}') group by 1`,
  'Household.caseAssignments': 'select household_id, count(*) n from case_assignment group by 1',
  'Household.tenancies': 'select household_id, count(*) n from tenancy group by 1',
  'Household.volunteerAssignments':
    'select household_id, count(*) n from volunteer_assignment where household_id is not null group by 1',
  'Household.appointments': 'select household_id, count(*) n from appointment group by 1',
  'Household.decisions': 'select household_id, count(*) n from caseworker_decision group by 1',
  'Person.languages': 'select person_id, count(*) n from person_language group by 1',
  'Person.legalStatuses': 'select person_id, count(*) n from legal_status group by 1',
  'Person.occupations': 'select person_id, count(*) n from occupation group by 1',
  'Person.needs': 'select person_id, count(*) n from need group by 1',
  'Person.stays': 'select person_id, count(*) n from stay group by 1',
  'Person.consents': 'select person_id, count(*) n from consent group by 1',
  'Provider.services': 'select provider_id, count(*) n from provider_service group by 1',
  'Volunteer.groups': 'select volunteer_id, count(*) n from volunteer_group_membership group by 1',
  'Volunteer.assignments': 'select volunteer_id, count(*) n from volunteer_assignment group by 1',
  'Appointment.volunteerAssignments':
    'select appointment_id, count(*) n from volunteer_assignment where appointment_id is not null group by 1',
  'Site.units': 'select site_id, count(*) n from unit group by 1',
  'Unit.beds': 'select unit_id, count(*) n from bed group by 1',
  'Query.areas': 'select 1, count(*) n from area',
  'Area.districts': 'select parent_id, count(*) n from area where parent_id is not null group by 1',
  'Area.observations': 'select area_id, count(*) n from demographic_observation group by 1',
};

/** Computed lists, measured through the graph: the computed answers below these roots. */
const MEASURED: { depth: number; first: number; only: Record<string, string[]>; vary?: string }[] = [
  {
    depth: 8,
    first: 300,
    only: {
      Query: ['priorityQueue'],
      PriorityQueueConnection: ['edges'],
      PriorityQueueEdge: ['node', 'rank'],
      Household: ['priority', 'eligibility', 'members'],
      Person: ['benefitRegime', 'residenceObligation'],
    },
  },
  {
    depth: 4,
    first: 20,
    only: {
      Query: ['matchingProposals'],
      MatchingResult: ['proposals', 'unmatched', 'unusedOffers'],
      MatchProposal: ['checks', 'reasons', 'rules'],
      UnmatchedHousehold: ['failedChecks'],
      ApartmentOffer: ['id'],
    },
  },
  { depth: 3, first: 20, only: { Query: ['criteriaCatalogues'] } },
  { depth: 2, first: 20, only: { Query: ['householdStatistics'] }, vary: 'by' },
];
/** Lists the measurement cannot reach without naming a pair (the same five checks as a proposal's). */
const NOT_MEASURED = ['MatchFeasibility.checks', 'MatchFeasibility.failed'];

/** The values of an enum argument of a root field. */
function enumValuesOf(fieldName: string, argName: string): string[] {
  const field = full.getQueryType()!.getFields()[fieldName];
  const type = getNullableType(field.args.find((a) => a.name === argName)!.type);
  return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
}

describe('declared list sizes', () => {
  test('every plain list of objects has a declared size, and every declaration names a real field', () => {
    const sizedByParent = new Set(Object.entries(LIST_SIZES).flatMap(([, size]) => size.sizedFields ?? []));
    const missing = plainLists(full).filter(
      (key) => key !== 'Query.nodes' && listSizeOf(...(key.split('.') as [string, string]))?.assumedSize === undefined,
    );
    expect(missing.filter((key) => !sizedByParent.has(key.split('.')[1]))).toEqual([]);
    const fields = new Set(
      Object.values(full.getTypeMap()).flatMap((t) =>
        isObjectType(t) ? Object.keys(t.getFields()).map((f) => `${t.name}.${f}`) : [],
      ),
    );
    expect(Object.keys(LIST_SIZES).filter((key) => !fields.has(key))).toEqual([]);
  });

  test('no declared size is smaller than the longest list in the demo city (scale 10)', async () => {
    const longest = new Map<string, number>();
    for (const [key, sql] of Object.entries(LONGEST_IN_DATABASE)) {
      const { rows } = await client.query<{ n: string }>(`select coalesce(max(n), 0) as n from (${sql}) lengths`);
      longest.set(key, Number(rows[0].n));
    }
    const answers: AnswerSize = { fields: 0, longest };
    for (const { depth, first, only, vary } of MEASURED) {
      const selection = fullSelection(rootOf(full), depth, first, only);
      const root = selection.fields[0];
      const values = vary ? enumValuesOf(root.name, vary) : [undefined];
      for (const value of values as (string | undefined)[]) {
        if (vary && value) root.args[vary] = value;
        const response = await measuring.request(print(selection));
        expect(response.errors).toBeUndefined();
        measure(selection, response.data, answers);
      }
    }
    const unmeasured = Object.keys(LIST_SIZES).filter(
      (key) => LIST_SIZES[key].assumedSize !== undefined && !longest.has(key),
    );
    expect(unmeasured).toEqual(NOT_MEASURED);
    const tooSmall = [...longest]
      .map(([key, length]) => ({
        key,
        length,
        declared: listSizeOf(...(key.split('.') as [string, string]))?.assumedSize ?? ASSUMED_LIST_SIZE,
      }))
      .filter(({ key, length, declared }) => !/Connection\./.test(key) && length > declared);
    expect(tooSmall).toEqual([]);
    // The measurement saw the lists that matter (not an empty city).
    expect(longest.get('Household.members')).toBeGreaterThan(3);
    expect(longest.get('PriorityExplanation.criteria')).toBeGreaterThan(0);
  });

  test('a list longer than its declared size answers LIST_TOO_LONG at its path', async () => {
    // The biggest household of the city, with members added beyond the declared 20.
    const { rows } = await client.query<{ id: number }>(
      'select household_id as id from person group by 1 order by count(*) desc limit 1',
    );
    const household = rows[0].id;
    const added = await client.query<{ id: number }>(
      `insert into person (household_id, relation, given_name, family_name, birth_date, sex, country_of_origin, arrived_on, able_to_work)
       select household_id, 'OTHER', given_name, family_name, birth_date, sex, country_of_origin, arrived_on, able_to_work
       from person, generate_series(1, 20) where household_id = $1 and relation = 'HEAD' returning id`,
      [household],
    );
    try {
      const response = await hub.request('query ($id: ID!) { node(id: $id) { ... on Household { members { id } } } }', {
        id: toGlobalId('Household', household),
      });
      expect(response.errors?.map((e) => e.extensions)).toEqual([
        { code: 'LIST_TOO_LONG', path: 'node.members', maxItems: 20 },
      ]);
    } finally {
      await client.query('delete from person where id = any($1)', [added.rows.map((row) => row.id)]);
    }
  });
});

describe('property: the estimate bounds what runs, and the budget bounds what is answered', () => {
  const audiences = Object.values(Role).flatMap((role) => purposesOf(role).map((purpose) => ({ role, purpose })));

  test.each(audiences.map((a) => [`${a.role} / ${a.purpose}`, a] as const))('%s', async (_name, { role, purpose }) => {
    const schema = audienceSchema(full, grantFor(role, purpose)!);
    const as: As = { role, purpose, org: role === Role.PROVIDER_STAFF ? staffOrg : undefined };
    await fc.assert(
      fc.asyncProperty(selectionArbitrary(rootOf(schema), 4, [1, 7, 100, 1000]), async (selection) => {
        const query = print(selection);
        const document = parse(query);
        const { cost } = estimateCost(
          schema,
          document,
          getOperationAST(document)!,
          {},
          { assumedListSize: ASSUMED_LIST_SIZE, listSize: listSizeOf },
        );
        const response = await budgeted.request(query, undefined, as);
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        if (!response.data || codes.includes('QUERY_BUDGET_EXCEEDED')) {
          // Refused before it ran, or stopped: never a partial answer, always a coded error.
          expect(response.data ?? undefined).toBeUndefined();
          expect(codes.length).toBeGreaterThan(0);
          expect(codes.every((code) => typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
          return;
        }
        expect(codes.filter((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'LIST_TOO_LONG')).toEqual([]);
        const answered = measure(selection, response.data);
        // what ran never exceeds the estimate …
        expect(answered.fields).toBeLessThanOrEqual(cost);
        // … and what is answered stays within the budget
        expect(Buffer.byteLength(JSON.stringify(response.data))).toBeLessThanOrEqual(BUDGET.maxResponseBytes);
      }),
      { numRuns: 12, seed: 15, endOnFailure: true },
    );
  });
});
