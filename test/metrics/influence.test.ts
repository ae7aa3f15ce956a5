import { describe, expect, it } from 'vitest';
import { INFLUENCE_METRICS } from '../../src/metrics/families/influence.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import type { Row } from '../../src/store/db.js';
import type { MetricDefinition, MetricRow, TradeSource } from '../../src/metrics/types.js';
import { loadTables, sameRows } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';
import { openBuiltDb } from '../helpers/built-db.js';

// The influence metrics over metric_value rows given directly: the sub-indices are run without their dependencies
// (their bases are the given rows), composite.influence_capacity and composite.outward_capacity after them.
const BY_ID = new Map(INFLUENCE_METRICS.map((m) => [m.id, m.id.startsWith('influence.') ? { ...m, dependsOn: [] } : m]));
const BASES = ['trade.share_turnover', 'energy.gas_supplier_share', 'migration.remittance_share', 'igo.shared_share', 'unga.agreement', 'security.alliance_any', 'security.arms_import_share'];

const order = (a: MetricRow, b: MetricRow) =>
  a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year;

type Run = Map<string, { sql: MetricRow[]; reference: MetricRow[] }>;

async function runAll(tables: Record<string, Row[]>, source: TradeSource = 'default'): Promise<Run> {
  const db = await loadTables(tables);
  try {
    await computeMetrics(db, [...BY_ID.values()], BY_ID as ReadonlyMap<string, MetricDefinition>, { source });
    const input: Record<string, Row[]> = {};
    for (const t of ['metric_value', 'country_group']) input[t] = await db.all(`SELECT * FROM ${t}`);
    const out: Run = new Map();
    for (const m of BY_ID.values()) {
      const outSource = m.usesTradeSource ? source : 'default';
      const sql = await db.all<MetricRow & Row>(`SELECT subject, counterpart, year, value, low, high, flags FROM metric_value WHERE metric = ? AND source = ?`, [m.id, outSource]);
      out.set(m.id, { sql: sql.sort(order), reference: m.reference(input, { source }).sort(order) });
    }
    return out;
  } finally {
    db.close();
  }
}

const mv = (metric: string, subject: string, counterpart: string, year: number, value: number | null, source = 'default') =>
  ({ metric, version: '1.0.0', source, scenario: 'baseline', subject, counterpart, year, value, low: null, high: null, flags: '' });
const EU = [{ dataset: 'interdep_country_groups', group_id: 'EU', member: 'POL', from_year: 2004, to_year: null, source: 'test' }];

// Hand-built 2013 fixture (values invented for the arithmetic). Row (subject, counterpart) = counterpart's capacity over subject.
const HAND = {
  metric_value: [
    // BLR←RUS: trade 0.5, gas 1.0, no remittances; IGO 0.8, UNGA 0.6; alliance 1, arms 0.8
    mv('trade.share_turnover', 'BLR', 'RUS', 2013, 0.5), mv('energy.gas_supplier_share', 'BLR', 'RUS', 2013, 1.0),
    mv('igo.shared_share', 'BLR', 'RUS', 2013, 0.8), mv('unga.agreement', 'BLR', 'RUS', 2013, 0.6),
    mv('security.alliance_any', 'BLR', 'RUS', 2013, 1), mv('security.arms_import_share', 'BLR', 'RUS', 2013, 0.8),
    // BLR←DEU: trade 0.05, remittances 0.1, no gas; IGO 0.6, UNGA 0.3; alliance 0, no arms row
    mv('trade.share_turnover', 'BLR', 'DEU', 2013, 0.05), mv('migration.remittance_share', 'BLR', 'DEU', 2013, 0.1),
    mv('igo.shared_share', 'BLR', 'DEU', 2013, 0.6), mv('unga.agreement', 'BLR', 'DEU', 2013, 0.3),
    mv('security.alliance_any', 'BLR', 'DEU', 2013, 0),
    // UKR←RUS: trade 0.3 only
    mv('trade.share_turnover', 'UKR', 'RUS', 2013, 0.3),
    // BLR←POL: UNGA 0.4 only (no dependence); BLR←EU: a group row, excluded; BLR←BLR: a self row, excluded
    mv('unga.agreement', 'BLR', 'POL', 2013, 0.4), mv('trade.share_turnover', 'BLR', 'EU', 2013, 0.3),
    mv('unga.agreement', 'BLR', 'BLR', 2013, 1),
  ],
  country_group: EU,
};

const one = (r: Run, id: string, s: string, c: string | null, y = 2013) => r.get(id)!.sql.find((x) => x.subject === s && x.counterpart === c && x.year === y);

describe('influence family: hand-computed known answers', () => {
  it('sub-indices, capacity and outward capacity on the hand fixture', async () => {
    const r = await runAll(HAND);
    for (const [id, v] of r) expect(sameRows(v.sql, v.reference), id).toBeNull();
    // BLR←RUS: BWe = (0.5 + 1.0)/2 = 0.75 (missing:remittances); BWp = (0.8 + 0.6)/2 = 0.7; BWs = (1 + 0.8)/2 = 0.9
    //          De = 0.5; Ds = 0.8; B = (0.75 + 0.7 + 0.9)/3 = 2.35/3 = 0.78333…; D = (0.5 + 0.8)/2 = 0.65
    //          IC = 0.78333… × 0.65 = 0.5091666…; low = min(B terms) × min(D terms) = 0.7 × 0.5 = 0.35; high = 0.9 × 0.8 = 0.72
    expect(one(r, 'influence.bandwidth_economic', 'BLR', 'RUS')).toMatchObject({ flags: 'missing:remittances' });
    expect(one(r, 'influence.bandwidth_economic', 'BLR', 'RUS')!.value).toBeCloseTo(0.75, 12);
    expect(one(r, 'influence.bandwidth_political', 'BLR', 'RUS')!.value).toBeCloseTo(0.7, 12);
    expect(one(r, 'influence.bandwidth_security', 'BLR', 'RUS')!.value).toBeCloseTo(0.9, 12);
    expect(one(r, 'influence.dependence_economic', 'BLR', 'RUS')!.value).toBeCloseTo(0.5, 12);
    expect(one(r, 'influence.dependence_security', 'BLR', 'RUS')!.value).toBeCloseTo(0.8, 12);
    const ru = one(r, 'composite.influence_capacity', 'BLR', 'RUS')!;
    expect(ru.value).toBeCloseTo((2.35 / 3) * 0.65, 12);
    expect(ru.value).toBeCloseTo(0.50916666666667, 12);
    expect(ru.low).toBeCloseTo(0.35, 12);
    expect(ru.high).toBeCloseTo(0.72, 12);
    expect(ru.flags).toBe('');
    // BLR←DEU: BWe = (0.05 + 0.1)/2 = 0.075 (missing:gas); BWp = (0.6 + 0.3)/2 = 0.45; BWs = 0 (alliance 0; missing:arms)
    //          De = 0.05; Ds missing; B = (0.075 + 0.45 + 0)/3 = 0.175; D = 0.05; IC = 0.175 × 0.05 = 0.00875
    //          low = 0 × 0.05 = 0; high = 0.45 × 0.05 = 0.0225
    expect(one(r, 'influence.bandwidth_economic', 'BLR', 'DEU')).toMatchObject({ flags: 'missing:gas' });
    expect(one(r, 'influence.bandwidth_security', 'BLR', 'DEU')).toMatchObject({ value: 0, flags: 'missing:arms' });
    expect(one(r, 'influence.dependence_security', 'BLR', 'DEU')).toBeUndefined();
    const de = one(r, 'composite.influence_capacity', 'BLR', 'DEU')!;
    expect(de.value).toBeCloseTo(0.00875, 12);
    expect(de.low).toBeCloseTo(0, 12);
    expect(de.high).toBeCloseTo(0.0225, 12);
    expect(de.flags).toBe('missing:dependence_security');
    // UKR←RUS: BWe = De = 0.3; IC = 0.3 × 0.3 = 0.09
    const ua = one(r, 'composite.influence_capacity', 'UKR', 'RUS')!;
    expect(ua.value).toBeCloseTo(0.09, 12);
    expect(ua.flags).toBe('missing:bandwidth_political,missing:bandwidth_security,missing:dependence_security');
    // BLR←POL: bandwidth only → NULL with missing flags (never 0)
    expect(one(r, 'composite.influence_capacity', 'BLR', 'POL')).toMatchObject({
      value: null, low: null, high: null,
      flags: 'missing:bandwidth_economic,missing:bandwidth_security,missing:dependence_economic,missing:dependence_security',
    });
    // group counterpart and self-pair excluded everywhere
    for (const v of r.values()) expect(v.sql.some((x) => x.counterpart === 'EU' || x.counterpart === 'BLR')).toBe(false);
    // Outward: RUS = 0.5091666… + 0.09 = 0.5991666…; DEU = 0.00875; POL = NULL (its only term is NULL)
    expect(one(r, 'composite.outward_capacity', 'RUS', null)!.value).toBeCloseTo((2.35 / 3) * 0.65 + 0.09, 12);
    expect(one(r, 'composite.outward_capacity', 'RUS', null)!.flags).toBe('');
    expect(one(r, 'composite.outward_capacity', 'DEU', null)!.value).toBeCloseTo(0.00875, 12);
    expect(one(r, 'composite.outward_capacity', 'POL', null)).toMatchObject({ value: null, flags: 'missing:influence_capacity' });
  });

  it('the trade bases follow the run source; the others are read for source default', async () => {
    // dots trade BLR←RUS 0.7 instead of 0.5: De = 0.7, BWe = (0.7 + 1.0)/2 = 0.85; B = (0.85 + 0.7 + 0.9)/3 = 2.45/3; D = (0.7 + 0.8)/2 = 0.75
    const rows = [...HAND.metric_value, mv('trade.share_turnover', 'BLR', 'RUS', 2013, 0.7, 'dots')];
    const r = await runAll({ metric_value: rows, country_group: EU }, 'dots');
    for (const [id, v] of r) expect(sameRows(v.sql, v.reference), id).toBeNull();
    expect(one(r, 'composite.influence_capacity', 'BLR', 'RUS')!.value).toBeCloseTo((2.45 / 3) * 0.75, 12);
    // UKR←RUS has no dots trade: only non-trade bases count, and UKR has none → no row
    expect(one(r, 'composite.influence_capacity', 'UKR', 'RUS')).toBeUndefined();
  });
});

describe('influence family: SQL == TS reference on synthetic inputs', () => {
  // SYNTHETIC rows: 6 states + a group, 3 years, each base present with probability 0.55, 10% NULL values, some values
  // a hair above 1 (clamped), self rows and group counterparts (excluded), and dots trade rows besides default ones.
  function synthetic(seed: number): Row[] {
    const r = rng(seed);
    const states = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'];
    const out: Row[] = [];
    for (const year of [2010, 2011, 2012]) for (const s of states) for (const c of [...states, 'G1']) for (const metric of BASES) {
      if (r() > 0.55) continue;
      const u = r();
      const value = u < 0.1 ? null : metric === 'security.alliance_any' ? (u < 0.5 ? 0 : 1) : u > 0.95 ? 1 + 1e-12 : r();
      out.push(mv(metric, s, c, year, value));
      if (metric === 'trade.share_turnover' && r() < 0.7) out.push(mv(metric, s, c, year, r() < 0.1 ? null : r(), 'dots'));
    }
    return out;
  }
  const G1 = [{ dataset: 'interdep_country_groups', group_id: 'G1', member: 'AAA', from_year: 2000, to_year: null, source: 'test' }];

  for (const source of ['default', 'dots'] as const) {
    it(`every metric, source ${source}`, async () => {
      const r = await runAll({ metric_value: synthetic(source === 'default' ? 7 : 8), country_group: G1 }, source);
      for (const [id, v] of r) {
        expect(v.sql.length, id).toBeGreaterThan(0);
        expect(sameRows(v.sql, v.reference), id).toBeNull();
      }
      // properties: directed values in [0, 1], low ≤ value ≤ high; NULL values always flagged
      for (const m of INFLUENCE_METRICS.filter((x) => x.level === 'directed')) {
        for (const x of r.get(m.id)!.sql) {
          if (x.value === null) { expect(x.flags).toMatch(/missing:/); continue; }
          expect(x.value).toBeGreaterThanOrEqual(0);
          expect(x.value).toBeLessThanOrEqual(1);
          if (x.low !== null) expect(x.low).toBeLessThanOrEqual(x.value + 1e-12);
          if (x.high !== null) expect(x.high).toBeGreaterThanOrEqual(x.value - 1e-12);
        }
      }
      // outward capacity = the sum of the known capacities with the state as counterpart
      const ic = r.get('composite.influence_capacity')!.sql;
      for (const o of r.get('composite.outward_capacity')!.sql) {
        const terms = ic.filter((x) => x.counterpart === o.subject && x.year === o.year && x.value !== null).map((x) => x.value!);
        if (terms.length === 0) expect(o.value).toBeNull();
        else expect(o.value).toBeCloseTo(terms.reduce((s, v) => s + v, 0), 9);
      }
    });
  }
});

describe('influence family: real data (built test database)', () => {
  it("Russia's influence capacity over Belarus exists for 2013 and exceeds Germany's", async () => {
    const built = await openBuiltDb();
    let rows: Row[];
    let groups: Row[];
    try {
      rows = await built.all(`SELECT * FROM metric_value WHERE scenario = 'baseline' AND subject = 'BLR' AND metric IN (${BASES.map((b) => `'${b}'`).join(', ')})`);
      groups = await built.all('SELECT * FROM country_group');
    } finally {
      built.close();
    }
    const r = await runAll({ metric_value: rows, country_group: groups });
    for (const [id, v] of r) expect(sameRows(v.sql, v.reference), id).toBeNull();
    const ru = one(r, 'composite.influence_capacity', 'BLR', 'RUS', 2013)!;
    const de = one(r, 'composite.influence_capacity', 'BLR', 'DEU', 2013)!;
    expect(ru.value).not.toBeNull();
    expect(de.value).not.toBeNull();
    expect(ru.value!).toBeGreaterThan(de.value!);
    // 2013 by hand from the stored bases: BWe = trade 0.50388 (no gas, no remittance row), BWp = (0.93878 + 0.84545)/2,
    // BWs = (1 + 0.98684)/2, De = 0.50388, Ds = 0.98684 → IC = mean(BW) × mean(De, Ds)
    const [t, igo, unga, arms] = [0.5038806854938196, 0.9387755102040817, 0.8454545454545455, 0.9868421052631579];
    expect(ru.value!).toBeCloseTo(((t + (igo + unga) / 2 + (1 + arms) / 2) / 3) * ((t + arms) / 2), 9);
  });
});
