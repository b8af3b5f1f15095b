/**
 * Tests run the TypeScript sources through ts-jest against a real PostgreSQL: embedded by default, or
 * the server named by LOTSE_TEST_DATABASE_URL (see test/setup/global-setup.mjs).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  testTimeout: 60000,
  // Test files wait on PostgreSQL much of the time: two workers keep both cores busy (jest's default is one here).
  maxWorkers: 2,
};
