/**
 * 再計算 over a table whose printed differences have a blank operand: the pane says how many
 * printed values became blank, why, and which setting keeps "blank is zero".
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recalc } from '../../src/core/engine';
import { applyToSnapshot } from '../../src/core/apply-snapshot';
import { sheetFromGrid, type CellValue, type Workbook } from '../../src/core/workbook';
import { Pane } from '../../src/taskpane/Pane';
import { blankedByBlankOperands } from '../../src/taskpane/recalc-notes';
import { renderWithPane } from './helpers';

/** Two debts whose 令和6年度 figure is blank, yet a difference was printed beside it. */
function withBlanks(): Workbook {
  const grid: CellValue[][] = [
    ['(1) 強制徴収公債権'],
    [null, null, null, null, '(単位：%)'],
    ['所管課', '債権名', '令和5年度 実績①', '令和6年度 実績②', '②-①'],
    ['税務課', '市税', 97.1, 97.5, 0.4],
    ['保険年金課', '国民健康保険税', 90.2, null, 0.8],
    ['税務課', '軽自動車税', 95.0, null, 1.0],
    ['住宅課', '市営住宅使用料', 81.5, 81.9, 0.4],
  ];
  return { sheets: [sheetFromGrid('計画', grid)] };
}

describe('再計算 and printed values that become blank', () => {
  it('counts the printed figures whose formula now computes blank from a blank operand', () => {
    const wb = withBlanks();
    const { changes } = recalc(wb, 'plan.xlsx');
    const after = applyToSnapshot(wb, changes);
    // E5 and E6 held 0.8 and 1.0; their 令和6年度 (D5, D6) is blank.
    expect(after.sheets[0].rows[4][4]?.formula).toBe('IF(OR(D5="",C5=""),"",D5-C5)');
    expect(after.sheets[0].rows[4][4]?.value).toBeNull();
    expect(blankedByBlankOperands(changes, after)).toBe(2);
  });

  it('counts a printed figure stored as text too (as 2-2 of the Tsuyama plan stores its differences: "0.8")', () => {
    const wb = withBlanks();
    wb.sheets[0].rows[4][4] = { value: '0.8' };
    const { changes } = recalc(wb, 'plan.xlsx');
    expect(changes.log.find((e) => e.cell === 'E5')?.before).toBe('0.8');
    const after = applyToSnapshot(wb, changes);
    expect(blankedByBlankOperands(changes, after)).toBe(2);
  });

  it('says so after 再計算, naming the setting 空欄を 0 とみなす', async () => {
    const r = renderWithPane(<Pane />, { wb: withBlanks() });
    await act(() => r.store.open(r.host));
    await userEvent.click(screen.getByRole('button', { name: '再計算' }));
    // The command loads the engine and writes first: about 0.8 s alone, more on a busy machine (the default wait is 1 s).
    const text = await screen.findByText(/印刷されていた値のうち 2件が空欄になりました。/, undefined, { timeout: 10_000 });
    expect(text.textContent).toContain('差引などの元の値が空欄のためです');
    expect(text.textContent).toContain('［設定］の「空欄を 0 とみなす（以前の様式の慣行）」をオンにしてください。');
  });

  it('says nothing of blanks when no printed value became blank', async () => {
    const wb = withBlanks();
    wb.sheets[0].rows[4][3] = { value: 91.0 };
    wb.sheets[0].rows[5][3] = { value: 96.0 };
    const r = renderWithPane(<Pane />, { wb });
    await act(() => r.store.open(r.host));
    await userEvent.click(screen.getByRole('button', { name: '再計算' }));
    await screen.findByText(/個のセルに数式を書き込みました/, undefined, { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByText(/空欄になりました/)).toBeNull());
  });
});
