import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryResolver } from '../../src/core/countries/resolver.js';
import { PRESS_GAS_PRICES, pressGasPricesImporter } from '../../src/importers/from-press-gas-prices.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURE = { path: 'test/fixtures/belarus_russian_gas_prices_press/prices.csv', label: 'prices.csv' };
const UDF_2010 = 'https://udf.by/english/economy/7420-contract-price-of-russian-gas-for-belarus-was-122.html';
const NGW_2020 = 'https://naturalgasworld.com/gazprom-belarus-agree-pricing-for-russian-gas-in-2020-76531';

let resolver: CountryResolver;
beforeAll(async () => {
  resolver = await countries();
});

describe('pressGasPricesImporter on a fixture', () => {
  it('loads prices with their sources and quarantines bad rows', async () => {
    await withImport(pressGasPricesImporter({ dataDir: 'data', countries: resolver }, FIXTURE), async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([['prices.csv', 9, 3, 6]]);
      expect(quarantine).toEqual([
        { file: 'prices.csv', line: 5, field: null, reason: 'expected 9 fields, found 5' },
        { file: 'prices.csv', line: 6, field: 'importer_iso3', reason: 'unknown country code XYZ' },
        { file: 'prices.csv', line: 7, field: 'period_start', reason: 'not a month (YYYY-MM): "2019-13"' },
        { file: 'prices.csv', line: 8, field: 'price_usd_per_1000m3', reason: 'not a number: "about 127"' },
        {
          file: 'prices.csv', line: 9, field: 'importer_iso3, exporter_iso3, period_start',
          reason: 'duplicate key (importer_iso3, exporter_iso3, period_start) = (BLR,RUS,2004-07), first seen at line 2',
        },
        { file: 'prices.csv', line: 10, field: 'period_end', reason: 'period ends (2021-01) before it starts (2021-12)' },
      ]);
      const rows = await db.all('SELECT * FROM energy_price ORDER BY period_start, importer_label');
      const base = { dataset: PRESS_GAS_PRICES, fuel: 'gas', exporter: 'RUS', unit: 'USD/1000m3' };
      expect(rows).toEqual([
        {
          ...base, importer: 'BLR', importer_label: 'BLR', period_start: '2004-07', period_end: '2006-12', price: 46.68,
          price_kind: 'contract price', source: 'UDF.BY (citing RIA Novosti / Gazprom report), 2010-02-15', source_url: UDF_2010,
          note: '"compared with $46.68 in the previous two and a half years" (i.e. before 2007)',
        },
        {
          ...base, importer: 'BLR', importer_label: 'BLR', period_start: '2011-11', period_end: '2011-11', price: 244,
          price_kind: 'price being paid at the time', source: 'UDF.BY (citing V. Putin, 25 Nov 2011, via RIA Novosti)',
          source_url: 'https://udf.by/english/economy/50805-belarus-got-discount-on-russian-gas.html',
          note: '"Right now, Belarus is paying $244 per thousand cubic meters"',
        },
        {
          ...base, importer: null, importer_label: 'EUR_AVG', period_start: '2019-01', period_end: '2019-12', price: 203,
          price_kind: 'benchmark: Gazprom average price charged to European customers', source: 'Natural Gas World, 2020-02-14',
          source_url: NGW_2020, note: `"Gazprom charged its European customers on average $203/'000 m3 for gas last year"`,
        },
      ]);
    });
  });
});

describe('pressGasPricesImporter on the bundled file', () => {
  it('loads all 15 rows and the series the README quotes', async () => {
    await withImport(pressGasPricesImporter({ dataDir: 'data', countries: resolver }), async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
        [`${PRESS_GAS_PRICES}/belarus_russian_gas_import_prices.csv.gz`, 15, 15, 0],
      ]);
      expect(quarantine).toEqual([]);
      const belarus = await db.all<{ period_start: string; price: number }>(
        `SELECT period_start, price FROM energy_price WHERE importer = 'BLR' AND exporter = 'RUS' ORDER BY period_start`,
      );
      expect(belarus.map((r) => r.price)).toEqual([46.68, 100, 119, 128, 157.74, 115.6, 121.98, 244, 164, 168, 134, 127, 127, 128.5]);
      const benchmark = await db.all('SELECT importer, importer_label, period_start, price FROM energy_price WHERE importer IS NULL');
      expect(benchmark).toEqual([{ importer: null, importer_label: 'EUR_AVG', period_start: '2019-01', price: 203 }]);
      const missingSource = await db.one<{ n: number }>(
        'SELECT count(*)::INTEGER AS n FROM energy_price WHERE source IS NULL OR source_url IS NULL OR note IS NULL',
      );
      expect(missingSource?.n).toBe(0);
    });
  });
});
