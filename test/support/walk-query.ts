import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** Arguments a walk passes: a page size for connections, nothing else (required arguments are skipped). */
function argumentsOf(field: GraphQLField<unknown, unknown>): string | null {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (required.length > 0) return null;
  return field.args.some((a) => a.name === 'first') ? '(first: 5)' : '';
}

/**
 * A query that selects every field reachable from Query in `schema` down to `depth` levels: the paths a
 * client of that audience could take. Fields that need arguments without defaults are left out.
 */
export function walkQuery(schema: GraphQLSchema, depth: number): string {
  const select = (typeName: string, level: number): string => {
    const type = schema.getType(typeName);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) return '';
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const args = argumentsOf(field);
      if (args === null) continue;
      const target = getNamedType(field.type);
      if (isLeafType(target)) {
        parts.push(`${field.name}${args}`);
      } else if (level < depth) {
        const inner = select(target.name, level + 1);
        if (inner) parts.push(`${field.name}${args} { ${inner} }`);
      }
    }
    return parts.join(' ');
  };
  return `{ ${select(schema.getQueryType()!.name, 0)} }`;
}

/** A value of each scalar an argument walk sends; fields of other scalars (IDs) are left out. */
const SAMPLE_VALUES: Record<string, string> = {
  Boolean: 'true',
  Int: '1',
  Float: '1000',
  String: '"ar"',
  LocalDate: '"2025-06-01"',
  DateTimeISO: '"2026-01-01T00:00:00Z"',
};

/**
 * A query that asks every list of Query once per filter field and per sort key the schema offers (each
 * enum value of each), for the count and the order of what matches: the ways a client of that audience
 * could classify rows by an argument. One alias per argument value.
 */
export function argumentWalk(schema: GraphQLSchema): string {
  const parts: string[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const target = getNamedType(field.type);
    if (!isObjectType(target) || !target.getFields().edges) continue;
    const selection = `{ ${target.getFields().totalCount ? 'totalCount ' : ''}edges { cursor node { id } } }`;
    for (const arg of field.args.filter((a) => a.name !== 'first' && a.name !== 'after')) {
      for (const value of argumentValues(getNamedType(arg.type))) {
        parts.push(`a${parts.length}: ${field.name}(first: 5, ${arg.name}: ${value}) ${selection}`);
      }
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** One value per input field (each enum value separately), with required fields filled in. */
function argumentValues(type: GraphQLNamedType): string[] {
  if (isEnumType(type)) return type.getValues().map((v) => v.name);
  if (isScalarType(type)) return SAMPLE_VALUES[type.name] ? [SAMPLE_VALUES[type.name]] : [];
  if (!isInputObjectType(type)) return [];
  const fields = Object.values(type.getFields());
  const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
  // A single value stands for a list of one (GraphQL's input coercion).
  const requiredValue = (f: GraphQLInputField) => `${f.name}: ${argumentValues(getNamedType(f.type))[0]}`;
  const values: string[] = [];
  for (const f of fields) {
    for (const value of argumentValues(getNamedType(f.type))) {
      const others = required.filter((r) => r !== f).map(requiredValue);
      values.push(`{ ${[...others, `${f.name}: ${value}`].join(', ')} }`);
    }
  }
  return values;
}
