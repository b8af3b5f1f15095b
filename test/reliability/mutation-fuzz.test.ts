import fc from 'fast-check';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { buildSchemaSync } from 'type-graphql';
import { resolvers } from '../../src/server/resolvers';

/**
 * Every mutation of the graph, fed generated input (plausible values mixed with hostile ones: NUL,
 * lone surrogates, control and bidi characters, blank names, year-0000 dates, IDs beyond 32 bits):
 * no answer is an internal error, and a refused call changes nothing.
 */
const TODAY = '2026-11-25';
/** The mutations and their argument types (the same resolvers the hub serves). */
const createSchemaSync = () => buildSchemaSync({ resolvers, validate: { forbidUnknownValues: false } });
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
let hub: TestHub;
const existing: Record<string, string[]> = {};

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY, security: { rateLimitPerMinute: 0 } });
  const build = new Builders(hub.orm);
  const city = await build.area('Osnabrück');
  const district = await build.area('Schinkel', city);
  const { site, beds } = await build.site(district, 8);
  const { household, people } = await build.household(2);
  await build.stay(people[0], beds[0], '2026-10-01');
  const provider = await build.provider();
  const volunteer = await build.volunteer();
  const offer = await build.offer(district);
  const appointment = await build.appointment(household);
  const assignment = await build.caseAssignment(provider, household);
  const consent = await build.consent(people[0], provider);
  const ids = (type: string, ...rows: { id: number }[]) => (existing[type] = rows.map((r) => toGlobalId(type, r.id)));
  ids('Area', city, district);
  ids('Site', site);
  ids('Household', household);
  ids('Person', ...people);
  ids('Provider', provider);
  ids('Volunteer', volunteer);
  ids('ApartmentOffer', offer);
  ids('Appointment', appointment);
  ids('CaseAssignment', assignment);
  ids('Consent', consent);
});
afterAll(() => hub.close());

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'A\u0000B',
  '\uD800',
  'x\uDFFFy',
  '\u202EAmal',
  'Am\u0007al',
  '\t',
  'Ω'.repeat(300),
];
const HOSTILE_DATES = [
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2026-02-30',
  '1899-12-31',
  '2026-13-01',
  '3000-01-01',
];
const ID_TYPES: Record<string, string> = {
  district: 'Area',
  recipient: 'Provider',
  apartmentOffer: 'ApartmentOffer',
  id: 'CaseAssignment',
};

function idType(key: string): string {
  const stem = key.replace(/Ids?$/, '');
  return ID_TYPES[stem] ?? stem.charAt(0).toUpperCase() + stem.slice(1);
}

function plausibleString(key: string): fc.Arbitrary<string> {
  const known: Record<string, string[]> = {
    countryOfOrigin: ['SY', 'UA', 'AF'],
    language: ['ar', 'de', 'uk'],
    interpreterLanguage: ['ar'],
    email: ['a@example.org'],
    phone: ['+49 541 123456'],
    paragraph: ['§ 55 AsylG', '§ 25 Abs. 2 AufenthG'],
    tierId: ['A', 'B'],
  };
  return known[key]
    ? fc.constantFrom(...known[key])
    : fc.constantFrom('Amal', 'Haddad', 'Rathaus', 'Begleitung', 'reason');
}

function scalar(type: GraphQLScalarType, key: string, hostile: number): fc.Arbitrary<unknown> {
  const mix = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) =>
    fc.oneof(
      { arbitrary: good, weight: Math.round(100 * (1 - hostile)) + 1 },
      { arbitrary: bad, weight: Math.round(100 * hostile) },
    );
  switch (type.name) {
    case 'String':
      return mix(
        plausibleString(key),
        fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 20 })),
      );
    case 'ID': {
      const typeName = idType(key);
      const known = existing[typeName] ?? [toGlobalId(typeName, 1)];
      return mix(
        fc.constantFrom(...known),
        fc.constantFrom(
          toGlobalId(typeName, 2 ** 31),
          toGlobalId(typeName, 2 ** 53 - 1),
          toGlobalId(typeName, 999999),
          toGlobalId('Bed', 1),
          'bm90IGFuIGlk',
          '',
        ),
      );
    }
    case 'Int':
      return mix(fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 0, 2 ** 31 - 1, -(2 ** 31)));
    case 'Float':
      return mix(fc.double({ min: 0, max: 3000, noNaN: true }), fc.constantFrom(-1, 0, 1e308, 5e-324));
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return mix(
        fc
          .date({ min: new Date('2020-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom(...HOSTILE_DATES),
      );
    case 'DateTimeISO':
      return mix(
        fc.constant('2026-12-01T09:00:00.000Z'),
        fc.constantFrom('0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-12-01T25:00:00Z'),
      );
    case 'JSON':
      return mix(fc.constant({}), fc.jsonValue({ maxDepth: 3 }));
    default:
      return fc.constant(null);
  }
}

function valueOf(type: GraphQLInputType, key: string, hostile: number): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return valueOf(type.ofType, key, hostile);
  if (type instanceof GraphQLList) return fc.array(valueOf(type.ofType, key, hostile), { minLength: 0, maxLength: 3 });
  if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) {
      const value = valueOf(f.type, f.name, hostile);
      shape[f.name] = f.type instanceof GraphQLNonNull ? value : fc.option(value, { nil: undefined, freq: 3 });
    }
    return fc.record(shape);
  }
  return scalar(type as GraphQLScalarType, key, hostile);
}

function operationFor(field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a: GraphQLArgument) => `${a.name}: $${a.name}`).join(', ');
  return `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} { __typename } }`;
}

async function changes(): Promise<number> {
  const [row] = await hub.orm.em.fork().execute(`select count(*)::int as n from audit_event where action <> 'READ'`);
  return row.n;
}

const tally: Record<string, number> = {};
afterAll(() => console.log(`mutation fuzz outcomes: ${JSON.stringify(tally)}`));

describe.each(Object.values(createSchemaSync().getMutationType()!.getFields()).map((f) => [f.name, f] as const))(
  '%s',
  (_name, field) => {
    test('never answers INTERNAL_SERVER_ERROR; a refused call changes nothing', async () => {
      const args: Record<string, fc.Arbitrary<unknown>> = {};
      for (const arg of field.args) args[arg.name] = valueOf(arg.type, arg.name, 0);
      const inputs = fc.constantFrom(0, 0.05, 0.3).chain((hostile) => {
        const shaped: Record<string, fc.Arbitrary<unknown>> = {};
        for (const arg of field.args) shaped[arg.name] = valueOf(arg.type, arg.name, hostile);
        return fc.record(shaped);
      });
      const query = operationFor(field);
      await fc.assert(
        fc.asyncProperty(inputs, async (variables) => {
          const before = await changes();
          const response = await hub.request(query, variables);
          const codes = (response.errors ?? []).map((e) => String(e.extensions?.code));
          for (const code of codes.length ? codes : ['ok']) tally[code] = (tally[code] ?? 0) + 1;
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          if (response.errors) expect(await changes()).toBe(before);
        }),
        { numRuns: RUNS },
      );
    });
  },
);
