/**
 * The CLI on default-encrypted workbooks (issue 17.4): inspect reports them as the plain workbook,
 * run writes its output from the decrypted package (unencrypted), and a real password is a
 * message naming the file in a batch that goes on.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../../src/hosts/file/read';
import { cli } from './helpers';

const shapes = (f: string) => join(__dirname, '../fixtures/shapes', f);

describe('saiken on encrypted workbooks', () => {
  it('inspect: the same report as the plain workbook; a real password is named, the batch goes on', async () => {
    const plain = await cli(['inspect', shapes('encrypted-plain.xlsx'), '--json']);
    const agile = await cli(['inspect', shapes('encrypted-agile.xlsx'), '--json']);
    expect(agile.err).toBe('');
    expect(agile.code).toBe(plain.code);
    expect({ ...JSON.parse(agile.out), file: '' }).toEqual({ ...JSON.parse(plain.out), file: '' });
    const batch = await cli(['inspect', shapes('encrypted-password.xlsx'), shapes('encrypted-standard.xlsx')]);
    expect(batch.code).toBe(2);
    expect(batch.err).toBe('encrypted-password.xlsx: パスワードで保護されたブックは読めません。保護を解除して保存し直してください。');
    expect(batch.out).toContain('encrypted-standard.xlsx');
  });

  it('run: the output is the decrypted package with the summary sheets, readable without a password', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'saiken-enc-')), 'out.xlsx');
    const r = await cli(['run', shapes('encrypted-agile.xlsx'), '-o', out]);
    expect(r.err).toBe('');
    const written = new Uint8Array(readFileSync(out));
    expect([...written.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const before = await readWorkbook(new Uint8Array(readFileSync(shapes('encrypted-plain.xlsx'))));
    const after = await readWorkbook(written);
    expect(after.sheets.length).toBeGreaterThan(before.sheets.length);
    for (const s of before.sheets) expect(after.sheets.find((a) => a.name === s.name)).toBeDefined();
  });
});
