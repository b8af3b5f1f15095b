/** Jest runs the TypeScript sources through ts-jest against a real PostgreSQL (see test/setup/). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
