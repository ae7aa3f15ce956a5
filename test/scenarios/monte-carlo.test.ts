// Seeded Monte Carlo over the uncertain parameters: identical for a fixed seed, intervals that bracket the point value.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { monteCarlo } from '../../src/scenarios/monte-carlo.js';
import { drawValue } from '../../src/scenarios/parameters.js';
import { parseScenario } from '../../src/scenarios/schema.js';
import { tinyInputs } from './tiny-economy.js';

const scenario = parseScenario({
  name: 'mc', title: 'monte carlo', baseline_year: 2010,
  shocks: [{ type: 'supply_cut', supplier: 'SSS', target: 'AAA', fuel: 'gas', share: '$cut', duration_days: 365 }],
  parameters: {
    cut: { dist: 'uniform', low: 0.5, high: 1, source: 'test' },
    energy_output_elasticity: { dist: 'triangular', low: 0.2, mode: 0.5, high: 1, source: 'test' },
    supplier_spare_share: { dist: 'fixed', value: 0.1, source: 'test' },
    adjustment_cost_share: { dist: 'normal', mean: 0.2, sd: 0.05, low: 0, high: 1, source: 'test' },
  },
});

describe('monteCarlo', () => {
  it('gives identical results for a fixed seed and different ones for another seed', () => {
    const a = monteCarlo(scenario, tinyInputs(), 300, 42);
    const b = monteCarlo(scenario, tinyInputs(), 300, 42);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(monteCarlo(scenario, tinyInputs(), 300, 43).intervals).not.toEqual(a.intervals);
  });

  it('brackets the central value; S = 50% · ε · σ, so its interval follows the draws of ε and σ', () => {
    // central: σ = 0.75, ε = (0.2 + 0.5 + 1)/3 = 0.56667 → S = 1e9 · 0.56667 · 0.5 · 0.75 / 1e9 = 21.25% of GDP
    const r = monteCarlo(scenario, tinyInputs(), 2000, 1);
    const s = r.intervals['state.AAA.sensitivity_pct_gdp']!;
    expect(r.point.states[0]!.sensitivity_pct_gdp).toBeCloseTo(100 * 0.5 * (1.7 / 3) * 0.75, 10);
    expect(s.low).toBeLessThan(21.25);
    expect(s.high).toBeGreaterThan(21.25);
    // bounds: σ·ε ∈ [0.1, 1] → S ∈ [5%, 50%]
    expect(s.low).toBeGreaterThan(5);
    expect(s.high).toBeLessThan(50);
    // the mean of E[σ]·E[ε]·50 (independent draws) within sampling error
    expect(s.mean).toBeCloseTo(21.25, 0);
  });

  it('draws each distribution within its support', () => {
    const rnd = seededRandom(5);
    for (let k = 0; k < 1000; k++) {
      const t = drawValue({ dist: 'triangular', low: 1, mode: 2, high: 4, source: 't' }, rnd);
      expect(t).toBeGreaterThanOrEqual(1);
      expect(t).toBeLessThanOrEqual(4);
      const n = drawValue({ dist: 'normal', mean: 0, sd: 10, low: -1, high: 1, source: 't' }, rnd);
      expect(Math.abs(n)).toBeLessThanOrEqual(1);
    }
  });
});
