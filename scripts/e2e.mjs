/**
 * npm run test:e2e: builds dist/ for production (as it is deployed), then runs the browser
 * end-to-end tests (test/e2e) in Debian's Chromium. SAIKEN_E2E_NO_BUILD=1 reuses an existing
 * dist/; extra arguments go to jest (e.g. -t "axe").
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.env.SAIKEN_E2E_NO_BUILD !== '1') run(bin('webpack'), ['--mode', 'production']);
run(bin('jest'), ['-c', 'test/e2e/jest.config.js', ...process.argv.slice(2)]);
