import {
  GraphQLError,
  Kind,
  type FieldNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Limits how deep a selection below `__schema` or `__type` may go, in development too (where
 * introspection is on). The depth rule leaves `__schema` to this one, so GraphiQL's standard
 * introspection query (15 levels of `ofType`) still works while `__type { fields { type { fields … } } }`
 * and endless `ofType` chains are refused. graphql-js's own MaxIntrospectionDepthRule additionally
 * refuses more than three nested `fields`/`interfaces`/`possibleTypes`/`inputFields`.
 */
export function introspectionDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = context.getFragment(selection.name.value);
          const inner = new Set(seen).add(selection.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, inner));
        }
      }
      return deepest;
    };
    return {
      Field(node: FieldNode) {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return false;
        const depth = 1 + depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Introspection depth limit of ${maxDepth} exceeded, found ${depth}.`, {
              nodes: [node],
              extensions: { limit: 'introspectionDepth' },
            }),
          );
        }
        return false;
      },
    };
  };
}
