/**
 * `saiken undo <book.xlsx> -o <out.xlsx>`: the last 再計算 undone from the change-log sheet
 * (src/core/undo.ts), written through the file host. Refused — exit code 2, the cell named, no
 * file written — where a logged cell was edited since, or when there is nothing to undo.
 */
import type { Command } from 'commander';
import { basename } from 'node:path';
import { ReadError } from '../hosts/file/read';
import { openBook, readInput, type Book } from './book';
import { nodeCodec } from '../hosts/file/zip/node-codec';
import { writeWorkbook } from '../hosts/file/write';
import { undoDoneMessage, undoLastRecalc, undoRefusalMessage } from '../core/undo';
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
      /** A file refused (a FileMessage, already in the user's language, or a workbook the reader refused): said, exit 2, nothing written. */
      const refuse = (e: unknown) => {
        if (e instanceof ReadError) io.err(language === 'ja' ? e.message : e.messageEn);
        else if (isFileMessage(e)) io.err(e.message);
        else throw e;
        exit(2);
      };
      let book: Book;
      try {
        // The checks recalc makes, before the input is read (src/cli/output.ts), and the input read as recalc reads it.
        await checkOutput(opts.output, { inputs: [file], inPlace: opts.inPlace, language });
        book = await openBook(await readInput(file, language), basename(file));
      } catch (e) {
        return refuse(e);
      }
      const { data, wb } = book;
      const undo = undoLastRecalc(wb, now());
      if (!undo.ok) {
        const m = undoRefusalMessage(undo);
        io.err(`${file}: ${m[language]}`);
        return exit(2);
      }
      try {
        // The writer refuses a sheet protected since the recalculation, naming it, before anything is written.
        const written = writeWorkbook(data, undo.changes, wb, basename(file), { outputName: basename(opts.output), codec: nodeCodec });
        await writeAtomically(opts.output, written.data, language);
      } catch (e) {
        return refuse(e);
      }
      io.out(undoDoneMessage(undo)[language]);
      exit(0);
    });
}
