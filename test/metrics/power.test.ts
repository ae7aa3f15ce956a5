import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMERSON_BASES, emersonAdvantage, POWER_METRICS } from '../../src/metrics/families/power.js';
import { METRIC_INDEX } from '../../src/metrics/registry.js';
import { TRADE_SOURCES, type MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';
import { checkedValues, loadTables, runMetric, sameRows } from '../helpers/metric-harness.js';
import { rng, syntheticTrade } from '../helpers/synthetic-trade.js';

const UN = 'undesa_migrant_stock_2019';
const WB = 'worldbank_bilateral_migration_remittances_2017';
const DOTS = 'imf_dots_bilateral_trade';
const t = (reporter: string, partner: string, exports: number, imports: number) =>
  ({ dataset: DOTS, year: 2019, reporter, partner, exports, imports, exports_flag: 'reported', imports_flag: 'reported' });
const gdp = (country: string, value: number) => ({ dataset: 'worldbank_wdi', year: 2019, country, is_aggregate: false, code: 'NY.GDP.MKTP.CD', value });
const stock = (year: number, origin: string, destination: string, migrants: number, dataset = UN) => ({ dataset, year, origin, destination, migrants });
const remit = (sender: string, receiver: string, amount_musd: number) => ({ dataset: WB, year: 2017, sender, receiver, amount_musd });

// Hand-built fixture. Trade 2019: BLR and RUS report to DOTS; POL is silent (mirror rows) and has no GDP.
const HAND = {
  trade: [t('BLR', 'RUS', 10, 20), t('BLR', 'POL', 5, 5), t('RUS', 'BLR', 18, 9), t('RUS', 'POL', 30, 10)],
  indicator: [gdp('BLR', 1e11), gdp('RUS', 2e12)],
  // Immigrants 2019: BLR 600 from RUS + 400 from UKR; RUS 50 from BLR + 150 from UKR; UKR has none listed.
  migrant_stock: [stock(2019, 'RUS', 'BLR', 600), stock(2019, 'UKR', 'BLR', 400), stock(2019, 'BLR', 'RUS', 50), stock(2019, 'UKR', 'RUS', 150)],
  // Remittance receipts 2017: BLR 545.2 from RUS + 454.8 from POL; RUS 494.8 from BLR + 505.2 from KAZ.
  remittance: [remit('RUS', 'BLR', 545.2), remit('POL', 'BLR', 454.8), remit('BLR', 'RUS', 494.8), remit('KAZ', 'RUS', 505.2)],
};

const keyed = (rows: MetricRow[]) => new Map(rows.map((r) => [`${r.subject}>${r.counterpart}@${r.year}`, r]));

const values = (id: string, tables: Record<string, Row[]> = HAND) => checkedValues(id, tables);

describe('Emerson power advantage: known answers (hand-computed)', () => {
  it('trade: Dep_BLR←RUS − Dep_RUS←BLR on trade / GDP', async () => {
    const p = await values('power.emerson_advantage.trade');
    // Dep(BLR←RUS) = (10+20)·1e6 / 1e11 = 3e-4; Dep(RUS←BLR) = (18+9)·1e6 / 2e12 = 1.35e-5; advantage 2.865e-4.
    expect(p.get('BLR>RUS@2019')!.value).toBeCloseTo(2.865e-4, 15);
    expect(p.get('BLR>RUS@2019')!.flags).toBe('dots_own');
    expect(p.get('RUS>BLR@2019')!.value).toBeCloseTo(-2.865e-4, 15);
    // POL has no GDP: its own row is NULL (flag from the base), and its partners' rows lack the reverse value.
    expect(p.get('POL>BLR@2019')).toMatchObject({ value: null, flags: 'dots_mirror,missing:gdp' });
    expect(p.get('BLR>POL@2019')).toMatchObject({ value: null, flags: 'dots_own,missing:reverse_value' });
  });

  it('migration: stock shares 0.6 − 0.25 = 0.35; no reverse row → NULL + missing:reverse', async () => {
    const p = await values('power.emerson_advantage.migration');
    expect(p.get('BLR>RUS@2019')).toMatchObject({ value: 0.35, flags: 'undesa' }); // 600/1000 − 50/200
    expect(p.get('RUS>BLR@2019')!.value).toBeCloseTo(-0.35, 15);
    expect(p.get('BLR>UKR@2019')).toMatchObject({ value: null, flags: 'undesa,missing:reverse' });
  });

  it('remittance: receipt shares 0.5452 − 0.4948 = 0.0504', async () => {
    const p = await values('power.emerson_advantage.remittance');
    expect(p.get('BLR>RUS@2017')!.value).toBeCloseTo(0.0504, 14); // 545.2/1000 − 494.8/1000
    expect(p.get('BLR>RUS@2017')!.flags).toBe('worldbank_estimate');
    expect(p.get('BLR>POL@2017')).toMatchObject({ value: null, flags: 'worldbank_estimate,missing:reverse' });
  });
});

describe('Emerson power advantage: definitions', () => {
  it('one derived metric per base, id power.emerson_advantage.<family>, reading the base with its trade source', () => {
    expect(EMERSON_BASES.map((b) => b.base)).toEqual([
      'trade.dependence_gdp', 'energy.gas_supplier_share', 'security.arms_import_share',
      'igo.shared_share', 'migration.stock_share', 'migration.remittance_share',
    ]);
    for (const b of EMERSON_BASES) {
      const m = emersonAdvantage(b.base, b.family, b);
      expect(m).toMatchObject({ id: `power.emerson_advantage.${b.family}`, level: 'directed', dependsOn: [b.base], inputs: [b.base] });
    }
  });

  it('every registered Emerson metric matches its base in the registry (directed, same trade-source use)', () => {
    expect(POWER_METRICS.length).toBe(6);
    for (const m of POWER_METRICS) {
      expect(METRIC_INDEX.get(m.id)).toBe(m);
      const base = METRIC_INDEX.get(m.dependsOn![0]!)!;
      expect(base.level).toBe('directed');
      expect(m.usesTradeSource).toBe(base.usesTradeSource);
      expect(m.unit).toBe(base.unit);
      const { min, max } = base.range;
      expect(m.range).toEqual(min === null || max === null ? { min: null, max: null } : { min: min - max, max: max - min });
    }
  });

  it('all six are registered', () => {
    for (const b of EMERSON_BASES) expect(METRIC_INDEX.has(`power.emerson_advantage.${b.family}`), b.family).toBe(true);
  });
});

// ---- SYNTHETIC data: random trade, GDP, migrant stocks and remittances, clearly not real ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'CHN', 'UKR', 'LTU', 'KAZ'];

function synthetic(seed: number): Record<string, Row[]> {
  const r = rng(seed + 1000);
  const migrant_stock: Row[] = [];
  const remittance: Row[] = [];
  for (const [dataset, year] of [[UN, 2015], [UN, 2019], [WB, 2017]] as const) {
    for (const d of STATES) for (const o of STATES) if (o !== d && r() < 0.6) migrant_stock.push(stock(year, o, d, Math.round(r() * 1e6), dataset));
  }
  for (const s of STATES) for (const q of STATES) if (s !== q && r() < 0.6) remittance.push(remit(s, q, Math.round(r() * 1e6) / 1000));
  return { ...syntheticTrade(seed), migrant_stock, remittance };
}

/** The Emerson metrics whose base inputs the synthetic data hold (all six are also checked on synthetic base values below). */
const TESTABLE = POWER_METRICS.filter((m) => /\.(trade|migration|remittance)$/.test(m.id));

describe('Emerson power advantage: SQL equals the TS reference on SYNTHETIC data', () => {
  for (const seed of [5, 42]) {
    for (const metric of TESTABLE) {
      const sources = metric.usesTradeSource ? TRADE_SOURCES : (['default'] as const);
      for (const source of sources) {
        it(`${metric.id} (seed ${seed}, ${source})`, async () => {
          const { sql, reference } = await runMetric(metric, synthetic(seed), source);
          expect(sql.length).toBeGreaterThan(0);
          expect(sameRows(sql, reference)).toBeNull();
        });
      }
    }
  }
});

/** SYNTHETIC metric_value rows of a base metric: random pairs, some without a reverse row, some with a NULL value. */
function syntheticBase(metric: string, source: string, seed: number): Row[] {
  const r = rng(seed);
  const out: Row[] = [];
  for (const year of [2000, 2001]) {
    for (const s of STATES) {
      for (const c of STATES) {
        if (s === c || r() < 0.25) continue;
        const value = r() < 0.1 ? null : r();
        out.push({ metric, version: '1.0.0', source, scenario: 'baseline', subject: s, counterpart: c, year, value, low: null, high: null, flags: value === null ? 'x,missing:y' : r() < 0.5 ? 'x' : '' });
      }
    }
  }
  // Rows of another source or scenario must not be read.
  out.push({ metric, version: '1.0.0', source: 'cow', scenario: 'baseline', subject: 'BLR', counterpart: 'RUS', year: 2000, value: 9, low: null, high: null, flags: '' });
  out.push({ metric, version: '1.0.0', source, scenario: 'shock', subject: 'RUS', counterpart: 'BLR', year: 2001, value: 9, low: null, high: null, flags: '' });
  return out;
}

describe('Emerson power advantage: SQL equals the TS reference on SYNTHETIC base values, all six', () => {
  const order = (a: MetricRow, b: MetricRow) => a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year;
  for (const metric of POWER_METRICS) {
    it(metric.id, async () => {
      const source = metric.usesTradeSource ? 'dots' : 'default';
      const base = metric.dependsOn![0]!;
      const db = await loadTables({ metric_value: [...syntheticBase(base, source, 17), ...syntheticBase('other.metric', source, 18)] });
      try {
        const sql = (await db.all<MetricRow & Row>(metric.sql({ source: 'dots' }))).sort(order);
        const reference = metric.reference({ metric_value: await db.all('SELECT * FROM metric_value') }, { source: 'dots' }).sort(order);
        expect(sql.length).toBe(syntheticBase(base, source, 17).length - 2);
        expect(sameRows(sql, reference)).toBeNull();
        const flags = new Set(sql.flatMap((x) => x.flags.split(',')));
        // every subject of the synthetic base has rows each year, so an absent reverse row is read as 0 where the base allows it
        const absent = EMERSON_BASES.find((b) => b.base === base)!.absentMeansZero ? 'reverse_zero' : 'missing:reverse';
        for (const token of [absent, 'missing:reverse_value', 'missing:y']) expect([...flags]).toContain(token);
      } finally {
        db.close();
      }
    });
  }
});

describe('Emerson power advantage: properties', () => {
  const data = synthetic(8);

  for (const metric of TESTABLE) {
    it(`${metric.id} is antisymmetric: PA_ij = −PA_ji; NULL only with a missing flag`, async () => {
      const { sql } = await runMetric(metric, data);
      const m = keyed(sql);
      let both = 0;
      for (const r of sql) {
        if (r.value === null) {
          expect(r.flags).toMatch(/missing:/);
          continue;
        }
        const back = m.get(`${r.counterpart}>${r.subject}@${r.year}`);
        if (r.flags.includes('reverse_zero')) {
          // the counterpart has no row for the subject: its dependence is 0, so the advantage is the subject's own
          expect(back).toBeUndefined();
          continue;
        }
        expect(back!.value).toBeCloseTo(-r.value, 15);
        both++;
      }
      expect(both).toBeGreaterThan(10);
      const absentMeansZero = EMERSON_BASES.find((b) => b.base === metric.dependsOn![0])!.absentMeansZero;
      expect(sql.some((r) => r.flags.includes(absentMeansZero ? 'reverse_zero' : 'missing:reverse'))).toBe(true);
    });
  }

  it('power.emerson_advantage.trade equals trade.asymmetry (same formula on trade.dependence_gdp), every source', async () => {
    for (const source of TRADE_SOURCES) {
      const a = (await runMetric('power.emerson_advantage.trade', data, source)).sql;
      const b = (await runMetric('trade.asymmetry', data, source)).sql;
      expect(sameRows(a, b, 0)).toBeNull();
    }
  });
});

describe('Emerson power advantage: real data (copy of the built database)', () => {
  // the global setup built the real database with every metric computed, as `interdep build` does
  let db: Database;
  beforeAll(async () => {
    db = await openBuiltDb();
  });
  afterAll(() => db?.close());

  const series = (metric: string, subject: string, counterpart: string) =>
    db.all<{ year: number; value: number | null; flags: string }>(
      `SELECT year, value, flags FROM metric_value WHERE metric = ? AND subject = ? AND counterpart = ? AND source = 'default' ORDER BY year`,
      [metric, subject, counterpart],
    );

  it('Russia holds the trade power advantage over Belarus in every DOTS year (the seed expects a positive sign)', async () => {
    const adv = await series('power.emerson_advantage.trade', 'BLR', 'RUS');
    const dep = new Map((await series('trade.dependence_gdp', 'BLR', 'RUS')).map((r) => [r.year, r.value]));
    const back = new Map((await series('trade.dependence_gdp', 'RUS', 'BLR')).map((r) => [r.year, r.value]));
    expect(adv.length).toBeGreaterThanOrEqual(25);
    for (const r of adv) {
      expect(r.value).toBeGreaterThan(0);
      expect(r.value).toBeCloseTo(dep.get(r.year)! - back.get(r.year)!, 15);
    }
  });

  it('migration 2019: 673,880/1,069,089 born in Russia in Belarus vs the Belarus-born share in Russia', async () => {
    const adv = (await series('power.emerson_advantage.migration', 'BLR', 'RUS')).find((r) => r.year === 2019)!;
    const raw = (await db.one<{ blr: number; rus: number }>(
      `SELECT SUM(CASE WHEN destination = 'BLR' AND origin = 'RUS' THEN migrants ELSE 0 END) / SUM(CASE WHEN destination = 'BLR' THEN migrants ELSE 0 END) AS blr,
              SUM(CASE WHEN destination = 'RUS' AND origin = 'BLR' THEN migrants ELSE 0 END) / SUM(CASE WHEN destination = 'RUS' THEN migrants ELSE 0 END) AS rus
         FROM migrant_stock WHERE dataset = '${UN}' AND year = 2019 AND origin <> destination`,
    ))!;
    expect(adv.value).toBeCloseTo(raw.blr - raw.rus, 12); // 0.6303 − 0.0656 = 0.5647
    expect(adv.value).toBeCloseTo(0.5647, 4);
  });

  it('remittances 2017: Belarus depends more on receipts from Russia than Russia on those from Belarus', async () => {
    const adv = (await series('power.emerson_advantage.remittance', 'BLR', 'RUS'))[0]!;
    expect(adv.value).toBeCloseTo(0.3927, 4); // 545.2/1,200 − 494.8/(Russia's receipts)
  });
});
