import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_METRICS } from '../../src/metrics/families/people.js';
import { Database, type Row } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';
import { checkedValues, runMetric, sameRows } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const UN = 'undesa_migrant_stock_2019';
const WB = 'worldbank_bilateral_migration_remittances_2017';
const stock = (dataset: string, year: number, origin: string, destination: string, migrants: number) => ({ dataset, year, origin, destination, migrants });
const remit = (sender: string, receiver: string, amount_musd: number, dataset = WB) => ({ dataset, year: 2017, sender, receiver, amount_musd });

// Hand-built fixture.
const HAND = {
  migrant_stock: [
    // BLR 2019 (UN): 600 + 300 + 100 = 1000 immigrants; the BLR→BLR cell is not a migrant and is ignored.
    stock(UN, 2019, 'RUS', 'BLR', 600), stock(UN, 2019, 'UKR', 'BLR', 300), stock(UN, 2019, 'POL', 'BLR', 100), stock(UN, 2019, 'BLR', 'BLR', 5000),
    // RUS 2019 (UN): 50 + 150 = 200.
    stock(UN, 2019, 'BLR', 'RUS', 50), stock(UN, 2019, 'UKR', 'RUS', 150),
    // BLR 2017 (World Bank only): 700 + 300 = 1000.
    stock(WB, 2017, 'RUS', 'BLR', 700), stock(WB, 2017, 'UKR', 'BLR', 300),
    // KAZ 2019 in both datasets: the UN rows win for the whole destination-year (RUS 10 of 10); WB's UZB row is dropped.
    stock(UN, 2019, 'RUS', 'KAZ', 10), stock(WB, 2019, 'RUS', 'KAZ', 5), stock(WB, 2019, 'UZB', 'KAZ', 5),
    // ARM 2019 in the World Bank set only: RUS 3 of 4.
    stock(WB, 2019, 'RUS', 'ARM', 3), stock(WB, 2019, 'GEO', 'ARM', 1),
    // LTU 2019: a total of 0 (not in the real data, which lists positive cells only) gives NULL + zero_total.
    stock(UN, 2019, 'RUS', 'LTU', 0),
    // An unknown dataset is ignored.
    stock('someone_else', 2019, 'CHN', 'BLR', 1e6),
  ],
  remittance: [
    // BLR receives 545.2 + 254.8 + 200 = 1000; RUS receives 494.8 + 505.2 = 1000.
    remit('RUS', 'BLR', 545.2), remit('POL', 'BLR', 254.8), remit('DEU', 'BLR', 200),
    remit('BLR', 'RUS', 494.8), remit('KAZ', 'RUS', 505.2),
    remit('RUS', 'BLR', 1000, 'someone_else'),
  ],
};

const values = (id: string, tables: Record<string, Row[]> = HAND) => checkedValues(id, tables);

describe('people metrics: known answers (hand-computed)', () => {
  it('migration.stock_share: born in the counterpart / all immigrants, one dataset per destination-year', async () => {
    const s = await values('migration.stock_share');
    expect(s.get('BLR>RUS@2019')).toMatchObject({ value: 0.6, flags: 'undesa' }); // 600 / 1000
    expect(s.get('BLR>POL@2019')!.value).toBeCloseTo(0.1, 15); // 100 / 1000
    expect(s.get('RUS>BLR@2019')).toMatchObject({ value: 0.25, flags: 'undesa' }); // 50 / 200
    expect(s.get('BLR>RUS@2017')).toMatchObject({ value: 0.7, flags: 'worldbank' }); // 700 / 1000
    expect(s.get('KAZ>RUS@2019')).toMatchObject({ value: 1, flags: 'undesa' }); // 10 / 10, WB rows not mixed in
    expect(s.has('KAZ>UZB@2019')).toBe(false);
    expect(s.get('ARM>RUS@2019')).toMatchObject({ value: 0.75, flags: 'worldbank' }); // 3 / 4
    expect(s.get('LTU>RUS@2019')).toMatchObject({ value: null, flags: 'undesa,zero_total' });
    expect(s.has('BLR>BLR@2019')).toBe(false);
    expect(s.has('BLR>CHN@2019')).toBe(false);
    expect(s.has('POL>BLR@2019')).toBe(false); // no row in the source: no value, not 0
  });

  it('migration.remittance_share: receipts from the counterpart / all receipts (receiver = subject)', async () => {
    const r = await values('migration.remittance_share');
    expect(r.get('BLR>RUS@2017')!.value).toBeCloseTo(0.5452, 15); // 545.2 / 1000
    expect(r.get('BLR>RUS@2017')!.flags).toBe('worldbank_estimate');
    expect(r.get('RUS>BLR@2017')!.value).toBeCloseTo(0.4948, 15); // 494.8 / 1000
    expect(r.get('BLR>DEU@2017')!.value).toBeCloseTo(0.2, 15);
    expect(r.has('DEU>BLR@2017')).toBe(false); // DEU receives nothing in the fixture
    expect(r.size).toBe(5);
  });
});

// ---- SYNTHETIC data: random migrant stocks and remittances, clearly not real ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'CHN', 'UKR', 'LTU', 'KAZ'];

function syntheticPeople(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const migrant_stock: Row[] = [];
  const remittance: Row[] = [];
  for (const [dataset, years] of [[UN, [2010, 2015, 2019]], [WB, [2017, 2019]]] as const) {
    for (const year of years) {
      for (const d of STATES) {
        if (r() < 0.15) continue; // destination missing in this dataset-year
        for (const o of STATES) {
          if (r() < 0.3) continue; // pair not listed
          migrant_stock.push(stock(dataset, year, o, d, o === d ? 1e6 : r() < 0.05 ? 0 : Math.round(r() * 1e6)));
        }
      }
    }
  }
  for (const s of STATES) {
    for (const t of STATES) {
      if (s !== t && r() < 0.7) remittance.push(remit(s, t, r() < 0.05 ? 0 : Math.round(r() * 1e6) / 1000));
    }
  }
  // A receiver whose only corridor is 0: zero_total.
  remittance.push(remit('CHN', 'ZZZ', 0));
  migrant_stock.push(stock(UN, 2019, 'CHN', 'ZZZ', 0));
  return { migrant_stock, remittance };
}

describe('people metrics: SQL equals the TS reference on SYNTHETIC data', () => {
  for (const seed of [1, 7, 42]) {
    for (const metric of PEOPLE_METRICS) {
      it(`${metric.id} (seed ${seed})`, async () => {
        const { sql, reference } = await runMetric(metric, syntheticPeople(seed));
        expect(sql.length).toBeGreaterThan(0);
        expect(sameRows(sql, reference)).toBeNull();
      });
    }
  }
});

describe('people metrics: properties', () => {
  const data = syntheticPeople(99);

  for (const metric of PEOPLE_METRICS) {
    it(`${metric.id}: shares of one subject-year over all counterparts sum to 1, each in [0, 1]`, async () => {
      const { sql } = await runMetric(metric, data);
      const sums = new Map<string, number>();
      for (const row of sql) {
        if (row.value === null) continue;
        expect(row.value).toBeGreaterThanOrEqual(0);
        expect(row.value).toBeLessThanOrEqual(1);
        sums.set(`${row.subject}|${row.year}`, (sums.get(`${row.subject}|${row.year}`) ?? 0) + row.value);
      }
      expect(sums.size).toBeGreaterThan(5);
      for (const s of sums.values()) expect(s).toBeCloseTo(1, 12);
    });

    it(`${metric.id}: a zero total yields NULL with zero_total, never 0`, async () => {
      const { sql } = await runMetric(metric, data);
      const z = sql.filter((r) => r.subject === 'ZZZ');
      expect(z.length).toBe(1);
      expect(z[0]!.value).toBeNull();
      expect(z[0]!.flags).toContain('zero_total');
    });

    it(`${metric.id}: invariant to scaling every stock or flow by 1000`, async () => {
      const scaled = {
        migrant_stock: data.migrant_stock!.map((r) => ({ ...r, migrants: (r.migrants as number) * 1000 })),
        remittance: data.remittance!.map((r) => ({ ...r, amount_musd: (r.amount_musd as number) * 1000 })),
      };
      const a = (await runMetric(metric, data)).sql;
      const b = (await runMetric(metric, scaled)).sql;
      expect(sameRows(a, b, 1e-12)).toBeNull();
    });
  }

  it('migration.stock_share: every destination-year reads one dataset only', async () => {
    const { sql } = await runMetric('migration.stock_share', data);
    const tokens = new Map<string, Set<string>>();
    for (const r of sql) tokens.set(`${r.subject}|${r.year}`, (tokens.get(`${r.subject}|${r.year}`) ?? new Set()).add(r.flags.split(',')[0]!));
    for (const t of tokens.values()) expect(t.size).toBe(1);
    // 2019 is in both synthetic datasets: destinations the UN lists must read UN.
    const unDest2019 = new Set(data.migrant_stock!.filter((r) => r.dataset === UN && r.year === 2019 && r.origin !== r.destination).map((r) => r.destination));
    for (const r of sql.filter((x) => x.year === 2019)) expect(r.flags.startsWith(unDest2019.has(r.subject) ? 'undesa' : 'worldbank')).toBe(true);
  });
});

describe('people metrics: real data (copy of the built database)', () => {
  // the global setup built the real database with every metric computed, as `interdep build` does
  let db: Database;
  beforeAll(async () => {
    db = await openBuiltDb();
  });
  afterAll(() => db?.close());

  const value = async (metric: string, subject: string, counterpart: string, year: number) =>
    (await db.one<{ value: number; flags: string }>(
      `SELECT value, flags FROM metric_value WHERE metric = ? AND subject = ? AND counterpart = ? AND year = ? AND source = 'default'`,
      [metric, subject, counterpart, year],
    ))!;

  it('Belarus: share of immigrants born in Russia, 2019 (UN DESA), equals the raw stock ratio', async () => {
    const raw = (await db.one<{ rus: number; total: number }>(
      `SELECT SUM(CASE WHEN origin = 'RUS' THEN migrants ELSE 0 END) AS rus, SUM(migrants) AS total
         FROM migrant_stock WHERE dataset = '${UN}' AND destination = 'BLR' AND year = 2019`,
    ))!;
    expect(raw.rus).toBe(673880); // data/undesa_migrant_stock_2019/README.md
    const v = await value('migration.stock_share', 'BLR', 'RUS', 2019);
    expect(v.flags).toBe('undesa');
    expect(v.value).toBeCloseTo(raw.rus / raw.total, 12); // 673,880 / 1,069,089 = 0.6303
    expect(v.value).toBeCloseTo(0.6303, 4);
    // Russia's dependence on Belarus-born migrants is ten times smaller.
    expect((await value('migration.stock_share', 'RUS', 'BLR', 2019)).value).toBeLessThan(0.07);
  });

  it('Belarus: share of remittance receipts from Russia, 2017 = 545.2 / 1,200 (World Bank README)', async () => {
    const v = await value('migration.remittance_share', 'BLR', 'RUS', 2017);
    expect(v.flags).toBe('worldbank_estimate');
    expect(v.value).toBeCloseTo(545.167 / 1199.999, 10);
    expect(Math.abs(v.value - 545.2 / 1200)).toBeLessThan(1e-4);
  });
});
