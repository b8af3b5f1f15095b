import { ideScripts, ideStyles } from './assets';

/** What the browser script needs, handed over as a JSON data island. */
export interface IdeConfig {
  /** Where the fetcher posts operations (same origin). */
  endpoint: string;
  /** GraphiQL tabs: the welcome tab first, then the example operations. */
  tabs: { query: string; variables?: string; headers?: string }[];
  /** Prefix for the tabs GraphiQL keeps in localStorage; changes when the examples do, so new examples show up. */
  storageNamespace: string;
}

/**
 * Only our own files may run. No 'unsafe-eval' (the GraphiQL bundle has no eval / new Function) and no
 * inline script. GraphiQL's scroll lock injects a <style> element; it carries the per-request nonce.
 * Fonts and a few icons in graphiql.min.css are data: URLs.
 */
export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** JSON that cannot end the <script> element nor be read as HTML: <, >, & and the JS line separators are escaped. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The small HTML page: same-origin styles and scripts only, the config as data, GraphiQL started by ide.js.
 * ide.js carries the style nonce (read via document.currentScript.nonce); script-src does not list it.
 */
export function renderIdePage(options: { assetBase: string; config: IdeConfig; styleNonce: string }): string {
  const url = (file: string) => escapeAttribute(`${options.assetBase}/${file}`);
  const nonce = escapeAttribute(options.styleNonce);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lotse · GraphQL IDE</title>
${ideStyles.map((file) => `<link rel="stylesheet" href="${url(file)}">`).join('\n')}
</head>
<body>
<div id="lotse-ide"><p id="lotse-ide-loading">Loading the GraphQL IDE…</p></div>
<noscript>The GraphQL IDE needs JavaScript. The API itself answers POST requests with a JSON body at ${escapeAttribute(options.config.endpoint)}.</noscript>
<script type="application/json" id="lotse-ide-config">${jsonForScriptElement(options.config)}</script>
${ideScripts.map((file) => `<script src="${url(file)}"${file === 'ide.js' ? ` nonce="${nonce}"` : ''}></script>`).join('\n')}
</body>
</html>
`;
}
