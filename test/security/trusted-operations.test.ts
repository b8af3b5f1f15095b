import { ApolloServer } from '@apollo/server';
import { print, parse } from 'graphql';
import { loadExampleOperations } from '../../src/server/ide/example-operations';
import {
  isTrustedOperation,
  sha256,
  trustedOperations,
  TrustedOperations,
} from '../../src/server/security/trusted-operations';
import { trustedOperationsPlugin } from '../../src/server/security/trusted-operations-plugin';
import type { ViewerContext } from '../../src/server/security/viewer';
import { startTestHub, type TestHub } from '../support/hub';
import { codes, postJson } from './http';

/**
 * Partner API keys run registered operations only: the files of schema/operations/. The registry and
 * the plugin are tested here; the end-to-end test with a real API key comes with authentication.
 */

const examples = loadExampleOperations();

describe('the registry', () => {
  test('holds every file of schema/operations', () => {
    expect(trustedOperations().size).toBe(examples.length);
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  test.each(examples.map((e) => [e.file, e.source] as const))(
    '%s is trusted verbatim and reformatted',
    (_file, source) => {
      expect(isTrustedOperation(source)).toBe(true);
      // What a client build does: comments stripped, whitespace changed.
      expect(isTrustedOperation(print(parse(source)))).toBe(true);
      expect(isTrustedOperation(print(parse(source)).replace(/\s+/g, ' '))).toBe(true);
    },
  );

  test('anything else is not', () => {
    const household = examples.find((e) => e.file === 'frontend-household-list.graphql')!.source;
    expect(isTrustedOperation(household.replace('reference', 'reference familyName'))).toBe(false);
    expect(isTrustedOperation(household.replace('FrontendHouseholdList', 'Other'))).toBe(false);
    expect(isTrustedOperation('{ households { totalCount } }')).toBe(false);
    expect(isTrustedOperation('{ not graphql')).toBe(false);
    expect(isTrustedOperation('')).toBe(false);
  });

  test('finds a document by the sha256 of its exact text or of its canonical form', () => {
    const { source } = examples[0];
    expect(trustedOperations().documentFor(sha256(source))).toBe(source);
    expect(trustedOperations().documentFor(sha256(print(parse(source))))).toBe(print(parse(source)));
    expect(trustedOperations().documentFor(sha256('{ __typename }'))).toBeUndefined();
  });

  test('refuses to start with a document that does not parse', () => {
    expect(() => new TrustedOperations(['query {'])).toThrow(/does not parse/);
  });
});

describe('the plugin', () => {
  const registered = 'query Hello { hello }';
  let server: ApolloServer<ViewerContext>;
  beforeAll(async () => {
    server = new ApolloServer<ViewerContext>({
      typeDefs: 'type Query { hello: String, secret: String }',
      resolvers: { Query: { hello: () => 'world', secret: () => 'hidden' } },
      plugins: [trustedOperationsPlugin(new TrustedOperations([registered]))],
    });
    await server.start();
  });
  afterAll(() => server.stop());

  const run = (query: string | undefined, viewer?: ViewerContext['viewer'], extensions?: Record<string, unknown>) =>
    server.executeOperation({ query, extensions } as never, { contextValue: { viewer } }).then((response) => {
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { status: response.http.status, ...response.body.singleResult };
    });

  test('an API key may run a registered operation', async () => {
    expect((await run(registered, { kind: 'apiKey', id: 'apikey:1' })).data).toEqual({ hello: 'world' });
  });

  test('an API key may not run anything else: 403, OPERATION_NOT_TRUSTED, nothing executed', async () => {
    const response = await run('{ secret }', { kind: 'apiKey', id: 'apikey:1' });
    expect(response.status).toBe(403);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'API keys may run registered operations only; this operation is not registered.',
        extensions: expect.objectContaining({ code: 'OPERATION_NOT_TRUSTED' }),
      }),
    ]);
  });

  test('users and anonymous callers (a context without a viewer) are not restricted by it', async () => {
    expect((await run('{ secret }', { kind: 'user', id: 'u-1' })).data).toEqual({ secret: 'hidden' });
    expect((await run('{ secret }')).data).toEqual({ secret: 'hidden' });
  });

  test('an API key may send only the sha256 of a registered operation (Apollo persisted query)', async () => {
    const persistedQuery = { version: 1, sha256Hash: sha256(registered) };
    const response = await run(undefined, { kind: 'apiKey', id: 'apikey:1' }, { persistedQuery });
    expect(response.data).toEqual({ hello: 'world' });
  });

  test('a document an API key registered through automatic persisted queries is still refused', async () => {
    const persistedQuery = { version: 1, sha256Hash: sha256('{ secret }') };
    // Registering works for anyone (Apollo's APQ cache) …
    expect((await run('{ secret }', undefined, { persistedQuery })).data).toEqual({ secret: 'hidden' });
    // … but an API key asking for it by hash is refused.
    const response = await run(undefined, { kind: 'apiKey', id: 'apikey:1' }, { persistedQuery });
    expect(response.errors?.[0].extensions?.code).toBe('OPERATION_NOT_TRUSTED');
  });
});

describe('persisted queries through the real server', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  test('the hash of a registered operation runs it', async () => {
    const example = examples.find((e) => e.file === 'frontend-household-list.graphql')!;
    const response = await postJson(hub, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(example.source) } },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.households.totalCount).toBe(0);
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND', async () => {
    const response = await postJson(hub, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ households { totalCount } }') } },
    });
    expect(codes(response)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});
