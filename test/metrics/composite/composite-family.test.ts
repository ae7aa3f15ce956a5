import { describe, expect, it } from 'vitest';
import { COMPOSITE_METRICS, CDI_WEIGHTS } from '../../../src/metrics/families/composite.js';
import { cdiIntervalFunction } from '../../../src/metrics/composite/panel-intervals.js';
import { compositeInterval, drawMonteCarlo } from '../../../src/metrics/composite/monte-carlo.js';
import { CDI_MONTE_CARLO } from '../../../src/metrics/composite/panel-intervals.js';
import { computeMetrics } from '../../../src/store/metric-runner.js';
import type { Row } from '../../../src/store/db.js';
import type { MetricDefinition, MetricRow } from '../../../src/metrics/types.js';
import { loadTables, sameRows } from '../../helpers/metric-harness.js';
import { rng } from '../../helpers/synthetic-trade.js';
import { openBuiltDb } from '../../helpers/built-db.js';

// The composite metrics over metric_value rows given directly: composite.dependence is run without its dependencies
// (its bases are the given rows), the derived metrics after it.
const BY_ID = new Map(COMPOSITE_METRICS.map((m) => [m.id, m.id === 'composite.dependence' ? { ...m, dependsOn: [] } : m]));

const order = (a: MetricRow, b: MetricRow) =>
  a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year;

async function runAll(tables: Record<string, Row[]>): Promise<Map<string, { sql: MetricRow[]; reference: MetricRow[] }>> {
  const db = await loadTables(tables);
  try {
    await computeMetrics(db, [...BY_ID.values()], BY_ID as ReadonlyMap<string, MetricDefinition>, { source: 'default' });
    const input: Record<string, Row[]> = {};
    for (const t of ['metric_value', 'country_group']) input[t] = await db.all(`SELECT * FROM ${t}`);
    const out = new Map<string, { sql: MetricRow[]; reference: MetricRow[] }>();
    for (const m of BY_ID.values()) {
      const sql = await db.all<MetricRow & Row>(`SELECT subject, counterpart, year, value, low, high, flags FROM metric_value WHERE metric = ?`, [m.id]);
      out.set(m.id, { sql: sql.sort(order), reference: m.reference(input, { source: 'default' }).sort(order) });
    }
    return out;
  } finally {
    db.close();
  }
}

const mv = (metric: string, subject: string, counterpart: string, year: number, value: number | null) =>
  ({ metric, version: '1.0.0', source: 'default', scenario: 'baseline', subject, counterpart, year, value, low: null, high: null, flags: '' });
const EU = [{ dataset: 'interdep_country_groups', group_id: 'EU', member: 'POL', from_year: 2004, to_year: null, source: 'test' }];

// Hand-built 2013 fixture (values invented for the arithmetic):
const HAND = {
  metric_value: [
    // BLR→RUS: trade 0.5, energy 0.9 (gas supplier share, no ESD), institutions 0.8, arms 0.3 raised to the ally's
    // capability share 0.8; the unweighted variants (igo.comember_share, alliance_defense) are not read
    mv('trade.share_turnover', 'BLR', 'RUS', 2013, 0.5), mv('energy.gas_supplier_share', 'BLR', 'RUS', 2013, 0.9),
    mv('igo.comember_capability_share', 'BLR', 'RUS', 2013, 0.8), mv('security.arms_import_share', 'BLR', 'RUS', 2013, 0.3),
    mv('security.ally_capability_share', 'BLR', 'RUS', 2013, 0.8), mv('security.alliance_defense', 'BLR', 'RUS', 2013, 1),
    mv('igo.comember_share', 'BLR', 'RUS', 2013, 0.01),
    // RUS→BLR: trade 0.05, institutions 0.7, a pledge from a small ally (share 0.05) without arms row → security 0.05
    mv('trade.share_turnover', 'RUS', 'BLR', 2013, 0.05), mv('igo.comember_capability_share', 'RUS', 'BLR', 2013, 0.7),
    mv('security.ally_capability_share', 'RUS', 'BLR', 2013, 0.05), mv('security.alliance_defense', 'RUS', 'BLR', 2013, 1),
    // BLR→DEU: trade 0.05, institutions 0.6, arms 0 (an ally share of 0 = no pledge: does not count)
    mv('trade.share_turnover', 'BLR', 'DEU', 2013, 0.05), mv('igo.comember_capability_share', 'BLR', 'DEU', 2013, 0.6),
    mv('security.arms_import_share', 'BLR', 'DEU', 2013, 0), mv('security.ally_capability_share', 'BLR', 'DEU', 2013, 0),
    // DEU→BLR: trade 0.001, institutions 0.1
    mv('trade.share_turnover', 'DEU', 'BLR', 2013, 0.001), mv('igo.comember_capability_share', 'DEU', 'BLR', 2013, 0.1),
    // BLR→POL: a trade row with an unknown value; BLR→EU: a group row, excluded
    mv('trade.share_turnover', 'BLR', 'POL', 2013, null), mv('trade.share_turnover', 'BLR', 'EU', 2013, 0.3),
  ],
  country_group: EU,
};

describe('composite family: known answers (hand-computed)', () => {
  it('CDI, net power, PDR, mutual interdependence, dyad classes and partner choice', async () => {
    const r = await runAll(HAND);
    for (const [id, { sql, reference }] of r) expect(sameRows(sql, reference), id).toBeNull();
    const get = (id: string, s: string, c: string | null) => r.get(id)!.sql.find((x) => x.subject === s && x.counterpart === c)!;
    const cdiBR = (0.5 + 0.9 + 0.8 + 0.8) / 4; // 0.75
    const cdiRB = (0.05 + 0.7 + 0.05) / 3; // 0.26666…
    const cdiBD = (0.05 + 0.6 + 0) / 3; // 0.21666…
    const cdiDB = (0.001 + 0.1) / 2; // 0.0505
    expect(get('composite.dependence', 'BLR', 'RUS')).toMatchObject({ flags: 'missing:finance,missing:mobility,energy_from_gas_share,ally_capability_floor' });
    expect(get('composite.dependence', 'BLR', 'RUS').value).toBeCloseTo(cdiBR, 12);
    expect(get('composite.dependence', 'RUS', 'BLR')).toMatchObject({ flags: 'missing:energy,missing:finance,missing:mobility,ally_capability_floor' });
    expect(get('composite.dependence', 'RUS', 'BLR').value).toBeCloseTo(cdiRB, 12);
    expect(get('composite.dependence', 'BLR', 'DEU').value).toBeCloseTo(cdiBD, 12);
    expect(get('composite.dependence', 'DEU', 'BLR').value).toBeCloseTo(cdiDB, 12);
    expect(get('composite.dependence', 'BLR', 'POL')).toMatchObject({ value: null, low: null, high: null });
    expect(get('composite.dependence', 'BLR', 'POL').flags).toBe(['trade', 'energy', 'finance', 'institutions', 'security', 'mobility'].map((d) => `missing:${d}`).join(','));
    expect(r.get('composite.dependence')!.sql.some((x) => x.counterpart === 'EU')).toBe(false);
    // net power 0.75 − 0.26667 = 0.48333; PDR log2(0.75 / 0.26667) = log2(2.8125); MI sqrt(0.75 · 0.26667) = sqrt(0.2)
    expect(get('power.net', 'BLR', 'RUS').value).toBeCloseTo(0.75 - 0.8 / 3, 12);
    expect(get('power.net', 'RUS', 'BLR').value).toBeCloseTo(0.8 / 3 - 0.75, 12);
    expect(get('power.pdr', 'BLR', 'RUS').value).toBeCloseTo(Math.log2(2.8125), 12);
    expect(get('composite.mutual', 'BLR', 'RUS').value).toBeCloseTo(Math.sqrt(0.2), 12);
    expect(get('composite.mutual', 'RUS', 'BLR').value).toBeCloseTo(Math.sqrt(0.2), 12);
    // classes: BLR–RUS both ≥ 0.1, ratio 2.81 ≥ 2 → asymmetric (2); BLR–DEU 0.2167 ≥ 0.1 > 0.0505 → one_sided (1)
    expect(get('composite.dyad_class', 'BLR', 'RUS')).toMatchObject({ value: 2 });
    expect(get('composite.dyad_class', 'BLR', 'RUS').flags.endsWith('asymmetric')).toBe(true);
    expect(get('composite.dyad_class', 'DEU', 'BLR')).toMatchObject({ value: 1 });
    expect(get('composite.dyad_class', 'DEU', 'BLR').flags.endsWith('one_sided')).toBe(true);
    // partner choice of BLR: shares 0.75 / 0.96667 and 0.21667 / 0.96667 (POL unknown, left out and flagged)
    const total = cdiBR + cdiBD;
    expect(get('composite.partner_choice', 'BLR', null)).toMatchObject({ flags: 'missing:composite' });
    expect(get('composite.partner_choice', 'BLR', null).value).toBeCloseTo(1 - (cdiBR / total) ** 2 - (cdiBD / total) ** 2, 12);
    expect(get('composite.partner_choice', 'RUS', null).value).toBeCloseTo(0, 12); // one counterpart: HHI 1
    void cdiDB;
  });

  it('intervals: one domain → low = high = value; two or more → Monte Carlo, low ≤ value ≤ high (CDI and net power)', async () => {
    const all = await runAll(HAND);
    const r = [...all.get('composite.dependence')!.sql, ...all.get('power.net')!.sql];
    expect(all.get('power.net')!.sql.find((x) => x.subject === 'BLR' && x.counterpart === 'RUS')!.low).not.toBeNull();
    for (const x of r) {
      if (x.value === null) continue;
      expect(x.low! - 1e-12).toBeLessThanOrEqual(x.value);
      expect(x.high! + 1e-12).toBeGreaterThanOrEqual(x.value);
    }
    const one = await runAll({ metric_value: [mv('igo.comember_capability_share', 'AAA', 'BBB', 2000, 0.4)], country_group: [] });
    expect(one.get('composite.dependence')!.sql[0]).toMatchObject({ value: 0.4, low: 0.4, high: 0.4 });
  });
});

describe('composite family: SQL == TS reference on synthetic metric_value rows', () => {
  it('matches for every metric, with gaps, NULLs, allies, values past 1 and group rows', async () => {
    const random = rng(11);
    const states = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'];
    const bases = ['trade.share_turnover', 'energy.supply_dependence', 'energy.gas_supplier_share', 'migration.remittance_share',
      'igo.comember_capability_share', 'security.arms_import_share', 'migration.stock_share'];
    const rows: Row[] = [];
    for (const year of [2000, 2001, 2002]) {
      for (const s of states) {
        for (const c of [...states, 'GRP']) {
          if (s === c) continue;
          for (const b of bases) {
            const u = random();
            if (u < 0.45) continue;
            rows.push(mv(b, s, c, year, u < 0.5 ? null : u > 0.98 ? 1.0000000000000002 : random() < 0.1 ? 0 : random()));
          }
          if (random() < 0.3) rows.push(mv('security.ally_capability_share', s, c, year, random() < 0.4 ? 0 : random() < 0.1 ? null : random()));
        }
      }
    }
    const groups = [{ dataset: 'interdep_country_groups', group_id: 'GRP', member: 'AAA', from_year: 1990, to_year: null, source: 'synthetic' }];
    const r = await runAll({ metric_value: rows, country_group: groups });
    for (const [id, { sql, reference }] of r) {
      expect(sql.length, id).toBeGreaterThan(0);
      expect(sameRows(sql, reference), id).toBeNull();
    }
    // undirected metrics are equal in both orders
    for (const id of ['composite.mutual', 'composite.dyad_class']) {
      const m = new Map(r.get(id)!.sql.map((x) => [`${x.subject}|${x.counterpart}|${x.year}`, x.value]));
      for (const x of r.get(id)!.sql) if (m.has(`${x.counterpart}|${x.subject}|${x.year}`)) expect(m.get(`${x.counterpart}|${x.subject}|${x.year}`)).toBe(x.value);
    }
  });

  it('the fast panel intervals equal compositeInterval row by row, and are reproducible', () => {
    const random = rng(5);
    const fast = cdiIntervalFunction(CDI_WEIGHTS, CDI_MONTE_CARLO);
    const draws = drawMonteCarlo(CDI_WEIGHTS, CDI_MONTE_CARLO);
    for (let i = 0; i < 60; i++) {
      const v = { trade: null, energy: null, finance: null, institutions: null, security: null, mobility: null } as Record<string, number | null>;
      for (const d of Object.keys(v)) if (random() < 0.5) v[d] = random();
      const slow = compositeInterval(v, CDI_WEIGHTS, draws);
      const f = fast(v as never);
      if (slow.value === null) expect(f).toBeNull();
      else {
        expect(f![0]).toBeCloseTo(slow.low!, 12);
        expect(f![1]).toBeCloseTo(slow.high!, 12);
      }
    }
    const v = { trade: 0.2, energy: 0.7, finance: null, institutions: 0.4, security: 0.9, mobility: null };
    expect(cdiIntervalFunction(CDI_WEIGHTS, CDI_MONTE_CARLO)(v)).toEqual(fast(v));
  });
});

describe('composite family: real data (built test database)', () => {
  it("Belarus's CDI on Russia exists for the years with data and exceeds its CDI on Germany in 2013", async () => {
    const built = await openBuiltDb();
    let rows: Row[];
    let groups: Row[];
    try {
      rows = await built.all(`SELECT * FROM metric_value WHERE scenario = 'baseline' AND subject IN ('BLR', 'RUS', 'DEU') AND counterpart IN ('BLR', 'RUS', 'DEU')
        AND metric IN ('trade.share_turnover', 'energy.supply_dependence', 'energy.gas_supplier_share', 'migration.remittance_share',
                       'igo.comember_capability_share', 'security.arms_import_share', 'security.ally_capability_share', 'migration.stock_share')`);
      groups = await built.all('SELECT * FROM country_group');
    } finally {
      built.close();
    }
    const r = await runAll({ metric_value: rows, country_group: groups });
    const cdi = r.get('composite.dependence')!;
    expect(sameRows(cdi.sql, cdi.reference)).toBeNull();
    const br = cdi.sql.filter((x) => x.subject === 'BLR' && x.counterpart === 'RUS' && x.value !== null);
    expect(br.length).toBeGreaterThan(20);
    for (const y of [1995, 2000, 2005, 2010, 2013]) expect(br.some((x) => x.year === y), String(y)).toBe(true);
    const at = (c: string) => cdi.sql.find((x) => x.subject === 'BLR' && x.counterpart === c && x.year === 2013)!.value!;
    expect(at('RUS')).toBeGreaterThan(at('DEU'));
    const net = r.get('power.net')!.sql.find((x) => x.subject === 'BLR' && x.counterpart === 'RUS' && x.year === 2013)!;
    expect(net.value).toBeGreaterThan(0);
  });
});

describe('net-power intervals: fast paths equal the draw-by-draw computation', () => {
  it('same two domains, two vs one, one vs two, one vs one, three vs two', async () => {
    const { cdiDifferenceIntervalFunction } = await import('../../../src/metrics/composite/panel-intervals.js');
    const { compositeDependence } = await import('../../../src/metrics/composite/cdi.js');
    const { quantile } = await import('../../../src/core/random.js');
    const fast = cdiDifferenceIntervalFunction(CDI_WEIGHTS, CDI_MONTE_CARLO);
    const draws = drawMonteCarlo(CDI_WEIGHTS, CDI_MONTE_CARLO);
    const none = { trade: null, energy: null, finance: null, institutions: null, security: null, mobility: null };
    const cases = [
      [{ ...none, trade: 0.5, institutions: 0.9 }, { ...none, trade: 0.05, institutions: 0.7 }],
      [{ ...none, trade: 0.5, institutions: 0.2 }, { ...none, trade: 0.05, institutions: 0.7 }],
      [{ ...none, trade: 0.5, security: 0.9 }, { ...none, institutions: 0.7 }],
      [{ ...none, institutions: 0.7 }, { ...none, trade: 0.5, security: 0.1 }],
      [{ ...none, trade: 0.3 }, { ...none, security: 0.6 }],
      [{ ...none, trade: 0.5, security: 0.9, mobility: 0.2 }, { ...none, trade: 0.1, institutions: 0.7 }],
      // interacting pairs of the mcmillan variant: no shortcut, every draw evaluated
      [{ ...none, energy: 0.9, finance: 0.6 }, { ...none, energy: 0.1, finance: 0.2 }],
      [{ ...none, security: 0.9, institutions: 0.8 }, { ...none, trade: 0.4 }],
      [{ ...none, trade: 0.2 }, { ...none, security: 0.7, institutions: 0.9 }],
    ];
    for (const [a, b] of cases) {
      const sample = draws.map((d) => compositeDependence(a!, d.weights, d.formula).value! - compositeDependence(b!, d.weights, d.formula).value!);
      const [lo, hi] = fast(a!, b!)!;
      expect(lo).toBeCloseTo(quantile(sample, 0.05), 12);
      expect(hi).toBeCloseTo(quantile(sample, 0.95), 12);
    }
  });
});
