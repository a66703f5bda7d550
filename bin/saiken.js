#!/usr/bin/env node
// Runs the TypeScript CLI directly (no build step): tsx compiles on the fly.
// exitCode, not exit(): a large report written to a pipe must be flushed before the process ends.
require('tsx/cjs');
require('../src/cli/main.ts')
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
