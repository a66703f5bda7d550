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
  if (process.env.CI) throw new Error('LibreOffice is missing: apt-get install -y libreoffice-calc-nogui poppler-utils');
  console.warn('LibreOffice not installed: skipping (apt-get install -y libreoffice-calc-nogui poppler-utils)');
  return false;
}

const ALWAYS_RECALC = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** Converts a workbook; returns the converted file's bytes. */
export function convert(data: Uint8Array, to: 'xlsx' | 'pdf', name = 'book.xlsx'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALC);
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
