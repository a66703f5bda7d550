/**
 * 検証's data validation through the file host: the engine plans the rules when the setting is on
 * (a user's own rule reported as `validation-kept`), the writer adds them beside the user's rules
 * in the sheet's <dataValidations> (count right, the user's rule byte for byte), マーク解除
 * (clearMarks) takes off only saiken's, and LibreOffice reads the written file's rules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { inspectWithValidation } from '../../../src/core/engine';
import { validationInstall } from '../../../src/core/dv/install';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { emptyChangeSet, type ChangeSet } from '../../../src/core/changes';
import { ChangeSetSchema } from '../../../src/core/changes-schema';
import { readWorkbook } from '../../../src/hosts/file/read';
import { writeWorkbook } from '../../../src/hosts/file/write';
import { sheetValidations, sqrefAreas } from '../../../src/hosts/file/validation-xml';

const SAMPLE = join(__dirname, '../../../samples/tsuyama-plan2.xlsx');
const SHEET_2_1 = 'xl/worksheets/sheet1.xml';
const ON = { ...DEFAULT_SETTINGS, installDataValidation: true };

/** The sample with a rule of the user's own on 2-1 (a list on C7:C8, in a prefixed-free part). */
function withUserRule(sqref: string): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  const user = `<dataValidations disablePrompts="0" count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"はい,いいえ"</formula1></dataValidation></dataValidations>`;
  files[SHEET_2_1] = strToU8(strFromU8(files[SHEET_2_1]).replace('</mergeCells>', `</mergeCells>${user}`));
  return zipSync(files);
}

function validationsOf(bytes: Uint8Array, path = SHEET_2_1) {
  const xml = strFromU8(unzipSync(bytes)[path]);
  const el = /<dataValidations\b[^>]*>/.exec(xml)?.[0] ?? null;
  return { el, rules: sheetValidations(xml), xml };
}

it('the setting off: no rules; on: one per rate column of 2-1, and the user’s range reported', async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const wb = await readWorkbook(bytes, 'plan.xlsx');
  expect(inspectWithValidation(wb, 'plan.xlsx').validations).toEqual([]);
  const { tables } = recognizeWorkbook(wb);
  const all = validationInstall(tables, ON);
  const first = all.validations.find((v) => v.sheet === '2-1')!;
  const userArea = { top: first.area.top + 1, left: first.area.left, bottom: first.area.top + 1, right: first.area.left };
  const dv = validationInstall(tables, ON, [{ sheet: '2-1', areas: [userArea] }]);
  expect(dv.validations).toHaveLength(all.validations.length - 1);
  expect(dv.findings).toEqual([expect.objectContaining({ code: 'validation-kept', severity: 'info', sheet: '2-1', cell: `${String.fromCharCode(65 + first.area.left)}${first.area.top + 1}` })]);
  expect(dv.findings[0].message).toMatch(/^[A-Z]+\d+:[A-Z]+\d+ には利用者が設定した入力規則があるため/);
  // The ChangeSet carrying them is valid by its schema.
  expect(ChangeSetSchema.safeParse({ ...emptyChangeSet(), validations: dv.validations }).success).toBe(true);
});

it('writes saiken’s rules beside the user’s, keeps the user’s, removes only saiken’s on マーク解除', async () => {
  const original = withUserRule('C7:C8');
  const wb = await readWorkbook(original, 'plan.xlsx');
  const { tables } = recognizeWorkbook(wb);
  const planned = validationInstall(tables, ON).validations;
  const on21 = planned.filter((v) => v.sheet === '2-1');
  expect(on21.length).toBeGreaterThan(1);
  // Without telling the engine about the user's rule, the writer still refuses to overlap it.
  const changes: ChangeSet = { ...emptyChangeSet(), clearMarks: true, validations: planned };
  const out = writeWorkbook(original, changes, wb, 'plan.xlsx');
  const overlapC = on21.filter((v) => v.area.left === 2 && v.area.top <= 7 && v.area.bottom >= 6);
  expect(out.validationsKept).toEqual(overlapC.map(() => ({ sheet: '2-1', range: expect.stringMatching(/^C\d+:C\d+$/) })));
  expect(out.validationsAdded).toBe(planned.length - overlapC.length);

  const back = validationsOf(out.data);
  expect(back.el).toMatch(/disablePrompts="0"/);
  expect(back.el).toContain(`count="${back.rules.length}"`);
  expect(back.rules[0].text).toBe('<dataValidation type="list" allowBlank="1" sqref="C7:C8"><formula1>"はい,いいえ"</formula1></dataValidation>');
  expect(back.rules).toHaveLength(1 + on21.length - overlapC.length);
  const rate = back.rules.find((r) => /type="decimal"/.test(r.text))!;
  expect(rate.text).toContain('<formula1>0</formula1><formula2>100</formula2>');
  expect(rate.text).toContain('saiken の入力規則');
  // The element sits at its schema place: after mergeCells, before pageMargins.
  expect(back.xml.indexOf('</mergeCells><dataValidations')).toBeGreaterThan(0);
  expect(back.xml.indexOf('</dataValidations><pageMargins')).toBeGreaterThan(0);
  // Every other sheet's rules are in its own part.
  const wbAfter = await readWorkbook(out.data, 'plan.xlsx');
  expect(wbAfter.sheets.map((s) => s.name)).toEqual(wb.sheets.map((s) => s.name));

  // 検証 again: saiken's rules replaced, not doubled.
  const again = writeWorkbook(out.data, changes, wbAfter, 'plan.xlsx');
  expect(validationsOf(again.data).rules.map((r) => r.text)).toEqual(back.rules.map((r) => r.text));

  // マーク解除: only the user's rule stays, with count 1.
  const cleared = writeWorkbook(out.data, { ...emptyChangeSet(), clearMarks: true }, wbAfter, 'plan.xlsx');
  const left = validationsOf(cleared.data);
  expect(left.rules.map((r) => r.sqref)).toEqual(['C7:C8']);
  expect(left.el).toContain('count="1"');
  // On a sheet with saiken's rules only, the element goes (an empty one is invalid).
  const plain = new Uint8Array(readFileSync(SAMPLE));
  const only = writeWorkbook(plain, changes, wb, 'plan.xlsx');
  const none = writeWorkbook(only.data, { ...emptyChangeSet(), clearMarks: true }, await readWorkbook(only.data, 'plan.xlsx'), 'plan.xlsx');
  expect(validationsOf(only.data).rules.length).toBe(on21.length);
  expect(validationsOf(none.data).xml).not.toContain('dataValidation');
});

it('sqref lists with several areas and dollar signs are read', () => {
  expect(sqrefAreas('$A$1:$A$3 C5')).toEqual([{ top: 0, left: 0, bottom: 2, right: 0 }, { top: 4, left: 2, bottom: 4, right: 2 }]);
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

(soffice ? it : it.skip)('LibreOffice reads the written rules, the user’s among them', async () => {
  const original = withUserRule('C7:C8');
  const wb = await readWorkbook(original, 'plan.xlsx');
  const planned = validationInstall(recognizeWorkbook(wb).tables, ON).validations.filter((v) => v.sheet === '2-1');
  const out = writeWorkbook(original, { ...emptyChangeSet(), validations: planned }, wb, 'plan.xlsx');
  const dir = mkdtempSync(join(tmpdir(), 'saiken-dvw-'));
  writeFileSync(join(dir, 'dv.xlsx'), out.data);
  // A profile of its own: a LibreOffice already running on the default one would take the conversion over (suites run side by side).
  execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'ods', '--outdir', dir, join(dir, 'dv.xlsx')], { stdio: 'ignore', timeout: 120_000 });
  const content = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'dv.ods'))))['content.xml']);
  const validations = content.match(/<table:content-validation [^>]*>/g) ?? [];
  expect(validations).toHaveLength(validationsOf(out.data).rules.length);
  expect(content).toContain('収納率（%）');
  expect(content).toContain('はい');
  // One rate column meets the user's rule on C7:C8 and is not given one.
  expect(out.validationsKept).toHaveLength(1);
  expect(validations.filter((v) => /between\(0[;,]100\)/.test(v)).length).toBe(planned.filter((p) => p.kind === 'rate').length - 1);
}, 180_000);

it('the workbench: the setting saved, 検証 writes the rules and reports the user’s range; マーク解除 takes ours off', async () => {
  const { BrowserPort } = await import('../../../src/hosts/file/browser-port');
  const bridge = await import('../../../src/taskpane/engine-bridge');
  const port = new BrowserPort(withUserRule('C7:C8'), 'plan.xlsx');
  expect(bridge.installsValidation(await port.read())).toBe(false);
  await port.apply(bridge.settingsChanges(await port.read(), ON));
  const wb = await port.read();
  expect(bridge.installsValidation(wb)).toBe(true);
  const run = bridge.runValidate(wb, 'plan.xlsx');
  expect(run.validations.length).toBeGreaterThan(0);
  const applied = (await port.apply(bridge.validationChanges(run.validations))) as { validationsKept?: { sheet: string; range: string }[] };
  const report = bridge.withKept(run.report, applied.validationsKept);
  const kept = report.issues.filter((i) => i.code === 'validation-kept');
  expect(kept).toEqual([expect.objectContaining({ sheet: '2-1', cell: expect.stringMatching(/^C\d+$/), severity: 'info' })]);
  expect(validationsOf(port.download()).rules.filter((r) => r.text.includes('saiken の入力規則'))).toHaveLength(run.validations.filter((v) => v.sheet === '2-1').length - 1);
  await port.apply(bridge.clearMarksChanges());
  expect(validationsOf(port.download()).rules.map((r) => r.sqref)).toEqual(['C7:C8']);
});

it('a rule Excel keeps in the extension list (x14) counts as the user’s and is never touched', async () => {
  const files = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  const ext =
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>一覧!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C7:C8</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
  files[SHEET_2_1] = strToU8(strFromU8(files[SHEET_2_1]).replace('</worksheet>', `${ext}</worksheet>`));
  const original = zipSync(files);
  const wb = await readWorkbook(original, 'plan.xlsx');
  const planned = validationInstall(recognizeWorkbook(wb).tables, ON).validations;
  const out = writeWorkbook(original, { ...emptyChangeSet(), validations: planned }, wb, 'plan.xlsx');
  expect(out.validationsKept).toEqual([{ sheet: '2-1', range: expect.stringMatching(/^C\d+:C\d+$/) }]);
  const xml = validationsOf(out.data).xml;
  expect(xml).toContain(ext);
  expect(xml.indexOf('<dataValidations')).toBeLessThan(xml.indexOf('<extLst>'));
  const cleared = writeWorkbook(out.data, { ...emptyChangeSet(), clearMarks: true }, await readWorkbook(out.data, 'plan.xlsx'), 'plan.xlsx');
  const after = validationsOf(cleared.data).xml;
  expect(after).toContain(ext);
  expect(after).not.toMatch(/<dataValidations\b/);
});
