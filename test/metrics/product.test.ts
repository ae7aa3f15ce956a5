// The product family (issue 13): known answers on a hand-built trade_product fixture, SQL = TS reference on seeded
// random data, the HS 2017 → BEC importer, and real values on the built database (OTS 2017 exports by chapter).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { unsdHsBecImporter } from '../../src/importers/from-unsd-hs-bec.js';
import { PRODUCT_METRICS } from '../../src/metrics/families/product.js';
import { endUseClassTs } from '../../src/metrics/product-flow.js';
import type { Database, Row } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';
import { countries, withImport } from '../helpers/import-fixture.js';
import { bec, HAND, tp } from '../helpers/product-fixture.js';
import { checkedValues, itMatchesReference, runMetric } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const values = (id: string, tables: Record<string, Row[]> = HAND) => checkedValues(id, tables);

describe('product metrics: known answers (hand-computed)', () => {
  it('product.import_hhi_hs2 / hs4: Σ share² over the chapters / headings of what the subject buys from the counterpart', async () => {
    const h2 = await values('product.import_hhi_hs2');
    // BLR←RUS 2021: chapters 27 = 600 + 100, 87 = 100, 84 = 100, 04 = 100 of 1000 → 0.7² + 3·0.1² = 0.52
    expect(h2.get('BLR>RUS@2021')!.value).toBeCloseTo(0.52, 14);
    expect(h2.get('BLR>RUS@2021')!.flags).toBe('hs6');
    expect(h2.get('BLR>DEU@2021')!.value).toBeCloseTo(0.625, 14); // 84 = 300, 87 = 100 of 400: 0.75² + 0.25²
    expect(h2.get('BLR>CHN@2021')).toMatchObject({ value: 1, flags: 'hs6,single_product' });
    expect(h2.get('UKR>RUS@2021')).toMatchObject({ value: 1, flags: 'hs6,single_product' });
    // 2022 (Comtrade): BLR's own declaration of 270900 = 700 wins over RUS's (650 + 50 of 271121); HS2 totals ignored
    expect(h2.get('BLR>RUS@2022')).toMatchObject({ value: 1, flags: 'hs6,single_product' });
    // only the exporter declared these dyads
    expect(h2.get('BLR>KAZ@2022')!.flags).toBe('hs6,exporter_declared,single_product');
    expect(h2.get('RUS>BLR@2022')!.flags).toBe('hs6,exporter_declared,single_product');
    expect(h2.has('BLR>DEU@2022')).toBe(false); // the one-importer file of 2022 is not read
    expect(h2.has('BLR>BLR@2021')).toBe(false);
    const h4 = await values('product.import_hhi_hs4');
    // headings 2709 = 600, 2711, 8703, 8471, 0401 = 100 each → 0.36 + 4·0.01 = 0.4
    expect(h4.get('BLR>RUS@2021')!.value).toBeCloseTo(0.4, 14);
    expect(h4.get('RUS>BLR@2021')!.value).toBeCloseTo(0.5, 14); // 3104 = 500, 0401 = 500
    expect(h4.get('BLR>POL@2021')).toMatchObject({ value: 1, flags: 'hs6,single_product' });
  });

  it('product.export_hhi_hs2: exports to the world by chapter, else the bilateral flows summed (from_bilateral)', async () => {
    const x = await values('product.export_hhi_hs2');
    expect(x.get('RUS>@2021')!.value).toBeCloseTo(0.68, 14); // 27 = 800, 31 = 200 (chapter 99 left out): 0.8² + 0.2²
    expect(x.get('RUS>@2021')!.flags).toBe('hs2');
    expect(x.get('KAZ>@2021')).toMatchObject({ value: 1, flags: 'hs2,single_product' });
    // BLR has no world rows: 31 = 500 + 500 (potash to RUS and POL), 04 = 500 → (1000² + 500²) / 1500² = 5/9
    expect(x.get('BLR>@2021')!.value).toBeCloseTo(5 / 9, 14);
    expect(x.get('BLR>@2021')!.flags).toBe('hs6,from_bilateral');
    expect(x.get('CHN>@2021')!.value).toBeCloseTo((100 ** 2 + 1) / 101 ** 2, 14); // 84 = 100, 72 = 1
    expect(x.get('RUS>@2022')).toMatchObject({ value: 1, flags: 'hs6,from_bilateral,single_product' });
  });

  it('product.import_share_*: BEC end-use classes of the dyad\'s imports sum to 1', async () => {
    const cls = ['primary', 'intermediate', 'capital', 'consumption', 'unallocated'] as const;
    const s = Object.fromEntries(await Promise.all(cls.map(async (c) => [c, await values(`product.import_share_${c}`)] as const)));
    // BLR←RUS 2021 of 1000: crude oil 600 (31), LNG 100 (322), laptops 100 (41), milk 100 (112), cars 100 (51)
    const blrRus = cls.map((c) => s[c]!.get('BLR>RUS@2021')!.value);
    expect(blrRus[0]).toBeCloseTo(0.6, 14);
    for (const v of blrRus.slice(1)) expect(v).toBeCloseTo(0.1, 14);
    // BLR←DEU: laptops 300 capital, cars 100 unallocated
    expect(s.capital!.get('BLR>DEU@2021')!.value).toBeCloseTo(0.75, 14);
    expect(s.unallocated!.get('BLR>DEU@2021')!.value).toBeCloseTo(0.25, 14);
    expect(s.intermediate!.get('UKR>RUS@2021')!.value).toBe(1); // flat-rolled steel 720851, BEC 22
    expect(s.primary!.get('BLR>KAZ@2022')).toMatchObject({ value: 1, flags: 'hs6,exporter_declared' }); // wheat, 111
    for (const key of s.primary!.keys()) expect(cls.reduce((a, c) => a + s[c]!.get(key)!.value!, 0)).toBeCloseTo(1, 12);
  });

  it('end-use classes: a code spanning classes (n:n, or a chapter of mixed subheadings) is unallocated', () => {
    const c = endUseClassTs(HAND);
    expect(c.get('010130')).toBe('unallocated'); // 111 primary / 41 capital
    expect(c.get('0101')).toBe('unallocated');
    expect(c.get('010121')).toBe('capital');
    expect(c.get('2709')).toBe('primary');
    expect(c.get('27')).toBe('unallocated'); // 31, 322 and 32 in the fixture
    expect(c.get('271012')).toBe('unallocated'); // 32: motor fuels not split into 321/322
    expect(c.get('84')).toBe('capital');
  });

  it('end-use shares need the correspondence: no rows without hs_bec', async () => {
    const { sql, reference } = await runMetric('product.import_share_primary', { trade_product: HAND.trade_product! });
    expect(sql).toEqual([]);
    expect(reference).toEqual([]);
  });

  it('product.critical_import_share: imports weighted by the world-export HHI of each good, over total imports', async () => {
    const c = await values('product.critical_import_share');
    // world-export HHI: 270900, 271111 = 1; 870323 = (1 + 1 + 9 + 9)/64 = 0.3125; 847130 = (1 + 9 + 1)/25 = 0.44;
    // 040110 = (100² + 500² + 50²)/650² = 262500/422500. BLR←RUS = (600 + 100 + 31.25 + 44 + 100·262500/422500) / 1550
    expect(c.get('BLR>RUS@2021')!.value).toBeCloseTo((775.25 + (100 * 262500) / 422500) / 1550, 14);
    expect(c.get('BLR>DEU@2021')!.value).toBeCloseTo((300 * 0.44 + 100 * 0.3125) / 1550, 14);
    expect(c.get('POL>CAN@2021')!.value).toBeCloseTo((1500 * 0.52) / 2000, 14); // 310420: (1000² + 1500²)/2500² = 0.52
    expect(c.get('UKR>RUS@2021')!.value).toBeCloseTo((6 * 0.4) / 10, 14);
    expect(c.get('BLR>RUS@2022')!.value).toBeCloseTo(700 / 800, 14);
  });

  it('product.dependent_import_share: goods passing HHI_imports > 0.4, HHI_world > 0.4, imports > exports', async () => {
    const d = await values('product.dependent_import_share');
    // BLR: crude 600 and LNG 100 (one supplier, one exporter), laptops (HHI 0.44 and 0.44) pass; cars fail the world
    // test (0.3125); milk fails the ratio (imports 150 < exports 500). From RUS: 600 + 100 + 100 of 1550.
    expect(d.get('BLR>RUS@2021')!.value).toBeCloseTo(800 / 1550, 14);
    expect(d.get('BLR>RUS@2021')!.flags).toBe('hs6');
    expect(d.get('BLR>DEU@2021')!.value).toBeCloseTo(300 / 1550, 14);
    expect(d.get('BLR>POL@2021')!.value).toBe(0);
    expect(d.get('RUS>BLR@2021')!.value).toBeCloseTo(1000 / 1600, 14); // potash and milk (RUS exports 100 milk < 500)
    expect(d.get('RUS>JPN@2021')!.value).toBe(0);
    expect(d.get('POL>CAN@2021')!.value).toBeCloseTo(0.75, 14);
    // 720851 to UKR: HHI = (36 + 4)/100 = 0.4 exactly, not above the threshold; UKR exports nothing at all
    expect(d.get('UKR>RUS@2021')).toMatchObject({ value: 0, flags: 'hs6,missing:exports' });
    expect(d.get('BLR>KAZ@2022')!.value).toBeCloseTo(100 / 800, 14);
    expect(d.get('BLR>KAZ@2022')!.flags).toBe('hs6,exporter_declared');
  });

  it('the additive shares get group rows (the subject\'s total is every counterpart\'s denominator)', async () => {
    const groups = [
      { dataset: 'country_groups', group_id: 'EU', member: 'DEU', from_year: 1958, to_year: null, source: 'x' },
      { dataset: 'country_groups', group_id: 'EU', member: 'POL', from_year: 2004, to_year: null, source: 'x' },
    ];
    const { sql } = await runMetric('product.dependent_import_share', { ...HAND, country_group: groups });
    const eu = sql.find((r) => r.subject === 'BLR' && r.counterpart === 'EU' && r.year === 2021)!;
    expect(eu.value).toBeCloseTo(300 / 1550, 14); // DEU 300 + POL 0
    expect(eu.flags).toBe('group');
  });
});

// ---- SYNTHETIC data: random product flows, clearly not real ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'CHN', 'UKR', 'KAZ'];
const CODES = ['270900', '271121', '271111', '271012', '310420', '847130', '870323', '040110', '100199', '720851', '010130', '999999'];

function syntheticProducts(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const trade_product: Row[] = [];
  for (const year of [2019, 2020, 2021]) {
    for (const [dataset, digits] of [['synthetic_a', 6], ['synthetic_b', 4]] as const) {
      for (const e of STATES) {
        for (const i of STATES) {
          if (e === i || r() < 0.4) continue;
          for (const code of CODES) {
            if (r() < 0.5) continue;
            const reporter = dataset === 'synthetic_b' ? (r() < 0.5 ? i : e) : null;
            const value = r() < 0.05 ? null : r() < 0.05 ? 0 : Math.round(r() * 1000) + 1;
            trade_product.push(tp(dataset, year, e, i, code.slice(0, digits), value, reporter));
            if (r() < 0.2) trade_product.push(tp(dataset, year, e, i, code.slice(0, 2), Math.round(r() * 5000), reporter)); // coarser totals
          }
        }
        if (r() < 0.5) for (const code of CODES) if (r() < 0.6) trade_product.push(tp('synthetic_world', year, e, null, code.slice(0, 2), Math.round(r() * 1000) + 1));
      }
    }
  }
  const hs_bec = CODES.flatMap((c, k) => (c === '999999' ? [] : [bec(c, ['31', '322', '32', '22', '41', '51', '112', '111', '22', '111'][k % 10]!)]))
    .concat([bec('010130', '41', 'n:n')]);
  return { trade_product, hs_bec };
}

describe('product metrics: SQL = TS reference (synthetic data)', () => {
  itMatchesReference(PRODUCT_METRICS, syntheticProducts(13));
});

// ---- the HS 2017 → BEC Rev.4 importer ----

describe('unsdHsBecImporter', () => {
  let ctx: ImportContext;
  beforeAll(async () => {
    ctx = { dataDir: 'data', countries: await countries() };
  });

  it('loads subheading × BEC rows and quarantines bad codes, relationships and repeated pairs', async () => {
    const label = 'fixture/hs2017_bec4.csv';
    await withImport(unsdHsBecImporter(ctx, { path: 'test/fixtures/unsd_hs2017_bec4/hs2017_bec4.csv', label }), async (db, reports, quarantine) => {
      expect(reports.map(({ read, loaded, quarantined }) => ({ read, loaded, quarantined }))).toEqual([{ read: 9, loaded: 5, quarantined: 4 }]);
      expect(quarantine.map((q) => [q.line, q.field, q.reason])).toEqual([
        [5, 'HS 2017', 'not a 6-digit HS subheading'],
        [8, 'BEC', 'not a BEC Rev.4 category'],
        [9, 'Relationship', 'relationship must be n:1 or n:n'],
        [10, 'HS 2017, BEC', 'duplicate key (HS 2017, BEC) = (270900,31), first seen at line 2'],
      ]);
      expect(await db.all('SELECT hs6, bec, relationship FROM hs_bec ORDER BY hs6, bec')).toEqual([
        { hs6: '010130', bec: '111', relationship: 'n:n' }, { hs6: '010130', bec: '41', relationship: 'n:n' },
        { hs6: '270900', bec: '31', relationship: 'n:1' }, { hs6: '271012', bec: '32', relationship: 'n:1' },
        { hs6: '870323', bec: '51', relationship: 'n:1' },
      ]);
    });
  });

  it('loads the whole UNSD table from data-src without a quarantined row', async () => {
    const file = { path: 'data-src/unsd_hs2017_bec4/hs2017_bec4.csv', label: 'unsd_hs2017_bec4/hs2017_bec4.csv' };
    await withImport(unsdHsBecImporter(ctx, file), async (db, reports) => {
      expect(reports[0]).toMatchObject({ read: 5511, loaded: 5511, quarantined: 0 });
      const c = endUseClassTs({ hs_bec: await db.all('SELECT * FROM hs_bec') });
      // crude oil and gaseous natural gas are primary, LNG and potassium chloride processed intermediates,
      // laptops capital, cars outside the SNA classes, refined oils (32) and chapter 27 as a whole unallocated
      expect([c.get('270900'), c.get('271121'), c.get('271111'), c.get('310420'), c.get('847130'), c.get('870323')])
        .toEqual(['primary', 'primary', 'intermediate', 'intermediate', 'capital', 'unallocated']);
      expect([c.get('271019'), c.get('27'), c.get('2709'), c.get('0401')]).toEqual(['unallocated', 'unallocated', 'primary', 'consumption']);
      expect(await db.one('SELECT COUNT(DISTINCT hs6)::INTEGER AS n FROM hs_bec')).toEqual({ n: 5386 });
    });
  });
});

// ---- REAL data: the built database (OTS 2017 exports to the world by HS chapter) ----

describe('product metrics on the built database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openBuiltDb();
  });
  afterAll(() => db?.close());

  it("product.export_hhi_hs2 2017 equals Σ share² recomputed from OTS's chapters (99 left out): Kazakhstan and Russia far above Belarus", async () => {
    const stored = await db.all<{ subject: string; value: number; flags: string }>(
      `SELECT subject, value, flags FROM metric_value WHERE metric = 'product.export_hhi_hs2' AND year = 2017 AND subject IN ('BLR', 'KAZ', 'RUS') ORDER BY subject`);
    const byHand = await db.all<{ exporter: string; hhi: number; top: number }>(
      `SELECT exporter, SUM(value_usd * value_usd) / (SUM(value_usd) * SUM(value_usd)) AS hhi, MAX(value_usd) / SUM(value_usd) AS top
         FROM trade_product WHERE dataset = 'ots_exports_by_hs2_2017' AND exporter IN ('BLR', 'KAZ', 'RUS') AND product <> '99'
        GROUP BY exporter ORDER BY exporter`);
    expect(stored.map((r) => r.subject)).toEqual(['BLR', 'KAZ', 'RUS']);
    stored.forEach((r, i) => {
      expect(r.value).toBeCloseTo(byHand[i]!.hhi, 12);
      expect(r.flags).toBe('hs2');
      expect(r.value).toBeGreaterThanOrEqual(byHand[i]!.top ** 2); // the largest chapter alone
    });
    // Russia: chapter 27 is 224.5 of 394.6 bn US$ (56.9 %), HHI 0.3334; Kazakhstan 0.4216; Belarus 0.0908
    expect(stored.map((r) => Number(r.value.toFixed(4)))).toEqual([0.0908, 0.4216, 0.3334]);
    const n = await db.one<{ n: number }>(`SELECT COUNT(*)::INTEGER AS n FROM metric_value WHERE metric = 'product.export_hhi_hs2' AND year = 2017`);
    expect(n!.n).toBe(224); // every OTS exporter
  });

  it('the bundled data hold no bilateral product rows, so the dyad metrics have no rows (not zeros)', async () => {
    const bilateral = await db.one<{ n: number }>('SELECT COUNT(*)::INTEGER AS n FROM trade_product WHERE importer IS NOT NULL');
    const dyad = await db.one<{ n: number }>(
      `SELECT COUNT(*)::INTEGER AS n FROM metric_value WHERE metric LIKE 'product.%' AND metric <> 'product.export_hhi_hs2'`);
    if (bilateral!.n === 0) expect(dyad!.n).toBe(0);
    else expect(dyad!.n).toBeGreaterThan(0);
  });
});
