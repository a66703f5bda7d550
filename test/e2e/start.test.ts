/**
 * npm start (scripts/start.mjs) where the workbench cannot listen: a port already in use, or a
 * PORT that is not a port, ends with a one-line bilingual message and exit status 1, not a stack
 * trace; nothing is compiled first.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './browser';

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env: { ...process.env, SAIKEN_WORKBENCH: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start where the workbench cannot listen', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, 'localhost', resolve));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('a port in use: the friendly message, exit 1, no stack trace', async () => {
    const r = await start({ PORT: String(port), HOST: 'localhost' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`ポート ${port} は使用中です。起動中の npm start を止めるか、別のポートを指定してください（例: PORT=3001 npm start）。`);
    expect(r.stderr).toContain(`Port ${port} is already in use.`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('EADDRINUSE');
    // Nothing was compiled before the message.
    expect(r.stdout).not.toMatch(/compiled/);
  });

  it('PORT that is not a port number', async () => {
    const r = await start({ PORT: 'abc' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PORT=abc はポート番号ではありません（1〜65535）。');
  });
});
