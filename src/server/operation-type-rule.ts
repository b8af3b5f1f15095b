import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose root type the audience's schema does not have (a mutation where the
 * audience may change nothing, any subscription): graphql-js would only fail at execution, as an
 * internal error. As a validation error it is GRAPHQL_VALIDATION_FAILED (400) and runs nothing.
 */
export const operationTypeExistsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `This schema has no ${node.operation} operations: the audience may not send ${node.operation}s.`,
        {
          nodes: node,
          extensions: { operation: node.operation },
        },
      ),
    );
  },
});
