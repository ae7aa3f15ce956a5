import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryResolver } from '../../src/core/countries/resolver.js';
import type { ImportContext } from '../../src/importers/context.js';
import { IMF_DOTS, imfDotsImporter } from '../../src/importers/from-imf-dots.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURES = 'test/fixtures/imf_dots_bilateral_trade';
const BILATERAL = 'fixture/dots_bilateral_trade.csv';
const TOTALS = 'fixture/dots_reporter_totals_world_eu.csv';

let ctx: ImportContext;
beforeAll(async () => {
  const resolver: CountryResolver = await countries();
  ctx = { dataDir: 'data', countries: resolver };
});

const fixture = () =>
  imfDotsImporter(ctx, {
    bilateral: { path: `${FIXTURES}/dots_bilateral_trade.csv`, label: BILATERAL },
    totals: { path: `${FIXTURES}/dots_reporter_totals_world_eu.csv`, label: TOTALS },
  });

describe('imfDotsImporter on the fixture', () => {
  it('loads directed rows with estimate flags and quarantines bad rows with file, line, field and reason', async () => {
    await withImport(fixture(), async (db, reports, quarantine) => {
      expect(reports.map(({ file, read, loaded, quarantined }) => ({ file, read, loaded, quarantined }))).toEqual([
        { file: BILATERAL, read: 13, loaded: 5, quarantined: 8 },
        { file: TOTALS, read: 6, loaded: 3, quarantined: 3 },
      ]);
      expect(quarantine).toEqual([
        { file: BILATERAL, line: 7, field: null, reason: 'expected 7 fields, found 1 (delimiter ";"?)' },
        { file: BILATERAL, line: 8, field: null, reason: 'expected 7 fields, found 4' },
        { file: BILATERAL, line: 9, field: 'exports_fob_musd', reason: 'not a number: "abc"' },
        { file: BILATERAL, line: 10, field: 'partner_iso3', reason: 'unknown country code XXX' },
        {
          file: BILATERAL, line: 11, field: 'reporter_iso3, partner_iso3, year',
          reason: 'duplicate key (reporter_iso3, partner_iso3, year) = (BLR,RUS,2013), first seen at line 2',
        },
        { file: BILATERAL, line: 12, field: 'exports_estimated', reason: 'expected 0 or 1: "2"' },
        { file: BILATERAL, line: 13, field: 'year', reason: 'missing value' },
        { file: BILATERAL, line: 14, field: 'exports_fob_musd', reason: 'negative trade value' },
        { file: TOTALS, line: 5, field: 'partner_iso3', reason: 'expected WLD or EUU, found ECS' },
        {
          file: TOTALS, line: 6, field: 'reporter_iso3, partner_iso3, year',
          reason: 'duplicate key (reporter_iso3, partner_iso3, year) = (BLR,WLD,2013), first seen at line 3',
        },
        { file: TOTALS, line: 7, field: 'reporter_iso3', reason: 'unknown country code QQQ' },
      ]);
      expect(await db.all('SELECT * FROM trade ORDER BY reporter, partner, year')).toEqual([
        {
          dataset: IMF_DOTS, year: 2013, reporter: 'BLR', partner: 'RUS', exports: 16837.46, imports: 22904.9581,
          exports_flag: 'reported', imports_flag: 'reported', exports_smoothed: null, imports_smoothed: null,
        },
        {
          dataset: IMF_DOTS, year: 1989, reporter: 'CSK', partner: 'SUN', exports: 4413.3296, imports: 4661.2477,
          exports_flag: 'reported', imports_flag: 'reported', exports_smoothed: null, imports_smoothed: null,
        },
        {
          dataset: IMF_DOTS, year: 1992, reporter: 'KAZ', partner: 'GRC', exports: null, imports: 0.05,
          exports_flag: null, imports_flag: 'estimated', exports_smoothed: null, imports_smoothed: null,
        },
        {
          dataset: IMF_DOTS, year: 2013, reporter: 'RUS', partner: 'BLR', exports: 20228.2861, imports: 13959.2618,
          exports_flag: 'reported', imports_flag: 'reported', exports_smoothed: null, imports_smoothed: null,
        },
        {
          dataset: IMF_DOTS, year: 1993, reporter: 'UKR', partner: 'BLX', exports: 12.47, imports: 43.26,
          exports_flag: 'estimated', imports_flag: 'estimated', exports_smoothed: null, imports_smoothed: null,
        },
      ]);
      expect(await db.all('SELECT * FROM trade_total ORDER BY reporter, partner_group')).toEqual([
        {
          dataset: IMF_DOTS, year: 2013, reporter: 'BLR', partner_group: 'EUU', exports: 9437.8081, imports: 10107.4224,
          exports_flag: 'reported', imports_flag: 'reported',
        },
        {
          dataset: IMF_DOTS, year: 2013, reporter: 'BLR', partner_group: 'WLD', exports: 37132.3006, imports: 43022.5503,
          exports_flag: 'reported', imports_flag: 'reported',
        },
        {
          dataset: IMF_DOTS, year: 1991, reporter: 'SUN', partner_group: 'WLD', exports: 44577.2078, imports: 48384.5592,
          exports_flag: 'reported', imports_flag: 'reported',
        },
      ]);
    });
  });
});

/** Belarus-reported 2013 exports + imports over all partners, summed straight from the gz text. */
async function rawBelarus2013(path: string): Promise<{ rows: number; total: number }> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let rows = 0;
  let total = 0;
  for await (const line of lines) {
    const [reporter, , year, exports, imports] = line.split(',');
    if (reporter !== 'BLR' || year !== '2013') continue;
    rows++;
    total += (exports ? Number(exports) : 0) + (imports ? Number(imports) : 0);
  }
  return { rows, total };
}

describe('imfDotsImporter on the bundled DOTS files', () => {
  it('reconciles row counts and Belarus 2013 with the raw file and the README', async () => {
    const importer = imfDotsImporter(ctx);
    const raw = await rawBelarus2013(importer.files[0]!.path);
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports.map(({ file, read, loaded, quarantined }) => ({ file, read, loaded, quarantined }))).toEqual([
        { file: `${IMF_DOTS}/dots_bilateral_trade.csv.gz`, read: 459_708, loaded: 459_708, quarantined: 0 },
        { file: `${IMF_DOTS}/dots_reporter_totals_world_eu.csv.gz`, read: 20_484, loaded: 20_484, quarantined: 0 },
      ]);
      expect(quarantine).toEqual([]);

      const blr = await db.one<{ rows: number; total: number }>(
        `SELECT count(*)::INTEGER AS rows, sum(coalesce(exports, 0) + coalesce(imports, 0)) AS total
         FROM trade WHERE dataset = ? AND reporter = 'BLR' AND year = 2013`,
        [IMF_DOTS],
      );
      expect(raw.rows).toBeGreaterThan(100);
      expect(blr!.rows).toBe(raw.rows);
      expect(blr!.total).toBeCloseTo(raw.total, 6);

      // README, notes: 2013, Belarus imports from Russia 22,905, exports 16,837; Russia exports to Belarus 20,228.
      const pair = await db.all(
        `SELECT reporter, partner, exports, imports, exports_flag, imports_flag FROM trade
         WHERE dataset = ? AND year = 2013 AND reporter IN ('BLR', 'RUS') AND partner IN ('BLR', 'RUS') ORDER BY reporter`,
        [IMF_DOTS],
      );
      expect(pair).toEqual([
        { reporter: 'BLR', partner: 'RUS', exports: 16837.46, imports: 22904.9581, exports_flag: 'reported', imports_flag: 'reported' },
        { reporter: 'RUS', partner: 'BLR', exports: 20228.2861, imports: 13959.2618, exports_flag: 'reported', imports_flag: 'reported' },
      ]);
      const world = await db.one(
        `SELECT exports, imports FROM trade_total WHERE dataset = ? AND reporter = 'BLR' AND partner_group = 'WLD' AND year = 2013`,
        [IMF_DOTS],
      );
      expect(world).toEqual({ exports: 37132.3006, imports: 43022.5503 });

      // README: about 9% of export and 5% of import values are IMF estimates; none of Belarus's own reports.
      const flags = await db.one(
        `SELECT count(*) FILTER (exports_flag = 'estimated')::INTEGER AS exports_estimated,
                count(*) FILTER (imports_flag = 'estimated')::INTEGER AS imports_estimated,
                count(*) FILTER (reporter = 'BLR' AND 'estimated' IN (exports_flag, imports_flag))::INTEGER AS blr_estimated
         FROM trade WHERE dataset = ?`,
        [IMF_DOTS],
      );
      expect(flags).toEqual({ exports_estimated: 42_786, imports_estimated: 21_460, blr_estimated: 0 });
    });
  });
});
