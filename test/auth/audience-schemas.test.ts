import { extendSchema, getNamedType, isInterfaceType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { createSchema } from '../../src/server/schema';
import { audienceSchema, personalFieldsWithoutCategory } from '../../src/auth/audience-schema';
import {
  categoryOfField,
  categoryOfType,
  holdsPersonalData,
  mutationCategories,
} from '../../src/auth/field-categories';
import { personalFieldCategories } from '../../src/auth/personal-field-categories';
import { grantFor, policy, purposesOf } from '../../src/auth/policy';
import { Purpose, Role } from '../../src/auth/roles';

/** Fields that are special-category data (GDPR Art. 9/10) or reveal it. */
const SPECIAL = [
  'Person.needs',
  'Person.religion',
  'Person.ethnicity',
  'Person.asylumReasons',
  'Person.disabilityDegree',
];

let full: GraphQLSchema;
const audiences: [Role, Purpose][] = Object.values(Role).flatMap((role) =>
  purposesOf(role).map((p) => [role, p] as [Role, Purpose]),
);
const schemaOf = (role: Role, purpose: Purpose) => audienceSchema(full, grantFor(role, purpose)!);

function hasField(schema: GraphQLSchema, path: string): boolean {
  const [type, field] = path.split('.');
  const named = schema.getType(type);
  return Boolean(named && (isObjectType(named) || isInterfaceType(named)) && named.getFields()[field]);
}

/** Every type reachable from the schema's roots, walking every field (the paths a query could take). */
function reachableTypes(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const type = schema.getType(name);
    if (type && (isObjectType(type) || isInterfaceType(type))) {
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type).name);
      if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach((t) => visit(t.name));
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) if (root) visit(root.name);
  return seen;
}

beforeAll(async () => {
  full = await createSchema();
});

test('every object type and field of the graph has a data category (nothing is visible by accident)', () => {
  const missing: string[] = [];
  for (const type of Object.values(full.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    if (type === full.getMutationType()) {
      for (const name of Object.keys(type.getFields())) if (!mutationCategories[name]) missing.push(`Mutation.${name}`);
      continue;
    }
    // The Query root has no category of its own: each root field names one.
    if (type !== full.getQueryType() && !categoryOfType(type.name)) missing.push(type.name);
    for (const name of Object.keys(type.getFields()))
      if (!categoryOfField(type.name, name)) missing.push(`${type.name}.${name}`);
  }
  expect(missing).toEqual([]);
});

describe('fields of personal data name their category one by one', () => {
  test('a new Person field without an explicit category fails the audience schemas, instead of inheriting COMPOSITION', () => {
    const extended = extendSchema(full, parse('extend type Person { favouriteClinic: String }'));
    expect(personalFieldsWithoutCategory(extended)).toEqual(['Person.favouriteClinic']);
    expect(() => audienceSchema(extended, grantFor(Role.PROVIDER_STAFF, Purpose.SOCIAL_COUNSELLING)!)).toThrow(
      /Person\.favouriteClinic/,
    );
  });

  test('the explicit table lists exactly the fields the graph has (no stale entry after a rename)', () => {
    expect(personalFieldsWithoutCategory(full)).toEqual([]);
    const stale = Object.entries(personalFieldCategories).flatMap(([type, fields]) => {
      const graphType = full.getType(type);
      const existing =
        graphType && (isObjectType(graphType) || isInterfaceType(graphType)) ? graphType.getFields() : {};
      return Object.keys(fields)
        .filter((field) => !(field in existing))
        .map((field) => `${type}.${field}`);
    });
    expect(stale).toEqual([]);
    // Every type holding personal data has its table.
    const personalTypes = Object.values(full.getTypeMap()).filter((t) => isObjectType(t) && holdsPersonalData(t.name));
    expect(personalTypes.map((t) => t.name).filter((name) => !personalFieldCategories[name])).toEqual([]);
  });
});

test.each(audiences)('%s acting for %s gets a valid schema of its own', (role, purpose) => {
  const schema = schemaOf(role, purpose);
  expect(schema.getQueryType()).toBeDefined();
  expect(Object.keys(schema.getQueryType()!.getFields())).toContain('node');
});

describe('special-category data', () => {
  const restricted: [Role, Purpose][] = [
    [Role.PROVIDER_STAFF, Purpose.SOCIAL_COUNSELLING],
    [Role.PROVIDER_STAFF, Purpose.HOUSING_PLACEMENT],
    [Role.VOLUNTEER_COORDINATOR, Purpose.VOLUNTEER_COORDINATION],
    [Role.HOUSING_OFFICER, Purpose.HOUSING_PLACEMENT],
    [Role.PLANNER, Purpose.PLANNING],
    [Role.CASEWORKER, Purpose.HOUSING_PLACEMENT],
    [Role.DATA_PROTECTION_OFFICER, Purpose.DATA_PROTECTION_AUDIT],
  ];

  test.each(restricted)('is unreachable for %s (%s) by any path', (role, purpose) => {
    const schema = schemaOf(role, purpose);
    for (const path of SPECIAL) expect(hasField(schema, path)).toBe(false);
    const reachable = reachableTypes(schema);
    for (const type of ['Need', 'PriorityExplanation', 'PriorityCriterionContribution'])
      expect(reachable.has(type)).toBe(false);
  });

  test.each([
    [Role.CASEWORKER, Purpose.CASE_MANAGEMENT],
    [Role.ADMINISTRATOR, Purpose.ADMINISTRATION],
  ])('is there for %s (%s)', (role, purpose) => {
    for (const path of SPECIAL) expect(hasField(schemaOf(role, purpose), path)).toBe(true);
  });
});

test.each([
  [Role.PLANNER, Purpose.PLANNING],
  [Role.DATA_PROTECTION_OFFICER, Purpose.DATA_PROTECTION_AUDIT],
])('%s (%s) reaches no type about people', (role, purpose) => {
  const reachable = reachableTypes(schemaOf(role, purpose));
  for (const type of [
    'Household',
    'Person',
    'Stay',
    'Tenancy',
    'CaseAssignment',
    'Consent',
    'LegalStatus',
    'Volunteer',
  ]) {
    expect(reachable.has(type)).toBe(false);
  }
});

test('provider staff see exactly the fields DOMAIN.md allows of a person', () => {
  const schema = schemaOf(Role.PROVIDER_STAFF, Purpose.SOCIAL_COUNSELLING);
  const person = schema.getType('Person');
  expect(isObjectType(person) && Object.keys(person.getFields()).sort()).toEqual(
    [
      'age',
      'arrivedOn',
      'birthDate',
      'consents',
      'daysSinceArrival',
      'email',
      'familyName',
      'givenName',
      'household',
      'id',
      'languages',
      'phone',
      'relation',
      'sex',
    ].sort(),
  );
});

test('provider staff see of eligibility only the WBS answer, the rent ceiling and the flat size', () => {
  const schema = schemaOf(Role.PROVIDER_STAFF, Purpose.HOUSING_PLACEMENT);
  const eligibility = schema.getType('HousingEligibility');
  expect(isObjectType(eligibility) && Object.keys(eligibility.getFields()).sort()).toEqual([
    'appropriateSize',
    'asOf',
    'persons',
    'rentCeiling',
    'wbs',
  ]);
  expect(hasField(schema, 'WbsDetails.annualIncome')).toBe(false);
  expect(hasField(schema, 'HousingBenefitEligibility.reasons')).toBe(false);
  expect(hasField(schemaOf(Role.HOUSING_OFFICER, Purpose.HOUSING_PLACEMENT), 'HousingEligibility.kaution')).toBe(true);
});

test('only the data-protection officer can read the audit log; the administrator cannot', () => {
  for (const [role, purpose] of audiences) {
    expect([role, hasField(schemaOf(role, purpose), 'Query.auditEvents')]).toEqual([
      role,
      role === Role.DATA_PROTECTION_OFFICER,
    ]);
  }
});

test('mutations are only in the schemas of roles that may write their data', () => {
  expect(hasField(schemaOf(Role.PROVIDER_STAFF, Purpose.SOCIAL_COUNSELLING), 'Mutation.placeHousehold')).toBe(false);
  expect(schemaOf(Role.PLANNER, Purpose.PLANNING).getMutationType()).toBeFalsy();
  expect(hasField(schemaOf(Role.CASEWORKER, Purpose.CASE_MANAGEMENT), 'Mutation.revokeConsent')).toBe(true);
  expect(hasField(schemaOf(Role.CASEWORKER, Purpose.CASE_MANAGEMENT), 'Mutation.createApiKey')).toBe(false);
  expect(hasField(schemaOf(Role.ADMINISTRATOR, Purpose.ADMINISTRATION), 'Mutation.createApiKey')).toBe(true);
  expect(Object.keys(policy)).toHaveLength(7);
});
