// SYNTHETIC data for tests only: seeded random DOTS/COW trade and GDP rows with gaps, estimates and zeros.
import type { Row } from '../../src/store/db.js';

/** Mulberry32: small seeded PRNG, so generated data are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'CHN', 'UKR', 'LTU', 'KAZ'];

export function syntheticTrade(seed: number, years = [2012, 2013, 2014]): { trade: Row[]; indicator: Row[] } {
  const r = rng(seed);
  const value = () => (r() < 0.1 ? null : r() < 0.05 ? 0 : Math.round(r() * 100_000) / 10);
  const trade: Row[] = [];
  const indicator: Row[] = [];
  for (const year of years) {
    for (const a of STATES) {
      if (r() < 0.85) indicator.push({ dataset: 'worldbank_wdi', year, country: a, is_aggregate: false, code: 'NY.GDP.MKTP.CD', value: 1e10 + r() * 1e12 });
      for (const b of STATES) {
        if (a === b) continue;
        if (r() < 0.7) {
          const exports = value();
          const imports = value();
          trade.push({
            dataset: 'imf_dots_bilateral_trade', year, reporter: a, partner: b, exports, imports,
            exports_flag: exports === null ? null : r() < 0.2 ? 'estimated' : 'reported',
            imports_flag: imports === null ? null : 'reported',
          });
        }
        if (a < b && year <= 2013 && r() < 0.8) {
          const f1 = value();
          const f2 = value();
          trade.push({ dataset: 'cow_trade_v4', year, reporter: a, partner: b, imports: f1, exports: f2, imports_flag: 'reported', exports_flag: 'mirror' });
          trade.push({ dataset: 'cow_trade_v4', year, reporter: b, partner: a, imports: f2, exports: f1, imports_flag: 'reported', exports_flag: 'mirror' });
        }
      }
    }
  }
  return { trade, indicator };
}
