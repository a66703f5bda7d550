/**
 * What a new user needs to start and test saiken, as the README and package.json state it: the
 * test command names Chromium and LibreOffice, PORT and HOST are documented, and every
 * dependency with an install script is reviewed in allowScripts (so npm ci does not warn).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean>; scripts: Record<string, string> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean; version?: string }> };

describe('setup, as documented', () => {
  it('every locked package with an install script is approved or denied in allowScripts', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path && p.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    const covered = new Set(Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(.)@.*$/, '$1')));
    expect(withScripts.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('the README names Chromium and LibreOffice beside the test command', () => {
    const block = readme.slice(0, readme.indexOf('## 何をするか'));
    // The second opening command installs and runs every test, as .ci/run does.
    expect(block).toMatch(/^npm cit\s/m);
    expect(readFileSync(join(__dirname, '../../.ci/run'), 'utf8')).toMatch(/^npm cit$/m);
    expect(block).toMatch(/npm test/);
    expect(block).toMatch(/Chromium/);
    expect(block).toMatch(/LibreOffice/);
    expect(readme).toMatch(/\| `npm test` \|[^\n]*chromium[^\n]*libreoffice-calc-nogui/i);
    // The test command leaves a running npm start alone; the README says what does not.
    expect(pkg.scripts.test).not.toMatch(/\bnpm ci\b/);
    expect(block).toMatch(/npm cit?[\s\S]{0,40}node_modules/);
  });

  it('the README documents PORT and HOST for the workbench', () => {
    expect(readme).toMatch(/PORT=\d+ npm start/);
    expect(readme).toMatch(/HOST=0\.0\.0\.0 npm start/);
  });
});
