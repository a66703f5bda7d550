/**
 * The committed sample workbooks must be exactly what scripts/build-samples.ts produces from
 * samples/source/*.tsv (nobody edits them by hand), and their layout must stay as documented.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  buildSamples,
  HATSUKAICHI_CHAPTER,
  HATSUKAICHI_SHEET,
  LEDGER_SHEET,
  parsePrintedNumber,
  readSourceTable,
  roundedRate,
  SAMPLE_FILES,
} from '../scripts/build-samples';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..');
const SAMPLES = path.join(ROOT, 'samples');
const SOURCE = path.join(SAMPLES, 'source');

const FMT_RATE = '0.0';
const FMT_DELTA = '0.0;"△"0.0';
const FMT_AMOUNT = '#,##0';

interface CellSnap {
  value: unknown;
  numFmt: string | null;
}
interface SheetSnap {
  name: string;
  merges: string[];
  cells: Record<string, CellSnap>;
}
interface BookSnap {
  created: string | null;
  modified: string | null;
  sheets: SheetSnap[];
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function snapshot(file: string): Promise<BookSnap> {
  const wb = await load(file);
  return {
    created: wb.created ? wb.created.toISOString() : null,
    modified: wb.modified ? wb.modified.toISOString() : null,
    sheets: wb.worksheets.map((ws) => {
      const cells: Record<string, CellSnap> = {};
      ws.eachRow({ includeEmpty: true }, (row) => {
        row.eachCell({ includeEmpty: true }, (cell) => {
          const value = cell.value ?? null;
          const numFmt = cell.numFmt || null;
          if (value !== null || numFmt !== null) cells[cell.address] = { value, numFmt };
        });
      });
      return { name: ws.name, merges: [...ws.model.merges].sort(), cells };
    }),
  };
}

let outDir: string;
const committed: Record<string, ExcelJS.Workbook> = {};

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saiken-samples-'));
  await buildSamples(outDir);
  for (const f of SAMPLE_FILES) committed[f] = await load(path.join(SAMPLES, f));
});

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

function sheet(file: string, name: string): ExcelJS.Worksheet {
  const ws = committed[file].getWorksheet(name);
  if (!ws) throw new Error(`${file} has no sheet ${name}`);
  return ws;
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return ws.model.merges;
}

describe('committed samples match a fresh build', () => {
  test.each(SAMPLE_FILES)('%s: same sheets, cell values, merges and number formats', async (file) => {
    const fresh = await snapshot(path.join(outDir, file));
    const saved = await snapshot(path.join(SAMPLES, file));
    expect(saved.sheets.map((s) => s.name)).toEqual(fresh.sheets.map((s) => s.name));
    expect(saved).toEqual(fresh);
  });

  test('the build is deterministic (byte-identical on a second run)', async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'saiken-samples-'));
    try {
      await buildSamples(again);
      for (const f of SAMPLE_FILES) {
        expect(fs.readFileSync(path.join(again, f)).equals(fs.readFileSync(path.join(outDir, f)))).toBe(true);
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });

  test('fixed document dates', () => {
    expect(committed['tsuyama-plan2.xlsx'].created?.toISOString()).toBe('2021-03-01T00:00:00.000Z');
    expect(committed['tsuyama-plan2.xlsx'].modified?.toISOString()).toBe('2021-03-01T00:00:00.000Z');
    expect(committed['hatsukaichi-plan3.xlsx'].created?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('source files', () => {
  test('the seven tables are present and parse', () => {
    const counts: [string, number, number, number][] = [
      ['tsuyama-2-1.tsv', 2, 39, 3],
      ['tsuyama-2-2.tsv', 3, 40, 3],
      ['tsuyama-3-1.tsv', 1, 32, 0],
      ['tsuyama-3-2.tsv', 1, 33, 0],
      ['hatsukaichi-7-1.tsv', 2, 27, 2],
      ['hatsukaichi-7-2.tsv', 2, 14, 0],
      ['hatsukaichi-7-3.tsv', 2, 10, 0],
    ];
    for (const [name, headerRows, rows, notes] of counts) {
      const t = readSourceTable(SOURCE, name, headerRows);
      expect([name, t.rows.length, t.notes.length]).toEqual([name, rows, notes]);
    }
    expect(fs.existsSync(path.join(SOURCE, 'README.md'))).toBe(true);
  });

  test('printed numbers', () => {
    expect(parsePrintedNumber('△ 628')).toBe(-628);
    expect(parsePrintedNumber('△72.1')).toBe(-72.1);
    expect(parsePrintedNumber('1,757,195')).toBe(1757195);
    expect(parsePrintedNumber('')).toBeNull();
    expect(() => parsePrintedNumber('—')).toThrow();
  });
});

describe('Tsuyama plan 2', () => {
  const F = 'tsuyama-plan2.xlsx';

  test('sheets', () => {
    expect(committed[F].worksheets.map((w) => w.name)).toEqual(['2-1', '2-2', '3-1', '3-2']);
  });

  test('2-1: title, unit, two header rows, deltas as △ numbers', () => {
    const ws = sheet(F, '2-1');
    expect(ws.getCell('A1').value).toBe('2-1 第1次津山市債権管理計画 収納率の実績値');
    expect(ws.getCell('I2').value).toBe('(単位：%)');
    expect(ws.getCell('A3').value).toBe('所管課');
    expect(ws.getCell('B3').value).toBe('債権名');
    expect(ws.getCell('C3').value).toBe('平成28年');
    expect(ws.getCell('C4').value).toBe('2017年\n決算値①');
    expect(ws.getCell('G4').value).toBe('決算と比較\n③-①');
    expect(ws.getCell('I4').value).toBe('目標と比較\n③-④');
    expect(merges(ws)).toEqual(expect.arrayContaining(['A3:A4', 'B3:B4', 'A5:A6', 'A10:A13']));
    expect(ws.getCell('B6').value).toBe('生活改善資金貸付金');
    expect(ws.getCell('G6').value).toBe(-72.1);
    expect(ws.getCell('G6').numFmt).toBe(FMT_DELTA);
    expect(ws.getCell('E6').value).toBe(1.5);
    expect(ws.getCell('E6').numFmt).toBe(FMT_RATE);
    expect(ws.getCell('D5').value).toBeNull(); // blank in the seed
    expect(ws.getCell('A24').value).toBe('子ども保育課');
    expect(ws.getCell('B27').value).toBe('法定外公物使用料');
    expect(ws.getCell('B43').value).toBe('津山市奨学金返還金');
    expect(ws.getCell('A44').value).toBeNull();
    expect(String(ws.getCell('A45').value)).toMatch(/^※第1次債権管理計画で/);
  });

  test('2-2: three header rows, deltas kept as printed text, 合計 row', () => {
    const ws = sheet(F, '2-2');
    expect(ws.getCell('I2').value).toBe('(単位：千円)');
    expect([ws.getCell('G3').value, ws.getCell('G4').value, ws.getCell('G5').value]).toEqual(['平成28年', '決算と比較', '③-①']);
    expect([ws.getCell('E3').value, ws.getCell('E4').value, ws.getCell('E5').value]).toEqual(['令和元年', '2019年', '決算値③']);
    expect(merges(ws)).toEqual(expect.arrayContaining(['A3:A5', 'B3:B5', 'A6:A7', 'A45:B45']));
    expect(ws.getCell('B6').value).toBe('低所得者生業資金貸付金');
    expect(ws.getCell('G6').value).toBe('△ 628');
    expect(ws.getCell('H6').value).toBe('1,804');
    expect(ws.getCell('E6').value).toBe(1804);
    expect(ws.getCell('E6').numFmt).toBe(FMT_AMOUNT);
    expect(ws.getCell('A25').value).toBe('こども保育課');
    expect(ws.getCell('B42').value).toBe('水道使用料(旧簡易水道含)');
    expect(ws.getCell('A45').value).toBe('合計');
    expect(ws.getCell('D45').value).toBe(3084701);
    expect(ws.getCell('D45').numFmt).toBe(FMT_AMOUNT);
    expect(ws.getCell('G45').value).toBe('△ 693,697');
  });

  test('3-1 and 3-2: one header row with era and western year', () => {
    const r = sheet(F, '3-1');
    expect(r.getCell('G2').value).toBe('(単位：%)');
    expect(r.getCell('C3').value).toBe('令和3年\n2021年');
    expect(r.getCell('G3').value).toBe('令和7年\n2025年');
    expect(r.getCell('B32').value).toBe('貸地料（定住促進団地）');
    expect(r.getCell('G32').value).toBeNull();
    expect(r.getCell('G35').value).toBe(98.1);
    expect(merges(r)).toEqual(expect.arrayContaining(['A7:A9', 'A31:A32']));
    const a = sheet(F, '3-2');
    expect(a.getCell('G2').value).toBe('(単位：千円)');
    expect(a.getCell('B33').value).toBe('水道使用料(旧簡易水道合)');
    expect(a.getCell('A36').value).toBe('合計');
    expect(a.getCell('G36').value).toBe(2062260);
    expect(a.getCell('G36').numFmt).toBe(FMT_AMOUNT);
    expect(merges(a)).toEqual(expect.arrayContaining(['A36:B36']));
  });
});

describe('Hatsukaichi plan 3', () => {
  const F = 'hatsukaichi-plan3.xlsx';

  test('one sheet with the chapter heading and three tables', () => {
    expect(committed[F].worksheets.map((w) => w.name)).toEqual([HATSUKAICHI_SHEET]);
    const ws = sheet(F, HATSUKAICHI_SHEET);
    expect(ws.getCell('A1').value).toBe(HATSUKAICHI_CHAPTER);
    expect(ws.getCell('A3').value).toBe('(1) 強制徴収公債権');
    expect(ws.getCell('A38').value).toBe('(2) 非強制徴収公債権');
    expect(ws.getCell('A57').value).toBe('(3) 私債権');
    for (const c of ['G4', 'G39', 'G58']) expect(ws.getCell(c).value).toBe('(単位：%)');
  });

  test('headers: 区分 / 実績 / 目標 merged over three years', () => {
    const ws = sheet(F, HATSUKAICHI_SHEET);
    expect(['A5', 'B5', 'C5', 'D5', 'E5'].map((c) => ws.getCell(c).value)).toEqual(['所管部署', '債権名', '区分', '実績', '目標']);
    expect(['D6', 'E6', 'F6', 'G6'].map((c) => ws.getCell(c).value)).toEqual(['令和6年度', '令和8年度', '令和9年度', '令和10年度']);
    expect(['C40', 'D40', 'E40'].map((c) => ws.getCell(c).value)).toEqual(['区 分', '実 績', '目 標']);
    expect(merges(ws)).toEqual(expect.arrayContaining(['A5:A6', 'B5:B6', 'C5:C6', 'E5:G5', 'E40:G40', 'E59:G59']));
  });

  test('table (1): joined names, department lines, continuous over the page break, (注) below', () => {
    const ws = sheet(F, HATSUKAICHI_SHEET);
    expect(ws.getCell('A9').value).toBe('税制収納課\n(保険課)');
    expect(ws.getCell('B9').value).toBe('国民健康保険税');
    expect(ws.getCell('B13').value).toBe('後期高齢者医療保険料');
    expect(ws.getCell('B17').value).toBe('漁港艇置施設使用料');
    expect(ws.getCell('B19').value).toBe('生活保護費徴収金');
    expect(ws.getCell('B21').value).toBe('生活保護費返還金');
    expect(ws.getCell('B23').value).toBe('行旅死亡人葬祭費');
    expect(['C23', 'C24', 'C25'].map((c) => ws.getCell(c).value)).toEqual(['現年度分', '滞納繰越分', '全 体']);
    expect(merges(ws)).toEqual(expect.arrayContaining(['A7:A8', 'B7:B8', 'A23:A25', 'B23:B25', 'B32:B33']));
    expect(ws.getCell('C8').value).toBe('全体');
    expect(ws.getCell('D33').value).toBe(96.8);
    expect(ws.getCell('A34').value).toBeNull();
    expect(ws.getCell('A35').value).toBe('(注)：生活保護費徴収金については、平成26年6月分までは、非強制徴収公債権');
    expect(ws.getCell('A36').value).toBe('生活保護費返還金については、平成30年9月分までは、非強制徴収公債権');
  });

  test('table (2): 市営住宅使用料', () => {
    const ws = sheet(F, HATSUKAICHI_SHEET);
    expect(ws.getCell('A48').value).toBe('住宅政策課');
    expect(ws.getCell('B48').value).toBe('市営住宅使用料');
    expect(ws.getCell('C48').value).toBe('現年度分');
    expect(ws.getCell('D48').value).toBe(99);
    expect(ws.getCell('C49').value).toBe('全 体');
    expect(ws.getCell('D49').value).toBe(81.5);
    expect(ws.getCell('G49').value).toBe(82.3);
    expect(ws.getCell('G49').numFmt).toBe(FMT_RATE);
    expect(merges(ws)).toEqual(expect.arrayContaining(['A48:A49', 'B48:B49']));
  });

  test('table (3): joined names and the — cells', () => {
    const ws = sheet(F, HATSUKAICHI_SHEET);
    expect(ws.getCell('B61').value).toBe('住宅新築資金等貸付金');
    expect(ws.getCell('B63').value).toBe('留守家庭児童会負担金');
    expect(ws.getCell('B65').value).toBe('保育園給食費保護者負担金');
    expect(ws.getCell('B67').value).toBe('Wi-Fi利用料金に係る代位弁済精算金');
    for (const c of ['F67', 'G67', 'F68', 'G68']) expect(ws.getCell(c).value).toBe('—');
    expect(ws.getCell('E67').value).toBe(100);
    expect(ws.getCell('D70').value).toBe(92.8);
    expect(ws.getCell('A71').value).toBeNull();
  });
});

describe('ledger sample', () => {
  const F = 'ledger-sample.xlsx';

  test('layout', () => {
    const ws = sheet(F, LEDGER_SHEET);
    expect(ws.getCell('A1').value).toBe('令和元年度 債権別収入状況（決算）');
    expect(ws.getCell('H2').value).toBe('(単位：千円、%)');
    expect(['A3', 'B3', 'C3', 'D3'].map((c) => ws.getCell(c).value)).toEqual(['所管課', '債権名', '区分', '令和元年度（2019年度）決算']);
    expect(['D4', 'E4', 'F4', 'G4', 'H4'].map((c) => ws.getCell(c).value)).toEqual(['調定額', '収入済額', '不納欠損額', '収入未済額', '収納率']);
    expect(merges(ws)).toEqual(expect.arrayContaining(['A3:A4', 'B3:B4', 'C3:C4', 'D3:H3', 'A5:A7', 'B5:B7']));
  });

  test('every row satisfies the ledger identity and its rate is the rounded weighted rate', () => {
    const ws = sheet(F, LEDGER_SHEET);
    const num = (r: number, c: number): number => {
      const v = ws.getCell(r, c).value;
      if (typeof v !== 'number') throw new Error(`${ws.getCell(r, c).address} is not a number`);
      return v;
    };
    const whole: { A: number; E: number; K: number; U: number }[] = [];
    let r = 5;
    let debts = 0;
    for (; ws.getCell(r, 1).value !== '合計'; r += 3) {
      const divisions = [r, r + 1, r + 2].map((i) => ws.getCell(i, 3).value);
      expect(divisions).toEqual(['現年度分', '滞納繰越分', '全体']);
      expect(merges(ws)).toEqual(expect.arrayContaining([`A${r}:A${r + 2}`, `B${r}:B${r + 2}`]));
      const rows = [r, r + 1, r + 2].map((i) => ({ A: num(i, 4), E: num(i, 5), K: num(i, 6), U: num(i, 7), rate: num(i, 8) }));
      for (const [i, x] of rows.entries()) {
        for (const v of [x.A, x.E, x.K, x.U]) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        expect(x.U).toBe(x.A - x.E - x.K);
        expect(x.rate).toBe(roundedRate(x.E, x.A));
        expect(x.rate).toBe(Math.round((x.E / x.A) * 1000) / 10);
        for (let c = 4; c <= 7; c++) expect(ws.getCell(r + i, c).numFmt).toBe(FMT_AMOUNT);
        expect(ws.getCell(r + i, 8).numFmt).toBe(FMT_RATE);
      }
      const [cur, arr, all] = rows;
      expect(all.A).toBe(cur.A + arr.A);
      expect(all.E).toBe(cur.E + arr.E);
      expect(all.K).toBe(cur.K + arr.K);
      expect(all.U).toBe(cur.U + arr.U);
      whole.push(all);
      debts++;
      if (debts > 100) throw new Error('no 合計 row');
    }
    expect(debts).toBe(31);
    expect(merges(ws)).toEqual(expect.arrayContaining([`A${r}:C${r}`]));
    const total = { A: num(r, 4), E: num(r, 5), K: num(r, 6), U: num(r, 7), rate: num(r, 8) };
    expect(total.A).toBe(whole.reduce((s, x) => s + x.A, 0));
    expect(total.E).toBe(whole.reduce((s, x) => s + x.E, 0));
    expect(total.K).toBe(whole.reduce((s, x) => s + x.K, 0));
    expect(total.U).toBe(whole.reduce((s, x) => s + x.U, 0));
    expect(total.U).toBe(total.A - total.E - total.K);
    expect(total.rate).toBe(roundedRate(total.E, total.A));
  });

  test('the 全体 amounts come from Tsuyama 2-2 (2019 決算値③), spelled as in 2-2', () => {
    const ws = sheet(F, LEDGER_SHEET);
    expect(ws.getCell('B8').value).toBe('市税');
    expect(ws.getCell('G10').value).toBe(322509);
    expect(ws.getCell('H10').value).toBe(97.3);
    expect(ws.getCell('B56').value).toBe('法定外公共物使用料');
    expect(ws.getCell('G58').value).toBe(252);
  });
});
