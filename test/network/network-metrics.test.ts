// The network metrics through the metric runner's TS compute step: runner (input SELECT + compute) against the
// TS reference (input recomputed from the tables' rows), on synthetic trade and a hand-built route table, plus the
// runner's compute step itself on a minimal definition.
import { describe, expect, it } from 'vitest';
import { NETWORK_METRICS } from '../../src/metrics/families/network.js';
import { METRIC_INDEX } from '../../src/metrics/registry.js';
import type { MetricDefinition, MetricRow } from '../../src/metrics/types.js';
import type { Row } from '../../src/store/db.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import { loadTables, runMetric, sameRows } from '../helpers/metric-harness.js';
import { syntheticTrade } from '../helpers/synthetic-trade.js';

const ROUTE = (route_id: string, destination: string, capacity: number | null, start_year: number, end_year: number | null): Row => ({
  route_id, name: route_id, fuel: 'gas', supplier: 'RUS', destination, capacity, capacity_unit: 'bcm/y', owner: null,
  start_year, end_year, source: 'hand-built test row', dataset: 'test',
});
const ROUTES = {
  route: [ROUTE('yamal', 'DEU', 33, 1999, 2022), ROUTE('ns1', 'DEU', 27.5, 2011, 2022), ROUTE('ns2', 'DEU', 27.5, 2012, 2022), ROUTE('lt', 'LTU', null, 2000, 2001)],
  route_transit: [
    { route_id: 'yamal', seq: 2, state: 'POL', dataset: 'test' },
    { route_id: 'yamal', seq: 1, state: 'BLR', dataset: 'test' },
    { route_id: 'lt', seq: 1, state: 'BLR', dataset: 'test' },
  ],
};

describe('metric runner: compute step', () => {
  it('stores the rows a TS step returns from its input SELECT, within the run years only', async () => {
    const doubled: MetricDefinition = {
      ...NETWORK_METRICS[0]!, id: 'test.doubled', usesTradeSource: false,
      compute: {
        input: () => 'SELECT route_id, start_year AS year, capacity FROM route',
        compute: (rows) => rows.map((r): MetricRow => ({
          subject: String(r.route_id), counterpart: null, year: Number(r.year), value: r.capacity === null ? null : 2 * Number(r.capacity),
          low: null, high: null, flags: r.capacity === null ? 'missing:capacity' : '',
        })),
      },
    };
    const db = await loadTables(ROUTES);
    try {
      await computeMetrics(db, [doubled], new Map([[doubled.id, doubled]]), { source: 'default', from: 2000, to: 2011 });
      expect(await db.all('SELECT subject, year, value, flags FROM metric_value ORDER BY subject')).toEqual([
        { subject: 'lt', year: 2000, value: null, flags: 'missing:capacity' },
        { subject: 'ns1', year: 2011, value: 55, flags: '' },
      ]);
      expect(() => doubled.sql({ source: 'default' })).toThrow(/computed in TS/);
    } finally {
      db.close();
    }
  });
});

describe('transit metrics on the hand-built route table', () => {
  it("network.transit_betweenness(DEU ← BLR) = 1 to 2010, 33/60.5 in 2011, 33/88 from 2012; runner = reference", async () => {
    const run = await runMetric('network.transit_betweenness', ROUTES);
    expect(sameRows(run.sql, run.reference)).toBeNull();
    const deu = run.sql.filter((r) => r.subject === 'DEU' && r.counterpart === 'BLR');
    expect(deu.map((r) => r.year)).toEqual(Array.from({ length: 24 }, (_, i) => 1999 + i));
    expect(deu.find((r) => r.year === 2010)!.value).toBe(1);
    expect(deu.find((r) => r.year === 2011)!.value).toBeCloseTo(33 / 60.5, 12);
    expect(deu.find((r) => r.year === 2012)!.value).toBeCloseTo(0.375, 12);
    // Lithuania's only route crosses Belarus: share 1 although its capacity is unknown.
    expect(run.sql.find((r) => r.subject === 'LTU')).toMatchObject({ counterpart: 'BLR', value: 1, flags: '' });
  });
  it('network.transit_supplier_share: runner = reference, NULL (missing:capacity) in the years a route without capacity operates', async () => {
    const run = await runMetric('network.transit_supplier_share', ROUTES);
    expect(sameRows(run.sql, run.reference)).toBeNull();
    const blr = new Map(run.sql.filter((r) => r.counterpart === 'BLR').map((r) => [r.year, r.value]));
    // 2000: both of Russia's routes (Yamal and the one without capacity) cross Belarus, only Yamal crosses Poland.
    expect(blr.get(2000)).toBe(1);
    expect(run.sql.find((r) => r.year === 2000 && r.counterpart === 'POL')).toMatchObject({ value: null, flags: 'missing:capacity' });
    expect(blr.get(2002)).toBe(1);
    expect(blr.get(2013)).toBeCloseTo(0.375, 12);
  });
});

describe('trade-layer network metrics on synthetic trade (SYNTHETIC data)', () => {
  const data = syntheticTrade(11);
  for (const id of ['network.indirect_dependence', 'network.indirect_share', 'network.pagerank_trade', 'network.strength_in_trade',
    'network.eigenvector_trade', 'network.betweenness_trade', 'network.coreness_trade']) {
    it(`${id}: runner (input SELECT over trade_flow + TS step) = reference (trade layer recomputed in TS)`, async () => {
      const run = await runMetric(id, data);
      expect(run.sql.length).toBeGreaterThan(0);
      expect(sameRows(run.sql, run.reference)).toBeNull();
    });
  }
  it('indirect dependence: rows of a subject sum to at most 2 (= 1/(1 − β)), and T ≥ D for every pair', async () => {
    const t = (await runMetric('network.indirect_dependence', data)).sql;
    const s = (await runMetric('network.indirect_share', data)).sql;
    const sums = new Map<string, number>();
    for (const r of t) sums.set(`${r.subject}|${r.year}`, (sums.get(`${r.subject}|${r.year}`) ?? 0) + r.value!);
    for (const v of sums.values()) expect(v).toBeLessThanOrEqual(2 + 1e-9);
    for (const r of s) expect(r.value!).toBeGreaterThanOrEqual(-1e-12);
    expect(METRIC_INDEX.get('network.indirect_share')).toBeDefined();
  });
});
