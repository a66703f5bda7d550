/**
 * Where a command writes a workbook: checked before any work (never an input, never a read-only
 * file, never a folder, never a name Excel would not open as a workbook, never into a missing
 * folder), then written beside its target and renamed, so the output is whole or absent. Every
 * command that writes (recalc, summary, run, undo, consolidate) goes through here.
 */
import { chmod, chown, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Language } from '../i18n';
import { cliText } from './locale';
import { osDetail, osProblem } from './os-errors';

/** A message already in the user's language, for the file at hand. */
export class FileMessage extends Error {
  /** Checked by name too: undo and consolidate are bundled apart, each with its own copy of this class. */
  readonly fileMessage = true;
}

export function isFileMessage(e: unknown): e is FileMessage {
  return e instanceof FileMessage || (e instanceof Error && (e as Partial<FileMessage>).fileMessage === true);
}

export interface OutputCheck {
  /** The files the command reads: none of them is ever replaced, but with --in-place. */
  inputs: string[];
  /** Folders the inputs were gathered from: an output inside one would be read as an input next time. */
  folders?: string[];
  inPlace?: boolean;
  /** The command has no --in-place (consolidate): an input named as the output is refused outright. */
  noInPlace?: boolean;
  /** The extensions the written package may have (lower case, no dot); any workbook's by default. */
  extensions?: string[];
  language: Language;
}

const ANY_WORKBOOK = ['xlsx', 'xlsm', 'xltx', 'xltm'];

/** Before any work is written: throws a FileMessage naming the output and why it is refused. */
export async function checkOutput(output: string, check: OutputCheck): Promise<void> {
  const t = cliText(check.language);
  const target = resolve(output);
  const info = await stat(output).catch(() => null);
  const isInput = check.inputs.some((f) => resolve(f) === target) || (info !== null && (await sameFileAs(info, check.inputs)));
  if (isInput && !check.inPlace) throw new FileMessage(check.noInPlace ? t.outputIsInput(output) : t.refuseOverwrite(output));
  // Both asked: the user who meant --in-place would find the input unchanged.
  if (check.inPlace && !isInput) throw new FileMessage(t.outputBesideInPlace(output));
  const folder = check.folders?.find((d) => isInside(target, resolve(d)));
  if (folder !== undefined) throw new FileMessage(t.outputInInputFolder(output, folder));
  if (info?.isDirectory()) throw new FileMessage(t.output(output, 'is-folder', ''));
  // The written bytes are an Office Open XML package: named .xls, .csv or without an extension,
  // Excel would refuse or misread it.
  const allowed = check.extensions ?? ANY_WORKBOOK;
  const ext = /\.([^./\\]+)$/.exec(basename(output))?.[1]?.toLowerCase();
  if (!ext || !allowed.includes(ext)) throw new FileMessage(t.outputExtension(output, allowed));
  // The owner's write bit, not access(): root may write anything, but a file marked read-only
  // (Windows' read-only attribute maps to it) is the user saying "do not replace this".
  if (info && (info.mode & 0o200) === 0) throw new FileMessage(t.outputReadOnly(output));
  // A missing folder is known before the work, not after it.
  if (!info) {
    const parent = await stat(dirname(target)).catch((e: unknown) => Promise.reject(new FileMessage(t.output(output, osProblem(e), osDetail(e)))));
    if (!parent.isDirectory()) throw new FileMessage(t.output(output, 'not-folder', ''));
  }
}

/**
 * The input that is the output's very file under another spelling: another case on a file system
 * that ignores case (Windows, macOS), a link, `./` or `..` in the path.
 */
async function sameFileAs(output: Stats, inputs: string[]): Promise<boolean> {
  for (const f of inputs) {
    const info = await stat(f).catch(() => null);
    if (info && info.ino === output.ino && info.dev === output.dev && info.isFile()) return true;
  }
  return false;
}

function isInside(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
}

/**
 * Written beside the target and renamed: never a partial output file. A file replaced keeps what
 * it was to the system: a link is followed (the workbook it points to is updated, the link stays),
 * and the new file takes the old one's permissions and, where the system lets, its owner (a
 * private plan stays private). Errors name the user's path.
 */
export async function writeAtomically(path: string, data: Uint8Array, language: Language): Promise<void> {
  const target = await realpath(path).catch(() => resolve(path));
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const before = await stat(target).catch(() => null);
    // Private while it is written: the replaced file's mode is given once the workbook is whole.
    await writeFile(tmp, data, before ? { mode: 0o600 } : undefined);
    if (before) {
      // Only root may give a file away: another owner's file becomes the writer's, as a copy would.
      // A share that keeps no modes refuses chmod too: the workbook is written all the same.
      await chown(tmp, before.uid, before.gid).catch(() => undefined);
      await chmod(tmp, before.mode & 0o7777).catch(() => undefined);
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new FileMessage(cliText(language).output(path, osProblem(e), osDetail(e)));
  }
}
