// The product metric SQL is portable (issue 13): the same text run on DuckDB and on ClickHouse in-process (chdb)
// over a synthetic year of about 200 k flows (bench/synthetic-product-year.ts, plus the cases a BACI year lacks:
// declarations, mirrors, world exports, HS2 and HS4 rows, zero and NULL values, chapter 99, self-flows) gives the
// same rows, flags equal and values within 1e-9. Skipped only when chdb's native library cannot load here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChdbEngine, chdbUnavailable, toMetricRow } from '../../bench/chdb-engine.js';
import { generateSyntheticYear, loadHsBec, writeParquet } from '../../bench/synthetic-product-year.js';
import { PRODUCT_METRICS } from '../../src/metrics/families/product.js';
import type { MetricDefinition, MetricRow } from '../../src/metrics/types.js';
import { Database } from '../../src/store/db.js';
import { sameRows } from '../helpers/metric-harness.js';

const unavailable = await chdbUnavailable();
if (unavailable) console.warn(`product-chdb.test: skipped, ${unavailable}`);

const order = (a: MetricRow, b: MetricRow) =>
  a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year;

describe.skipIf(unavailable !== null)('product metric SQL: DuckDB = ClickHouse (chdb) on a synthetic year', () => {
  let dir: string;
  let duck: Database;
  let ch: ChdbEngine;
  let tradeRows = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'interdep-product-chdb-'));
    duck = await Database.open(':memory:');
    await duck.applySchema();
    await loadHsBec(duck);
    tradeRows = await generateSyntheticYear(duck, { draws: 200_000, seed: 13, edgeCases: true });
    await writeParquet(duck, join(dir, 'trade_product.parquet'), join(dir, 'hs_bec.parquet'));
    ch = await ChdbEngine.open();
    expect(ch.loadParquet('trade_product', join(dir, 'trade_product.parquet'))).toBe(tradeRows);
    ch.loadParquet('hs_bec', join(dir, 'hs_bec.parquet'));
  });

  afterAll(() => {
    ch?.close();
    duck?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const results = new Map<string, { d: MetricRow[]; c: MetricRow[] }>();
  const run = async (metric: MetricDefinition) => {
    const sql = metric.sql({ source: 'default' });
    const d = (await duck.all(sql)).map((r) => toMetricRow(Object.values(r))).sort(order);
    const c = ch.metricRows(sql).sort(order);
    results.set(metric.id, { d, c });
    return { d, c };
  };

  for (const metric of PRODUCT_METRICS) {
    it(`${metric.id}: same rows, flags and values (1e-9)`, async () => {
      const { d, c } = await run(metric);
      expect(d.length).toBeGreaterThan(metric.level === 'monadic' ? 200 : 10_000);
      expect(sameRows(d, c, 1e-9)).toBeNull();
    });
  }

  it('the synthetic year reaches the branches of the SQL (else equality would prove little)', async () => {
    expect(tradeRows).toBeGreaterThan(200_000);
    const rows = async (id: string) => (results.get(id) ?? (await run(PRODUCT_METRICS.find((m) => m.id === id)!))).d;
    const flags = async (id: string) => new Set((await rows(id)).map((r) => r.flags));
    const hhi = await flags('product.import_hhi_hs2');
    for (const f of ['hs6', 'hs4', 'hs6,exporter_declared', 'hs6,single_product']) expect(hhi).toContain(f);
    const exp = await flags('product.export_hhi_hs2');
    for (const f of ['hs2', 'hs6,from_bilateral', 'hs4,from_bilateral']) expect(exp).toContain(f);
    const dependent = await rows('product.dependent_import_share');
    expect(dependent.filter((r) => r.value! > 0).length).toBeGreaterThan(100);
  });
});
