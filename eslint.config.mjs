// ESLint 9 flat config: typescript-eslint's type-aware recommended rules, minus the few that are noise here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** `process.env` is read in src/config.ts only: one validated, documented place for configuration. */
const processEnvMessage = 'Read configuration through src/config.ts (loadConfig), not process.env';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Named explicitly (already in recommendedTypeChecked) because the issue requires them.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Apollo plugin hooks and MikroORM migrations are async by interface, with or without an await.
      '@typescript-eslint/require-await': 'off',
      // Most hits are `!` on indexed access, kept on purpose (they are needed under noUncheckedIndexedAccess).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // `_name` marks a deliberately unused binding; rest siblings drop a property from a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Also catches `const { env } = process`.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: processEnvMessage }],
    },
  },
  {
    // The places that may read process.env, each for a reason:
    files: [
      'src/config.ts', // the hub's configuration
      'test/setup/*.mjs', // jest's global setup publishes the embedded PostgreSQL's URL to the test workers
      'test/support/database.ts', // tests pick their PostgreSQL (LOTSE_TEST_DATABASE_URL), not the hub's
      'test/support/hub.ts', // the test hub's log level (TEST_LOG_LEVEL), silent by default
      'test/seed/throwaway-database.ts', // the same, for the seed tests' throwaway databases
      'test/security/rate-limit.test.ts', // the Redis the shared-counter test may use (LOTSE_TEST_REDIS_URL)
      'bench/**/*.ts', // benchmark knobs (BENCH_*), not hub configuration
      'test/reliability/{mutation-fuzz,soak}.test.ts', // FUZZ_RUNS and SOAK_SECONDS: how long to fuzz or soak
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Tests and benchmarks read GraphQL responses (JSON) as `any`; typing every body would be noise.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript is outside tsconfig.json: no type-aware rules.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  { files: ['jest.config.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  // The IDE page's script runs in the browser, with React, ReactDOM and GraphiQL loaded before it.
  {
    files: ['src/server/ide/ide.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, React: 'readonly', ReactDOM: 'readonly', GraphiQL: 'readonly' },
    },
  },
);
