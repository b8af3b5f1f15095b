/**
 * Operations generated from a schema, and what their answers really hold: for the property test of the
 * cost estimate and the execution budget, and for measuring list lengths in the demo city.
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A selection as a tree, so an answer can be walked with the types it was asked with. */
export interface Selection {
  type: GraphQLObjectType;
  fields: SelectedField[];
}
export interface SelectedField {
  name: string;
  args: Record<string, string | number>;
  isList: boolean;
  child?: Selection;
}

/** Arguments a field can be asked with: `first:` (the given value), a required enum (its first value); null when a required argument cannot be made up. */
function argumentsFor(field: GraphQLField<unknown, unknown>, first: number): Record<string, string | number> | null {
  const args: Record<string, string | number> = {};
  for (const arg of field.args) {
    if (arg.name === 'first') args.first = first;
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      const type = getNullableType(arg.type);
      if (!isEnumType(type)) return null;
      args[arg.name] = type.getValues()[0].name;
    }
  }
  return args;
}

/** Fields of a type that can be selected: leaves, and object-typed fields (not interfaces or unions). */
function selectable(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => {
    const named = getNamedType(field.type);
    return isLeafType(named) || isObjectType(named);
  });
}

/** Every field down to `depth` object levels, each page `first` long (for measuring); `only` narrows some types' fields. */
export function fullSelection(
  type: GraphQLObjectType,
  depth: number,
  first: number,
  only: Record<string, string[]> = {},
): Selection {
  const fields: SelectedField[] = [];
  for (const field of selectable(type)) {
    if (only[type.name] && !only[type.name].includes(field.name)) continue;
    const args = argumentsFor(field, first);
    if (!args) continue;
    const named = getNamedType(field.type);
    const isList = isListType(getNullableType(field.type));
    if (isLeafType(named)) fields.push({ name: field.name, args, isList });
    else if (depth > 0) {
      const child = fullSelection(named as GraphQLObjectType, depth - 1, first, only);
      if (child.fields.length) fields.push({ name: field.name, args, isList, child });
    }
  }
  return { type, fields };
}

/** Random paths through a schema's object and list fields, with random `first:`. */
export function selectionArbitrary(
  root: GraphQLObjectType,
  maxDepth: number,
  pageSizes: number[],
): fc.Arbitrary<Selection> {
  const at = (type: GraphQLObjectType, depth: number): fc.Arbitrary<Selection> => {
    const fields = selectable(type);
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const objects = depth > 0 ? fields.filter((f) => isObjectType(getNamedType(f.type))) : [];
    const leaf = leaves.length
      ? fc.constantFrom(...leaves).map((f) => ({ name: f.name, args: {}, isList: false }) as SelectedField)
      : fc.constant(undefined);
    const nested = objects.length
      ? fc.array(
          fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...pageSizes)).chain(([field, first]) => {
            const args = argumentsFor(field, first);
            if (!args || field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined && !args[a.name]))
              return fc.constant(undefined);
            return at(getNamedType(field.type) as GraphQLObjectType, depth - 1).map(
              (child) =>
                ({ name: field.name, args, isList: isListType(getNullableType(field.type)), child }) as SelectedField,
            );
          }),
          { minLength: 0, maxLength: 2 },
        )
      : fc.constant([]);
    return fc.tuple(leaf, nested).map(([leafField, nestedFields]) => {
      const chosen = [leafField, ...nestedFields].filter((f): f is SelectedField => f !== undefined);
      // one field per name: the estimate merges repeats, and so does execution
      const unique = [...new Map(chosen.map((f) => [f.name, f])).values()];
      return { type, fields: unique.length ? unique : [{ name: '__typename', args: {}, isList: false }] };
    });
  };
  return at(root, maxDepth).filter((selection) => selection.fields.some((f) => f.child));
}

/** The selection as GraphQL text. */
export function print(selection: Selection): string {
  const field = (f: SelectedField) => {
    const args = Object.entries(f.args).map(([k, v]) => `${k}: ${typeof v === 'number' ? v : v}`);
    return `${f.name}${args.length ? `(${args.join(', ')})` : ''}${f.child ? ` ${print(f.child)}` : ''}`;
  };
  return `{ ${selection.fields.map(field).join(' ')} }`;
}

/** What an answer holds: every field in it (what the cost counts), and the longest list per `Type.field`. */
export interface AnswerSize {
  fields: number;
  longest: Map<string, number>;
}

export function measure(
  selection: Selection,
  data: Record<string, unknown>,
  into: AnswerSize = { fields: 0, longest: new Map() },
): AnswerSize {
  for (const field of selection.fields) {
    const value = data[field.name];
    into.fields += 1;
    if (!field.child || value == null) continue;
    const items = Array.isArray(value) ? value : [value];
    if (field.isList) {
      const key = `${selection.type.name}.${field.name}`;
      into.longest.set(key, Math.max(into.longest.get(key) ?? 0, items.length));
    }
    for (const item of items) if (item != null) measure(field.child, item as Record<string, unknown>, into);
  }
  return into;
}

export function rootOf(schema: GraphQLSchema): GraphQLObjectType {
  return schema.getQueryType()!;
}
