import { startTestHub, type TestHub } from '../support/hub';
import { codes, message, postJson, send } from './http';

/**
 * What arrives before any GraphQL is parsed: batches, cross-site requests, broken bodies. And what
 * leaves when something breaks inside: never a stack trace, SQL or internal names.
 */

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const typename = JSON.stringify({ query: '{ __typename }' });

describe('array batching', () => {
  test('a JSON array of operations is refused', async () => {
    const response = await postJson(hub, [{ query: '{ __typename }' }, { query: '{ households { totalCount } }' }]);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('CSRF prevention', () => {
  const csrf = /blocked as a potential Cross-Site Request Forgery \(CSRF\)/;

  test('a simple GET without a preflight header is refused', async () => {
    const response = await send(hub, {
      path: `?query=${encodeURIComponent('{ __typename }')}`,
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BAD_REQUEST']);
    expect(message(response)).toMatch(csrf);
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'a POST as %s (a form or fetch without preflight) is refused',
    async (contentType) => {
      const response = await send(hub, { method: 'POST', headers: { 'content-type': contentType }, body: typename });
      expect(response.status).toBe(400);
      expect(codes(response)).toEqual(['BAD_REQUEST']);
      expect(message(response)).toMatch(csrf);
    },
  );

  test('a GET with apollo-require-preflight and a POST as application/json pass', async () => {
    const get = await send(hub, {
      path: `?query=${encodeURIComponent('{ __typename }')}`,
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.body).toEqual({ data: { __typename: 'Query' } });
    const post = await send(hub, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typename });
    expect(post.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('broken requests', () => {
  test('a body that is not JSON gets a GraphQL-shaped error, no stack trace', async () => {
    const response = await send(hub, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(response.text).not.toMatch(/node_modules|at \w+ \(|SyntaxError/);
  });

  test('a body above 1 MB is refused as too large', async () => {
    const response = await postJson(hub, { query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
    expect(response.status).toBe(413);
    expect(codes(response)).toEqual(['QUERY_TOO_LARGE']);
    expect(response.text).not.toMatch(/node_modules|at \w+ \(/);
  });

  test('an operation without a query is a clear BAD_REQUEST', async () => {
    const response = await postJson(hub, { variables: {} });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BAD_REQUEST']);
  });
});

describe('errors never leak', () => {
  test('a forged cursor (an impossible date in the old plain format) is BAD_USER_INPUT naming `after`, without SQL or stack', async () => {
    // Cursors are sealed (test/graph/cursors.test.ts): a forged one never reaches the WHERE clause.
    const cursor = Buffer.from(JSON.stringify(['2026-13-45', 1])).toString('base64url');
    const response = await postJson(hub, {
      query: `{ households(after: "${cursor}", orderBy: { field: COMMUNAL_SINCE, direction: ASC }) { nodes { id } } }`,
    });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0]).toMatchObject({
      message: 'The cursor is not valid for this connection.',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    expect(response.text).not.toMatch(/select|communal_since|date\/time|stacktrace|node_modules|\.ts:\d+/i);
  });
});
