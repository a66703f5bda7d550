import type { Obs } from '../../../src/core/consolidate';

/** Observations as consolidation takes them: 税務課's 市税 収入未済額 of 2024 in 千円, but for what `defaults` and each call say. */
export const obsMaker =
  (defaults: Partial<Obs> = {}) =>
  (o: Partial<Obs> & Pick<Obs, 'cell' | 'value'>): Obs => ({
    sheet: '計画',
    department: '税務課',
    debt: '市税',
    division: null,
    classification: '強制徴収公債権',
    item: '収入未済額',
    fiscalYear: 2024,
    kind: 'actual',
    unit: '千円',
    derived: false,
    ...defaults,
    ...o,
  });
