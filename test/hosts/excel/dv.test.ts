/**
 * Data validation in Excel: the fake's Range.dataValidation as the Office.js reference describes
 * it (test/fakes/excel.ts: FakeDataValidation), and 検証 with "install data validation" on writing
 * saiken's rules beside the user's, recording them in the stored document, and マーク解除 taking
 * off only those.
 */
import { runCommand } from '../../../src/commands/run';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { validationInstall } from '../../../src/core/dv/install';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { DATA_SHEET, documentCells, storedDocument } from '../../../src/core/workbook-data';
import { emptyChangeSet, type ValidationWrite } from '../../../src/core/changes';
import { probeValidations, ruleFingerprint, SAIKEN_SIGNATURE } from '../../../src/hosts/excel/validations';
import { settingsChanges } from '../../../src/hosts/excel/settings';
import { areaRef } from '../../../src/hosts/excel/address';
import { parseA1 } from '../../../src/core/workbook';
import { FakeExcel, emptySheet, type DataValidationState } from '../../fakes/excel';
import { fakeOf, portOn, sample } from './helpers';

const FILE = 'tsuyama-plan2.xlsx';
const NOW = '2026-11-23 10:00';

async function dvOf(fake: FakeExcel, sheet: string, address: string) {
  return fake.run({}, async (ctx) => {
    const dv = ctx.workbook.worksheets.getItem(sheet).getRange(address).dataValidation.load('type,rule,prompt,errorAlert');
    await ctx.sync();
    return { type: dv.type, rule: dv.rule, prompt: dv.prompt, errorAlert: dv.errorAlert };
  });
}
const ruleAt = (fake: FakeExcel, sheet: string, ref: string): DataValidationState | undefined => {
  const { r, c } = parseA1(ref);
  return fake.sheet(sheet).dataValidation?.get(r * 16_384 + c);
};

describe('the fake’s DataValidation', () => {
  it('type None / rule type / MixedCriteria / Inconsistent; a new rule replaces the old; clear() removes', async () => {
    const fake = new FakeExcel({ sheets: [emptySheet('S')], names: [], annotations: [], protected: false });
    expect((await dvOf(fake, 'S', 'A1:A3')).type).toBe('None');
    await fake.run({}, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:A3');
      r.dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      r.dataValidation.prompt = { title: 't', message: 'm', showPrompt: true };
      await ctx.sync();
    });
    expect(await dvOf(fake, 'S', 'A1:A3')).toMatchObject({ type: 'List', prompt: { message: 'm' }, errorAlert: { style: 'Stop', showAlert: true } });
    expect((await dvOf(fake, 'S', 'A1:A4')).type).toBe('MixedCriteria');
    await fake.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      await ctx.sync();
    });
    expect((await dvOf(fake, 'S', 'A2')).type).toBe('WholeNumber');
    expect((await dvOf(fake, 'S', 'A2')).prompt.message).toBe('');
    expect((await dvOf(fake, 'S', 'A1:A3')).type).toBe('Inconsistent');
    await fake.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A2').dataValidation.clear();
      await ctx.sync();
    });
    expect((await dvOf(fake, 'S', 'A1:A2')).type).toBe('None');
    expect((await dvOf(fake, 'S', 'A3')).type).toBe('List');
  });

  it('needs ExcelApi 1.8', async () => {
    const fake = new FakeExcel({ sheets: [emptySheet('S')], names: [], annotations: [], protected: false }, { apiVersion: '1.7' });
    await expect(
      fake.run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').dataValidation.clear();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('検証 installs data validation when the setting is on', () => {
  async function setUp() {
    const fake = await fakeOf(FILE);
    const port = portOn(fake);
    await port.apply(settingsChanges(await port.read(), { settings: { ...DEFAULT_SETTINGS, installDataValidation: true } }));
    const planned = validationInstall(recognizeWorkbook(await sample(FILE)).tables, { ...DEFAULT_SETTINGS, installDataValidation: true }).validations;
    return { fake, port, planned };
  }
  const run = (fake: FakeExcel, command: 'validate' | 'clearMarks') => runCommand(command, { port: portOn(fake), file: FILE, now: NOW });

  it('writes each rule with its prompt and alert; keeps the user’s rule; マーク解除 removes only saiken’s', async () => {
    const { fake, planned } = await setUp();
    const [first, second] = planned.filter((v) => v.sheet === '2-1');
    // The user's own rule on one cell of the second range.
    const userCell = areaRef({ ...second.area, bottom: second.area.top });
    await fake.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('2-1').getRange(userCell).dataValidation.rule = { decimal: { formula1: 50, operator: 'LessThan' } };
      await ctx.sync();
    });
    const before = fake.syncs.length;
    const ev = await run(fake, 'validate');
    expect(ev.outcome.ok).toBe(true);
    expect(fake.syncs.length - before).toBeLessThanOrEqual(4);
    // The user's range is reported, at its first cell, and only it.
    const kept = ev.report!.issues.filter((i) => i.code === 'validation-kept');
    expect(kept).toEqual([expect.objectContaining({ severity: 'info', sheet: '2-1', cell: userCell, message: expect.stringContaining(`${areaRef(second.area)} には利用者が設定した入力規則がある`) })]);

    const firstRange = areaRef(first.area);
    expect(await dvOf(fake, '2-1', firstRange)).toMatchObject({
      type: first.type === 'list' ? 'List' : first.type === 'decimal' ? 'Decimal' : 'WholeNumber',
      prompt: { title: first.promptTitle, message: first.prompt, showPrompt: true },
      errorAlert: { title: first.errorTitle, message: first.error, style: 'Stop', showAlert: true },
    });
    if (first.kind === 'rate') expect((await dvOf(fake, '2-1', firstRange)).rule).toEqual({ decimal: { formula1: 0, formula2: 100, operator: 'Between' } });
    // The user's rule is untouched, and its range got none of ours.
    expect(ruleAt(fake, '2-1', userCell)?.rule).toEqual({ decimal: { formula1: 50, operator: 'LessThan' } });
    expect((await dvOf(fake, '2-1', areaRef(second.area))).type).toBe('MixedCriteria');
    // Every other planned range has saiken's rule.
    for (const v of planned.filter((x) => x !== second)) expect((await dvOf(fake, v.sheet, areaRef(v.area))).prompt.message).toContain('saiken の入力規則');
    const doc = storedDocument((await portOn(fake).read()));
    expect(doc && doc !== 'invalid' && (doc.parts.validations as { areas: string[] }).areas).toHaveLength(planned.length - 1);

    // 検証 again: the same rules, no error.
    await run(fake, 'validate');
    expect((await dvOf(fake, '2-1', firstRange)).prompt.message).toBe(first.prompt);

    // マーク解除: saiken's rules go, the user's stays, the record goes.
    await run(fake, 'clearMarks');
    for (const v of planned.filter((x) => x !== second)) expect((await dvOf(fake, v.sheet, areaRef(v.area))).type).toBe('None');
    expect(ruleAt(fake, '2-1', userCell)?.rule).toEqual({ decimal: { formula1: 50, operator: 'LessThan' } });
    const after = storedDocument(await portOn(fake).read());
    expect(after && after !== 'invalid' ? after.parts.validations : undefined).toBeUndefined();
  });

  it('an input message of the user\'s with no rule (Any value) on a cell of a range: kept as the user\'s, not written over', async () => {
    const { fake, planned } = await setUp();
    const [, second] = planned.filter((v) => v.sheet === '2-1');
    const userCell = areaRef({ ...second.area, bottom: second.area.top });
    await fake.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('2-1').getRange(userCell).dataValidation.prompt = { title: '入力の注意', message: '千円単位で入力', showPrompt: true };
      await ctx.sync();
    });
    expect((await dvOf(fake, '2-1', userCell)).type).toBe('None');
    const ev = await run(fake, 'validate');
    expect(ev.outcome.ok).toBe(true);
    expect(ev.report!.issues.filter((i) => i.code === 'validation-kept').map((i) => i.cell)).toEqual([userCell]);
    expect((await dvOf(fake, '2-1', userCell)).prompt).toMatchObject({ title: '入力の注意', message: '千円単位で入力' });
    // マーク解除 leaves it as it is.
    await run(fake, 'clearMarks');
    expect((await dvOf(fake, '2-1', userCell)).prompt).toMatchObject({ title: '入力の注意', message: '千円単位で入力' });
  });

  it('a table grown since the last 検証: the new rows get the rule, not a validation-kept report', async () => {
    const { fake, planned } = await setUp();
    await run(fake, 'validate');
    const first = planned[0];
    const firstRange = areaRef(first.area);
    // As if the table had two rows fewer then: saiken's rule and record cover only its top part.
    const old = { ...first.area, bottom: first.area.bottom - 2 };
    await fake.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem(first.sheet).getRange(areaRef({ ...first.area, top: old.bottom + 1 })).dataValidation.clear();
      await ctx.sync();
    });
    const port = portOn(fake);
    const wb = await port.read();
    const doc = storedDocument(wb);
    if (!doc || doc === 'invalid') throw new Error('no stored document');
    const areas = (doc.parts.validations as { areas: string[] }).areas.map((a) => (a === `${first.sheet}!${firstRange}` ? `${first.sheet}!${areaRef(old)}` : a));
    const texts = documentCells({ ...doc.parts, validations: { version: 1, areas } });
    await port.apply({ ...emptyChangeSet(), cells: texts.map((t, i) => ({ sheet: DATA_SHEET, cell: `A${i + 1}`, value: t })) });
    expect((await dvOf(fake, first.sheet, firstRange)).type).toBe('MixedCriteria');

    const ev = await run(fake, 'validate');
    expect(ev.report!.issues.filter((i) => i.code === 'validation-kept')).toEqual([]);
    expect(await dvOf(fake, first.sheet, firstRange)).toMatchObject({ prompt: { message: first.prompt } });
    expect((await dvOf(fake, first.sheet, firstRange)).type).not.toMatch(/None|Mixed|Inconsistent/);
  });

  it('the setting off: 検証 writes no rule', async () => {
    const fake = await fakeOf(FILE);
    await run(fake, 'validate');
    expect(fake.state.sheets.every((s) => !s.dataValidation?.size)).toBe(true);
  });
});

it('検証 with data validation: syncs flat in the rows and within three (product.md §10), first run and again', async () => {
  const { tsuyamaPlan } = await import('../../../scripts/bench/excel-syncs');
  const counts: Record<string, number[]> = { on: [], again: [], off: [] };
  for (const rows of [10, 1_000]) {
    for (const setting of ['on', 'off'] as const) {
      const fake = FakeExcel.fromWorkbook(tsuyamaPlan(rows));
      const port = portOn(fake);
      if (setting === 'on') await port.apply(settingsChanges(await port.read(), { settings: { ...DEFAULT_SETTINGS, installDataValidation: true } }));
      const before = fake.syncCount;
      const ev = await runCommand('validate', { port: portOn(fake), file: 'bench.xlsx', now: NOW });
      expect(ev.outcome.ok).toBe(true);
      counts[setting].push(fake.syncCount - before);
      if (setting === 'on') {
        expect(fake.sheet('2-1').dataValidation?.size).toBeGreaterThanOrEqual(rows);
        // 検証 again: the same rules stand, recorded with their fingerprints; nothing to probe.
        const rules = [...fake.sheet('2-1').dataValidation!.values()];
        const again = fake.syncCount;
        expect((await runCommand('validate', { port: portOn(fake), file: 'bench.xlsx', now: NOW })).outcome.ok).toBe(true);
        counts.again.push(fake.syncCount - again);
        expect([...fake.sheet('2-1').dataValidation!.values()]).toEqual(rules);
      }
    }
  }
  expect(counts).toEqual({ on: [3, 3], again: [3, 3], off: [3, 3] });
}, 60_000);

describe('検証 again, without the probe', () => {
  async function validated() {
    const { tsuyamaPlan } = await import('../../../scripts/bench/excel-syncs');
    const fake = FakeExcel.fromWorkbook(tsuyamaPlan(10));
    const port = portOn(fake);
    await port.apply(settingsChanges(await port.read(), { settings: { ...DEFAULT_SETTINGS, installDataValidation: true } }));
    await runCommand('validate', { port: portOn(fake), file: 'bench.xlsx', now: NOW });
    return fake;
  }
  const validate = async (fake: FakeExcel) => {
    const before = fake.syncCount;
    const ev = await runCommand('validate', { port: portOn(fake), file: 'bench.xlsx', now: NOW });
    expect(ev.outcome.ok).toBe(true);
    return fake.syncCount - before;
  };

  it('the user’s rule put on a cell of saiken’s range since: left as it is (saiken’s range is not rewritten)', async () => {
    const fake = await validated();
    const cell = [...fake.sheet('2-1').dataValidation!.entries()].find(([, v]) => 'decimal' in v.rule)![0];
    const ref = `${String.fromCharCode(65 + (cell % 16_384))}${Math.floor(cell / 16_384) + 1}`;
    await fake.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('2-1').getRange(ref).dataValidation.rule = { decimal: { formula1: 50, operator: 'LessThan' } };
      await ctx.sync();
    });
    expect(await validate(fake)).toBe(3);
    expect(ruleAt(fake, '2-1', ref)?.rule).toEqual({ decimal: { formula1: 50, operator: 'LessThan' } });
  });

  it('rules recorded beyond the used range (the last rows emptied): not known from the read, so probed and taken off', async () => {
    const fake = await validated();
    const s = fake.sheet('2-1');
    const last = Math.max(...[...s.cells.keys()].map((k) => Math.floor(k / 16_384)));
    for (const k of [...s.cells.keys()]) if (Math.floor(k / 16_384) >= last - 1) s.cells.delete(k);
    expect([...s.dataValidation!.keys()].some((k) => Math.floor(k / 16_384) === last)).toBe(true);
    expect(await validate(fake)).toBe(4);
    // The emptied rows lost saiken's rules; the rows left keep them.
    expect([...s.dataValidation!.keys()].some((k) => Math.floor(k / 16_384) >= last - 1)).toBe(false);
    expect([...s.dataValidation!.keys()].some((k) => Math.floor(k / 16_384) === last - 2)).toBe(true);
  });

  it('a record without fingerprints (an earlier version wrote it): one probe, then none', async () => {
    const fake = await validated();
    const port = portOn(fake);
    const doc = storedDocument(await port.read());
    if (!doc || doc === 'invalid') throw new Error('no stored document');
    const { areas, rules } = doc.parts.validations as { areas: string[]; rules: string[] };
    expect(rules).toHaveLength(areas.length);
    const texts = documentCells({ ...doc.parts, validations: { version: 1, areas } });
    await port.apply({ ...emptyChangeSet(), cells: texts.map((t, i) => ({ sheet: DATA_SHEET, cell: `A${i + 1}`, value: t })) });
    const rulesBefore = [...fake.sheet('2-1').dataValidation!.values()].map((v) => v.rule);
    expect(await validate(fake)).toBe(4);
    expect(await validate(fake)).toBe(3);
    expect([...fake.sheet('2-1').dataValidation!.values()].map((v) => v.rule)).toEqual(rulesBefore);
  });
});

describe('the record kept without マーク解除 in the same changes', () => {
  const rule: ValidationWrite = { sheet: 'S', area: { top: 0, left: 0, bottom: 1, right: 0 }, kind: 'rate', type: 'decimal', min: 0, max: 100, items: null, promptTitle: 't', prompt: `p ${SAIKEN_SIGNATURE}`, errorTitle: 'e', error: 'e' };
  const cs = { ...emptyChangeSet(), validations: [rule] };
  const earlier = { version: 1, areas: ['Gone!B2:B3', 'S!A1:A2', 'Gone!B2:B3'], rules: ['0123456789abcdef', 'old', 'fedcba9876543210'] };

  it('decided from the read: the rule written is recorded anew, earlier entries on other ranges once each, as they were', async () => {
    const fake = new FakeExcel({ sheets: [emptySheet('S')], names: [], annotations: [], protected: false });
    const out = await fake.run({}, (ctx) => probeValidations(ctx, cs, { validations: earlier }, new Set(['S']), new Map([['S', { cells: [], scope: { top: 0, left: 0, bottom: 9, right: 9 } }]])));
    expect(out?.syncs).toBe(0);
    expect(out?.work.record).toEqual({ version: 1, areas: ['S!A1:A2', 'Gone!B2:B3'], rules: [ruleFingerprint(rule), '0123456789abcdef'] });
  });

  it('after the probe: the same record', async () => {
    const fake = new FakeExcel({ sheets: [emptySheet('S')], names: [], annotations: [], protected: false });
    const out = await fake.run({}, (ctx) => probeValidations(ctx, cs, { validations: earlier }, new Set(['S'])));
    expect(out?.syncs).toBe(1);
    expect(out?.work.write).toEqual([rule]);
    expect(out?.work.record).toEqual({ version: 1, areas: ['S!A1:A2', 'Gone!B2:B3'], rules: [ruleFingerprint(rule), '0123456789abcdef'] });
  });

  it('with マーク解除 in the same changes, earlier entries are not kept', async () => {
    const fake = new FakeExcel({ sheets: [emptySheet('S')], names: [], annotations: [], protected: false });
    const out = await fake.run({}, (ctx) => probeValidations(ctx, { ...cs, clearMarks: true }, { validations: earlier }, new Set(['S'])));
    // S!A1:A2 was recorded but holds no rule of saiken's now: not taken for saiken's, so kept apart, not written.
    expect(out?.work.kept).toEqual([{ sheet: 'S', range: 'A1:A2' }]);
    expect(out?.work.record).toEqual({ version: 1, areas: [], rules: [] });
  });
});
