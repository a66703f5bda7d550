/**
 * The workbench's writer given its package's large parts already inflated by the platform's
 * stream (inflatedParts): the same bytes as inflating them itself, on every sample and on a large
 * plan; each part used once, and checked against its CRC like any other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { recalc } from '../../src/core/engine';
import { readWorkbook } from '../../src/hosts/file/read';
import { inflatedParts, writeWorkbook } from '../../src/hosts/file/write';
import { ZipArchive, ZipFormatError } from '../../src/hosts/file/zip/read';
import { planWorkbookBytes } from '../../scripts/bench/plan-xml';

const root = join(__dirname, '../..');

async function recalcWritten(data: Uint8Array, name: string, inflated?: Map<string, Uint8Array>) {
  const wb = await readWorkbook(data, name);
  return writeWorkbook(data, recalc(wb, name).changes, wb, name, { inflated }).data;
}

describe('writeWorkbook with parts inflated ahead', () => {
  let plan: Uint8Array;
  beforeAll(async () => {
    plan = await planWorkbookBytes(2, 1500);
  });

  it('a large plan recalculated: its sheets inflated ahead, the same bytes written', async () => {
    const names = (await readWorkbook(plan, 'plan.xlsx')).sheets.map((s) => s.name);
    // Only the sheets named (those the ChangeSet edits).
    expect([...(await inflatedParts(plan, names.slice(1)))!.keys()]).toEqual(['xl/worksheets/sheet2.xml']);
    const inflated = (await inflatedParts(plan, names))!;
    expect([...inflated.keys()].sort()).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    const [ahead, own] = [await recalcWritten(plan, 'plan.xlsx', inflated), await recalcWritten(plan, 'plan.xlsx')];
    // Every sheet was edited: what was handed over was used (and let go).
    expect(inflated.size).toBe(0);
    expect(Buffer.from(ahead).equals(Buffer.from(own))).toBe(true);
  });

  it.each(readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.xlsx')))('%s: the same bytes', async (f) => {
    const data = new Uint8Array(readFileSync(join(root, 'samples', f)));
    const ahead = await recalcWritten(data, f, await inflatedParts(data, (await readWorkbook(data, f)).sheets.map((s) => s.name)));
    expect(Buffer.from(ahead).equals(Buffer.from(await recalcWritten(data, f)))).toBe(true);
  });

  it('a part handed over is checked against its CRC, and used once', () => {
    const text = `<a>${'<b>1</b>'.repeat(10_000)}</a>`;
    const zip = zipSync({ 'a.xml': strToU8(text) });
    // Bytes of the right size that are not the part's: refused as damaged, not used.
    const wrong = new ZipArchive(zip, undefined, new Map([['a.xml', strToU8(text.replace('1', '2'))]]));
    expect(() => wrong.bytes(wrong.entries[0])).toThrow(ZipFormatError);
    const given = strToU8(text);
    const a = new ZipArchive(zip, undefined, new Map([['a.xml', given]]));
    const first = a.bytes(a.entries[0]);
    const second = a.bytes(a.entries[0]);
    expect(first).toBe(given);
    expect(second).not.toBe(given);
    expect(Buffer.from(second).equals(Buffer.from(given))).toBe(true);
  });

  it('a package that is not a zip: no parts, and the writer says what is wrong', async () => {
    expect(await inflatedParts(strToU8('not a zip'), ['計画'])).toBeUndefined();
  });
});
