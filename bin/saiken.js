#!/usr/bin/env node
// Runs the TypeScript CLI directly (no build step): tsx compiles on the fly.
require('tsx/cjs');
require('../src/cli/main.ts')
  .run(process.argv.slice(2))
  .then((code) => process.exit(code));
