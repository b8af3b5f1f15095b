import { createHash, randomBytes } from 'node:crypto';
import { Router, type Request } from 'express';
import { ideAssets } from './ide/assets';
import { loadExampleOperations } from './ide/example-operations';
import { contentSecurityPolicy, renderIdePage, type IdeConfig } from './ide/page';
import { welcomeSource } from './ide/welcome';
import type { DemoCredential } from '../auth/demo-credentials';
import { Role } from '../auth/roles';

export interface IdeOptions {
  /** Folder of the example operations; schema/operations of the project by default. */
  operationsDir?: string;
  /** Demo mode only: headers per audience, offered as tabs to browsers on this machine. */
  demoCredentials?: DemoCredential[];
}

/** Loopback addresses: demo credentials are shown only to a browser on the hub's own machine. */
function isLocal(req: Request): boolean {
  return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
}

/** One tab per demo audience, with its headers filled in. */
function demoTabs(credentials: DemoCredential[]): IdeConfig['tabs'] {
  return credentials.map(({ role, headers }) => ({
    query: [
      `# Demo: acting as ${role} for the purpose ${headers['X-Lotse-Purpose']}${headers.Authorization.startsWith('ApiKey') ? ' (API key: only the registered example operations run)' : ''}.`,
      '# Refetch the schema (arrows icon on the left) to see what this audience may ask for.',
      '',
      'query WhoSeesWhat {',
      '  __typename',
      '}',
    ].join('\n'),
    headers: JSON.stringify(headers, null, 2),
  }));
}

/** Query-string parameters of a GraphQL GET request (Apollo handles those). */
const graphqlGetParameters = ['query', 'extensions', 'operationName', 'variables'];

/** A browser opening /graphql: a GET asking for HTML rather than JSON, without an operation. */
function wantsIde(req: Request): boolean {
  const query = req.query as Record<string, unknown>;
  if (graphqlGetParameters.some((name) => query[name] !== undefined)) return false;
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

/**
 * The GraphQL IDE (GraphiQL) for browsers at the mount path, fully offline: React, ReactDOM and GraphiQL
 * are served from node_modules under <mount>/ide/<version>/. Everything else falls through to Apollo.
 */
export function ideRouter(options: IdeOptions = {}): Router {
  const assets = ideAssets();
  const examples = loadExampleOperations(options.operationsDir);
  const tabs: IdeConfig['tabs'] = [
    { query: welcomeSource(examples) },
    ...examples.map(({ source, variables }) => (variables ? { query: source, variables } : { query: source })),
  ];
  const storageNamespace = createHash('sha256').update(JSON.stringify(tabs)).digest('hex').slice(0, 12);

  const router = Router();
  router.get('/ide/:version/:file', (req, res) => {
    const asset = assets.files.get(req.params.file);
    if (!asset) {
      res.sendStatus(404);
      return;
    }
    res.sendFile(asset.path, { maxAge: '365d', immutable: true, headers: { 'X-Content-Type-Options': 'nosniff' } });
  });
  // Unknown IDE paths end here instead of reaching Apollo, which would read them as GraphQL requests.
  router.use('/ide', (_req, res) => {
    res.sendStatus(404);
  });

  router.get('/', (req, res, next) => {
    res.vary('Accept');
    if (!wantsIde(req)) {
      next();
      return;
    }
    const styleNonce = randomBytes(16).toString('base64');
    const demo = options.demoCredentials?.length && isLocal(req) ? options.demoCredentials : [];
    // In demo mode the welcome tab acts as a caseworker, so documentation and completion work at once.
    const welcomeAs = demo.find((c) => c.role === Role.CASEWORKER);
    const [welcome, ...examples] = tabs;
    const config: IdeConfig = {
      endpoint: req.baseUrl || '/',
      tabs: [
        welcomeAs ? { ...welcome, headers: JSON.stringify(welcomeAs.headers, null, 2) } : welcome,
        ...examples,
        ...demoTabs(demo),
      ],
      storageNamespace,
    };
    res
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': contentSecurityPolicy(styleNonce),
        // The nonce changes per request, so the page must not be cached.
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      })
      .send(renderIdePage({ assetBase: `${req.baseUrl}/ide/${assets.version}`, config, styleNonce }));
  });
  return router;
}
