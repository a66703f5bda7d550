/**
 * The sheets' parts recalc reads, kept for the writer (KeptParts, src/hosts/file/read.ts): the
 * reader hands each sheet part it inflated whole to `keep`, within a budget; the writer takes each
 * part it edits from there (WriteOptions.inflated) instead of inflating it again, and writes the
 * very bytes it writes without them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBookSheets } from '../../src/cli/book';
import { recalcSheets } from '../../src/core/engine';
import { withoutCells } from '../../src/core/cells';
import { KeptParts } from '../../src/hosts/file/read';
import { editedSheets, writeWorkbook } from '../../src/hosts/file/write';
import { nodeCodec } from '../../src/hosts/file/zip/node-codec';
import { ZipArchive } from '../../src/hosts/file/zip/read';

const sample = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../../samples', f)));

async function recalcWith(bytes: Uint8Array, kept?: KeptParts) {
  const { data, source } = await openBookSheets(bytes, 'plan.xlsx', kept);
  const done = recalcSheets(source, 'plan.xlsx', '2026-12-04 10:00');
  const read = source.sheets.map((s) => s.name);
  // What was kept once every sheet was read, before the writer takes any.
  const before = new Map(kept?.parts);
  const snapshot = { ...done.workbook, sheets: done.workbook.sheets.map(withoutCells) };
  const written = writeWorkbook(data, done.changes, snapshot, 'plan.xlsx', { codec: nodeCodec, inflated: kept?.parts }).data;
  return { data, read, changes: done.changes, before, written };
}

describe('sheet parts kept from the read for the write', () => {
  it('keeps every sheet part as inflated (not the styles or shared strings); the writer takes those it edits and writes the same bytes', async () => {
    const bytes = sample('tsuyama-plan2.xlsx');
    const kept = new KeptParts();
    const { data, read, changes, before, written } = await recalcWith(bytes, kept);
    const archive = new ZipArchive(data, nodeCodec);
    const sheetParts = archive.entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name)).map((e) => e.name);
    expect(read).toHaveLength(4);
    expect([...before.keys()].sort()).toEqual(sheetParts.sort());
    for (const [name, part] of before) expect(Buffer.from(part).equals(Buffer.from(archive.bytes(archive.get(name)!)))).toBe(true);
    // The writer took the part of each sheet it wrote into (the change log is a sheet of its own, new).
    const edited = new Set(changes.cells.map((c) => c.sheet).filter((s) => read.includes(s)));
    expect(edited.size).toBeGreaterThan(1);
    expect(kept.parts.size).toBe(sheetParts.length - edited.size);
    const without = await recalcWith(bytes);
    expect(Buffer.from(written).equals(Buffer.from(without.written))).toBe(true);
  });

  it('keeps no more than its budget: a part past it is left to be inflated again', () => {
    const kept = new KeptParts(10);
    kept.keep('a', new Uint8Array(6), 'A');
    kept.keep('b', new Uint8Array(6), 'B');
    kept.keep('c', new Uint8Array(4), 'C');
    expect([...kept.parts.keys()]).toEqual(['a', 'c']);
    // Letting a part go makes room under the budget again.
    kept.keepOnly(new Set(['C']));
    kept.keep('b', new Uint8Array(6), 'B');
    expect([...kept.parts.keys()]).toEqual(['c', 'b']);
  });

  it('lets go, before the write, the parts of the sheets it will not edit: the writer takes every part left', async () => {
    const kept = new KeptParts();
    const { data, source } = await openBookSheets(sample('tsuyama-plan2.xlsx'), 'plan.xlsx', kept);
    const done = recalcSheets(source, 'plan.xlsx', '2026-12-04 10:00');
    const edited = editedSheets(done.changes);
    // Only the plan sheets recalc writes into (not the change log, which it creates).
    const read = source.sheets.map((s) => s.name);
    const planEdited = [...edited].filter((s) => read.includes(s));
    expect(planEdited.length).toBeGreaterThan(1);
    expect(planEdited.length).toBeLessThan(read.length);
    kept.keepOnly(edited);
    expect(kept.parts.size).toBe(planEdited.length);
    const snapshot = { ...done.workbook, sheets: done.workbook.sheets.map(withoutCells) };
    writeWorkbook(data, done.changes, snapshot, 'plan.xlsx', { codec: nodeCodec, inflated: kept.parts });
    expect(kept.parts.size).toBe(0);
  });
});
