import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { SecuritySettings } from './settings';

type Limit = 'depth' | 'aliases' | 'directives';

/**
 * Reports a rejected limit as a validation error (Apollo answers 400 with GRAPHQL_VALIDATION_FAILED)
 * and names the limit in `extensions.limit`. graphql-armor prefixes its messages with "Syntax Error: ",
 * which they are not.
 */
function reportAs(limit: Limit) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));
  };
}

/**
 * graphql-armor's depth, alias and directive limits as validation rules. Its other protections are
 * provided elsewhere: the token limit by graphql-js's parser (`parseOptions.maxTokens`, a clean
 * GRAPHQL_PARSE_FAILED instead of an error thrown from a plugin hook), the cost limit by
 * query-cost.ts (armor's does not know `first:`), suggestions by field-suggestions.ts (armor's mask
 * misses enum-value suggestions).
 */
export function armorValidationRules(settings: SecuritySettings): ValidationRule[] {
  const reject = (limit: Limit) => ({ propagateOnRejection: false, onReject: [reportAs(limit)], exposeLimits: true });
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: settings.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reject('depth') },
    // __typename counts too (armor allows it by default): 300 aliases of it are as many response entries.
    maxAliases: { n: settings.maxAliases, allowList: [], ...reject('aliases') },
    maxDirectives: { n: settings.maxDirectives, ...reject('directives') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules;
}
