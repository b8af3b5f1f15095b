import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ListSize } from './list-sizes';

/** A `first:` argument found in an operation, with the path of its field (aliases as written). */
export interface PageRequest {
  path: string;
  first: number;
}

export interface CostEstimate {
  /** Estimated number of fields resolved; Infinity when the document is too large to estimate. */
  cost: number;
  pages: PageRequest[];
}

export interface CostOptions {
  /** Items assumed for a list field without `first:` (and without `ids:`) and without a declared size. */
  assumedListSize: number;
  /** Declared list sizes (list-sizes.ts); without them every plain list counts `assumedListSize`. */
  listSize?: (typeName: string, fieldName: string) => ListSize | undefined;
  /** Field visits after which the estimate gives up (fragment fan-out); the cost is then Infinity. */
  maxVisits?: number;
}

interface FieldGroup {
  parentType: GraphQLCompositeType;
  responseKey: string;
  nodes: FieldNode[];
}

/** The list length an enclosing field's argument sets for some of its result's fields. */
interface Sizing {
  size: number;
  fields: readonly string[];
}

/** A connection's `first:` sizes its `edges` and `nodes`. */
const CONNECTION_FIELDS = ['edges', 'nodes'];
const DEFAULT_SLICING = ['first', 'ids'];

class TooLargeToEstimate extends Error {}

/** The size a slicing argument asks for: a number as it is, a list by its length. */
function sliceOf(size: ListSize | undefined, args: Record<string, unknown>): number | undefined {
  for (const name of size?.slicingArguments ?? DEFAULT_SLICING) {
    const value = args[name];
    if (typeof value === 'number') return value;
    if (Array.isArray(value)) return value.length;
  }
  return undefined;
}

/**
 * Estimates what an operation costs before it runs: every field counts 1, and a list field multiplies
 * the cost of its selection by the number of items it can return: its `first:` (on a connection, the
 * connection's `first:` counts for its `edges` and `nodes`), the length of an `ids:` list, its declared
 * size (list-sizes.ts: `assumedSize`, or `slicingArguments`/`sizedFields` of the enclosing field), or
 * else `assumedListSize`. Fields repeated under the same response key are merged, as execution merges them;
 * `@skip`/`@include` are honoured; introspection (`__schema`, `__type`) costs nothing here (it is
 * limited by depth and off in production). `first:` values come from literals, variables or defaults.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  options: CostOptions,
): CostEstimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  // Invalid variables fail execution anyway; estimate with what was sent.
  const variables = coerced.coerced ?? rawVariables ?? {};
  const pages: PageRequest[] = [];
  const maxVisits = options.maxVisits ?? 100_000;
  let visits = 0;

  const included = (node: { readonly directives?: readonly DirectiveNode[] }) => {
    if (!node.directives?.length) return true;
    try {
      if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
      if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
    } catch {
      // a wrong directive argument fails validation or execution; count the selection
    }
    return true;
  };

  /** Groups the fields of selection sets by parent type and response key, through fragments. */
  const collect = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    groups: Map<string, FieldGroup>,
    spread: Set<string>,
  ): void => {
    for (const selection of selectionSet.selections) {
      if (++visits > maxVisits) throw new TooLargeToEstimate();
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const responseKey = selection.alias?.value ?? selection.name.value;
        const key = `${parentType.name}.${responseKey}`;
        const group = groups.get(key) ?? { parentType, responseKey, nodes: [] };
        group.nodes.push(selection);
        groups.set(key, group);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type && isCompositeType(type)) collect(selection.selectionSet, type, groups, spread);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spread.has(name)) continue;
        spread.add(name);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) collect(fragment.selectionSet, type, groups, spread);
      }
    }
  };

  const fieldOf = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined =>
    isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;

  const argumentsOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> => {
    try {
      return getArgumentValues(field, node, variables);
    } catch {
      return {};
    }
  };

  /** Cost of the merged selection sets of one field; `sizing` comes from that field's arguments. */
  const costOf = (
    selectionSets: SelectionSetNode[],
    parentType: GraphQLCompositeType,
    sizing: Sizing | undefined,
    path: string,
  ): number => {
    const groups = new Map<string, FieldGroup>();
    const spread = new Set<string>();
    for (const selectionSet of selectionSets) collect(selectionSet, parentType, groups, spread);
    let total = 0;
    for (const group of groups.values()) {
      const name = group.nodes[0].name.value;
      if (name === '__schema' || name === '__type') continue;
      if (name === '__typename') {
        total += 1;
        continue;
      }
      const field = fieldOf(group.parentType, name);
      if (!field) continue;
      const fieldPath = path ? `${path}.${group.responseKey}` : group.responseKey;
      const args = argumentsOf(field, group.nodes[0]);
      const first = typeof args.first === 'number' ? args.first : undefined;
      if (first !== undefined) pages.push({ path: fieldPath, first });
      const isList = isListType(getNullableType(field.type));
      const declared = options.listSize?.(group.parentType.name, name);
      const slice = sliceOf(declared, args);
      const inherited = sizing?.fields.includes(name) ? sizing.size : undefined;
      const items = isList ? (slice ?? inherited ?? declared?.assumedSize ?? options.assumedListSize) : 1;
      const childSizing =
        !isList && slice !== undefined
          ? { size: slice, fields: declared?.sizedFields ?? CONNECTION_FIELDS }
          : undefined;
      const childSets = group.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      const type = getNamedType(field.type);
      const childCost = childSets.length && isCompositeType(type) ? costOf(childSets, type, childSizing, fieldPath) : 0;
      total += 1 + items * childCost;
    }
    return total;
  };

  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { cost: 0, pages };
  try {
    return { cost: costOf([operation.selectionSet], rootType, undefined, ''), pages };
  } catch (error) {
    if (error instanceof TooLargeToEstimate) return { cost: Infinity, pages };
    throw error;
  }
}
