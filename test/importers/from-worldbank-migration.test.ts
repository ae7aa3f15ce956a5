import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryResolver } from '../../src/core/countries/resolver.js';
import { WB_MIGRATION, worldBankMigrationImporter } from '../../src/importers/from-worldbank-migration.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const DIR = 'test/fixtures/worldbank_bilateral_migration_remittances_2017';
const FILES = {
  remittances: { path: `${DIR}/remittances.csv`, label: 'remittances.csv' },
  stocks: { path: `${DIR}/stocks.csv`, label: 'stocks.csv' },
};
const NA_REASON = 'country name not mapped to ISO3 by the publisher ("NA")';

let resolver: CountryResolver;
beforeAll(async () => {
  resolver = await countries();
});

describe('worldBankMigrationImporter on fixtures', () => {
  it('loads remittances (sender = where migrants live) and stocks for 2017, and quarantines bad rows', async () => {
    await withImport(worldBankMigrationImporter({ dataDir: 'data', countries: resolver }, FILES), async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
        ['remittances.csv', 8, 3, 5],
        ['stocks.csv', 6, 2, 4],
      ]);
      expect(quarantine).toEqual([
        { file: 'remittances.csv', line: 5, field: 'receiving_iso3', reason: 'same country as sending_iso3 (VUT): not an international corridor' },
        { file: 'remittances.csv', line: 6, field: 'sending_iso3', reason: NA_REASON },
        { file: 'remittances.csv', line: 7, field: 'receiving_iso3', reason: 'unknown country code QQQ' },
        {
          file: 'remittances.csv', line: 8, field: 'sending_iso3, receiving_iso3',
          reason: 'duplicate key (sending_iso3, receiving_iso3) = (RUS,BLR), first seen at line 4',
        },
        { file: 'remittances.csv', line: 9, field: 'remittances_musd', reason: 'negative value' },
        { file: 'stocks.csv', line: 3, field: 'destination_iso3', reason: NA_REASON },
        { file: 'stocks.csv', line: 5, field: 'destination_iso3', reason: 'same country as origin_iso3 (VUT): not an international corridor' },
        { file: 'stocks.csv', line: 6, field: 'migrants', reason: 'missing value' },
        { file: 'stocks.csv', line: 7, field: null, reason: 'expected 3 fields, found 4' },
      ]);
      const d = WB_MIGRATION;
      expect(await db.all('SELECT dataset, year, sender, receiver, amount_musd FROM remittance ORDER BY sender, receiver')).toEqual([
        { dataset: d, year: 2017, sender: 'BLR', receiver: 'RUS', amount_musd: 494.802 },
        { dataset: d, year: 2017, sender: 'DEU', receiver: 'XKX', amount_musd: 388.607 },
        { dataset: d, year: 2017, sender: 'RUS', receiver: 'BLR', amount_musd: 545.167 },
      ]);
      expect(await db.all('SELECT dataset, year, origin, destination, migrants FROM migrant_stock ORDER BY origin')).toEqual([
        { dataset: d, year: 2017, origin: 'BLR', destination: 'RUS', migrants: 764819 },
        { dataset: d, year: 2017, origin: 'RUS', destination: 'BLR', migrants: 686316 },
      ]);
    });
  });
});

describe('worldBankMigrationImporter on the bundled files', () => {
  it('reconciles row counts with the README and reads back the Belarus–Russia corridor', async () => {
    await withImport(worldBankMigrationImporter({ dataDir: 'data', countries: resolver }), async (db, reports, quarantine) => {
      // Quarantined: 4 remittance and 14 stock rows with an unmapped name ("NA"), and the VUT → VUT cell of each file.
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
        [`${WB_MIGRATION}/bilateral_remittances_2017.csv.gz`, 11901, 11901 - 5, 5],
        [`${WB_MIGRATION}/bilateral_migrant_stocks_2017.csv.gz`, 14382, 14382 - 15, 15],
      ]);
      expect(quarantine.filter((q) => q.reason !== NA_REASON).map((q) => [q.file.split('/')[1], q.field, q.reason])).toEqual([
        ['bilateral_migrant_stocks_2017.csv.gz', 'destination_iso3', 'same country as origin_iso3 (VUT): not an international corridor'],
        ['bilateral_remittances_2017.csv.gz', 'receiving_iso3', 'same country as sending_iso3 (VUT): not an international corridor'],
      ]);
      const flow = async (sender: string, receiver: string) =>
        (await db.one<{ a: number }>('SELECT amount_musd AS a FROM remittance WHERE sender = ? AND receiver = ?', [sender, receiver]))?.a;
      expect((await flow('RUS', 'BLR'))?.toFixed(1)).toBe('545.2');
      expect((await flow('BLR', 'RUS'))?.toFixed(1)).toBe('494.8');
      // README: total estimated receipts of Belarus 1,200 million US$.
      const receipts = await db.one<{ total: number }>(`SELECT sum(amount_musd) AS total FROM remittance WHERE receiver = 'BLR'`);
      expect(Math.round(receipts!.total)).toBe(1200);
      const stock = await db.one(`SELECT year, migrants FROM migrant_stock WHERE origin = 'BLR' AND destination = 'RUS'`);
      expect(stock).toEqual({ year: 2017, migrants: 764819 });
    });
  });
});
