#!/usr/bin/env node
'use strict';
// The bundled CLI (dist-cli/, rebuilt by bin/build.js whenever src/ changed); the TypeScript
// source through tsx where it cannot be built.
// exitCode, not exit(): a large report written to a pipe must be flushed before the process ends.
// A reader that closes the pipe early (`| head`) ends the output quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const entry = require('./build.js').ensureBuilt();
let main;
if (entry) main = require(entry);
else {
  require('tsx/cjs');
  main = require('../src/cli/main.ts');
}
main.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
