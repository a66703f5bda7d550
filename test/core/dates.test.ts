/** The date reading both hosts share (src/core/dates.ts). */
import { isDateFormat, serialToIso } from '../../src/core/dates';

test('a date or time letter outside quotes and [..] sections makes a date format', () => {
  expect(isDateFormat('yyyy/m/d')).toBe(true);
  expect(isDateFormat('[$-411]ggge"年"m"月"d"日"')).toBe(true);
  expect(isDateFormat('h:mm')).toBe(true);
  expect(isDateFormat('#,##0"円"')).toBe(false);
  expect(isDateFormat('"days "0')).toBe(false);
  expect(isDateFormat('[Red]#,##0;[Blue]-#,##0')).toBe(false);
  expect(isDateFormat('0.0%')).toBe(false);
  // Letters shown as they are (\), a space a letter's width (_), a fill (*): none is a date.
  expect(isDateFormat('0\\m')).toBe(false);
  expect(isDateFormat('#,##0_m;-#,##0_m')).toBe(false);
  expect(isDateFormat('*d0')).toBe(false);
  expect(isDateFormat('yyyy\\年m\\月')).toBe(true);
});

test('a serial becomes its ISO date in either date system', () => {
  // From 1900-03-01 on (serial 61): Excel's serials before it count a 29 February 1900 that never was.
  expect(serialToIso(61, false)).toBe('1900-03-01');
  expect(serialToIso(45000, false)).toBe('2023-03-15');
  expect(serialToIso(45000.75, false)).toBe('2023-03-15');
  expect(serialToIso(0, true)).toBe('1904-01-01');
  expect(serialToIso(45000 - 1462, true)).toBe('2023-03-15');
  expect(serialToIso(1e12, false)).toBeUndefined();
});
