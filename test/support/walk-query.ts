import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
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
