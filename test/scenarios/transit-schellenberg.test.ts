// Transit leverage under a bypass, the power-to-dependence ratio it moves, Schellenberg's dependence value and
// tendencies, diversification, sanctions and the transfer test, on tiny hand-made inputs.
import { describe, expect, it } from 'vitest';
import { centralValues } from '../../src/scenarios/parameters.js';
import { dependenceValue, schellenberg } from '../../src/scenarios/schellenberg.js';
import { simulate } from '../../src/scenarios/simulate.js';
import { domains, tinyInputs, tinyScenario } from './tiny-economy.js';

const fact = (fact_id: string, value: number, year = 2010) => ({ fact_id, subject: 'AAA', counterpart: 'SSS', year, value, low: null, high: null, unit: 'share', source: `test ${fact_id}` });

describe('bypass', () => {
  const inputs = tinyInputs({
    caseFacts: [fact('gas_transit_share', 0.2), fact('transit_operator_share', 0.35), fact('supplier_stake_transit_operator', 0.5), fact('gas_transit_volume', 45)],
    routes: [{ route_id: 'ns_1', name: 'NS line 1', fuel: 'gas', supplier: 'SSS', capacity: 27.5, start_year: 2011, end_year: null, transit: [], source: 'test route' },
      { route_id: 'ns_2', name: 'NS line 2', fuel: 'gas', supplier: 'SSS', capacity: 27.5, start_year: 2012, end_year: null, transit: [], source: 'test route' }],
    fuelExportShare: { SSS: { value: 0.5, source: 'test' } },
    domains: { 'AAA|SSS': domains({ trade: 0.6, energy: 0.8 }), 'SSS|AAA': domains({ trade: 0.1 }) },
  });
  const scenario = tinyScenario({ baseline_bypass_share: 0 }, {
    shocks: [{ type: 'bypass', supplier: 'SSS', transit: 'AAA', fuel: 'gas', route: ['ns_1', 'ns_2'], action: 'open', utilisation: 0.5, displaced_share: 1 }],
  });
  const r = simulate(scenario, inputs, centralValues(scenario));

  it('computes TLI = τ·c·(1 − b)·π before and after by hand', () => {
    // before: 0.2 · (0.35 · (1 − 0.5)) · (1 − 0) · 0.5 = 0.0175
    // K = 55, u = 0.5, δ = 1, V_t = 45: moved = 27.5 → τ' = 0.2 · (1 − 27.5/45) = 0.0777…; b' = 27.5/45 = 0.6111…
    // after: 0.077778 · 0.175 · 0.388889 · 0.5 = 0.0026466
    const t = r.transit[0]!;
    expect(t.before.tli).toBeCloseTo(0.0175, 12);
    expect(t.after.tau).toBeCloseTo(0.2 * (1 - 27.5 / 45), 12);
    expect(t.after.bypass).toBeCloseTo(27.5 / 45, 12);
    expect(t.after.tli).toBeCloseTo(0.2 * (1 - 27.5 / 45) * 0.175 * (1 - 27.5 / 45) * 0.5, 12);
  });

  it('lowers the supplier\'s composite dependence on the transit state and raises the PDR over it', () => {
    // CDI(SSS←AAA) = mean(trade 0.1, energy TLI): before (0.1 + 0.0175)/2 = 0.05875; CDI(AAA←SSS) = (0.6 + 0.8)/2 = 0.7
    const cdi = r.metrics.find((m) => m.metric === 'composite.dependence' && m.subject === 'SSS')!;
    expect(cdi.baseline).toBeCloseTo(0.05875, 12);
    expect(cdi.scenario).toBeCloseTo((0.1 + r.transit[0]!.after.tli) / 2, 12);
    const pdr = r.metrics.find((m) => m.metric === 'power.pdr' && m.subject === 'AAA')!;
    expect(pdr.baseline).toBeCloseTo(Math.log2(0.7 / 0.05875), 12);
    expect(pdr.scenario!).toBeGreaterThan(pdr.baseline!);
  });

  it('names a missing route', () => {
    const bad = tinyScenario({ baseline_bypass_share: 0 }, { shocks: [{ type: 'bypass', supplier: 'SSS', transit: 'AAA', fuel: 'gas', route: ['nope'], action: 'open', utilisation: 0.5, displaced_share: 1 }] });
    expect(() => simulate(bad, inputs, centralValues(bad))).toThrow(/no gas route nope/);
  });
});

describe('Schellenberg', () => {
  const cut = (S: number, V: number) => ({ subject: 'A', counterpart: 'B', sensitivity_usd: S, vulnerability_usd: V, channels: [] });
  it('bounded dependence value and tendencies by hand', () => {
    // A: R = 100, C = 0.1 · 0.5 · 1000 = 50 → ρRC = 2; Avail = 1 − 80/100 = 0.2; Des = 0.5 → DV = 2 / (2 + 0.1) = 0.952381
    // B: R = 10, C = 0.1 · 0.2 · 1000 = 20 → ρRC = 0.5; Avail = 1 − 2/10 = 0.8; Des = 0.5 → DV = 0.5 / (0.5 + 0.4) = 0.555556
    const a = { cut: cut(100, 80), gdp: 1000, cdi: 0.5, desire: 0.5, autonomyCostShare: 0.1, kappa: 1 };
    const b = { cut: cut(10, 2), gdp: 1000, cdi: 0.2, desire: 0.5, autonomyCostShare: 0.1, kappa: 1 };
    const r = schellenberg('A', 'B', a, b, 'bounded');
    expect(r.subject_side.dv).toBeCloseTo(2 / 2.1, 12);
    expect(r.counterpart_side.dv).toBeCloseTo(0.5 / 0.9, 12);
    expect(r.collaboration).toBeCloseTo(Math.sqrt((2 / 2.1) * (0.5 / 0.9)), 12);
    const exp = (2 / 2.1) * (1 - 0.5 / 0.9);
    expect(r.exploitation).toBeCloseTo(exp, 12);
    expect(r.disengagement).toBeCloseTo((1 - 2 / 2.1) * (1 + exp) / 2, 12);
  });

  it('no alternative makes the relation captive (DV = 1); the seed wordings are unbounded ratios', () => {
    const x = { cut: cut(100, 100), gdp: 1000, cdi: 0.5, desire: 0.5, autonomyCostShare: 0.1, kappa: 1 };
    expect(dependenceValue(x, 'bounded')).toMatchObject({ dv: 1, captive: true, availability: 0 });
    const y = { ...x, cut: cut(100, 50) };
    // seed_ratio: (R/C)/(Des·Avail) = 2 / (0.5 · 0.5) = 8; seed_sum: 100·(R + C)/GDP/(Des·Avail) = 15 / 0.25 = 60
    expect(dependenceValue(y, 'seed_ratio').dv).toBeCloseTo(8, 12);
    expect(dependenceValue(y, 'seed_sum').dv).toBeCloseTo(60, 12);
    // an unknown CDI leaves the costs unknown: no value rather than a "captive" 1
    expect(dependenceValue({ ...y, cdi: null }, 'bounded')).toMatchObject({ dv: null, captive: false });
  });
});

describe('diversify, sanctions and the transfer test', () => {
  it('diversify moves trade within the alternative\'s capacity', () => {
    // AAA–BBB turnover 150; shift 50% = 75 to CCC; CCC's total trade = 300 (with AAA), absorption 0.1 → capacity 30
    // moved = 30 (exports share 100/150): exports to BBB −20, imports −10; cost 0.1 · 30e6 = 3e6
    const s = tinyScenario({ partner_absorption_share: 0.1, diversification_cost_share: 0.1 }, { shocks: [{ type: 'diversify', subject: 'AAA', from: 'BBB', to: ['CCC'], domain: 'trade', share: 0.5 }] });
    const r = simulate(s, tinyInputs(), centralValues(s));
    expect(r.channels[0]!.sensitivity_usd).toBeCloseTo(3e6, 4);
    const share = r.metrics.find((m) => m.metric === 'trade.share_turnover' && m.subject === 'AAA' && m.counterpart === 'BBB')!;
    expect(share.scenario).toBeCloseTo(120 / 450, 12);
  });

  it('sanctions by a group hit the target through every member', () => {
    // GRP = {BBB, CCC}: AAA loses all 400 of exports; φ = 0.5 → S = 2e8 = 20% of GDP; no other market → V = S
    const s = tinyScenario({ export_value_added_share: 0.5, market_redirect_share: 0.2, adjustment_cost_share: 0 }, { shocks: [{ type: 'sanctions', sender: 'GRP', target: 'AAA', share: 1 }] });
    const r = simulate(s, tinyInputs({ groups: { GRP: ['BBB', 'CCC'] } }), centralValues(s));
    expect(r.states[0]).toMatchObject({ state: 'AAA' });
    expect(r.states[0]!.sensitivity_pct_gdp).toBeCloseTo(20, 10);
    expect(r.states[0]!.vulnerability_pct_gdp).toBeCloseTo(20, 10);
  });

  it('the transfer test finds the frontier and checks who is dominant', () => {
    // CDI(AAA←BBB) = (1/3 + 0.9)/2 = 0.61667 (largest), CDI(AAA←CCC) = (2/3 + 0)/2 = 1/3
    const inputs = tinyInputs({
      domains: { 'AAA|BBB': domains({ trade: 1 / 3, security: 0.9 }), 'BBB|AAA': domains({ trade: 1 }), 'AAA|CCC': domains({ trade: 2 / 3, institutions: 0 }), 'CCC|AAA': domains({ trade: 1 }) },
      stored: { 'composite.dependence': { 'AAA|BBB': (1 / 3 + 0.9) / 2, 'AAA|CCC': 1 / 3 } },
      cinc: { AAA: { value: 0.001, source: 't' }, BBB: { value: 0.01, source: 't' }, CCC: { value: 0.002, source: 't' } },
    });
    const s = tinyScenario({ partner_absorption_share: 1, diversification_cost_share: 0.1 }, { transfer_test: { subject: 'AAA', alternatives: ['CCC'], step: 0.5 } });
    const r = simulate(s, inputs, centralValues(s)).transfer_test!;
    expect(r.largest).toEqual({ partner: 'BBB', cdi: (1 / 3 + 0.9) / 2 });
    expect(r.evaluated).toBe(2);
    // shift 0.5: 75 of BBB's 150 to CCC (capacity 1 · 300): CDI(AAA←BBB) = (75/450 + 0.9)/2 = 0.53333 stays largest;
    // cost 0.1 · 75e6 / 1e9 = 0.75% of GDP
    const half = r.frontier.find((c) => c.shift === 0.5)!;
    expect(half).toMatchObject({ dominant: 'BBB', cost_pct_gdp: 0.75 });
    expect(half.max_cdi).toBeCloseTo((75 / 450 + 0.9) / 2, 12);
    // shift 1: CDI(AAA←BBB) = 0.45, CDI(AAA←CCC) = (450/450 + 0)/2 = 0.5 → CCC dominant, CINC 2× AAA's, but
    // CDI(CCC←AAA) = 450/450 = 1 → PDR(CCC over AAA) = log2(0.5/1) = −1: not more powerful in the relation
    const full = r.frontier.find((c) => c.shift === 1)!;
    expect(full).toMatchObject({ dominant: 'CCC', cinc_ratio: 2, pdr_dominant: -1 });
    expect(r.lowering).toBe(2);
    expect(r.claim_holds).toBe(false);
  });
});
