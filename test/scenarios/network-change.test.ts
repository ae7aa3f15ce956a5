// Network (indirect) trade dependence before and after a trade shock, on a 3-state hand-made economy (synthetic),
// with the Leontief/Katz inverse worked out by hand; and no network rows when no shock changes trade.
import { describe, expect, it } from 'vitest';
import { monteCarlo } from '../../src/scenarios/monte-carlo.js';
import { centralValues } from '../../src/scenarios/parameters.js';
import { simulate } from '../../src/scenarios/simulate.js';
import { tinyInputs, tinyScenario } from './tiny-economy.js';

/** AAA, BBB, CCC each trade 100 (million US$, one side's exports) with each other, both rows reported. */
const triangle = () => tinyInputs({
  trade: [
    { reporter: 'AAA', partner: 'BBB', exports: 100, imports: 0 },
    { reporter: 'BBB', partner: 'AAA', exports: 0, imports: 100 },
    { reporter: 'AAA', partner: 'CCC', exports: 100, imports: 0 },
    { reporter: 'CCC', partner: 'AAA', exports: 0, imports: 100 },
    { reporter: 'BBB', partner: 'CCC', exports: 100, imports: 0 },
    { reporter: 'CCC', partner: 'BBB', exports: 0, imports: 100 },
  ],
  stored: { 'network.indirect_dependence': { 'AAA|CCC': 0.8 } },
});

/** CCC stops buying half of AAA's exports for a year; no other market takes any of it (redirect share 0). */
const loss = { type: 'market_loss', subject: 'AAA', market: 'CCC', share: 0.5, duration_days: 365 };
const lossParams = { export_value_added_share: 0.5, market_redirect_share: 0, adjustment_cost_share: 0 };
const network = (r: ReturnType<typeof simulate>) => r.metrics.filter((m) => m.metric.startsWith('network.'));

describe('network.indirect_dependence in a scenario', () => {
  it('a market loss changes D and T, computed by hand', () => {
    // Baseline: every turnover is 100, so D = ½(J − I) (J = all ones), β = 0.5 / max row sum 1 = 0.5.
    //   M = I − βD = 1.25 I − 0.25 J; (aI + bJ)⁻¹ = (1/a)(I − b/(a + 3b) J) → M⁻¹ = 0.8 (I + 0.5 J) = 0.8 I + 0.4 J.
    //   T = (M⁻¹ − I)/β: off-diagonal 0.4/0.5 = 0.8. IS = (0.8 − 0.5)/0.8 = 0.375.
    // Shock: AAA's exports to CCC 100 → 50, so D' rows: AAA (0, 100/150, 50/150) = (0, 2/3, 1/3),
    //   BBB (1/2, 0, 1/2) unchanged, CCC (50/150, 100/150, 0) = (1/3, 2/3, 0); β still 0.5.
    //   12 M = 12 (I − ½D') = [[12, −4, −2], [−3, 12, −3], [−2, −4, 12]], det = 12·132 − (−4)(−42) + (−2)·36 = 1344;
    //   adjugate = [[132, 56, 36], [42, 140, 42], [36, 56, 132]] → M⁻¹ = 12·adj/1344 = adj/112 (rows sum to 2 = 1/0.5 ✓).
    //   T' = 2 (M⁻¹ − I): T'(AAA←CCC) = 2·36/112 = 9/14, T'(CCC←AAA) = 2·36/112 = 9/14 (T'(AAA←BBB) = 2·56/112 = 1).
    //   IS' = (9/14 − 1/3)/(9/14) = (27 − 14)/27 = 13/27.
    const s = tinyScenario(lossParams, { shocks: [loss] });
    const r = simulate(s, triangle(), centralValues(s));
    const rows = network(r);
    // only the pairs whose trade changed (both directions), two metrics each
    expect(rows.map((m) => `${m.metric} ${m.subject}→${m.counterpart}`)).toEqual([
      'network.indirect_dependence AAA→CCC', 'network.indirect_share AAA→CCC',
      'network.indirect_dependence CCC→AAA', 'network.indirect_share CCC→AAA',
    ]);
    const t = rows.find((m) => m.metric === 'network.indirect_dependence' && m.subject === 'AAA')!;
    expect(t.stored).toBe(0.8);
    expect(t.baseline).toBeCloseTo(0.8, 12);
    expect(t.scenario).toBeCloseTo(9 / 14, 12);
    expect(t.delta).toBeCloseTo(9 / 14 - 0.8, 12);
    const back = rows.find((m) => m.metric === 'network.indirect_dependence' && m.subject === 'CCC')!;
    expect(back.stored).toBeNull();
    expect(back.scenario).toBeCloseTo(9 / 14, 12);
    const share = rows.find((m) => m.metric === 'network.indirect_share' && m.subject === 'AAA')!;
    expect(share.baseline).toBeCloseTo(0.375, 12);
    expect(share.scenario).toBeCloseTo(13 / 27, 12);
  });

  it('a shock that creates trade with a state outside the baseline layer adds it to the layer', () => {
    // tinyInputs: AAA trades 150 with BBB and 300 with CCC; SSS (its gas supplier) has no trade row, so it is outside
    // the baseline layer (T null). A price shock 100 → 200 US$/1000 m3 on 10 bcm adds 10 · 100 = 1000 to AAA's imports
    // from SSS: D'(AAA→SSS) = a = 1000/1450 = 20/29, D'(SSS→AAA) = 1, BBB and CCC have no rows (no paths onward).
    // Paths AAA→SSS of length 2m + 1 weigh a^(m+1) · β^(2m): T'(AAA←SSS) = a / (1 − β²a) = (20/29)/(1 − 5/29) = 5/6;
    // T'(SSS←AAA) = 1 / (1 − β²a) = 29/24; IS'(SSS←AAA) = (29/24 − 1)/(29/24) = 5/29.
    const prices = [{ importer: 'AAA', label: 'AAA', exporter: 'SSS', periodStart: '2010-01', periodEnd: '2010-12', price: 100, source: 'synthetic' }];
    const s = tinyScenario({ supplier_spare_share: 0.5 }, { shocks: [{ type: 'price_shock', supplier: 'SSS', target: 'AAA', fuel: 'gas', new_price: 200 }] });
    const r = simulate(s, tinyInputs({ prices }), centralValues(s));
    const get = (metric: string, i: string) => network(r).find((m) => m.metric === metric && m.subject === i)!;
    expect(get('network.indirect_dependence', 'AAA')).toMatchObject({ counterpart: 'SSS', baseline: null, delta: null });
    expect(get('network.indirect_dependence', 'AAA').scenario).toBeCloseTo(5 / 6, 12);
    expect(get('network.indirect_dependence', 'SSS').scenario).toBeCloseTo(29 / 24, 12);
    expect(get('network.indirect_share', 'SSS').scenario).toBeCloseTo(5 / 29, 12);
  });

  it('a scenario whose shocks change no trade has no network rows', () => {
    // a gas cut with no gas price in the data changes gas flows only (supply-cut.ts adds imports only at a known price)
    const cut = { type: 'supply_cut', supplier: 'SSS', target: 'AAA', fuel: 'gas', share: 1, duration_days: 365 };
    const s = tinyScenario({ energy_output_elasticity: 1, supplier_spare_share: 0.5, adjustment_cost_share: 0 }, { shocks: [cut] });
    const r = simulate(s, triangle(), centralValues(s));
    expect(r.metrics.some((m) => m.metric === 'energy.gas_supplier_share')).toBe(true);
    expect(network(r)).toEqual([]);
    expect(r.assumptions.some((a) => a.what.startsWith('network.'))).toBe(false);
  });

  it('Monte Carlo draws skip the inverse: the interval is the point value, and the run says so', () => {
    const fixed = Object.fromEntries(Object.entries(lossParams).map(([k, v]) => [k, { dist: 'fixed', value: v, source: 'test' }]));
    const s = tinyScenario({}, { shocks: [loss], parameters: { ...fixed, export_value_added_share: { dist: 'uniform', low: 0.3, high: 0.6, source: 'test' } } });
    const mc = monteCarlo(s, triangle(), 20, 1);
    const i = mc.intervals['metric.network.indirect_dependence.AAA.CCC.scenario']!;
    expect(i.low).toBe(i.high);
    expect(i.mean).toBeCloseTo(9 / 14, 12);
    // a draw-varying output of the same run does get an interval
    const v = mc.intervals['state.AAA.sensitivity_pct_gdp']!;
    expect(v.high).toBeGreaterThan(v.low);
    expect(mc.point.assumptions.some((a) => a.what.startsWith('network.indirect_dependence and network.indirect_share are recomputed at the central'))).toBe(true);
  });
});
