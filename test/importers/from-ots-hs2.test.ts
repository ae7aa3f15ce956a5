import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { OTS_HS2, otsHs2Importer } from '../../src/importers/from-ots-hs2.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURES = 'test/fixtures/ots_exports_by_hs2_2017';
const SECTIONS = 'fixture/sections.csv';
const EXPORTS = 'fixture/exports.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const counts = (reports: Array<{ file: string; read: number; loaded: number; quarantined: number }>) =>
  reports.map(({ file, read, loaded, quarantined }) => ({ file, read, loaded, quarantined }));

describe('otsHs2Importer on the fixture', () => {
  it('keeps HS chapters with their leading zero, exports to the world, and quarantines bad rows', async () => {
    const importer = otsHs2Importer(ctx, {
      sections: { path: `${FIXTURES}/sections.csv`, label: SECTIONS },
      exports: { path: `${FIXTURES}/exports.csv`, label: EXPORTS },
    });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(counts(reports)).toEqual([
        { file: SECTIONS, read: 7, loaded: 4, quarantined: 3 },
        { file: EXPORTS, read: 10, loaded: 4, quarantined: 6 },
      ]);
      expect(quarantine).toEqual([
        { file: EXPORTS, line: 6, field: null, reason: 'expected 4 fields, found 1 (delimiter ";"?)' },
        { file: EXPORTS, line: 7, field: 'hs2', reason: 'not a 2-digit HS chapter' },
        { file: EXPORTS, line: 8, field: 'export_value_usd', reason: 'missing value' },
        { file: EXPORTS, line: 9, field: 'export_value_usd', reason: 'not a number: "1.59e9x"' },
        { file: EXPORTS, line: 10, field: 'reporter_iso3', reason: 'unknown country code XYZ' },
        {
          file: EXPORTS, line: 11, field: 'reporter_iso3, hs2',
          reason: 'duplicate key (reporter_iso3, hs2) = (BLR,27), first seen at line 3',
        },
        { file: SECTIONS, line: 6, field: 'hs2', reason: 'not a 2-digit HS chapter' },
        { file: SECTIONS, line: 7, field: 'hs2', reason: 'duplicate key (hs2) = (27), first seen at line 3' },
        { file: SECTIONS, line: 8, field: null, reason: 'expected 3 fields, found 2' },
      ]);
      const row = (exporter: string, product: string, value_usd: number) => ({
        dataset: OTS_HS2, year: 2017, exporter, importer: null, reporter: null, product, classification: 'HS2', value_usd,
        quantity: null, quantity_unit: null,
      });
      expect(await db.all('SELECT * FROM trade_product ORDER BY exporter, product')).toEqual([
        row('BLR', '04', 2202055485),
        row('BLR', '27', 7162725643),
        row('BLR', '31', 2925350338),
        row('RUS', '27', 224497807273),
      ]);
      const group = (product: string, section_code: string, section_name: string) =>
        ({ dataset: OTS_HS2, classification: 'HS2', product, section_code, section_name });
      expect(await db.all('SELECT * FROM product_group ORDER BY product')).toEqual([
        group('04', '01', 'Live animals and animal products'),
        group('27', '05', 'Mineral products'),
        group('31', '06', 'Product of the chemicals or allied industries'),
        group('99', '99', 'Unspecified'),
      ]);
    });
  });
});

describe('otsHs2Importer on the bundled files', () => {
  it('reconciles rows with the README and gives its Belarus and Russia figures', async () => {
    await withImport(otsHs2Importer(ctx), async (db, reports, quarantine) => {
      expect(counts(reports)).toEqual([
        { file: `${OTS_HS2}/hs2_to_hs_section.csv.gz`, read: 98, loaded: 97, quarantined: 1 },
        { file: `${OTS_HS2}/ots_exports_by_hs2_2017.csv.gz`, read: 19_407, loaded: 19_407, quarantined: 0 },
      ]);
      // The lookup's last row maps the pseudo-chapter "al" (OTS "all products", cut to two characters).
      expect(quarantine).toEqual([
        { file: `${OTS_HS2}/hs2_to_hs_section.csv.gz`, line: 99, field: 'hs2', reason: 'not a 2-digit HS chapter' },
      ]);
      // README: Belarus 2017 total 30.3 bn US$; HS 27 7.16 bn (23.6 %), 31 2.93 bn, 87 2.45 bn, 04 2.20 bn, 84 1.59 bn.
      const blr = await db.all<{ product: string; value: number; share: number }>(
        `SELECT product, value_usd AS value, value_usd / sum(value_usd) OVER () AS share
         FROM trade_product WHERE dataset = ? AND exporter = 'BLR' ORDER BY value_usd DESC LIMIT 5`,
        [OTS_HS2],
      );
      expect(blr.map((r) => [r.product, r.value])).toEqual([
        ['27', 7162725643], ['31', 2925350338], ['87', 2447309664], ['04', 2202055485], ['84', 1593276076],
      ]);
      expect(blr[0]!.share).toBeCloseTo(0.236198, 6);
      const totals = await db.one<{ blr: number; world: number; rus27: number; rusShare: number; exporters: number }>(
        `SELECT sum(value_usd) FILTER (exporter = 'BLR') AS blr, sum(value_usd) AS world,
                sum(value_usd) FILTER (exporter = 'RUS' AND product = '27') AS rus27,
                sum(value_usd) FILTER (exporter = 'RUS' AND product = '27') / sum(value_usd) FILTER (exporter = 'RUS') AS "rusShare",
                count(DISTINCT exporter)::INTEGER AS exporters
         FROM trade_product WHERE dataset = ?`,
        [OTS_HS2],
      );
      expect(totals!.blr).toBe(30_325_109_069);
      expect(totals!.rus27).toBe(224_497_807_273);
      expect(totals!.rusShare).toBeCloseTo(0.552921, 6);
      expect(totals!.world / 1e12).toBeCloseTo(20.08, 2);
      expect(totals!.exporters).toBe(224);
    });
  });
});
