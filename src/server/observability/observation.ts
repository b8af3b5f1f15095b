import type { ApolloServerPlugin } from '@apollo/server';

/** What a request log line and the metrics know of a GraphQL request; never personal data or values. */
export interface Observation {
  operation?: string;
  audience?: string;
  errorCode?: string;
}

/** A symbol key: Apollo shallow-clones the context per operation, and Object.assign keeps symbols. */
const OBSERVATION = Symbol('observation');

/** Ties a request's context to its observation (res.locals), so Apollo's hooks can fill it in. */
export function observe(context: object, observation: Observation): void {
  (context as Record<symbol, Observation>)[OBSERVATION] = observation;
}

/** Names of operations as labels: the first 200 distinct ones, `other` after (metrics stay bounded). */
const knownOperations = new Set<string>();
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (knownOperations.has(name)) return name;
  if (knownOperations.size >= 200 || !/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'other';
  knownOperations.add(name);
  return name;
}

/** Records the operation name, the audience and the first error code of each response. */
export function observationPlugin<T extends object>(audience: string): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      const observation = (contextValue as Record<symbol, Observation | undefined>)[OBSERVATION];
      if (observation) observation.audience = audience;
      return {
        async willSendResponse({ operationName, response }) {
          if (!observation) return;
          observation.operation = operationLabel(operationName);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          if (typeof code === 'string') observation.errorCode = code;
        },
      };
    },
  };
}
