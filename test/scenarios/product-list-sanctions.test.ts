// Sanctions on the goods of a regulation's product list (goods-share.ts): each sender's flow to the target is split by
// its own exports of the listed goods to the target, on a tiny hand-made economy; every value worked out by hand.
import { describe, expect, it } from 'vitest';
import { Economy } from '../../src/scenarios/economy.js';
import type { ListedExportRow } from '../../src/scenarios/inputs.js';
import { centralValues } from '../../src/scenarios/parameters.js';
import { simulate } from '../../src/scenarios/simulate.js';
import { tinyInputs, tinyScenario } from './tiny-economy.js';

const LIST = 'eu_reg_833_2014';
const listed = (reporter: string, year: number, listedEur: number, totalEur: number): ListedExportRow =>
  ({ list: LIST, reporter, partner: 'AAA', year, listedEur, totalEur });

/**
 * AAA imports (million US$) 50 from BBB, 40 from DDD, 20 from EEE; GG = {BBB, EEE}. BBB's listed goods were 30% of its
 * exports to AAA in 2009 and 80% in 2011; EEE has no listed-goods data.
 */
const inputs = (year = 2010) => tinyInputs({
  year,
  trade: [
    { reporter: 'AAA', partner: 'BBB', exports: 100, imports: 50 },
    { reporter: 'AAA', partner: 'CCC', exports: 300, imports: 0 },
    { reporter: 'AAA', partner: 'DDD', exports: 0, imports: 40 },
    { reporter: 'AAA', partner: 'EEE', exports: 0, imports: 20 },
  ],
  groups: { GG: ['BBB', 'EEE'] },
  listedExports: [listed('BBB', 2009, 30, 100), listed('BBB', 2011, 80, 100)],
  listedSource: 'synthetic listed exports',
});

const params = { import_criticality: 0.2, supplier_spare_share: 0.1, adjustment_cost_share: 0.5, export_value_added_share: 0.4, market_redirect_share: 0.1 };
const shock = { type: 'sanctions', sender: 'GG', target: 'AAA', product_list: LIST, direction: 'target_imports', share: 1, duration_days: 365 };

describe('listedShare', () => {
  it('takes the latest full year up to the baseline, else the earliest after it, else null (not zero)', () => {
    expect(new Economy(inputs(2010)).listedShare('BBB', 'AAA', LIST)).toBe(0.3);
    expect(new Economy(inputs(2012)).listedShare('BBB', 'AAA', LIST)).toBe(0.8);
    expect(new Economy(inputs(2005)).listedShare('BBB', 'AAA', LIST)).toBe(0.3);
    const e = new Economy(inputs(2010));
    expect(e.listedShare('EEE', 'AAA', LIST)).toBeNull();
    expect([...e.assumptions.values()].find((a) => a.what.includes("EEE's exports to AAA"))).toMatchObject({ value: null });
  });
});

describe('sanctions on a product list (target_imports)', () => {
  const s = tinyScenario(params, { shocks: [shock] });
  const r = simulate(s, inputs(), centralValues(s));

  it('cuts each sender by its own listed share and counts no other sender as an alternative supplier', () => {
    // BBB: M = 50 · 0.3 = 15 (million US$), S = κ · 15e6 = 3e6. Alternatives: DDD only (EEE is a sender, CCC sells
    // nothing): 0.1 · 40 · 0.3 = 1.2 → ρ = 0.08; V = S · 0.92 + 1.2 · (0.5 · 3e6 / 15) = 2.76e6 + 0.12e6 = 2.88e6.
    const c = r.channels.find((x) => x.channel === 'import_supply')!;
    expect(c).toMatchObject({ state: 'AAA', counterpart: 'BBB' });
    expect(c.substitution!.need).toBeCloseTo(15, 12);
    expect(c.substitution!.parts.map((p) => p.from)).toEqual(['DDD']);
    expect(c.substitution!.capacity).toBeCloseTo(1.2, 12);
    expect(c.sensitivity_usd).toBeCloseTo(3e6, 4);
    expect(c.vulnerability_usd).toBeCloseTo(2.88e6, 4);
  });

  it('makes the sender lose the listed part of its sales to the target', () => {
    // BBB's exports to AAA = AAA's imports from BBB (mirror) = 50; lost 15; S = φ · 15e6 = 6e6; no other market → V = S.
    const c = r.channels.find((x) => x.channel === 'export_market')!;
    expect(c).toMatchObject({ state: 'BBB', counterpart: 'AAA' });
    expect(c.sensitivity_usd).toBeCloseTo(6e6, 4);
    expect(c.vulnerability_usd).toBeCloseTo(6e6, 4);
  });

  it('leaves out a sender without data instead of counting it as zero', () => {
    expect(r.channels.length).toBe(2);
    expect(r.states.map((x) => x.state)).toEqual(['AAA', 'BBB']);
    expect(r.assumptions.find((a) => a.what.includes("EEE's exports to AAA"))!.source).toMatch(/^none for EEE → AAA/);
  });
});

describe('the scenario schema', () => {
  it('accepts a product list only for target_imports and not together with HS chapters', () => {
    expect(() => tinyScenario(params, { shocks: [{ ...shock, direction: 'target_exports' }] })).toThrow(/target_imports/);
    expect(() => tinyScenario(params, { shocks: [{ ...shock, products: ['84'] }] })).toThrow(/at most one of "products" or "product_list"/);
    expect(() => tinyScenario(params, { shocks: [{ ...shock, product_list: 'us_ear' }] })).toThrow(/product_list/);
  });
});
