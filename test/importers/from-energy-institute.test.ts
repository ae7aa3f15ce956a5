import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryResolver } from '../../src/core/countries/resolver.js';
import { ENERGY_INSTITUTE, energyInstituteImporter } from '../../src/importers/from-energy-institute.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const DIR = 'test/fixtures/energy_institute_statistical_review';
const fixture = (name: string) => ({ path: `${DIR}/${name}.csv`, label: `${name}.csv` });
const FILES = { gas: fixture('gas'), oil: fixture('oil'), series: fixture('series'), variables: fixture('variables') };
const ED17 = 'BP Statistical Review of World Energy 2017';
const ED21 = 'BP Statistical Review of World Energy 2021';
const ED24 = 'Energy Institute Statistical Review of World Energy 2024';

let resolver: CountryResolver;
beforeAll(async () => {
  resolver = await countries();
});

describe('energyInstituteImporter on fixtures', () => {
  it('loads gas and oil flows with state codes only for states, and quarantines bad rows', async () => {
    const importer = energyInstituteImporter({ dataDir: 'data', countries: resolver }, FILES);
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
        ['gas.csv', 12, 5, 7],
        ['oil.csv', 8, 5, 3],
        ['variables.csv', 4, 2, 2],
        ['series.csv', 15, 10, 5],
      ]);
      expect(quarantine.filter((q) => q.file === 'gas.csv')).toEqual([
        { file: 'gas.csv', line: 7, field: null, reason: 'expected 7 fields, found 1 (delimiter ";"?)' },
        { file: 'gas.csv', line: 8, field: null, reason: 'expected 7 fields, found 6' },
        { file: 'gas.csv', line: 9, field: 'bcm', reason: 'not a number: "n/a"' },
        { file: 'gas.csv', line: 10, field: 'importer', reason: 'unknown country "Narnia"' },
        {
          file: 'gas.csv', line: 11, field: 'edition, data_year, mode, exporter, importer',
          reason: `duplicate key (edition, data_year, mode, exporter, importer) = (${ED17},2016,pipeline,Russian Federation,Belarus), first seen at line 2`,
        },
        { file: 'gas.csv', line: 12, field: 'bcm', reason: 'missing value' },
        { file: 'gas.csv', line: 13, field: 'mode', reason: 'expected pipeline or lng' },
      ]);
      expect(quarantine.filter((q) => q.file === 'oil.csv')).toEqual([
        { file: 'oil.csv', line: 7, field: 'to_region', reason: 'unknown trading area "Atlantis"' },
        { file: 'oil.csv', line: 8, field: 'product', reason: 'expected crude or product' },
        {
          file: 'oil.csv', line: 9, field: 'edition, data_year, product, from_region, to_region',
          reason: `duplicate key (edition, data_year, product, from_region, to_region) = (${ED21},2020,crude,Russia,China), first seen at line 3`,
        },
      ]);
      const flows = await db.all(
        `SELECT dataset, year, fuel, mode, exporter, importer, exporter_label, importer_label, importer_is_region_total,
                volume, unit, edition FROM energy_flow ORDER BY fuel, year, exporter_label, importer_label`,
      );
      const row = (year: number, fuel: string, mode: string | null, exporter: string | null, importer: string | null,
        exporterLabel: string, importerLabel: string, total: boolean, volume: number, unit: string, edition: string) => ({
        dataset: ENERGY_INSTITUTE, year, fuel, mode, exporter, importer, exporter_label: exporterLabel,
        importer_label: importerLabel, importer_is_region_total: total, volume, unit, edition,
      });
      expect(flows).toEqual([
        row(2020, 'crude', null, 'RUS', 'CHN', 'Russia', 'China', false, 83.445085, 'Mt', ED21),
        row(2020, 'crude', null, 'RUS', null, 'Russia', 'Other CIS', false, 14.84723, 'Mt', ED21),
        row(2023, 'crude', null, null, null, 'Other CIS', 'Europe', false, 72.717368, 'Mt', ED24),
        row(2023, 'crude', null, 'ARE', 'JPN', 'UAE', 'Japan', false, 48.593406, 'Mt', ED24),
        row(2016, 'gas', 'pipeline', null, 'FRA', 'Other Europe', 'France', false, 0.56606, 'bcm', ED17),
        row(2016, 'gas', 'pipeline', 'RUS', 'BLR', 'Russian Federation', 'Belarus', false, 16.636852, 'bcm', ED17),
        row(2016, 'gas', 'pipeline', 'RUS', null, 'Russian Federation', 'CIS', true, 24.653731, 'bcm', ED17),
        row(2016, 'gas', 'pipeline', 'RUS', null, 'Russian Federation', 'Other CIS', false, 4.450183, 'bcm', ED17),
        row(2016, 'gas', 'lng', 'TTO', 'USA', 'Trinidad & Tobago', 'US', false, 2.337418, 'bcm', ED17),
        row(2023, 'oil_products', null, 'RUS', null, 'Russian Federation', 'Europe', false, 12.5, 'Mt', ED24),
      ]);
    });
  });

  it('loads the country series with NULL for the zeros printed inside the USSR, and the variables', async () => {
    const importer = energyInstituteImporter({ dataDir: 'data', countries: resolver }, FILES);
    await withImport(importer, async (db, _reports, quarantine) => {
      expect(quarantine.filter((q) => q.file !== 'gas.csv' && q.file !== 'oil.csv')).toEqual([
        { file: 'series.csv', line: 12, field: 'value', reason: 'not a number: "abc"' },
        {
          file: 'series.csv', line: 13, field: 'variable, country, year',
          reason: 'duplicate key (variable, country, year) = (gas_consumption,Belarus,1985), first seen at line 3',
        },
        { file: 'series.csv', line: 14, field: 'country', reason: 'unknown country "Freedonia"' },
        { file: 'series.csv', line: 15, field: null, reason: 'expected 6 fields, found 5' },
        { file: 'series.csv', line: 16, field: 'is_aggregate', reason: 'missing value' },
        {
          file: 'variables.csv', line: 4, field: 'variable',
          reason: 'duplicate key (variable) = (gas_consumption), first seen at line 2',
        },
        { file: 'variables.csv', line: 5, field: null, reason: 'expected 4 fields, found 2' },
      ]);
      const balance = await db.all(
        `SELECT dataset, year, country, country_label, is_aggregate, variable, unit, value FROM energy_balance
         ORDER BY variable, country_label, year`,
      );
      const row = (variable: string, unit: string, country: string | null, label: string, aggregate: boolean, year: number, value: number | null) => ({
        dataset: ENERGY_INSTITUTE, year, country, country_label: label, is_aggregate: aggregate, variable, unit, value,
      });
      const bcm = 'Billion cubic metres';
      expect(balance).toEqual([
        row('gas_consumption', bcm, 'BLR', 'Belarus', false, 1984, null),
        row('gas_consumption', bcm, 'BLR', 'Belarus', false, 1985, 8.653184),
        row('gas_consumption', bcm, 'HRV', 'Croatia', false, 1984, 0),
        row('gas_consumption', bcm, null, 'Other CIS', true, 1984, null),
        row('gas_consumption', bcm, null, 'Total World', true, 2020, 3871.409268),
        row('gas_consumption', bcm, null, 'USSR', true, 1984, 504.317832),
        row('gas_consumption', bcm, null, 'USSR', true, 1990, null),
        row('nuclear_generation', 'Terawatt-hours', 'BLR', 'Belarus', false, 2019, 0),
        row('refinery_capacity_kbd', 'Thousand barrels daily*', 'BLR', 'Belarus', false, 1984, 780),
        row('refinery_throughput_kbd', 'Thousand barrels daily*', 'BLR', 'Belarus', false, 1989, null),
      ]);
      expect(await db.all('SELECT dataset, variable, source_sheet, title, unit FROM energy_variable ORDER BY variable')).toEqual([
        { dataset: ENERGY_INSTITUTE, variable: 'gas_consumption', source_sheet: 'Gas Consumption - Bcm', title: 'Natural Gas: Consumption*', unit: bcm },
        {
          dataset: ENERGY_INSTITUTE, variable: 'refinery_throughput_kbd', source_sheet: 'Oil refinery - throughput',
          title: 'Oil: Refinery throughput', unit: 'Thousand barrels daily*',
        },
      ]);
    });
  });
});

describe('energyInstituteImporter on the bundled files', () => {
  it('reconciles row counts with the README and reads back the Belarus gas imports it quotes', async () => {
    const importer = energyInstituteImporter({ dataDir: 'data', countries: resolver });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
        [`${ENERGY_INSTITUTE}/gas_trade_movements_by_exporter_importer.csv.gz`, 2480, 2480, 0],
        [`${ENERGY_INSTITUTE}/oil_interarea_movements_by_origin_destination.csv.gz`, 1143, 1143, 0],
        [`${ENERGY_INSTITUTE}/country_energy_series_variables.csv.gz`, 17, 17, 0],
        [`${ENERGY_INSTITUTE}/country_energy_series_1965_2023.csv.gz`, 88192, 88192, 0],
      ]);
      expect(quarantine).toEqual([]);
      const belarus = await db.all<{ year: number; volume: number }>(
        `SELECT year, volume FROM energy_flow WHERE fuel = 'gas' AND mode = 'pipeline' AND exporter = 'RUS' AND importer = 'BLR'
         ORDER BY year`,
      );
      expect(belarus.map((r) => [r.year, Number(r.volume.toFixed(2))])).toEqual([
        [2016, 16.64], [2018, 19.04], [2019, 18.97], [2020, 17.57], [2022, 18.48], [2023, 16.79],
      ]);
      // README: crude Russia → Other CIS 2020: 14.85 Mt.
      const crude = await db.one<{ volume: number }>(
        `SELECT volume FROM energy_flow WHERE fuel = 'crude' AND year = 2020 AND exporter = 'RUS' AND importer_label = 'Other CIS'`,
      );
      expect(crude?.volume.toFixed(2)).toBe('14.85');
    });
  });

  it('gives a state code to every label that is a state, and none to groups', async () => {
    const importer = energyInstituteImporter({ dataDir: 'data', countries: resolver });
    await withImport(importer, async (db) => {
      const labels = async (sql: string) => (await db.all<{ label: string }>(sql)).map((r) => r.label);
      expect(await labels(
        `SELECT DISTINCT label FROM (SELECT exporter_label AS label, exporter AS code FROM energy_flow
         UNION ALL SELECT importer_label, importer FROM energy_flow) WHERE code IS NULL ORDER BY label`,
      )).toEqual([
        'Africa', 'Asia Pacific', 'Australasia', 'CIS', 'EU', 'East & S. Africa', 'Europe', 'Europe and Eurasia', 'Middle East',
        'Middle East & Africa', 'North Africa', 'North America', 'Other Africa', 'Other Americas', 'Other Asia Pacific',
        'Other CIS', 'Other EU', 'Other Europe', 'Other Europe & Eurasia', 'Other Middle East', 'Other Middle East & Africa',
        'Other S. & Cent. America', 'Rest of Europe', 'S. & Cent. America', 'West Africa',
      ]);
      const codes = await db.all<{ label: string; code: string }>(
        `SELECT DISTINCT exporter_label AS label, exporter AS code FROM energy_flow
         WHERE exporter_label IN ('Russia', 'Russian Federation', 'US', 'UAE', 'Trinidad & Tobago', 'Other CIS') ORDER BY label`,
      );
      expect(codes).toEqual([
        { label: 'Other CIS', code: null },
        { label: 'Russia', code: 'RUS' },
        { label: 'Russian Federation', code: 'RUS' },
        { label: 'Trinidad & Tobago', code: 'TTO' },
        { label: 'UAE', code: 'ARE' },
        { label: 'US', code: 'USA' },
      ]);
      // Aggregates never get a code; the 101 non-aggregate labels resolve to 101 distinct states (none quarantined above).
      const series = await db.one<{ aggregatesWithCode: number; countriesWithoutCode: number; labels: number; codes: number }>(
        `SELECT count(*) FILTER (WHERE is_aggregate AND country IS NOT NULL)::INTEGER AS "aggregatesWithCode",
                count(*) FILTER (WHERE NOT is_aggregate AND country IS NULL)::INTEGER AS "countriesWithoutCode",
                count(DISTINCT country_label)::INTEGER AS labels, count(DISTINCT country)::INTEGER AS codes FROM energy_balance`,
      );
      const tricky = await db.all<{ label: string; code: string }>(
        `SELECT DISTINCT country_label AS label, country AS code FROM energy_balance WHERE country_label IN
           ('China Hong Kong SAR', 'Curacao', 'Netherlands Antilles', 'Republic of Congo', 'Taiwan', 'US') ORDER BY label`,
      );
      expect(tricky.map((r) => `${r.label}=${r.code}`)).toEqual([
        'China Hong Kong SAR=HKG', 'Curacao=CUW', 'Netherlands Antilles=ANT', 'Republic of Congo=COG', 'Taiwan=TWN', 'US=USA',
      ]);
      expect(series).toEqual({ aggregatesWithCode: 0, countriesWithoutCode: 0, labels: 129, codes: 101 });
    });
  });

  it('loads the pre-1985 zeros of the former Soviet republics as NULL, not 0', async () => {
    const importer = energyInstituteImporter({ dataDir: 'data', countries: resolver });
    await withImport(importer, async (db) => {
      const belarusGas = await db.all<{ year: number; value: number | null }>(
        `SELECT year, value FROM energy_balance WHERE country = 'BLR' AND variable = 'gas_consumption' AND year BETWEEN 1983 AND 1986
         ORDER BY year`,
      );
      expect(belarusGas.map((r) => [r.year, r.value])).toEqual([[1983, null], [1984, null], [1985, 8.653184], [1986, 8.818871]]);
      const nulls = await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM energy_balance WHERE value IS NULL`);
      expect(nulls?.n).toBe(NULLS_EXPECTED);
      const zerosBefore1985 = await db.one<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM energy_balance
         WHERE value = 0 AND year < 1985 AND (country IN ('ARM','AZE','BLR','EST','GEO','KAZ','KGZ','LVA','LTU','MDA','RUS','TJK','TKM','UKR','UZB')
                                              OR country_label IN ('Other CIS', 'USSR'))`,
      );
      expect(zerosBefore1985?.n).toBe(0);
    });
  });
});

/**
 * Zeros that are not real zeros, counted with a separate script over the CSV: 2,800 cells of the ten republics
 * and "Other CIS" before 1985 (refinery throughput: before 1990), and the 624 zero cells of "USSR".
 */
const NULLS_EXPECTED = 2800 + 624;
