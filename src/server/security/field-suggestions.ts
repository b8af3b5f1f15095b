import type { ApolloServerPlugin } from '@apollo/server';

/** graphql-js's hints: ` Did you mean "households"?`, ` Did you mean the enum value "ASC" or "DESC"?` */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * Removes "Did you mean …?" from every error message, so that a schema whose introspection is off
 * cannot be guessed field by field (fields, arguments, types and enum values alike).
 */
export function blockFieldSuggestionsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}
