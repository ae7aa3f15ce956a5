// Known answers, worked by hand, for every network measure on small hand-built graphs (to 1e-8).
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/network/betweenness.js';
import { degreeCentralisation } from '../../src/network/centralisation.js';
import { communities, modularity } from '../../src/network/communities.js';
import { coreness } from '../../src/network/core-periphery.js';
import { density } from '../../src/network/density.js';
import { eigenvector } from '../../src/network/eigenvector.js';
import { buildLayer, byNode, denseWeights, rowNormalise, type EdgeRow } from '../../src/network/graph.js';
import { invert } from '../../src/network/invert.js';
import { defaultBeta, indirectDependence, indirectShare } from '../../src/network/leontief.js';
import { pagerank } from '../../src/network/pagerank.js';
import { strongestPaths } from '../../src/network/paths.js';
import { strength } from '../../src/network/strength.js';
import { structuralEquivalence } from '../../src/network/structural-equivalence.js';

const TOL = 8; // decimals: |x − expected| < 0.5e-8
const e = (source: string, target: string, weight = 1): EdgeRow => ({ source, target, weight });
const close = (actual: Record<string, number>, expected: Record<string, number>) => {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual[k], k).toBeCloseTo(v, TOL);
};

// A→B 1, A→C 1, B→C 1, C→A 1 (directed).
const CYCLE = buildLayer([e('A', 'B'), e('A', 'C'), e('B', 'C'), e('C', 'A')], true);
// Undirected star: hub H, leaves L1..L3.
const STAR = buildLayer([e('H', 'L1'), e('H', 'L2'), e('H', 'L3')], false);
// Two undirected triangles A-B-C and D-E-F joined by the bridge C–D.
const TRIANGLES = buildLayer([e('A', 'B'), e('B', 'C'), e('A', 'C'), e('D', 'E'), e('E', 'F'), e('D', 'F'), e('C', 'D')], false);

describe('graph building', () => {
  it('drops self-ties and non-positive weights, sums duplicates, sorts nodes; undirected ties go both ways', () => {
    const g = buildLayer([e('B', 'A', 2), e('A', 'B', 1), e('A', 'A', 5), e('A', 'C', 0), e('C', 'B', -1)], false);
    expect(g.nodes).toEqual(['A', 'B']);
    expect([...denseWeights(g)]).toEqual([0, 3, 3, 0]);
    const d = buildLayer([e('A', 'B', 1), e('A', 'B', 2), e('A', 'C', 1)], true);
    expect([...rowNormalise(denseWeights(d), 3)]).toEqual([0, 0.75, 0.25, 0, 0, 0, 0, 0, 0]);
  });
});

describe('strength', () => {
  it('sums out- and in-ties', () => {
    const g = buildLayer([e('A', 'B', 2), e('A', 'C', 1), e('B', 'C', 3), e('C', 'A', 4)], true);
    const s = strength(g);
    // out: A 2+1 = 3, B 3, C 4; in: A 4, B 2, C 1+3 = 4
    close(byNode(g, s.out), { A: 3, B: 3, C: 4 });
    close(byNode(g, s.in), { A: 4, B: 2, C: 4 });
  });
});

describe('pagerank', () => {
  it('solves x = 0.15/3 + 0.85 x·P on the 3-node graph', () => {
    // P rows: A → B ½, C ½; B → C 1; C → A 1. With a = 1/20, k = 17/20:
    // xA = a + k·xC; xB = a + (k/2)·xA; xC = a + (k/2)·xA + k·xB
    // ⇒ xC = 37/400 + (629/800)·xA ⇒ xA (1 − k·629/800) = a + k·37/400 ⇒ xA = 686/1769,
    //   xB = 1/20 + (17/40)(686/1769) = 380/1769, xC = 703/1769 (sum 1).
    close(byNode(CYCLE, pagerank(CYCLE)), { A: 686 / 1769, B: 380 / 1769, C: 703 / 1769 });
  });
  it('spreads the rank of a dangling node (no out-ties) over all nodes', () => {
    // n = 2, A → B, B dangling: xA = 0.075 + 0.85·xB/2, xB = 0.075 + 0.85·xB/2 + 0.85·xA, xA + xB = 1
    // ⇒ xA = 0.075 + 0.425·(1 − xA) ⇒ 1.425·xA = 0.5 ⇒ xA = 0.5/1.425 = 20/57, xB = 37/57.
    const g = buildLayer([e('A', 'B')], true);
    close(byNode(g, pagerank(g)), { A: 20 / 57, B: 37 / 57 });
  });
});

describe('eigenvector', () => {
  it('gives the star its Perron vector: hub 1/√2, leaves 1/√6', () => {
    // λ = √3: x_H = √3·x_L, x_H² + 3·x_L² = 1 ⇒ 6·x_L² = 1.
    close(byNode(STAR, eigenvector(STAR)), { H: 1 / Math.SQRT2, L1: 1 / Math.sqrt(6), L2: 1 / Math.sqrt(6), L3: 1 / Math.sqrt(6) });
  });
});

describe('betweenness', () => {
  it('counts the middle of a path; normalised by (n−1)(n−2)', () => {
    // A–B–C: B lies on A→C and C→A, 2 / ((3−1)(3−2)) = 1.
    const g = buildLayer([e('A', 'B'), e('B', 'C')], false);
    close(byNode(g, betweenness(g)), { A: 0, B: 1, C: 0 });
  });
  it('uses 1/weight as length: a weak direct tie is longer than a strong detour', () => {
    // A→C weight 0.4 has length 2.5 > A→B→C length 1 + 1 = 2: B is on A's shortest path, 1/(2·1) = 0.5.
    const weak = buildLayer([e('A', 'B'), e('B', 'C'), e('A', 'C', 0.4)], true);
    close(byNode(weak, betweenness(weak)), { A: 0, B: 0.5, C: 0 });
    // weight 0.6: length 1.667 < 2, the direct tie wins and B brokers nothing.
    const strong = buildLayer([e('A', 'B'), e('B', 'C'), e('A', 'C', 0.6)], true);
    close(byNode(strong, betweenness(strong)), { A: 0, B: 0, C: 0 });
  });
  it('splits equal shortest paths', () => {
    // Square A–B–D, A–C–D (undirected): A↔D has two paths, B and C each on half: 2·½ / (3·2) = 1/6; likewise B↔C via A or D.
    const g = buildLayer([e('A', 'B'), e('B', 'D'), e('A', 'C'), e('C', 'D')], false);
    close(byNode(g, betweenness(g)), { A: 1 / 6, B: 1 / 6, C: 1 / 6, D: 1 / 6 });
  });
});

describe('indirect dependence T = D (I − βD)⁻¹', () => {
  // D (row-stochastic) over A, B, C:   [ 0   ½   ½ ]
  //                                     [ 1   0   0 ]
  //                                     [ ¼   ¾   0 ]
  // β = 0.5 / max row sum = 0.5. M = I − ½D = [ 1 −¼ −¼ ; −½ 1 0 ; −⅛ −⅜ 1 ].
  // det M = 1·(1·1 − 0·(−⅜)) − (−¼)·(−½·1 − 0·(−⅛)) + (−¼)·((−½)(−⅜) − 1·(−⅛)) = 1 − ⅛ − ¼·(3/16 + 2/16) = 51/64.
  // Cofactors C_ij: row 1 (1, ½, 5/16), row 2 (11/32, 31/32, 13/32), row 3 (¼, ⅛, ⅞).
  // M⁻¹ = Cᵀ / det = (64/51)·Cᵀ = [ 64 22 16 ; 32 62 8 ; 20 26 56 ] / 51.
  // T = D·M⁻¹: row A = ½(32, 62, 8)/51 + ½(20, 26, 56)/51 = (26, 44, 32)/51;
  //            row B = (64, 22, 16)/51;  row C = ¼(64, 22, 16)/51 + ¾(32, 62, 8)/51 = (40, 52, 10)/51.
  // Each row sums to 102/51 = 2 = 1/(1 − β).
  const D = Float64Array.from([0, 0.5, 0.5, 1, 0, 0, 0.25, 0.75, 0]);
  it('inverts I − βD to the hand inverse', () => {
    const m = D.map((x, i) => (i % 4 === 0 ? 1 : 0) - 0.5 * x);
    const inv = invert(m, 3);
    [64, 22, 16, 32, 62, 8, 20, 26, 56].forEach((x, i) => expect(inv[i]).toBeCloseTo(x / 51, TOL));
  });
  it('gives T to 1e-8 with the default β = 0.5, and the indirect share (T − D)/T', () => {
    expect(defaultBeta(D, 3)).toBe(0.5);
    const t = indirectDependence(D, 3);
    [26, 44, 32, 64, 22, 16, 40, 52, 10].forEach((x, i) => expect(t[i]).toBeCloseTo(x / 51, TOL));
    // A on B: direct ½ of T = 44/51 ⇒ indirect share = (44/51 − ½)/(44/51) = 1 − 51/88 = 37/88.
    expect(indirectShare(t[1]!, 0.5)).toBeCloseTo(37 / 88, TOL);
    expect(indirectShare(0, 0)).toBeNull();
  });
  it('lists the strongest simple paths A→…→B: direct ½, then A→C→B = ½ · β · ¾ = 3/16', () => {
    const paths = strongestPaths(D, 3, 0, 1, { beta: 0.5, maxHops: 3, top: 5 });
    expect(paths.map((p) => p.nodes)).toEqual([[0, 1], [0, 2, 1]]);
    expect(paths[0]!.weight).toBeCloseTo(0.5, TOL);
    expect(paths[1]!.weight).toBeCloseTo(3 / 16, TOL);
  });
});

describe('structural equivalence', () => {
  it('is 1 for identical tie profiles and −5/11 for the two-layer hand case', () => {
    const l1 = buildLayer([e('A', 'C', 1), e('A', 'D', 2), e('B', 'C', 1), e('B', 'D', 2)], false);
    expect(structuralEquivalence([l1], 'A', 'B')).toBeCloseTo(1, TOL);
    // Layer 1 ÷ max 2: A (C ½, D 1), B (C ½, D 1). Layer 2 (A–C 1, B–D 1, ÷ 1): A (1, 0), B (0, 1).
    // a = (½, 1, 1, 0), b = (½, 1, 0, 1), means ⅝; deviations a (−⅛, ⅜, ⅜, −⅝), b (−⅛, ⅜, −⅝, ⅜):
    // Σab = 1/64 + 9/64 − 15/64 − 15/64 = −20/64; Σa² = Σb² = (1 + 9 + 9 + 25)/64 = 44/64 ⇒ r = −20/44 = −5/11.
    const l2 = buildLayer([e('A', 'C'), e('B', 'D')], false);
    expect(structuralEquivalence([l1, l2], 'A', 'B')).toBeCloseTo(-5 / 11, TOL);
  });
});

describe('communities, density, centralisation, coreness', () => {
  it('finds the two triangles as blocs with modularity 5/14', () => {
    // 2m = 14; inside weight 6 + 6 (arcs); community degree totals 7 and 7 ⇒ Q = 12/14 − (49 + 49)/196 = 5/14.
    const c = communities(TRIANGLES, 1);
    expect(c.count).toBe(2);
    expect([...c.community]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(c.modularity).toBeCloseTo(5 / 14, TOL);
    expect(modularity(TRIANGLES, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, TOL);
  });
  it('density: 4 of 6 possible arcs; 7 of 15 possible undirected ties', () => {
    expect(density(CYCLE)).toBeCloseTo(4 / 6, TOL);
    expect(density(TRIANGLES)).toBeCloseTo(7 / 15, TOL);
  });
  it('degree centralisation: 1 for a star, (1+1+0+0+1+1)/(5·4) = 0.2 for the triangles', () => {
    expect(degreeCentralisation(STAR)).toBeCloseTo(1, TOL);
    expect(degreeCentralisation(TRIANGLES)).toBeCloseTo(0.2, TOL);
  });
  it('coreness: the star hub is the core (1), each leaf 1/√3 (leading eigenvector ratio)', () => {
    close(byNode(STAR, coreness(STAR)), { H: 1, L1: 1 / Math.sqrt(3), L2: 1 / Math.sqrt(3), L3: 1 / Math.sqrt(3) });
  });
});
