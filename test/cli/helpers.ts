import { run } from '../../src/cli/main';

export async function cli(args: string[], env: NodeJS.ProcessEnv = { ...process.env, SAIKEN_LANG: 'ja' }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
