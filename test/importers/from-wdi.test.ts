import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { readCsv } from '../../src/importers/csv-reader.js';
import { WDI, wdiImporter } from '../../src/importers/from-wdi.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURES = 'test/fixtures/worldbank_wdi';
const file = (name: string) => ({ path: `${FIXTURES}/${name}.csv`, label: `fixture/${name}.csv` });

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const counts = (reports: Array<{ file: string; read: number; loaded: number; quarantined: number }>) =>
  reports.map(({ file, read, loaded, quarantined }) => ({ file, read, loaded, quarantined }));

describe('wdiImporter on the fixture', () => {
  it('keeps aggregates flagged, quarantines unknown codes and bad rows', async () => {
    const importer = wdiImporter(ctx, {
      gdp: file('gdp'), population: file('population'), selected: file('selected'), metadata: file('metadata'),
    });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(counts(reports)).toEqual([
        { file: 'fixture/metadata.csv', read: 4, loaded: 2, quarantined: 2 },
        { file: 'fixture/gdp.csv', read: 10, loaded: 4, quarantined: 6 },
        { file: 'fixture/population.csv', read: 3, loaded: 2, quarantined: 1 },
        { file: 'fixture/selected.csv', read: 6, loaded: 4, quarantined: 2 },
      ]);
      expect(quarantine).toEqual([
        { file: 'fixture/gdp.csv', line: 6, field: 'country_code', reason: 'unknown country or aggregate code ZZZ' },
        {
          file: 'fixture/gdp.csv', line: 7, field: 'country_code, year',
          reason: 'duplicate key (country_code, year) = (BLR,2013), first seen at line 2',
        },
        { file: 'fixture/gdp.csv', line: 8, field: 'value', reason: 'missing value' },
        { file: 'fixture/gdp.csv', line: 9, field: 'value', reason: 'not a number: "n/a"' },
        { file: 'fixture/gdp.csv', line: 10, field: null, reason: 'expected 3 fields, found 1 (delimiter "\\t"?)' },
        { file: 'fixture/gdp.csv', line: 11, field: 'year', reason: 'year out of range 1800–2100' },
        {
          file: 'fixture/metadata.csv', line: 4, field: 'indicator',
          reason: 'duplicate key (indicator) = (EG.IMP.CONS.ZS), first seen at line 2',
        },
        { file: 'fixture/metadata.csv', line: 5, field: 'rows_in_this_extract', reason: 'not a number: "many"' },
        { file: 'fixture/population.csv', line: 4, field: null, reason: 'expected 3 fields, found 2' },
        {
          file: 'fixture/selected.csv', line: 6, field: 'indicator, country_code, year',
          reason: 'duplicate key (indicator, country_code, year) = (DT.DOD.DIMF.CD,BLR,2013), first seen at line 5',
        },
        { file: 'fixture/selected.csv', line: 7, field: 'indicator', reason: 'missing value' },
      ]);
      const row = (code: string, country: string, year: number, value: number, is_aggregate = false) =>
        ({ dataset: WDI, year, country, is_aggregate, code, value });
      expect(await db.all('SELECT * FROM indicator ORDER BY code, country, year')).toEqual([
        row('DT.DOD.DIMF.CD', 'BLR', 2013, 1931908288.4),
        row('EG.IMP.CONS.ZS', 'BLR', 2010, 84.9797087734985),
        row('EG.IMP.CONS.ZS', 'BLR', 2013, 86.7268926963897),
        row('EG.IMP.CONS.ZS', 'ECS', 2013, 4.11732265212359, true),
        row('NY.GDP.MKTP.CD', 'BLR', 2013, 75527558966.4473),
        row('NY.GDP.MKTP.CD', 'EUU', 2013, 15398511081475.3, true),
        row('NY.GDP.MKTP.CD', 'WLD', 2013, 78171001460419, true),
        row('NY.GDP.MKTP.CD', 'XKX', 2013, 6735327512.05178),
        row('SP.POP.TOTL', 'BLR', 2013, 9443211),
        row('SP.POP.TOTL', 'WLD', 2013, 7265404737, true),
      ]);
      const meta = await db.all('SELECT dataset, code, title, licence, left(definition, 40) AS definition FROM indicator_meta ORDER BY code');
      expect(meta).toEqual([
        {
          dataset: WDI, code: 'DT.DOD.DIMF.CD', title: 'Use of IMF credit (DOD, current US$)', licence: 'CC-BY-4.0',
          definition: 'Use of IMF Credit: Data related to the o',
        },
        {
          dataset: WDI, code: 'EG.IMP.CONS.ZS', title: 'Energy imports, net (% of energy use)', licence: 'CC-BY-4.0',
          definition: 'Net energy imports are estimated as gros',
        },
      ]);
    });
  });
});

/** rows_in_this_extract per indicator, read straight from the metadata file (definitions span several lines). */
async function extractCounts(path: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let header = true;
  for await (const { fields } of readCsv(path)) {
    if (header) {
      header = false;
      continue;
    }
    out.set(fields[0]!, Number(fields.at(-1)));
  }
  return out;
}

describe('wdiImporter on the bundled WDI files', () => {
  it('reconciles rows with the README and the metadata, and reads Belarus back', async () => {
    const importer = wdiImporter(ctx);
    const expected = await extractCounts(importer.files[0]!.path);
    await withImport(importer, async (db, reports, quarantine) => {
      expect(counts(reports)).toEqual([
        { file: `${WDI}/wdi_indicator_metadata.csv.gz`, read: 34, loaded: 34, quarantined: 0 },
        { file: `${WDI}/gdp_current_usd_1960_2025.csv.gz`, read: 14_743, loaded: 14_743, quarantined: 0 },
        { file: `${WDI}/population_total_1960_2025.csv.gz`, read: 17_394, loaded: 17_394, quarantined: 0 },
        { file: `${WDI}/wdi_selected_indicators_1990_2025.csv.gz`, read: 220_308, loaded: 220_308, quarantined: 0 },
      ]);
      expect(quarantine).toEqual([]);

      // Every indicator keeps exactly the rows the metadata says this extract holds.
      const loaded = await db.all<{ code: string; n: number }>(
        `SELECT code, count(*)::INTEGER AS n FROM indicator WHERE dataset = ? AND code NOT IN ('NY.GDP.MKTP.CD', 'SP.POP.TOTL')
         GROUP BY code ORDER BY code`,
        [WDI],
      );
      expect(expected.size).toBe(34);
      expect(loaded).toEqual([...expected].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => ({ code, n })));

      const blr = await db.all(
        `SELECT code, value, is_aggregate FROM indicator WHERE dataset = ? AND country = 'BLR' AND year = 2013
         AND code IN ('NY.GDP.MKTP.CD', 'SP.POP.TOTL', 'EG.IMP.CONS.ZS') ORDER BY code`,
        [WDI],
      );
      expect(blr).toEqual([
        { code: 'EG.IMP.CONS.ZS', value: 86.7268926963897, is_aggregate: false },
        { code: 'NY.GDP.MKTP.CD', value: 75527558966.4473, is_aggregate: false },
        { code: 'SP.POP.TOTL', value: 9443211, is_aggregate: false },
      ]);
      const world = await db.one(
        `SELECT country, is_aggregate, value FROM indicator WHERE dataset = ? AND country = 'WLD' AND code = 'NY.GDP.MKTP.CD' AND year = 2013`,
        [WDI],
      );
      expect(world).toEqual({ country: 'WLD', is_aggregate: true, value: 78171001460419 });
    });
  });
});
