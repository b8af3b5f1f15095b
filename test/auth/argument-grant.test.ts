import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../../src/server/schema';
import { audienceSchema } from '../../src/auth/audience-schema';
import { enumValueCategories, inputFieldCategories } from '../../src/auth/argument-categories';
import { DataCategory } from '../../src/auth/field-categories';
import { grantFor, purposesOf } from '../../src/auth/policy';
import { Purpose, Role } from '../../src/auth/roles';

let full: GraphQLSchema;
const audiences: [Role, Purpose][] = Object.values(Role).flatMap((role) =>
  purposesOf(role).map((p) => [role, p] as [Role, Purpose]),
);

/** Everything a query of `schema` can pass as an argument: `Input.field` and `Enum.VALUE`, recursively. */
function argumentVocabulary(schema: GraphQLSchema): { inputFields: string[]; enumValues: string[] } {
  const inputFields: string[] = [];
  const enumValues: string[] = [];
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isEnumType(type)) enumValues.push(...type.getValues().map((v) => `${type.name}.${v.name}`));
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        inputFields.push(`${type.name}.${field.name}`);
        visit(getNamedType(field.type));
      }
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      type === schema.getMutationType() ||
      !(isObjectType(type) || isInterfaceType(type))
    )
      continue;
    for (const field of Object.values(type.getFields())) for (const arg of field.args) visit(getNamedType(arg.type));
  }
  return { inputFields, enumValues };
}

beforeAll(async () => {
  full = await createSchema();
});

test('every filter field and every enum value a query takes names a data category (no silent default)', () => {
  const { inputFields, enumValues } = argumentVocabulary(full);
  expect(inputFields.filter((f) => !inputFieldCategories[f])).toEqual([]);
  expect(enumValues.filter((v) => !enumValueCategories[v])).toEqual([]);
  // Nothing listed that the graph does not have (a renamed field would otherwise keep a stale entry).
  expect(Object.keys(inputFieldCategories).filter((f) => !inputFields.includes(f))).toEqual([]);
  expect(Object.keys(enumValueCategories).filter((v) => !enumValues.includes(v))).toEqual([]);
});

test.each(audiences)('every filter and order %s (%s) can send compares only data it may read', (role, purpose) => {
  const grant = grantFor(role, purpose)!;
  const readable = new Set([DataCategory.STRUCTURE, ...grant.read]);
  const schema = audienceSchema(full, grant);
  const { inputFields, enumValues } = argumentVocabulary(schema);
  const outside = [
    ...inputFields.filter((f) => !readable.has(inputFieldCategories[f])),
    ...enumValues.filter((v) => !readable.has(enumValueCategories[v])),
  ];
  expect(outside).toEqual([]);
  // What the grant does reach is still there (pruning removes exactly what is outside it).
  const { inputFields: all, enumValues: allValues } = argumentVocabulary(full);
  const reachable = (type: string) => schema.getType(type) !== undefined;
  for (const f of all.filter((f) => readable.has(inputFieldCategories[f]) && reachable(f.split('.')[0])))
    expect(inputFields).toContain(f);
  for (const v of allValues.filter((v) => readable.has(enumValueCategories[v]) && reachable(v.split('.')[0])))
    expect(enumValues).toContain(v);
});

describe('the filters and orders the audit found classifying households by hidden data are gone', () => {
  const hidden = [
    'HouseholdFilter.benefitRegimes',
    'HouseholdFilter.inCommunalAccommodation',
    'HouseholdFilter.minDaysInCommunalAccommodation',
    'HouseholdFilter.maxDaysInCommunalAccommodation',
    'HouseholdFilter.siteId',
    'HouseholdFilter.districtId',
    'HouseholdSortField.COMMUNAL_SINCE',
  ];
  test.each([
    [Role.PROVIDER_STAFF, Purpose.SOCIAL_COUNSELLING],
    [Role.PROVIDER_STAFF, Purpose.HOUSING_PLACEMENT],
    [Role.VOLUNTEER_COORDINATOR, Purpose.VOLUNTEER_COORDINATION],
  ])('for %s (%s)', (role, purpose) => {
    const { inputFields, enumValues } = argumentVocabulary(audienceSchema(full, grantFor(role, purpose)!));
    for (const path of hidden) expect([...inputFields, ...enumValues]).not.toContain(path);
    expect(inputFields).toContain('HouseholdFilter.arrivedFrom');
    expect(enumValues).toContain('HouseholdSortField.ARRIVED_ON');
  });

  test('the housing officer, who may read legal status and accommodation history, keeps them', () => {
    const { inputFields, enumValues } = argumentVocabulary(
      audienceSchema(full, grantFor(Role.HOUSING_OFFICER, Purpose.HOUSING_PLACEMENT)!),
    );
    for (const path of hidden) expect([...inputFields, ...enumValues]).toContain(path);
  });

  test('appointments cannot be filtered by medical or counselling kinds without special categories', () => {
    const coordinator = argumentVocabulary(
      audienceSchema(full, grantFor(Role.VOLUNTEER_COORDINATOR, Purpose.VOLUNTEER_COORDINATION)!),
    );
    expect(coordinator.enumValues.filter((v) => v.startsWith('AppointmentKind.')).sort()).toEqual([
      'AppointmentKind.ACCOMPANIMENT',
      'AppointmentKind.AUTHORITY_VISIT',
      'AppointmentKind.FLAT_VIEWING',
      'AppointmentKind.SCHOOL',
    ]);
    const caseManagement = argumentVocabulary(
      audienceSchema(full, grantFor(Role.CASEWORKER, Purpose.CASE_MANAGEMENT)!),
    );
    expect(caseManagement.enumValues).toEqual(
      expect.arrayContaining(['AppointmentKind.MEDICAL', 'AppointmentKind.COUNSELLING']),
    );
  });
});
