/**
 * Two projects: the engine, hosts and CLI under Node; the task pane's components under jsdom.
 * The browser end-to-end tests (test/e2e) run in real Chromium against the built dist/ with their
 * own configuration (test/e2e/jest.config.js, through scripts/e2e.mjs).
 */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
      module: { type: 'commonjs' },
    },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  // A 2-core CI machine runs suites side by side (Jest's default leaves one core idle: one worker on
  // two cores): generous per-test time, never weaker assertions.
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testTimeout: 60000,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform,
      testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/taskpane/'],
    },
    {
      displayName: 'taskpane',
      testEnvironment: 'jsdom',
      testTimeout: 60000,
      roots: ['<rootDir>/test/taskpane'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform,
      setupFilesAfterEnv: ['<rootDir>/test/taskpane/setup.ts'],
    },
  ],
};
