/**
 * LibreOffice headless as an independent reader: it recalculates every formula on load (the
 * profile says so) and converts to xlsx, PDF or PNG.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p)) ?? null;

/** In CI LibreOffice must be there (.ci/run installs it); elsewhere the tests say how to get it. */
export function requireLibreOffice(): boolean {
  if (SOFFICE) return true;
  if (process.env.CI) throw new Error('LibreOffice is missing: apt-get install -y libreoffice-calc-nogui python3-uno poppler-utils');
  console.warn('LibreOffice not installed: skipping (apt-get install -y libreoffice-calc-nogui poppler-utils)');
  return false;
}

const ALWAYS_RECALC = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/**
 * Converts a workbook; returns the converted file's bytes. `asInstalled`: with LibreOffice's own settings, as a colleague's
 * opens a file — an xlsx's formulas are not recalculated on load (OOXMLRecalcMode "never"): each shows the result stored
 * with it, and a formula stored with none is calculated.
 */
export function convert(data: Uint8Array, to: 'xlsx' | 'pdf', name = 'book.xlsx', asInstalled = false): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    if (!asInstalled) writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALC);
    const input = join(dir, name);
    writeFileSync(input, data);
    const out = join(dir, 'out');
    const filter = to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf';
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', out, input], {
      timeout: 120_000,
      stdio: 'pipe',
    });
    return new Uint8Array(readFileSync(join(out, name.replace(/\.xlsx$/, `.${to}`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A colleague's edit in LibreOffice (libreoffice-edit.py): rows inserted and deleted, cells typed, sheets renamed; 0-based rows. */
export type LibreOfficeEdit =
  | { sheet: string; insertRows: [number, number] }
  | { sheet: string; deleteRows: [number, number] }
  | { sheet: string; set: Record<string, string | number> }
  | { sheet: string; rename: string };

/** The system's Python, which LibreOffice's UNO bridge (python3-uno) is for. */
const PYTHON = '/usr/bin/python3';

/** The workbook edited in LibreOffice as `edits` say, in order, and saved by it as xlsx. */
export function editInLibreOffice(data: Uint8Array, edits: LibreOfficeEdit[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-lo-edit-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALC);
    const [input, output, list] = [join(dir, 'in.xlsx'), join(dir, 'out.xlsx'), join(dir, 'edits.json')];
    writeFileSync(input, data);
    writeFileSync(list, JSON.stringify(edits));
    execFileSync(PYTHON, [join(__dirname, 'libreoffice-edit.py'), profile, input, output, list], { timeout: 120_000, stdio: 'pipe' });
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
