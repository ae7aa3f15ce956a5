import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { EUROSTAT_COMEXT, eurostatComextImporter } from '../../src/importers/from-eurostat-comext.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const LABEL = 'fixture/comext.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

describe('eurostatComextImporter on the fixture', () => {
  it('splits each row into TOTAL and HS 27, keeps empty as NULL and quarantines bad rows', async () => {
    const importer = eurostatComextImporter(ctx, { path: 'test/fixtures/eurostat_comext_eu_trade_russia_neighbours/comext.csv', label: LABEL });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([
        { dataset: EUROSTAT_COMEXT, file: LABEL, read: 10, loaded: 4, quarantined: 6, written: { trade_monthly: 8 } },
      ]);
      expect(quarantine).toEqual([
        { file: LABEL, line: 6, field: null, reason: 'expected 7 fields, found 1 (delimiter ";"?)' },
        { file: LABEL, line: 7, field: null, reason: 'expected 7 fields, found 5' },
        { file: LABEL, line: 8, field: 'total_export_eur', reason: 'not a number: ":"' },
        { file: LABEL, line: 9, field: 'month', reason: 'not a month (YYYY-MM)' },
        { file: LABEL, line: 10, field: 'partner_iso3', reason: 'unknown country code EU27' },
        {
          file: LABEL, line: 11, field: 'reporter_iso3, partner_iso3, month',
          reason: 'duplicate key (reporter_iso3, partner_iso3, month) = (LTU,BLR,2020-01), first seen at line 2',
        },
      ]);
      const row = (reporter: string, partner: string, month: string, product: string, imports_eur: number | null, exports_eur: number | null) =>
        ({ dataset: EUROSTAT_COMEXT, month, reporter, partner, product, imports_eur, exports_eur });
      expect(await db.all('SELECT * FROM trade_monthly ORDER BY reporter, partner, month, product')).toEqual([
        row('AUT', 'ARM', '2020-03', '27', null, 57000),
        row('AUT', 'ARM', '2020-03', 'TOTAL', 159666, 2103662),
        row('DEU', 'RUS', '2020-01', '27', 1363988997, 7957321),
        row('DEU', 'RUS', '2020-01', 'TOTAL', 2244634618, 1879731606),
        row('LTU', 'BLR', '2020-01', '27', 6825171, 861866),
        row('LTU', 'BLR', '2020-01', 'TOTAL', 53889157, 78040236),
        row('LTU', 'BLR', '2022-12', '27', null, null),
        row('LTU', 'BLR', '2022-12', 'TOTAL', null, null),
      ]);
    });
  });
});

describe('eurostatComextImporter on the bundled file', () => {
  it('reads all 6,804 rows and gives the README sums over the 27 members', async () => {
    await withImport(eurostatComextImporter(ctx), async (db, reports, quarantine) => {
      expect(reports).toEqual([
        {
          dataset: EUROSTAT_COMEXT, file: `${EUROSTAT_COMEXT}/eu_member_trade_with_russia_neighbours_monthly_2020_2022.csv.gz`,
          read: 6804, loaded: 6804, quarantined: 0, written: { trade_monthly: 13_608 },
        },
      ]);
      expect(quarantine).toEqual([]);
      const sums = await db.all(
        `SELECT partner, left(month, 4) AS year, product, count(DISTINCT reporter)::INTEGER AS reporters,
                sum(imports_eur) AS imports, sum(exports_eur) AS exports
         FROM trade_monthly WHERE dataset = ? AND partner IN ('RUS', 'BLR')
         GROUP BY ALL ORDER BY partner DESC, year, product DESC`,
        [EUROSTAT_COMEXT],
      );
      // README: imports from Russia 94.7 / 163.6 / 192.0 (Jan–Nov 2022) bn €, of which HS 27 59.8 / 104.0 / 139.8;
      // from Belarus 3.9 / 6.0 / 3.1 bn €, exports to Belarus 6.2 / 6.9 / 5.7 bn €.
      const s = (partner: string, year: string, product: string, imports: number, exports: number) =>
        ({ partner, year, product, reporters: 27, imports, exports });
      expect(sums).toEqual([
        s('RUS', '2020', 'TOTAL', 94_734_522_764, 78_987_025_219),
        s('RUS', '2020', '27', 59_808_721_066, 587_988_349),
        s('RUS', '2021', 'TOTAL', 163_629_873_918, 89_197_190_797),
        s('RUS', '2021', '27', 103_999_912_080, 794_171_486),
        s('RUS', '2022', 'TOTAL', 191_977_189_024, 50_806_848_160),
        s('RUS', '2022', '27', 139_843_357_803, 444_975_378),
        s('BLR', '2020', 'TOTAL', 3_913_353_006, 6_227_514_990),
        s('BLR', '2020', '27', 506_018_038, 59_981_437),
        s('BLR', '2021', 'TOTAL', 5_967_699_562, 6_906_458_558),
        s('BLR', '2021', '27', 1_212_034_209, 88_371_689),
        s('BLR', '2022', 'TOTAL', 3_046_501_017, 5_717_265_289),
        s('BLR', '2022', '27', 123_401_385, 58_636_621),
      ]);
      expect(Math.round(Number(sums[0]!.imports) / 1e8) / 10).toBe(94.7);
      // December 2022 was not yet published at extraction: every value NULL, none turned into 0.
      const dec = await db.one(
        `SELECT count(*)::INTEGER AS n, count(imports_eur)::INTEGER AS imports, count(exports_eur)::INTEGER AS exports
         FROM trade_monthly WHERE dataset = ? AND month = '2022-12'`,
        [EUROSTAT_COMEXT],
      );
      expect(dec).toEqual({ n: 378, imports: 0, exports: 0 });
    });
  });
});
