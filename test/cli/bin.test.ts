/**
 * bin/saiken.js runs the bundled build (dist-cli/), never stale against src/, and its main part
 * holds no reader, engine or writer: those live in the worker's bundle, loaded per file.
 */
import { execFile } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../bin/build.js') as { ensureBuilt: () => string | null; fingerprint: () => string; OUT: string };
const root = join(__dirname, '../..');
const exec = promisify(execFile);

describe('the bundled CLI', () => {
  it('is built when missing or stale and recorded with the fingerprint of src/', () => {
    const entry = build.ensureBuilt();
    expect(entry).toBe(join(build.OUT, 'main.js'));
    expect(readFileSync(join(build.OUT, 'stamp.txt'), 'utf8')).toBe(build.fingerprint());
  }, 120000);

  it('notices a change to any file of src/', () => {
    const file = join(root, 'src/core/engine.ts');
    const { atime, mtime } = statSync(file);
    const before = build.fingerprint();
    try {
      utimesSync(file, atime, new Date(mtime.getTime() + 1000));
      expect(build.fingerprint()).not.toBe(before);
    } finally {
      utimesSync(file, atime, mtime);
    }
    expect(build.fingerprint()).toBe(before);
  });

  it('keeps the reader, engine and writer out of the main bundle (--help loads none of them)', () => {
    build.ensureBuilt();
    const main = readFileSync(join(build.OUT, 'main.js'), 'utf8');
    const worker = readFileSync(join(build.OUT, 'worker.js'), 'utf8');
    for (const name of ['openWorkbook', 'writeWorkbook', 'runSteps']) {
      expect(worker).toContain(name);
      expect(main).not.toContain(name);
    }
  }, 120000);

  it('answers --help and --version as a process', async () => {
    const help = await exec(process.execPath, [join(root, 'bin/saiken.js'), '--help'], { env: { ...process.env, SAIKEN_LANG: 'ja' } });
    expect(help.stdout).toMatch(/^使い方: saiken/);
    const version = await exec(process.execPath, [join(root, 'bin/saiken.js'), '--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  }, 120000);
});
