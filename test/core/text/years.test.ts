import { findYears } from '../../../src/core/text/years';

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
