/**
 * `saiken undo <book.xlsx> -o <out.xlsx>`: the last 再計算 undone from the change-log sheet
 * (src/core/undo.ts), written through the file host. Refused — exit code 2, the cell named, no
 * file written — where a logged cell was edited since, or when there is nothing to undo.
 */
import type { Command } from 'commander';
import { basename } from 'node:path';
import { ReadError } from '../hosts/file/read';
import { readBookFile } from './book';
import { nodeCodec } from '../hosts/file/zip/node-codec';
import { writeWorkbook } from '../hosts/file/write';
import { undoLastRecalc, undoRefusalMessage } from '../core/undo';
import { bilingual } from '../i18n';
import { cliLanguage } from './locale';
import { checkOutput, isFileMessage, writeAtomically } from './output';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env?: NodeJS.ProcessEnv;
}

function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function registerUndo(program: Command, io: Io, exit: (code: number) => void, now: () => string = localNow): void {
  program
    .command('undo')
    .description('直前の再計算を変更履歴から元に戻す / undo the last recalculation from the change log')
    .argument('<book.xlsx>')
    .requiredOption('-o, --output <out.xlsx>', '出力先 / output workbook')
    .option('--in-place', '入力ファイルを上書きする / allow overwriting the input')
    .action(async (file: string, opts: { output: string; inPlace?: boolean }) => {
      const language = cliLanguage(io.env ?? process.env);
      try {
        // The checks recalc makes, before the input is read (src/cli/output.ts).
        await checkOutput(opts.output, { inputs: [file], inPlace: opts.inPlace, language });
      } catch (e) {
        if (!isFileMessage(e)) throw e;
        io.err(e.message);
        return exit(2);
      }
      const { data, wb } = await readBookFile(file, basename(file)).catch((e: unknown) => {
        // Named by the path the user typed, as before.
        throw e instanceof ReadError && e.reason === 'not-found' ? new ReadError('not-found', file) : e;
      });
      const undo = undoLastRecalc(wb, now());
      if (!undo.ok) {
        const m = undoRefusalMessage(undo);
        io.err(`${file}: ${m.ja}\n${m.en}`);
        return exit(2);
      }
      const written = writeWorkbook(data, undo.changes, wb, basename(file), { outputName: basename(opts.output), codec: nodeCodec });
      try {
        await writeAtomically(opts.output, written.data, language);
      } catch (e) {
        if (!isFileMessage(e)) throw e;
        io.err(e.message);
        return exit(2);
      }
      io.out(bilingual('outcomeUndo', { cells: undo.restored.length }).ja);
      exit(0);
    });
}
