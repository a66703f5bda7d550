/**
 * The workbench's writer given the sheets it edits already inflated by the platform's stream
 * (inflatedParts): the same bytes as inflating them itself; only the sheets the ChangeSet edits,
 * not a generated sheet it replaces; each part used once, and checked against its CRC like any
 * other.
 */
import { strToU8, zipSync } from 'fflate';
import { emptyChangeSet, type ChangeSet } from '../../src/core/changes';
import { recalc, summarize } from '../../src/core/engine';
import { readWorkbook } from '../../src/hosts/file/read';
import { inflatedParts, writeWorkbook } from '../../src/hosts/file/write';
import { ZipArchive, ZipFormatError } from '../../src/hosts/file/zip/read';
import { planWorkbookBytes } from '../../scripts/bench/plan-xml';

const written = async (data: Uint8Array, changes: (wb: Awaited<ReturnType<typeof readWorkbook>>) => ChangeSet, ahead: boolean) => {
  const wb = await readWorkbook(data, 'plan.xlsx');
  const cs = changes(wb);
  const inflated = ahead ? await inflatedParts(data, cs) : undefined;
  const keys = [...(inflated?.keys() ?? [])];
  return { data: writeWorkbook(data, cs, wb, 'plan.xlsx', { inflated }).data, keys, left: inflated?.size ?? 0 };
};

describe('writeWorkbook with the sheets it edits inflated ahead', () => {
  let plan: Uint8Array;
  beforeAll(async () => {
    plan = await planWorkbookBytes(2, 1500);
  });

  it('a large plan recalculated: its two sheets inflated ahead and used, the same bytes written', async () => {
    // One time for both runs: the change log records the minute it was written (a minute turning between them differed).
    const re = (wb: Awaited<ReturnType<typeof readWorkbook>>) => recalc(wb, 'plan.xlsx', '2026-01-01 00:00').changes;
    const ahead = await written(plan, re, true);
    expect(ahead.keys.sort()).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    expect(ahead.left).toBe(0);
    expect(Buffer.from(ahead.data).equals(Buffer.from((await written(plan, re, false)).data))).toBe(true);
  });

  it('only the sheets whose cells it writes; not a generated sheet it replaces', async () => {
    const wb = await readWorkbook(plan, 'plan.xlsx');
    const one: ChangeSet = { ...emptyChangeSet(), cells: [{ sheet: wb.sheets[1].name, cell: 'A1', value: 'x' }] };
    expect([...(await inflatedParts(plan, one))!.keys()]).toEqual(['xl/worksheets/sheet2.xml']);
    // 集計・グラフ run twice: the second replaces the 集計 sheet made by the first, whose old text is never read.
    const sum = (w: Awaited<ReturnType<typeof readWorkbook>>) => summarize(w, 'plan.xlsx').changes;
    const first = await written(plan, sum, true);
    const again = await written(first.data, sum, true);
    expect(again.keys).toEqual([]);
    expect(Buffer.from(again.data).equals(Buffer.from((await written(first.data, sum, false)).data))).toBe(true);
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
    expect(await inflatedParts(strToU8('not a zip'), { ...emptyChangeSet(), cells: [{ sheet: '計画', cell: 'A1', value: 1 }] })).toBeUndefined();
  });
});
