/** The preview shows numbers as Excel's number formats of Japanese plans show them. */
import { cellText, findingValue, formatNumber } from '../../src/taskpane/cell-text';

describe('cellText', () => {
  it.each([
    [-3.24, '0.0;"△"0.0', '△3.2'],
    [3.26, '0.0;"△"0.0', '3.3'],
    [-1234567, '#,##0;"△"#,##0', '△1,234,567'],
    [2606236, '#,##0', '2,606,236'],
    [0.962, '0.0%', '96.2%'],
    // A quoted or escaped % is a literal: rates typed as 96.2 keep their figure.
    [96.2, '0.0"%"', '96.2%'],
    [96.2, '0.0\\%', '96.2%'],
    [-5, '0;[Red]\\-0', '-5'],
    [0, '#,##0;"△"#,##0;"-"', '-'],
    [12.5, undefined, '12.5'],
    [0.1 + 0.2, 'General', '0.3'],
    [-0.04, '0.0;"△"0.0', '△0.0'],
    // A comma after the last digit place shows the number in thousands (円 printed as 千円), two in millions.
    [512345678, '#,##0,', '512,346'],
    [-512345678, '#,##0,;"△"#,##0,', '△512,346'],
    [512345678, '0,,', '512'],
    [512345678, '#,##0.0,,', '512.3'],
  ])('%p with %p shows %p', (n, format, shown) => {
    expect(formatNumber(n, format)).toBe(shown);
  });

  it('text, booleans, errors and blanks', () => {
    expect(cellText('市税')).toBe('市税');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });
});

describe('findingValue: a finding’s figures as plans print theirs', () => {
  it.each([
    [20467, '20,467'],
    [-72.1, '△72.1'],
    [0.8, '0.8'],
    [1234567.25, '1,234,567.25'],
    [0, '0'],
    ['非強制徴収公債権', '非強制徴収公債権'],
    [null, '—'],
  ] as const)('%s → %s', (v, shown) => {
    expect(findingValue(v)).toBe(shown);
  });
});
