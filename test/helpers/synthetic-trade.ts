// SYNTHETIC data for tests only: seeded random DOTS/COW trade and GDP rows with gaps, estimates and zeros.
import { seededRandom } from '../../src/core/random.js';
import type { Row } from '../../src/store/db.js';

/** Seeded PRNG (core/random): generated data are the same on every run. */
export const rng = seededRandom;

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
