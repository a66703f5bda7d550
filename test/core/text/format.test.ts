/**
 * Number formats as the engine reads them (one reader for recognition, validation and recalc's
 * decision to keep a user's format): the decimals the first section shows and whether it shows a
 * percentage, and what it divides the number by to show it. Escaped characters and quoted text are literals; 0, # and ? are digit places.
 */
import { formatInfo } from '../../../src/core/text/format';

describe('formatInfo', () => {
  it.each([
    ['General', null, false, false],
    [undefined, null, false, false],
    ['@', null, false, true],
    ['0', 0, false, false],
    ['0.0', 1, false, false],
    ['#,##0;"△"#,##0', 0, false, false],
    ['0.0;"△"0.0', 1, false, false],
    ['#,##0.00_);[Red](#,##0.00)', 2, false, false],
    ['[Red]0.00', 2, false, false],
    ['0.0%', 1, true, false],
    ['0%', 0, true, false],
    ['0.0"%"', 1, false, false],
    // An escaped % is a literal too: "0.0\%" shows 96.2 as 96.2% without scaling
    // (xlfxs.com/?p=1531, "show the % symbol without dividing it by 100").
    ['0.0\\%', 1, false, false],
    // An escaped point is a literal between two digit places: 9 shows as "0.9", no decimals.
    ['0\\.0', 0, false, false],
    ['\\.0', 0, false, false],
    // ? is a digit place (padded with a space): 0.0? shows up to two decimals.
    ['0.0?', 2, false, false],
    ['0.?', 1, false, false],
    ['"円"', null, false, false],
    // A comma after the last digit place divides by 1000 (Excel's thousands scaling: 円 shown as 千円); two by a million.
    ['#,##0,', 0, false, false, 1000],
    ['#,##0,;"△"#,##0,', 0, false, false, 1000],
    ['0.0,,', 1, false, false, 1e6],
    ['#,##0', 0, false, false, 1],
    ['"千円",', null, false, false, 1],
  ])('%j → %j decimals, percent %j, text %j, shown divided by %j', (format, decimals, percent, text, scale = 1) => {
    expect(formatInfo(format)).toEqual({ decimals, percent, text, scale });
  });
});
