import { findYears, fiscalYearText } from '../../../src/core/text/years';

const years = (s: string) => findYears(s).map((y) => [y.year, y.notation]);

describe('findYears', () => {
  it.each([
    ['令和3年', [[2021, 'era']]],
    ['令和3年度', [[2021, 'era']]],
    ['令和元年', [[2019, 'era']]],
    ['令和元年度', [[2019, 'era']]],
    ['平成31年度', [[2019, 'era']]],
    ['平成28年', [[2016, 'era']]],
    ['R3', [[2021, 'era']]],
    ['R3年度', [[2021, 'era']]],
    ['R.3', [[2021, 'era']]],
    ['H28', [[2016, 'era']]],
    ['対H28決算', [[2016, 'era']]],
    ['2021年', [[2021, 'western']]],
    ['2021年度', [[2021, 'western']]],
    ['FY2021', [[2021, 'western']]],
    ['令和３年度', [[2021, 'era']]],
    ['Ｒ３', [[2021, 'era']]],
    ['令和3年 2021年', [[2021, 'era'], [2021, 'western']]],
    ['平成28年\n2017年', [[2016, 'era'], [2017, 'western']]],
    ['令和3(2021)年度', [[2021, 'era'], [2021, 'western']]],
    ['令和元年度（2019年度）決算', [[2019, 'era'], [2019, 'western']]],
  ])('%p', (s, expected) => expect(years(s)).toEqual(expected));

  it.each(['債権名', '決算値①', '③-①', '収納率', 'HR3', '12345'])('%p has no year', (s) => expect(findYears(s)).toEqual([]));
});

describe('fiscalYearText', () => {
  it.each([
    [2021, '令和3年度'],
    // The year begun in April 2019 is 令和元年度 (the era changed on 1 May), as the plans write it.
    [2019, '令和元年度'],
    [2020, '令和2年度'],
    [2018, '平成30年度'],
    [2016, '平成28年度'],
    [1989, '平成元年度'],
    [1988, '昭和63年度'],
    [2028, '令和10年度'],
  ])('%p in its era: %p', (year, text) => expect(fiscalYearText(year, true)).toBe(text));

  it('in the western calendar', () => {
    expect(fiscalYearText(2019, false)).toBe('2019年度');
    expect(fiscalYearText(2021, false)).toBe('2021年度');
  });

  it('reads back as the year it writes', () => {
    for (let y = 1950; y <= 2060; y++) expect(findYears(fiscalYearText(y, true))).toEqual([expect.objectContaining({ year: y, notation: 'era' })]);
  });
});
