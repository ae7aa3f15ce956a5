// Panel assembly on hand-made values: lags, leads, differences, listwise deletion, export column names.
import { describe, expect, it } from 'vitest';
import { assemblePanel } from '../../src/analysis/panel-export.js';
import { buildStatePanel, columnName, completeRows, indexSources, indexValues, type LongValue, variableSource } from '../../src/analysis/panel.js';

const v = (metric: string, subject: string, counterpart: string | null, year: number, value: number | null): LongValue => ({ metric, subject, counterpart, year, value });
const values = [
  v('igo.count_full', 'BLR', null, 2000, 40), v('igo.count_full', 'BLR', null, 2001, 42), v('igo.count_full', 'BLR', null, 2002, 45),
  v('igo.shared_full', 'BLR', 'RUS', 2000, 38), v('igo.shared_full', 'BLR', 'RUS', 2001, 39), v('igo.shared_full', 'BLR', 'RUS', 2002, null),
  v('composite.dependence', 'BLR', 'RUS', 1999, 0.6), v('composite.dependence', 'BLR', 'RUS', 2000, 0.7), v('composite.dependence', 'BLR', 'RUS', 2001, 0.8),
];

describe('buildStatePanel', () => {
  const rows = buildStatePanel(indexValues(values), [
    { name: 'not_shared', metric: 'igo.count_full', minus: { metric: 'igo.shared_full', counterpart: 'RUS' } },
    { name: 'cdi_l1', metric: 'composite.dependence', counterpart: 'RUS', lag: 1 },
    { name: 'cdi_f1', metric: 'composite.dependence', counterpart: 'RUS', lag: -1 },
  ], ['BLR'], 2000, 2002);
  it('difference 40 − 38 = 2, 42 − 39 = 3; NULL minuend/subtrahend gives NULL, never a number', () => {
    expect(rows.map((r) => r.values.not_shared)).toEqual([2, 3, null]);
  });
  it('lag 1 reads the previous year (0.6 for 2000), lead 1 the next (0.8 for 2000), missing years NULL', () => {
    expect(rows.map((r) => r.values.cdi_l1)).toEqual([0.6, 0.7, 0.8]);
    expect(rows.map((r) => r.values.cdi_f1)).toEqual([0.8, null, null]);
  });
  it('listwise deletion keeps only complete years', () => {
    expect(completeRows(rows, ['not_shared', 'cdi_l1']).map((r) => r.year)).toEqual([2000, 2001]);
  });
});

describe('assemblePanel (export shape)', () => {
  it('state-year: iso3, ccode, year, metric columns with _l<k> lags', () => {
    const t = assemblePanel(values, [{ id: 'igo.count_full', level: 'monadic' }], { subjects: ['BLR'], counterparts: null, from: 2001, to: 2002, lags: 1, cow: new Map([['BLR', 370]]) });
    expect(t.columns).toEqual(['iso3', 'ccode', 'year', 'igo_count_full', 'igo_count_full_l1']);
    expect(t.rows).toEqual([
      { iso3: 'BLR', ccode: 370, year: 2001, igo_count_full: 42, igo_count_full_l1: 40 },
      { iso3: 'BLR', ccode: 370, year: 2002, igo_count_full: 45, igo_count_full_l1: 42 },
    ]);
  });
  it('dyad-year: ccode1/ccode2, directed values by counterpart, monadic ones as <name>1/<name>2', () => {
    const t = assemblePanel([...values, v('igo.count_full', 'RUS', null, 2001, 80)], [{ id: 'composite.dependence', level: 'directed' }, { id: 'igo.count_full', level: 'monadic' }],
      { subjects: ['BLR'], counterparts: ['RUS', 'BLR'], from: 2001, to: 2001, lags: 0, cow: new Map([['BLR', 370], ['RUS', 365]]) });
    expect(t.columns).toEqual(['subject', 'counterpart', 'ccode1', 'ccode2', 'year', 'composite_dependence', 'igo_count_full1', 'igo_count_full2']);
    expect(t.rows).toEqual([{ subject: 'BLR', counterpart: 'RUS', ccode1: 370, ccode2: 365, year: 2001, composite_dependence: 0.8, igo_count_full1: 42, igo_count_full2: 80 }]);
  });
  it('column names are R/Stata friendly', () => {
    expect(columnName('power.emerson_advantage.trade', 'RUS', 2)).toBe('power_emerson_advantage_trade_RUS_l2');
    expect(columnName('trade.share_turnover', undefined, -1)).toBe('trade_share_turnover_f1');
  });
});

describe('value sources', () => {
  it('a variable takes the source tokens of its value and of its minus term, deduplicated and sorted', () => {
    const rows: LongValue[] = [
      { metric: 'igo.count_full', subject: 'BLR', counterpart: null, year: 2015, value: 29, flags: 'source:cia_factbook' },
      { metric: 'igo.shared_full', subject: 'BLR', counterpart: 'RUS', year: 2015, value: 26, flags: 'missing:status,source:cia_factbook' },
      { metric: 'igo.count_full', subject: 'BLR', counterpart: null, year: 2014, value: 48, flags: '' },
    ];
    const sources = indexSources(rows);
    const v = { name: 'x', metric: 'igo.count_full', minus: { metric: 'igo.shared_full', counterpart: 'RUS' } };
    expect(variableSource(sources, v, 'BLR', 2015)).toBe('source:cia_factbook');
    expect(variableSource(sources, v, 'BLR', 2014)).toBe('');
    expect(variableSource(sources, { ...v, lag: 1 }, 'BLR', 2016)).toBe('source:cia_factbook');
  });
});
