// Seeded randomness for Monte Carlo and synthetic test data: the same seed gives the same draws on every run.
// PRNG: mulberry32 (Tommy Ettinger, public domain); gamma variates: Marsaglia & Tsang (2000), "A Simple Method
// for Generating Gamma Variables", ACM TOMS 26(3): 363–372; Dirichlet = normalised gammas.

export type Random = () => number;

/** Uniform [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller. */
export function normal(random: Random): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, 1). For shape < 1 uses the boost Gamma(shape) = Gamma(shape + 1) · U^(1/shape). */
export function gamma(random: Random, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`core/random: gamma shape must be > 0, got ${shape}`);
  if (shape < 1) {
    let u = 0;
    while (u === 0) u = random();
    return gamma(random, shape + 1) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** One draw from Dirichlet(alpha). */
export function dirichlet(random: Random, alpha: readonly number[]): number[] {
  const g = alpha.map((a) => gamma(random, a));
  const sum = g.reduce((s, x) => s + x, 0);
  return g.map((x) => x / sum);
}

/** The q-quantile (0..1) of values by linear interpolation between order statistics (type 7, as R's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('core/random: quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
