/** Figures in findings' messages grouped by thousands, as the cells show them (a clerk read 834310 where the sheet shows 834,310). */
import { findingMessage, grouped } from '../../../src/i18n/findings';

describe('grouped', () => {
  it('groups the whole part, keeps the decimals and the sign, leaves small and huge figures as they are', () => {
    expect(grouped(12080115402)).toBe('12,080,115,402');
    expect(grouped(-1234.5)).toBe('-1,234.5');
    expect(grouped(98.9)).toBe('98.9');
    expect(grouped(999)).toBe('999');
    expect(grouped(1e21)).toBe('1e+21');
  });

  it('shows a figure a formula stored with a binary tail as the cell shows it (98.10000000000001 as 98.1)', () => {
    expect(grouped(98.10000000000001)).toBe('98.1');
    expect(grouped(1234.5000000000002)).toBe('1,234.5');
    expect(findingMessage('rate-mismatch', { paid: 981, charged: 1000, expected: 98.2, actual: 98.10000000000001 }).message).toContain('（記載 98.1）');
  });

  it('is how a message shows its figures, not its years or counts', () => {
    expect(findingMessage('total-mismatch', { range: 'D5:D11', expected: 834310, actual: 834210 }).message).toBe('合計が合いません。D5:D11 の合計は 834,310 ですが、834,210 と記載されています。');
    expect(findingMessage('duplicate-column', { cell: 'D3', first: 'C3', year: 2023, kind: 'actual', item: '収入未済額' }).message).toContain('2023年度');
    expect(findingMessage('large-change', { from: 170210, to: 1e20, fromYear: 2022, toYear: 2023, change: 58751, rate: 0 }).message).toBe('2022年度から2023年度に 58751% 変化しています（170,210 → 100,000,000,000,000,000,000）。');
  });
});
