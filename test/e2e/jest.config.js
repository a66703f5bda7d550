/**
 * End-to-end tests of the built dist/ in Debian's Chromium (playwright-core, no downloaded
 * browsers). Run through scripts/e2e.mjs, which builds dist/ first.
 */
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, '../..'),
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testTimeout: 120_000,
  // One browser at a time: the tests measure load times.
  maxWorkers: 1,
};
