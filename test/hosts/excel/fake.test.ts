/**
 * The fake keeps the real API's rules that the host relies on; if it did not, the host's tests
 * would prove nothing.
 */
import { FakeExcel, RichApiError } from '../../fakes/excel';
import { sheetFromGrid } from '../../../src/core/workbook';

const book = () => FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('s', [['a', 1], ['b', 2]])] });
const ctxOf = async <T>(fake: FakeExcel, batch: (ctx: Excel.RequestContext) => Promise<T>) => fake.run({}, batch);

it('a property read before load() and sync() throws PropertyNotLoaded', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('s').getRange('A1:B2');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    r.load('values');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(r.values).toEqual([['a', 1], ['b', 2]]);
  });
  expect(fake.syncCount).toBe(1);
});

it('a load queued before a write sees the cell as it was', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('s').getRange('B1');
    r.load('values');
    r.values = [[5]];
    const after = ctx.workbook.worksheets.getItem('s').getRange('B1').load('values');
    await ctx.sync();
    expect([r.values, after.values]).toEqual([[[1]], [[5]]]);
  });
});

it('an array of the wrong size fails its batch; the actions before it stay applied (no transaction)', async () => {
  const fake = book();
  await expect(
    ctxOf(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('s');
      ws.getRange('A1').values = [['x']];
      ws.getRange('A1:B1').values = [['only one']];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  expect(fake.cell('s', 'A1')?.value).toBe('x');
});

it('an operation\'s error names it (debugInfo.errorLocation); a request refused whole names none', async () => {
  const fake = book();
  fake.sheet('s').protected = true;
  const failed = ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').getRange('A1:B1').values = [['x', 'y']];
    ctx.workbook.worksheets.getItem('nope').getRange('A1').values = [['x']];
    await ctx.sync();
  });
  await expect(failed).rejects.toMatchObject({ code: 'AccessDenied', debugInfo: { errorLocation: 'Range.values' } });
  fake.sheet('s').protected = false;
  const missing = ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('nope').getRange('A1').values = [['x']];
    await ctx.sync();
  });
  await expect(missing).rejects.toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: expect.stringMatching(/\S/) } });
  fake.failNextSync('GeneralException');
  const whole = ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').getRange('A1').values = [['x']];
    await ctx.sync();
  });
  await expect(whole).rejects.toMatchObject({ code: 'GeneralException', debugInfo: { errorLocation: undefined } });
  expect(fake.cell('s', 'A1')?.value).toBe('a');
});

it('a host whose errors name no operation (errorsUnlocated, "if available"): the operations before it stay applied all the same', async () => {
  const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('s', [['a', 1]])] }, { errorsUnlocated: true });
  const failed = ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').getRange('A1').values = [['written']];
    ctx.workbook.worksheets.getItem('nope').getRange('A1').values = [['x']];
    await ctx.sync();
  });
  await expect(failed).rejects.toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: undefined } });
  expect(fake.cell('s', 'A1')?.value).toBe('written');
});

it('"=..." written to values is a formula, "\'=..." is text, "12" is a number, null leaves a cell', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').getRange('A1:D1').values = [['=B1*2', "'=B1", '12', null]];
    await ctx.sync();
  });
  expect(fake.cell('s', 'A1')).toMatchObject({ formula: '=B1*2' });
  expect(fake.cell('s', 'B1')).toMatchObject({ value: '=B1', quotePrefix: true });
  expect(fake.cell('s', 'C1')).toMatchObject({ value: 12 });
  expect(fake.cell('s', 'D1')).toBeUndefined();
});

it('"+…" and "-…" written to values are formulas unless numbers; a sign alone, or "△ 5", is text (Range.values)', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').getRange('A1:F1').values = [['+B1', '-B1*2', '-5', '+81', '-', '△ 5']];
    await ctx.sync();
  });
  expect(fake.cell('s', 'A1')).toMatchObject({ formula: '=+B1' });
  expect(fake.cell('s', 'B1')).toMatchObject({ formula: '=-B1*2' });
  expect([fake.cell('s', 'C1')?.value, fake.cell('s', 'D1')?.value]).toEqual([-5, 81]);
  expect([fake.cell('s', 'E1'), fake.cell('s', 'F1')]).toEqual([{ value: '-' }, { value: '△ 5' }]);
});

it('null objects: isNullObject loaded, other properties undefined', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const missing = ctx.workbook.worksheets.getItemOrNullObject('nope').load('name');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(missing.name).toBeUndefined();
  });
});

it('isNullObject is loaded by the sync with no load(), not before it; getItem of what is not there fails the sync, used or not', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const missing = ctx.workbook.worksheets.getItemOrNullObject('nope');
    const there = ctx.workbook.worksheets.getItemOrNullObject('s');
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect([missing.isNullObject, there.isNullObject]).toEqual([true, false]);
    ctx.workbook.worksheets.getItem('nope');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: 'WorksheetCollection.getItem' } });
  });
});

it('an address Excel cannot read fails the sync where getRange was queued, not the call', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('s');
    ws.getRange('A1').values = [['kept']];
    expect(() => ws.getRange('not an address')).not.toThrow();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Worksheet.getRange' } });
  });
  expect(fake.cell('s', 'A1')?.value).toBe('kept');
});

it('a used range asked of a sheet taken by getItem that is not there fails ItemNotFound; of getItemOrNullObject, a null object', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const unused = ctx.workbook.worksheets.getItemOrNullObject('nope').getUsedRangeOrNullObject().load('address');
    await ctx.sync();
    expect(unused.isNullObject).toBe(true);
    ctx.workbook.worksheets.getItem('nope').getUsedRangeOrNullObject().load('address');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

it('a very hidden sheet is not deleted (InvalidOperation); hidden first, it is', async () => {
  const fake = book();
  fake.sheet('s').visibility = 'VeryHidden';
  await ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    const ws = ctx.workbook.worksheets.getItem('s');
    ws.visibility = 'Hidden';
    ws.delete();
    await ctx.sync();
  });
  expect(fake.state.sheets).toEqual([]);
});

it('a sheet name must be fewer than 32 characters (Excel.Worksheet.name), added or renamed', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.add('x'.repeat(31));
    await ctx.sync();
    ctx.workbook.worksheets.add('y'.repeat(32));
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ctx.workbook.worksheets.getItem('s').name = 'z'.repeat(32);
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Worksheet.name' } });
  });
  expect(fake.state.sheets.map((s) => s.name)).toEqual(['s', 'x'.repeat(31)]);
});

it('alignment and wrapping are formatting: in the used range with formats, copied with formats, cleared with formats (Excel.ClearApplyTo)', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('s');
    ws.getRange('D5').format.horizontalAlignment = 'Right';
    ws.getRange('D5').format.wrapText = true;
    const used = ws.getUsedRange(false).load('address');
    ws.getRange('E6').copyFrom('D5', 'Formats');
    await ctx.sync();
    expect(used.address).toBe('s!A1:D5');
  });
  expect(fake.cell('s', 'E6')).toMatchObject({ horizontalAlignment: 'Right', wrapText: true });
  await ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').getRange('D5:E6').clear('Formats');
    await ctx.sync();
  });
  expect([fake.cell('s', 'D5'), fake.cell('s', 'E6')]).toEqual([undefined, undefined]);
});

it('a RangeAreas address names the sheet for each area, joined by ", " (Excel.RangeAreas.address)', async () => {
  const fake = book();
  fake.sheet('s').merges.push({ top: 0, left: 0, bottom: 0, right: 1 }, { top: 2, left: 0, bottom: 2, right: 1 });
  await ctxOf(fake, async (ctx) => {
    const merges = ctx.workbook.worksheets.getItem('s').getRange('A1:B3').getMergedAreasOrNullObject().load('address');
    await ctx.sync();
    expect(merges.address).toBe('s!A1:B1, s!A3:B3');
  });
});

it('a rule set with no prompt or alert reads the defaults: showPrompt false, showAlert true (Stop)', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const dv = ctx.workbook.worksheets.getItem('s').getRange('B1:B2').dataValidation;
    dv.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } };
    dv.load('type,prompt,errorAlert');
    await ctx.sync();
    expect([dv.type, dv.prompt.showPrompt, dv.errorAlert.showAlert, dv.errorAlert.style]).toEqual(['WholeNumber', false, true, 'Stop']);
  });
});

it('print title rows are any address spanning whole rows, with or without the sheet (PageLayout.setPrintTitleRows)', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('s');
    ws.pageLayout.setPrintTitleRows("'s'!$1:$2");
    await ctx.sync();
    ws.pageLayout.setPrintTitleRows('A1:B2');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
  expect(fake.sheet('s').print?.printTitleRows).toBe("'s'!$1:$2");
});

it('a blank number format resets the cell to General', async () => {
  const fake = book();
  fake.setCell('s', 'B1', { numberFormat: '0.0' });
  await ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').getRange('B1').numberFormat = [['']];
    await ctx.sync();
  });
  expect(fake.cell('s', 'B1')?.numberFormat).toBeUndefined();
});

it('writes to a protected sheet fail with AccessDenied; members of a missing set with ApiNotFound', async () => {
  const fake = book();
  fake.sheet('s').protected = true;
  await expect(ctxOf(fake, async (ctx) => void (ctx.workbook.worksheets.getItem('s').getRange('A1').values = [[1]]))).rejects.toBeInstanceOf(RichApiError);
  const old = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('s', [['a']])] }, { apiVersion: '1.12' });
  await expect(
    ctxOf(old, async (ctx) => {
      ctx.workbook.worksheets.getItem('s').getRange('A1').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
  expect(old.isSetSupported('ExcelApi', '1.12')).toBe(true);
  expect(old.isSetSupported('ExcelApi', '1.13')).toBe(false);
});

it('cell-edit mode fails a batch before anything runs, unless the run waits for the cell', async () => {
  const fake = book();
  fake.enterCellEditMode();
  await expect(
    fake.run({ delayForCellEdit: false }, async (ctx) => {
      ctx.workbook.worksheets.getItem('s').getRange('A1').values = [['x']];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  expect(fake.cell('s', 'A1')?.value).toBe('a');
});

it('records each sync’s estimated request and response', async () => {
  const fake = book();
  await ctxOf(fake, async (ctx) => {
    ctx.workbook.worksheets.getItem('s').getRange('A1').values = [['日本語']];
    ctx.workbook.worksheets.getItem('s').getRange('A1:B2').load('values');
    await ctx.sync();
  });
  expect(fake.syncs[0].request).toBeGreaterThan(Buffer.byteLength('[["日本語"]]'));
  expect(fake.syncs[0].response).toBeGreaterThan(10);
});

describe('tables (Excel.TableCollection.add, Excel.Table)', () => {
  const two = () => FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('s', [['a', 'b'], [1, 2], [3, 4]]), sheetFromGrid('t', [['x'], [1]])] });

  it('adds a table named TableN with the default style; a name and style can be set', async () => {
    const fake = two();
    await ctxOf(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('s');
      const t = ws.tables.add(ws.getRange('A1:B3'), true);
      t.name = '明細表';
      t.style = 'TableStyleLight9';
      const u = ctx.workbook.worksheets.getItem('t').tables.add("'t'!A1:A2", true);
      const all = ctx.workbook.tables.load('items/name');
      await ctx.sync();
      expect(all.items.map((x) => x.name)).toEqual(['明細表', 'Table1']);
      u.load('name');
      await ctx.sync();
      expect(u.name).toBe('Table1');
    });
    expect(fake.sheet('s').tables).toEqual([{ name: '明細表', area: { top: 0, left: 0, bottom: 2, right: 1 }, hasHeaders: true, style: 'TableStyleLight9' }]);
  });

  it('without headers, a header row is made and the data with the cells below it move down a row (TableCollection.add; office-js#196)', async () => {
    const fake = two();
    await ctxOf(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('s');
      ws.getRange('C1').values = [['beside']];
      ws.tables.add(ws.getRange('A2:B3'), false);
      await ctx.sync();
    });
    const values = (ref: string) => fake.cell('s', ref)?.value;
    expect(['A1', 'A2', 'B2', 'A3', 'A4', 'B4', 'C1', 'C2'].map(values)).toEqual(['a', 'Column1', 'Column2', 1, 3, 4, 'beside', undefined]);
    expect(fake.sheet('s').tables).toEqual([{ name: 'Table1', area: { top: 1, left: 0, bottom: 3, right: 1 }, hasHeaders: true, style: 'TableStyleMedium2' }]);
  });

  it('a header row alone gets an empty data row, the cells below pushed down (office-js#1197); a bare address on the workbook’s collection is on the active sheet', async () => {
    const fake = two();
    await ctxOf(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('t').activate();
      ctx.workbook.tables.add('A1:A1', true);
      await ctx.sync();
    });
    expect([fake.cell('t', 'A1')?.value, fake.cell('t', 'A2'), fake.cell('t', 'A3')?.value]).toEqual(['x', undefined, 1]);
    expect(fake.sheet('t').tables?.[0].area).toEqual({ top: 0, left: 0, bottom: 1, right: 0 });
  });

  it('refuses a table over another table (InvalidArgument)', async () => {
    const fake = two();
    await ctxOf(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('s');
      ws.tables.add(ws.getRange('A1:B3'), true);
      await ctx.sync();
      ws.tables.add(ws.getRange('B3:C5'), true);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument', message: "A table can't overlap another table." });
    });
    expect(fake.sheet('s').tables).toHaveLength(1);
  });

  it('refuses a table over merged cells (MergedRangeConflict)', async () => {
    const fake = two();
    fake.sheet('s').merges.push({ top: 3, left: 1, bottom: 3, right: 2 });
    await ctxOf(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('s');
      ws.tables.add(ws.getRange('A1:B4'), true);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'MergedRangeConflict' });
      ws.tables.add(ws.getRange('A1:B3'), true);
      await ctx.sync();
    });
    expect(fake.sheet('s').tables).toHaveLength(1);
  });

  it('refuses a name another table uses on any sheet (any case), a defined name, or a bad name (InvalidArgument)', async () => {
    for (const bad of ['meisai', 'Totals', 'with space', 'A1', '1x']) {
      const fake = two();
      fake.state.names.push({ name: 'Totals', formula: '=1', comment: '', visible: true });
      await ctxOf(fake, async (ctx) => {
        const s = ctx.workbook.worksheets.getItem('s');
        s.tables.add(s.getRange('A1:B3'), true).name = 'Meisai';
        await ctx.sync();
        const t = ctx.workbook.worksheets.getItem('t');
        t.tables.add(t.getRange('A1:A2'), true).name = bad;
        await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      });
      // The table was added before its name failed: it keeps the default name.
      expect([bad, fake.sheet('t').tables?.map((x) => x.name)]).toEqual([bad, ['Table1']]);
    }
  });

  it('delete() takes the table away and keeps its cells', async () => {
    const fake = two();
    await ctxOf(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('s');
      ws.tables.add(ws.getRange('A1:B3'), true).name = 'T';
      await ctx.sync();
      ws.tables.getItem('T').delete();
    });
    expect(fake.sheet('s').tables).toEqual([]);
    expect(fake.cell('s', 'B3')?.value).toBe(4);
  });

  it('refuses a table on a protected sheet (AccessDenied)', async () => {
    const fake = two();
    fake.sheet('s').protected = true;
    await expect(
      ctxOf(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('s');
        ws.tables.add(ws.getRange('A1:B3'), true);
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('array formulas (legacy arrays and dynamic spills, see ArrayState)', () => {
  /** B1:B3 {=A1:A3*2} (legacy), D1 =A1:A3 spilling over D1:D3 (dynamic). */
  const arrays = () => {
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('s', [[1, 2, null, 1], [2, 4, null, 2], [3, 6, null, 3]])] });
    fake.setCell('s', 'B1', { formula: '=A1:A3*2' });
    fake.addArray('s', 'B1:B3', false);
    fake.setCell('s', 'D1', { formula: '=A1:A3' });
    fake.addArray('s', 'D1:D3', true);
    return fake;
  };

  it('a legacy array reads its formula in every cell; a spill in its anchor only', async () => {
    const fake = arrays();
    await ctxOf(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('s').getRange('B1:D3').load('formulas');
      await ctx.sync();
      expect(r.formulas).toEqual([['=A1:A3*2', '', '=A1:A3'], ['=A1:A3*2', '', 2], ['=A1:A3*2', '', 3]]);
    });
  });

  it('hasSpill, savedAsArray and getSpillingToRangeOrNullObject answer as the reference says', async () => {
    const fake = arrays();
    await ctxOf(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('s');
      const load = (ref: string) => ws.getRange(ref).load('hasSpill,savedAsArray');
      const [all, spill, legacy, spilled, plain] = ['A1:D3', 'D1:D3', 'B1:B3', 'D2', 'A1:A3'].map(load);
      const anchor = ws.getRange('D1').getSpillingToRangeOrNullObject().load('address');
      const notAnchor = ws.getRange('D2').getSpillingToRangeOrNullObject().load('address');
      const legacyCell = ws.getRange('B1').getSpillingToRangeOrNullObject().load('address');
      await ctx.sync();
      expect([all, spill, legacy, spilled, plain].map((r) => [r.hasSpill, r.savedAsArray])).toEqual([
        [null, null],
        [true, null],
        [false, true],
        [true, false],
        [false, false],
      ]);
      expect([anchor.isNullObject, anchor.address, notAnchor.isNullObject, legacyCell.isNullObject]).toEqual([false, 's!D1:D3', true, true]);
    });
  });

  it('a write into part of a legacy array fails its batch (what ran before stays); one over the whole array replaces it', async () => {
    const fake = arrays();
    await expect(
      ctxOf(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('s');
        ws.getRange('C1').values = [['before']];
        ws.getRange('B2').formulas = [['=A2']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.cell('s', 'C1')?.value).toBe('before');
    expect(fake.cell('s', 'B2')?.formula).toBe('=A1:A3*2');
    await ctxOf(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('s').getRange('B1:B3').formulas = [['=A1'], ['=A2'], ['=A3']];
      await ctx.sync();
    });
    expect(fake.cell('s', 'B2')?.formula).toBe('=A2');
    expect(fake.sheet('s').arrays).toEqual([expect.objectContaining({ dynamic: true })]);
  });

  it('a value written into a spill range is kept and the anchor shows #SPILL!, the other spilled values gone', async () => {
    const fake = arrays();
    await ctxOf(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('s').getRange('D2').values = [[9]];
      await ctx.sync();
    });
    expect(fake.cell('s', 'D1')).toMatchObject({ formula: '=A1:A3', value: { error: '#SPILL!' } });
    expect(fake.cell('s', 'D2')?.value).toBe(9);
    expect(fake.cell('s', 'D3')).toBeUndefined();
    expect(fake.sheet('s').arrays?.some((x) => x.dynamic)).toBe(false);
  });

  it('a formula written over a spill anchor replaces it, its spill gone', async () => {
    const fake = arrays();
    await ctxOf(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('s').getRange('D1').formulas = [['=A1']];
      await ctx.sync();
    });
    expect(fake.cell('s', 'D1')?.formula).toBe('=A1');
    expect([fake.cell('s', 'D2'), fake.cell('s', 'D3')]).toEqual([undefined, undefined]);
  });
});

describe('comments, notes and custom properties as their references say', () => {
  it('a comment or note on more than one cell fails (InvalidArgument, InvalidCellAddress); a comment’s string address names its sheet', async () => {
    const fake = book();
    const add = (queue: (ctx: Excel.RequestContext) => void) =>
      ctxOf(fake, async (ctx) => {
        queue(ctx);
        await ctx.sync();
      });
    const ws = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('s');
    await expect(add((ctx) => ctx.workbook.comments.add(ws(ctx).getRange('A1:B1'), 'x'))).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'CommentCollection.add' } });
    await expect(add((ctx) => ws(ctx).notes.add(ws(ctx).getRange('A1:A2'), 'x'))).rejects.toMatchObject({ code: 'InvalidCellAddress', debugInfo: { errorLocation: 'NoteCollection.add' } });
    await expect(add((ctx) => ctx.workbook.comments.add('A1', 'x'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await add((ctx) => ctx.workbook.comments.add('s!A1', 'x'));
    await add((ctx) => ws(ctx).notes.add('B2', 'y'));
    expect(fake.state.annotations.map((a) => [a.kind, a.sheet, a.cell])).toEqual([['comment', 's', 'A1'], ['note', 's', 'B2']]);
  });

  it('a custom property key is case-insensitive: a key differing only in case overwrites the property', async () => {
    const fake = book();
    await ctxOf(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('s');
      ws.customProperties.add('Mark', '1');
      ws.customProperties.add('MARK', '2');
      await ctx.sync();
    });
    expect(fake.sheet('s').customProperties).toEqual({ Mark: '2' });
  });
});
