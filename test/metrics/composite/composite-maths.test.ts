import { describe, expect, it } from 'vitest';
import { dirichlet, gamma, quantile, seededRandom } from '../../../src/core/random.js';
import { compositeDependence, interactionTerm } from '../../../src/metrics/composite/cdi.js';
import { classifyDyad, mutualInterdependence, powerDependenceRatio } from '../../../src/metrics/composite/dyad-class.js';
import { cdiScore, compositeInterval, drawMonteCarlo, probabilityTop } from '../../../src/metrics/composite/monte-carlo.js';
import { shapleyValues } from '../../../src/metrics/composite/shapley.js';
import { DOMAINS, parseWeights, WEIGHT_PRESETS, type Domain } from '../../../src/metrics/composite/weights.js';

describe('weights', () => {
  it('presets sum to 1 and user weights are normalised', () => {
    for (const w of Object.values(WEIGHT_PRESETS)) expect(DOMAINS.reduce((s, d) => s + w[d], 0)).toBeCloseTo(1, 15);
    const w = parseWeights('trade=3, energy=1');
    expect([w.trade, w.energy, w.security]).toEqual([0.75, 0.25, 0]);
    expect(parseWeights('realist')).toBe(WEIGHT_PRESETS.realist);
  });

  it('rejects unknown domains, negative and malformed weights with the list of domains', () => {
    expect(() => parseWeights('trade=0.5,culture=0.5')).toThrow(/unknown domain "culture"/);
    expect(() => parseWeights('trade=-1')).toThrow(/non-negative number/);
    expect(() => parseWeights('trade')).toThrow(/is not domain=number/);
    expect(() => parseWeights('trade=0')).toThrow(/must not all be zero/);
  });
});

describe('composite dependence (CDI)', () => {
  const w = parseWeights('trade=0.4,energy=0.4,security=0.2');

  it('is the weighted mean of the domain values: 0.4·0.5 + 0.4·1 + 0.2·0.25 = 0.65', () => {
    const r = compositeDependence({ trade: 0.5, energy: 1, security: 0.25 }, w);
    expect(r.value).toBeCloseTo(0.65, 15);
    expect(r.missing).toEqual([]);
    expect(r.coverage).toBeCloseTo(1, 15);
    expect(r.contributions).toEqual({ trade: 0.2, energy: 0.4, security: 0.05 });
  });

  it('renormalises over present domains and names the missing one, never reading it as 0', () => {
    // energy missing: (0.4·0.5 + 0.2·0.25) / 0.6 = 0.25 / 0.6 = 0.41666…
    const r = compositeDependence({ trade: 0.5, energy: null, security: 0.25 }, w);
    expect(r.value).toBeCloseTo(0.25 / 0.6, 15);
    expect(r.missing).toEqual(['energy']);
    expect(r.coverage).toBeCloseTo(0.6, 15);
    expect(compositeDependence({ trade: null }, w)).toMatchObject({ value: null, coverage: 0 });
  });

  it('refuses a domain value outside [0, 1]', () => {
    expect(() => compositeDependence({ trade: 1.2 }, w)).toThrow(/outside \[0, 1\]/);
  });
});

describe('Shapley decomposition', () => {
  it('matches a hand-computed 3-player game and sums to v(N) − v(∅)', () => {
    // v(∅)=0, v(a)=1, v(b)=2, v(c)=0, v(ab)=4, v(ac)=1, v(bc)=2, v(abc)=6
    // φ_a = 1/3·(1−0) + 1/6·(4−2) + 1/6·(1−0) + 1/3·(6−2) = 1/3 + 1/3 + 1/6 + 4/3 = 13/6
    // φ_b = 1/3·2 + 1/6·(4−1) + 1/6·(2−0) + 1/3·(6−1) = 2/3 + 1/2 + 1/3 + 5/3 = 19/6
    // φ_c = 1/3·0 + 1/6·(1−1) + 1/6·(2−2) + 1/3·(6−4) = 2/3 = 4/6
    const table: Record<string, number> = { '': 0, a: 1, b: 2, c: 0, ab: 4, ac: 1, bc: 2, abc: 6 };
    const phi = shapleyValues(['a', 'b', 'c'] as const, (s) => table[[...s].sort().join('')]!);
    expect(phi.a).toBeCloseTo(13 / 6, 14);
    expect(phi.b).toBeCloseTo(19 / 6, 14);
    expect(phi.c).toBeCloseTo(4 / 6, 14);
    expect(phi.a + phi.b + phi.c).toBeCloseTo(6, 14);
  });

  it("decomposes a CDI change between two years into domain parts that sum to the change", () => {
    const w = WEIGHT_PRESETS.equal;
    const y0 = { trade: 0.4, energy: 1, finance: 0.1, institutions: 0.3, security: 0.8, mobility: null };
    const y1 = { trade: 0.6, energy: 1, finance: 0.3, institutions: 0.2, security: 0.8, mobility: 0.5 };
    const mix = (s: ReadonlySet<Domain>) =>
      compositeDependence(Object.fromEntries(DOMAINS.map((d) => [d, s.has(d) ? y1[d] : y0[d]])), w).value!;
    const phi = shapleyValues(DOMAINS, mix);
    const total = compositeDependence(y1, w).value! - compositeDependence(y0, w).value!;
    expect(DOMAINS.reduce((s, d) => s + phi[d], 0)).toBeCloseTo(total, 14);
    expect(phi.energy).toBeCloseTo(0, 14); // energy is the same in both years
    expect(phi.trade).toBeGreaterThan(0);
    expect(phi.institutions).toBeLessThan(0);
  });

  it('with no missing domain and a zero baseline, Shapley equals weight × value', () => {
    const w = WEIGHT_PRESETS.liberal;
    const x = { trade: 0.5, energy: 0.2, finance: 0.9, institutions: 0.4, security: 0.1, mobility: 0.7 };
    const phi = shapleyValues(DOMAINS, (s) =>
      compositeDependence(Object.fromEntries(DOMAINS.map((d) => [d, s.has(d) ? x[d] : 0])), w).value!);
    for (const d of DOMAINS) expect(phi[d]).toBeCloseTo(w[d] * x[d], 14);
  });
});

describe('dyad classes, mutuality and PDR', () => {
  it('classifies by the documented thresholds (dependent ≥ 0.1, asymmetric from 2:1)', () => {
    expect(classifyDyad(0.05, 0.09)).toBe('independent');
    expect(classifyDyad(0.5, 0.05)).toBe('one_sided');
    expect(classifyDyad(0.5, 0.2)).toBe('asymmetric');
    expect(classifyDyad(0.3, 0.2)).toBe('symmetric');
    expect(classifyDyad(0.3, 0.2, { dependent: 0.25, asymmetryRatio: 2 })).toBe('one_sided');
    expect(classifyDyad(null, 0.2)).toBeNull();
  });

  it('MI = sqrt(0.5·0.2) = 0.31623; PDR = log2(0.5/0.2) = 1.32193', () => {
    expect(mutualInterdependence(0.5, 0.2)).toBeCloseTo(0.31622776601683794, 15);
    expect(powerDependenceRatio(0.5, 0.2)).toBeCloseTo(1.3219280948873624, 15);
    expect(powerDependenceRatio(0.5, 0)).toBeNull();
  });
});

describe('Monte Carlo over weights and formula variants (seeded)', () => {
  const values = { trade: 0.6, energy: 1, finance: 0.2, institutions: 0.4, security: 0.9, mobility: 0.1 };
  const linearOnly = { draws: 500, seed: 7, concentration: 50, formulas: ['linear'] as const };

  it('is reproducible for a fixed seed, and its interval contains the point value', () => {
    const a = drawMonteCarlo(WEIGHT_PRESETS.equal, linearOnly);
    const b = drawMonteCarlo(WEIGHT_PRESETS.equal, linearOnly);
    expect(a).toEqual(b);
    for (const d of a.slice(0, 20)) expect(DOMAINS.reduce((s, x) => s + d.weights[x], 0)).toBeCloseTo(1, 12);
    const r = compositeInterval(values, WEIGHT_PRESETS.equal, a);
    expect(r.value).toBeCloseTo(3.2 / 6, 15);
    expect(r.low!).toBeLessThan(r.value!);
    expect(r.high!).toBeGreaterThan(r.value!);
    expect(r.high! - r.low!).toBeLessThan(0.2);
  });

  it('keeps zero-weight domains at zero and gives top-rank probabilities that sum to 1', () => {
    const w = parseWeights('trade=0.5,energy=0.5');
    const draws = drawMonteCarlo(w, { draws: 300, seed: 3, concentration: 20, formulas: ['linear', 'mcmillan'] });
    expect(draws.every((d) => d.weights.security === 0 && d.weights.mobility === 0)).toBe(true);
    const p = probabilityTop({ RUS: cdiScore({ trade: 0.5, energy: 1 }), CHN: cdiScore({ trade: 0.6, energy: 0 }), POL: cdiScore({ trade: 0.1, energy: 0 }) }, draws);
    expect(p.RUS).toBe(1);
    expect(p.RUS! + p.CHN! + p.POL!).toBeCloseTo(1, 15);
  });

  it('rank stability: two close candidates split the draws; the split is the share of draws where each leads', () => {
    // A = trade 0.8, energy 0.2; B = trade 0.2, energy 0.8: A leads exactly when w_trade > w_energy (linear and
    // mcmillan alike: no finance, so no interaction). With the equal preset both are 0.5 and each leads in about half.
    const w = parseWeights('trade=0.5,energy=0.5');
    const draws = drawMonteCarlo(w, { draws: 2000, seed: 9, concentration: 50, formulas: ['linear', 'mcmillan'] });
    const p = probabilityTop({ A: cdiScore({ trade: 0.8, energy: 0.2 }), B: cdiScore({ trade: 0.2, energy: 0.8 }) }, draws);
    const aLeads = draws.filter((d) => d.weights.trade > d.weights.energy).length / draws.length;
    expect(p.A).toBeCloseTo(aLeads, 15);
    expect(p.A).toBeGreaterThan(0.4);
    expect(p.A).toBeLessThan(0.6);
  });

  it('formula variants are stratified: draw k uses variant k mod 2', () => {
    const draws = drawMonteCarlo(WEIGHT_PRESETS.equal, { draws: 6, seed: 1, concentration: 50, formulas: ['linear', 'mcmillan'] });
    expect(draws.map((d) => d.formula)).toEqual(['linear', 'mcmillan', 'linear', 'mcmillan', 'linear', 'mcmillan']);
  });

  it('the mcmillan variant adds the interactions by hand, capped at 1, and the interval then leans above the linear value', () => {
    // equal weights, energy 1, finance 0.5, security 0.8, institutions 0.6 (trade, mobility missing):
    // linear = (1 + 0.5 + 0.8 + 0.6) / 4 = 0.725; interactions = 0.1·1·0.5 + 0.05·0.8·0.6 = 0.05 + 0.024 = 0.074
    const v = { energy: 1, finance: 0.5, security: 0.8, institutions: 0.6 };
    expect(compositeDependence(v, WEIGHT_PRESETS.equal).value).toBeCloseTo(0.725, 15);
    expect(compositeDependence(v, WEIGHT_PRESETS.equal, 'mcmillan').value).toBeCloseTo(0.799, 15);
    expect(interactionTerm(v, WEIGHT_PRESETS.equal)).toBeCloseTo(0.074, 15);
    // all four at 1: 1 + 0.1 + 0.05 capped to 1
    expect(compositeDependence({ energy: 1, finance: 1, security: 1, institutions: 1 }, WEIGHT_PRESETS.equal, 'mcmillan').value).toBe(1);
    // a pair with one side missing adds nothing
    expect(compositeDependence({ energy: 1, trade: 0.5 }, WEIGHT_PRESETS.equal, 'mcmillan').value).toBe(0.75);
    const r = compositeInterval(v, WEIGHT_PRESETS.equal, drawMonteCarlo(WEIGHT_PRESETS.equal, { draws: 1000, seed: 1, concentration: 50, formulas: ['linear', 'mcmillan'] }));
    expect(r.low!).toBeLessThanOrEqual(0.725);
    expect(r.high!).toBeGreaterThan(0.725 + 0.05);
  });

  it('gamma and Dirichlet draws have the right means (1e5 draws, seed 11)', () => {
    const r = seededRandom(11);
    let g = 0;
    for (let i = 0; i < 100_000; i++) g += gamma(r, 0.5);
    expect(g / 100_000).toBeCloseTo(0.5, 1);
    const sums = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) dirichlet(r, [1, 2, 7]).forEach((x, k) => (sums[k]! += x));
    expect(sums.map((s) => s / 20_000)).toEqual([expect.closeTo(0.1, 2), expect.closeTo(0.2, 2), expect.closeTo(0.7, 2)]);
    expect(quantile([3, 1, 2, 4], 0.5)).toBe(2.5);
  });
});
