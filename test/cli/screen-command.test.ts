// interdep screen on a small database holding the hand-built product fixture (test/helpers/product-fixture.ts), the
// real HS–BEC table (data-src) and the real OTS section names: the goods Belarus depends on, their main suppliers, and
// agreement with product.dependent_import_share summed over Belarus's suppliers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImporter } from '../../src/importers/engine.js';
import { otsHs2Importer } from '../../src/importers/from-ots-hs2.js';
import { unsdHsBecImporter } from '../../src/importers/from-unsd-hs-bec.js';
import { METRIC_INDEX } from '../../src/metrics/registry.js';
import { Database } from '../../src/store/db.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import { countries } from '../helpers/import-fixture.js';
import { HAND } from '../helpers/product-fixture.js';

function interdep(db: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC', INTERDEP_DB: db } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'interdep-screen-'));
  db = join(dir, 'screen.duckdb');
  const store = await Database.open(db);
  await store.applySchema();
  const ctx = { dataDir: 'data', countries: await countries() };
  await runImporter(store, unsdHsBecImporter(ctx, { path: 'data-src/unsd_hs2017_bec4/hs2017_bec4.csv', label: 'unsd_hs2017_bec4/hs2017_bec4.csv' }));
  await runImporter(store, otsHs2Importer(ctx)); // HS section names (and 2017 exports to the world, not read by the screen)
  const w = await store.writer('trade_product');
  for (const r of HAND.trade_product!) w.append(r);
  w.close();
  await computeMetrics(store, [METRIC_INDEX.get('product.dependent_import_share')!], METRIC_INDEX, { source: 'default' });
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Screen {
  year: number; dataset: string; digits: number; totalImports: number; dependentImports: number; dependentShare: number; hasExports: boolean;
  goods: Array<{ product: string; section: string | null; endUse: string | null; imports: number; mainSupplier: string; mainSupplierShare: number; suppliers: number; supplierHhi: number; worldHhi: number; exports: number }>;
}

describe('interdep screen', () => {
  it('lists the goods passing all three thresholds with their main supplier (BLR 2021)', async () => {
    const run = interdep(db, 'screen', 'Belarus', '--year', '2021', '--json');
    expect(run.code, run.stderr).toBe(0);
    const s = JSON.parse(run.stdout) as Screen;
    expect([s.year, s.dataset, s.digits, s.totalImports, s.hasExports]).toEqual([2021, 'baci_hs17_2021', 6, 1550, true]);
    // crude oil (RUS alone), laptops (DEU 300 of 500: HHI 0.44, world 0.44), LNG (RUS alone); cars fail the world test,
    // milk the ratio test (BLR exports 500 > imports 150)
    expect(s.goods.map((g) => [g.product, g.imports, g.mainSupplier, g.suppliers, g.endUse])).toEqual([
      ['270900', 600, 'RUS', 1, 'primary'], ['847130', 500, 'DEU', 3, 'capital'], ['271111', 100, 'RUS', 1, 'intermediate'],
    ]);
    expect(s.goods[1]!.mainSupplierShare).toBeCloseTo(0.6, 14);
    expect(s.goods[1]!.supplierHhi).toBeCloseTo(0.44, 14);
    expect(s.goods[0]!.section).toBe('Mineral products');
    expect(s.dependentImports).toBe(1200);
    expect(s.dependentShare).toBeCloseTo(1200 / 1550, 14);
    // the metric summed over Belarus's suppliers gives the same share
    const store = await Database.open(db, { readOnly: true });
    const sum = await store.one<{ v: number }>(
      `SELECT SUM(value) AS v FROM metric_value WHERE metric = 'product.dependent_import_share' AND subject = 'BLR' AND year = 2021 AND flags NOT LIKE '%group%'`);
    store.close();
    expect(sum!.v).toBeCloseTo(s.dependentShare, 12);
  });

  it('defaults to the latest year with data and prints a table', () => {
    const run = interdep(db, 'screen', 'BLR');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^BLR 2022 \(comtrade_2022, 6-digit codes\): 2 of 2 goods imported pass the screen/);
    expect(run.stdout).toMatch(/270900\s+Mineral products\s+primary\s+700\s+87\.5 %\s+RUS\s+100\.0 %/);
    expect(run.stdout).toMatch(/100199 .* KAZ /);
  });

  it('says so when the importer exports nothing (the ratio test passes by rule)', () => {
    const run = interdep(db, 'screen', 'UKR', '--year', '2021');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 of 1 goods imported pass/); // 720851: supplier and world HHI exactly 0.4, not above
    expect(run.stdout).toMatch(/UKR exports nothing in this year's data/);
  });

  it('reads a BACI file brought with `interdep import baci` (thousands of US$ → US$, HS6)', async () => {
    const fresh = join(dir, 'baci.duckdb');
    const store = await Database.open(fresh);
    await store.applySchema();
    await runImporter(store, unsdHsBecImporter({ dataDir: 'data', countries: await countries() }, { path: 'data-src/unsd_hs2017_bec4/hs2017_bec4.csv', label: 'hs_bec' }));
    store.close();
    const imported = interdep(fresh, 'import', 'baci', 'test/fixtures/user-files/baci/BACI_HS92_Y2021_V202401.csv', '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const run = interdep(fresh, 'screen', 'BLR', '--json');
    expect(run.code, run.stderr).toBe(0);
    const s = JSON.parse(run.stdout) as Screen;
    // BLR imports 854231 from TWN (10 000) and USA (123), 010121 from RUS (5 500), 271111 from BLX (7 000), which it
    // exports (1 234 567 to RUS): the ratio test fails for 271111 only. 854231 spans eight BEC categories (unallocated);
    // 010121 pure-bred breeding horses are BEC 41, capital goods.
    expect(s.goods.map((g) => [g.product, g.imports, g.mainSupplier, g.endUse])).toEqual([
      ['854231', 10123, 'TWN', 'unallocated'], ['010121', 5500, 'RUS', 'capital'],
    ]);
    expect(s.goods[0]!.supplierHhi).toBeCloseTo((123 ** 2 + 10000 ** 2) / 10123 ** 2, 12);
  });

  it('exits 2 with a hint when the country has no product imports, or not in that year', () => {
    const none = interdep(db, 'screen', 'Germany');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no bilateral product data for DEU/);
    expect(none.stderr).toMatch(/interdep import baci/);
    const year = interdep(db, 'screen', 'BLR', '--year', '2019');
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/years with data: 2022, 2021/);
  });
});
