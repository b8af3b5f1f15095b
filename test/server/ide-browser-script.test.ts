import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

/**
 * ide.js runs in the browser, where no test runner reaches it; here it runs in a bare VM context with
 * React, ReactDOM, GraphiQL, the DOM, localStorage and fetch replaced by small fakes.
 */

const source = readFileSync(join(__dirname, '../../src/server/ide/ide.js'), 'utf8');

class FakeStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  keys() {
    return [...this.items.keys()];
  }
}

const config = {
  endpoint: '/graphql',
  tabs: [
    { query: '# hello\nquery Welcome { __typename }' },
    { query: 'query A($id: ID!) { node(id: $id) { id } }', variables: '{"id":"x"}' },
  ],
  storageNamespace: 'abc123',
};

function runScript(fetchResponse: { status: number; body: string }) {
  const localStorage = new FakeStorage();
  localStorage.setItem('lotse-ide:old999:graphiql:tabState', 'stale');
  localStorage.setItem('someone-else', 'kept');
  const rendered: { type?: unknown; props?: any; container?: unknown } = {};
  const container = { id: 'lotse-ide' };
  const fetch = jest.fn(async () => ({ status: fetchResponse.status, text: async () => fetchResponse.body }));
  const GraphiQL = function GraphiQL() {};
  const sandbox: Record<string, any> = {
    document: {
      currentScript: { nonce: 'style-nonce' },
      getElementById: (id: string) =>
        id === 'lotse-ide-config' ? { textContent: JSON.stringify(config) } : id === 'lotse-ide' ? container : null,
    },
    localStorage,
    fetch,
    GraphiQL,
    React: { createElement: (type: unknown, props: unknown) => ({ type, props }) },
    ReactDOM: {
      createRoot: (element: unknown) => ({
        render: (tree: { type: unknown; props: unknown }) => Object.assign(rendered, tree, { container: element }),
      }),
    },
  };
  sandbox.window = sandbox;
  runInContext(source, createContext(sandbox));
  return { rendered, sandbox, fetch, localStorage, container, GraphiQL };
}

test('renders GraphiQL into the page with the example tabs and the headers editor', () => {
  const { rendered, container, GraphiQL } = runScript({ status: 200, body: '{}' });
  expect(rendered.type).toBe(GraphiQL);
  expect(rendered.container).toBe(container);
  expect(rendered.props).toMatchObject({
    defaultTabs: config.tabs,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: true,
  });
});

test('hands the style nonce to GraphiQL through __webpack_nonce__', () => {
  expect(runScript({ status: 200, body: '{}' }).sandbox.__webpack_nonce__).toBe('style-nonce');
});

test('the fetcher posts JSON with the CSRF headers and the headers from the editor', async () => {
  const { rendered, fetch } = runScript({ status: 200, body: '{"data":{"__typename":"Query"}}' });
  const params = { query: '{ __typename }', operationName: null };
  const result = await rendered.props.fetcher(params, { headers: { Authorization: 'Bearer t' } });
  expect(result).toEqual({ data: { __typename: 'Query' } });
  expect(fetch).toHaveBeenCalledWith('/graphql', {
    method: 'POST',
    headers: { Authorization: 'Bearer t', 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
});

test('a response that is not JSON becomes a readable GraphQL error', async () => {
  const { rendered } = runScript({ status: 502, body: '<html>Bad Gateway</html>' });
  const result = await rendered.props.fetcher({ query: '{ __typename }' }, {});
  expect(result).toEqual({ errors: [{ message: 'HTTP 502: <html>Bad Gateway</html>' }] });
});

test('GraphiQL storage lives under a namespace of the examples; older namespaces are dropped', () => {
  const { rendered, localStorage } = runScript({ status: 200, body: '{}' });
  const storage = rendered.props.storage;
  storage.setItem('graphiql:tabState', '{"tabs":[]}');
  expect(localStorage.getItem('lotse-ide:abc123:graphiql:tabState')).toBe('{"tabs":[]}');
  expect(storage.getItem('graphiql:tabState')).toBe('{"tabs":[]}');
  expect(storage.length).toBe(1);
  expect(storage.key(0)).toBe('graphiql:tabState');
  storage.clear();
  expect(localStorage.keys()).toEqual(['someone-else']);
});
