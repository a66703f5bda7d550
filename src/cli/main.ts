/**
 * saiken: the engine's commands on .xlsx files.
 * Exit status: 0 no errors, 1 errors found, 2 the input could not be processed.
 */
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readWorkbook, ReadError } from '../hosts/file/read';
import { inspect, exitCodeOf } from '../core/engine';
import { formatReport } from './format';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

async function load(file: string) {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    throw new ReadError('not-found', file);
  }
  return readWorkbook(data, basename(file));
}

export async function run(argv: string[], io: Io = stdio): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('saiken')
    .description('債権管理計画の計画表を認識・検証します (recognize and validate receivables plan tables)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('inspect')
    .description('認識と検証（ブックは変更しません） / recognize + validate, change nothing')
    .argument('<book.xlsx>')
    .option('--json', 'JSON のレポートを出力 / print the JSON report')
    .action(async (file: string, opts: { json?: boolean }) => {
      const wb = await load(file);
      const report = inspect(wb, basename(file));
      io.out(opts.json ? JSON.stringify(report, null, 2) : formatReport(report, wb.sheets.map((s) => s.name)));
      code = exitCodeOf(report);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof ReadError) {
      io.err(e.message);
      return 2;
    }
    if (e && typeof e === 'object' && 'exitCode' in e) {
      const ce = e as { exitCode: number; code?: string };
      return ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version' ? 0 : 2;
    }
    io.err(`saiken: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  return code;
}
