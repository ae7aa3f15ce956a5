import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryResolver } from '../../src/core/countries/resolver.js';
import { UNDESA_MIGRANT_STOCK, undesaMigrantStockImporter } from '../../src/importers/from-undesa-migrant-stock.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURE = { path: 'test/fixtures/undesa_migrant_stock_2019/migrant_stock.csv', label: 'migrant_stock.csv' };
const REAL = `${UNDESA_MIGRANT_STOCK}/migrant_stock_by_origin_destination_1990_2019.csv.gz`;

let resolver: CountryResolver;
beforeAll(async () => {
  resolver = await countries();
});

describe('undesaMigrantStockImporter on a fixture', () => {
  it('loads corridors and quarantines bad rows', async () => {
    await withImport(undesaMigrantStockImporter({ dataDir: 'data', countries: resolver }, FIXTURE), async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([['migrant_stock.csv', 12, 4, 8]]);
      expect(quarantine).toEqual([
        { file: 'migrant_stock.csv', line: 4, field: 'destination_iso3', reason: 'country name not mapped to ISO3 by the publisher ("NA")' },
        { file: 'migrant_stock.csv', line: 7, field: null, reason: 'expected 4 fields, found 1 (delimiter ";"?)' },
        { file: 'migrant_stock.csv', line: 8, field: 'destination_iso3', reason: 'unknown country code XXX' },
        {
          file: 'migrant_stock.csv', line: 9, field: 'origin_iso3, destination_iso3, year',
          reason: 'duplicate key (origin_iso3, destination_iso3, year) = (RUS,BLR,1990), first seen at line 5',
        },
        { file: 'migrant_stock.csv', line: 10, field: 'migrants', reason: 'not a number: "many"' },
        { file: 'migrant_stock.csv', line: 11, field: null, reason: 'expected 4 fields, found 3' },
        {
          file: 'migrant_stock.csv', line: 12, field: 'destination_iso3',
          reason: 'same country as origin_iso3 (BLR): not an international corridor',
        },
        { file: 'migrant_stock.csv', line: 13, field: 'year', reason: 'not an integer: "1989.5"' },
      ]);
      const rows = await db.all('SELECT dataset, year, origin, destination, migrants FROM migrant_stock ORDER BY origin, destination, year');
      const d = UNDESA_MIGRANT_STOCK;
      expect(rows).toEqual([
        { dataset: d, year: 1990, origin: 'BLR', destination: 'RUS', migrants: 809353 },
        { dataset: d, year: 2019, origin: 'BLR', destination: 'RUS', migrants: 764120 },
        { dataset: d, year: 1990, origin: 'RUS', destination: 'BLR', migrants: 791522 },
        { dataset: d, year: 2019, origin: 'UKR', destination: 'POL', migrants: 218716 },
      ]);
    });
  });
});

describe('undesaMigrantStockImporter on the bundled file', () => {
  it('reconciles the row count with the README and reads back the Belarus–Russia stocks it quotes', async () => {
    await withImport(undesaMigrantStockImporter({ dataDir: 'data', countries: resolver }), async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([[REAL, 76431, 76431 - 62, 62]]);
      // Every quarantined row is a corridor whose UN area name the publisher could not map to ISO3 ("NA").
      expect(new Set(quarantine.map((q) => q.reason))).toEqual(new Set(['country name not mapped to ISO3 by the publisher ("NA")']));
      const stock = async (origin: string, destination: string, year: number) =>
        (await db.one<{ m: number }>('SELECT migrants AS m FROM migrant_stock WHERE origin = ? AND destination = ? AND year = ?',
          [origin, destination, year]))?.m;
      expect(await stock('BLR', 'RUS', 1990)).toBe(809353);
      expect(await stock('BLR', 'RUS', 2019)).toBe(764120);
      expect(await stock('RUS', 'BLR', 1990)).toBe(791522);
      expect(await stock('RUS', 'BLR', 2019)).toBe(673880);
      const years = await db.all<{ year: number }>('SELECT DISTINCT year FROM migrant_stock ORDER BY year');
      expect(years.map((r) => r.year)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2019]);
    });
  });
});
