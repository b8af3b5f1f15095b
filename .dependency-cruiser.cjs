/**
 * Import boundaries (`npm run deps`). Dependencies point one way (ARCHITECTURE.md):
 *
 *   domain ← graph ← auth ← modules ← server ← main      (config and db below, seed beside main)
 *
 * `src/graph/` is the future kernel (Relay helpers, errors, Context, loaders, periods), today still in
 * `src/server/`; until it moves, the rules against importing `server/` report those imports.
 * Type-only imports count: a type is a dependency too.
 */
const ours = '^src/';
const entityOrEnum = '[.](entity|enums)[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the layers meaningless: one side has to move down or be passed in.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain holds pure rules: it imports nothing of ours outside itself.',
      from: { path: '^src/domain/' },
      to: { path: ours, pathNot: '^src/domain/' },
    },
    {
      name: 'domain-has-no-frameworks',
      severity: 'error',
      comment: 'No ORM, GraphQL or HTTP in the pure rules: input is a snapshot, output a decision.',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer'] },
    },
    {
      name: 'config-is-a-leaf',
      severity: 'error',
      comment: 'src/config.ts turns the environment into a validated config and depends on nothing of ours.',
      from: { path: '^src/config[.]ts$' },
      to: { path: ours },
    },
    {
      name: 'graph-imports-only-domain',
      severity: 'error',
      comment: 'The kernel every module uses (src/graph) may import the domain, nothing above it.',
      from: { path: '^src/graph/' },
      to: { path: ours, pathNot: ['^src/(graph|domain)/', '^src/config[.]ts$'] },
    },
    {
      name: 'auth-not-server',
      severity: 'error',
      comment: 'Authorization sits below the composition: what it needs from src/server belongs in src/graph.',
      from: { path: '^src/auth/' },
      to: { path: ['^src/(server|seed)/', '^src/main[.]ts$'] },
    },
    {
      name: 'auth-only-entities-of-modules',
      severity: 'error',
      comment: 'Row filters and API keys refer to module entities (and their enums); nothing else of a module.',
      from: { path: '^src/auth/' },
      to: { path: '^src/modules/', pathNot: entityOrEnum },
    },
    {
      name: 'modules-not-server',
      severity: 'error',
      comment: 'Modules are composed by src/server, so they must not import it (kernel helpers go to src/graph).',
      from: { path: '^src/modules/' },
      to: { path: ['^src/(server|seed)/', '^src/main[.]ts$'] },
    },
    {
      name: 'db-imports-no-feature-code',
      severity: 'error',
      comment:
        'src/db (ORM config, migrations, embedded PostgreSQL) imports no module: entities and subscribers are passed in.',
      from: { path: '^src/db/' },
      to: { path: '^src/(modules|auth|server|seed)/' },
    },
    {
      name: 'seed-only-from-main',
      severity: 'error',
      comment: 'The demo-data generator is a command of main, not part of serving the graph.',
      from: { path: ours, pathNot: ['^src/seed/', '^src/main[.]ts$'] },
      to: { path: '^src/seed/' },
    },
    {
      name: 'nothing-imports-main',
      severity: 'error',
      comment: 'src/main.ts is the top: take what it has (e.g. a date helper) from the layer that owns it.',
      from: { path: ours },
      to: { path: '^src/main[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
