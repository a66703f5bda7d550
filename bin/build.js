#!/usr/bin/env node
'use strict';
/**
 * The CLI's bundled build: src/cli/main.ts (argument parsing, no reader, engine or writer) and
 * src/cli/worker.ts (everything a workbook needs) bundled into dist-cli/ with esbuild, so a call
 * starts in plain Node rather than compiling TypeScript through tsx.
 *
 * Never stale: the build records a fingerprint of src/ (every file's path, size and mtime, with
 * package.json and this file) and bin/saiken.js rebuilds when it differs. Run by `npm install`
 * (the `prepare` script) and by the first call after a change.
 */
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const OUT = join(root, 'dist-cli');
const STAMP = join(OUT, 'stamp.txt');

function fingerprint() {
  const lines = [];
  const add = (path) => {
    const s = statSync(path);
    // Rounded, not floored: a time set back through utimes (seconds as a float) may come back a
    // hair under the millisecond it had, and must still read as the same time.
    lines.push(`${path.slice(root.length)} ${s.size} ${Math.round(s.mtimeMs)}`);
  };
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) add(join(entry.parentPath ?? entry.path, entry.name));
  }
  add(join(root, 'package.json'));
  add(__filename);
  return lines.sort().join('\n');
}

/** The bundled entry point when it is current (building it first if needed), else null. */
function ensureBuilt() {
  let print;
  try {
    print = fingerprint();
  } catch {
    return null; // no src/: an installed copy without sources would ship dist-cli as built
  }
  try {
    if (readFileSync(STAMP, 'utf8') === print) return join(OUT, 'main.js');
  } catch {
    /* not built yet */
  }
  return build(print) ? join(OUT, 'main.js') : null;
}

/** Builds into a private folder and moves the files in, the stamp last: a concurrent call sees either build whole. */
function build(print = fingerprint()) {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    return false;
  }
  const tmp = join(OUT, `.build-${process.pid}`);
  try {
    mkdirSync(tmp, { recursive: true });
    esbuild.buildSync({
      absWorkingDir: root,
      entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts', undo: 'src/cli/undo.ts', consolidate: 'src/cli/consolidate.ts' },
      outdir: tmp,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      keepNames: true,
      legalComments: 'none',
      // Loaded from node_modules when first required (a workbook that stores settings, marks or
      // catalog overrides): not parsed at every start (docs/performance.md).
      external: ['zod'],
      logLevel: 'error',
    });
    for (const f of readdirSync(tmp)) renameSync(join(tmp, f), join(OUT, f));
    writeFileSync(join(tmp, 'stamp'), print);
    renameSync(join(tmp, 'stamp'), STAMP);
    return true;
  } catch (e) {
    if (require.main === module) console.error(e instanceof Error ? e.message : String(e));
    return false;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { ensureBuilt, build, fingerprint, OUT };

if (require.main === module) {
  if (!existsSync(join(root, 'src'))) process.exit(0);
  // --if-possible (the prepare script): an install never fails for it; the CLI then runs through tsx.
  process.exitCode = build() || process.argv.includes('--if-possible') ? 0 : 1;
}
