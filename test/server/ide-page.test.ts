import { contentSecurityPolicy, jsonForScriptElement, renderIdePage } from '../../src/server/ide/page';

/** The page template on its own: the JSON island and attributes cannot be broken out of. */

test('the JSON island escapes what could end the script element, and still parses back', () => {
  const value = { query: '# </script><script>alert(1)</script> <!-- & \u2028' };
  const json = jsonForScriptElement(value);
  expect(json).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(json)).toEqual(value);
});

test('asset URLs and the nonce are escaped as attributes', () => {
  const html = renderIdePage({
    assetBase: '/x"><script>',
    styleNonce: 'n"o',
    config: { endpoint: '/graphql', tabs: [], storageNamespace: 'ns' },
  });
  expect(html).not.toContain('"><script>');
  expect(html).toContain('nonce="n&quot;o"');
});

test('the CSP allows our own scripts only and styles by nonce', () => {
  const csp = contentSecurityPolicy('abc');
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("style-src 'self' 'nonce-abc'");
  expect(csp).not.toMatch(/unsafe|\*|https?:/);
});
