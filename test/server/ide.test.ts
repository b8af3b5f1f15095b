import { startTestHub, type TestHub } from '../support/hub';

/** The IDE through the real HTTP server: the page, its offline assets, and that GraphQL traffic still reaches Apollo. */

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let hub: TestHub;
let origin: string;
beforeAll(async () => {
  hub = await startTestHub();
  origin = new URL(hub.url).origin;
});
afterAll(() => hub.close());

async function fetchPage(): Promise<{ response: Response; html: string }> {
  const response = await fetch(hub.url, { headers: { accept: browserAccept } });
  return { response, html: await response.text() };
}

function configIsland(html: string): any {
  const match = /<script type="application\/json" id="lotse-ide-config">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no config island in the page');
  return JSON.parse(match[1]);
}

/** Every src/href in the page. */
function referencedUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
}

describe('GET /graphql from a browser', () => {
  test('returns the IDE page with a strict Content-Security-Policy', async () => {
    const { response, html } = await fetchPage();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('vary')).toMatch(/Accept/i);

    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');

    // Only the JSON data island is inline; it is not executed.
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inlineScripts).toEqual([' type="application/json" id="lotse-ide-config"']);
  });

  test('the style nonce of the CSP is handed to ide.js and differs per request', async () => {
    const first = await fetchPage();
    const second = await fetchPage();
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    const nonce = nonceOf(first.response.headers.get('content-security-policy'));
    expect(nonce).toBeDefined();
    expect(first.html).toMatch(new RegExp(`<script src="[^"]*/ide\\.js" nonce="${nonce!.replace(/[+/=]/g, '\\$&')}">`));
    expect(nonceOf(second.response.headers.get('content-security-policy'))).not.toBe(nonce);
  });

  test('the config island holds the welcome tab and every example operation', async () => {
    const { html } = await fetchPage();
    const config = configIsland(html);
    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs[0].query).toMatch(/^# Welcome to Lotse/);
    const queries: string[] = config.tabs.map((tab: { query: string }) => tab.query);
    for (const name of [
      'PlannerSiteOverview',
      'CaseworkerHouseholdDetail',
      'FrontendHouseholdList',
      'FrontendApartmentOffers',
      'VolunteerCoordinatorVolunteers',
    ]) {
      expect(queries.some((q) => q.includes(`query ${name}`))).toBe(true);
    }
    const detail = config.tabs.find((tab: { query: string }) => tab.query.includes('CaseworkerHouseholdDetail'));
    expect(JSON.parse(detail.variables)).toEqual({ id: expect.any(String) });
  });

  test('the island cannot break out of its script element', async () => {
    const { html } = await fetchPage();
    const island = /id="lotse-ide-config">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(island).not.toMatch(/[<>]/);
  });

  test('references only same-origin paths, no CDN', async () => {
    const { html } = await fetchPage();
    const urls = referencedUrls(html);
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) expect(url).toMatch(/^\/graphql\/ide\/[0-9a-f]{12}\/[\w.-]+$/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test('serves every referenced asset with a JS or CSS type and a long cache lifetime', async () => {
    const { html } = await fetchPage();
    for (const path of referencedUrls(html)) {
      const response = await fetch(origin + path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      const type = response.headers.get('content-type') ?? '';
      expect(type).toMatch(path.endsWith('.css') ? /^text\/css/ : /javascript/);
      expect(response.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
  });

  test('an unknown IDE file is a 404, not a GraphQL request', async () => {
    const response = await fetch(`${hub.url}/ide/0/nothing.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('errors');
  });
});

describe('GraphQL requests still reach Apollo', () => {
  /** The credentials every GraphQL request needs (authentication comes before Apollo). */
  const auth = async () => {
    const { 'content-type': _contentType, ...credentials } = await hub.headers();
    return credentials;
  };

  test('GET with a query parameter and Accept: application/json needs the CSRF preflight header', async () => {
    const url = `${hub.url}?query=${encodeURIComponent('{ __typename }')}`;
    // Apollo's CSRF prevention refuses a "simple" GET (one a browser sends cross-site without preflight).
    const blocked = await fetch(url, { headers: { ...(await auth()), accept: 'application/json' } });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toMatch(/Cross-Site Request Forgery/);

    const allowed = await fetch(url, {
      headers: { ...(await auth()), accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('GET with a query parameter gets JSON even when the client prefers HTML', async () => {
    const url = `${hub.url}?query=${encodeURIComponent('{ __typename }')}`;
    const response = await fetch(url, {
      headers: { ...(await auth()), accept: browserAccept, 'apollo-require-preflight': 'true' },
    });
    expect(response.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('GET without a query that does not ask for HTML is left to Apollo', async () => {
    const response = await fetch(hub.url, {
      headers: { ...(await auth()), accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(response.status).toBe(400);
  });

  test('a GraphQL request without credentials is refused before it reaches Apollo', async () => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(401);
  });

  test('POST with JSON works as before, also with the headers the IDE sends', async () => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: {
        ...(await auth()),
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        accept: browserAccept,
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
