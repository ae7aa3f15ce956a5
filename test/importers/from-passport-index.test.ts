import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryResolver } from '../../src/core/countries/resolver.js';
import { PASSPORT_INDEX, passportIndexImporter, translate } from '../../src/importers/from-passport-index.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const DIR = 'test/fixtures/passport_index_visa';
const fixture = (name: string) => ({ path: `${DIR}/${name}.csv`, label: `${name}.csv` });
const FILES = { snapshots: fixture('snapshots'), current: fixture('current'), spells: fixture('spells') };

let resolver: CountryResolver;
beforeAll(async () => {
  resolver = await countries();
});

describe('translate', () => {
  it('reads each value with its snapshot scheme', () => {
    expect(translate('3', 'numeric_code_2019')).toEqual({ requirement: 'visa_free', days: null });
    expect(translate('3', 'abbrev_code_2020')).toEqual({ requirement: 'visa_free', days: 3 });
    // 2019 codes 1 and 2 follow the data, not the 2019 legend (see the importer).
    expect(translate('2', 'numeric_code_2019')).toEqual({ requirement: 'eta', days: null });
    expect(translate('1', 'numeric_code_2019')).toEqual({ requirement: 'visa_on_arrival', days: null });
    expect(translate('VOA', 'requirement_text')).toBeUndefined();
    expect(translate('visa on arrival', 'abbrev_code_2020')).toBeUndefined();
    expect(translate('0', 'requirement_text')).toBeUndefined();
  });
});

describe('passportIndexImporter on fixtures', () => {
  it('quarantines bad rows with file, line, field and reason', async () => {
    await withImport(passportIndexImporter({ dataDir: 'data', countries: resolver }, FILES), async (_db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
        ['snapshots.csv', 14, 11, 3],
        ['current.csv', 13, 8, 5],
        ['spells.csv', 18, 12, 6],
      ]);
      expect(quarantine).toEqual([
        { file: 'current.csv', line: 10, field: 'Destination', reason: 'unknown country code ZZZ' },
        { file: 'current.csv', line: 11, field: 'Requirement', reason: '-1 (same country) for two different countries' },
        { file: 'current.csv', line: 12, field: 'Requirement', reason: 'unknown requirement "maybe"' },
        {
          file: 'current.csv', line: 13, field: 'Passport, Destination',
          reason: 'duplicate key (Passport, Destination) = (BLR,RUS), first seen at line 8',
        },
        { file: 'current.csv', line: 14, field: null, reason: 'expected 3 fields, found 2' },
        { file: 'snapshots.csv', line: 13, field: 'value_scheme', reason: 'expected numeric_code_2019, abbrev_code_2020, requirement_text' },
        { file: 'snapshots.csv', line: 14, field: 'snapshot_date', reason: 'duplicate key (snapshot_date) = (2020-02-07), first seen at line 4' },
        { file: 'snapshots.csv', line: 15, field: 'snapshot_date', reason: 'not a date (YYYY-MM-DD): "12/01/2025"' },
        { file: 'spells.csv', line: 14, field: 'first_snapshot', reason: '2021-03-01 is not a listed snapshot date' },
        { file: 'spells.csv', line: 15, field: 'value', reason: 'unknown value "VF" in scheme numeric_code_2019' },
        { file: 'spells.csv', line: 16, field: 'value', reason: '"3" does not mean the same in numeric_code_2019 and abbrev_code_2020' },
        { file: 'spells.csv', line: 17, field: 'last_snapshot', reason: 'spell ends (2020-11-19) before it starts (2025-01-12)' },
        {
          file: 'spells.csv', line: 18, field: 'passport, destination, first_snapshot',
          reason: 'duplicate key (passport, destination, first_snapshot) = (BLR,AUS,2022-01-05), first seen at line 6',
        },
        { file: 'spells.csv', line: 19, field: null, reason: 'expected 5 fields, found 6' },
      ]);
    });
  });

  it('loads the current matrix and the spells with normalised requirements and the raw value', async () => {
    await withImport(passportIndexImporter({ dataDir: 'data', countries: resolver }, FILES), async (db) => {
      const snapshots = await db.all<{ d: string; s: string }>(
        'SELECT strftime(snapshot_date, \'%Y-%m-%d\') AS d, value_scheme AS s FROM visa_snapshot ORDER BY snapshot_date',
      );
      expect(snapshots.map((r) => `${r.d} ${r.s}`)).toEqual([
        '2019-11-23 numeric_code_2019', '2019-12-17 numeric_code_2019', '2020-02-07 abbrev_code_2020', '2020-05-09 abbrev_code_2020',
        '2020-11-19 requirement_text', '2021-01-25 requirement_text', '2021-12-14 requirement_text', '2022-01-05 requirement_text',
        '2022-11-06 requirement_text', '2022-12-21 requirement_text', '2025-01-12 requirement_text',
      ]);
      const rows = await db.all<{ dataset: string }>(
        `SELECT dataset, origin, destination, strftime(valid_from, '%Y-%m-%d') AS valid_from, strftime(valid_to, '%Y-%m-%d') AS valid_to,
                requirement, days, raw_value, series FROM visa ORDER BY origin, destination, valid_from, valid_to, series`,
      );
      expect(new Set(rows.map((r) => r.dataset))).toEqual(new Set([PASSPORT_INDEX]));
      const v = (origin: string, destination: string, from: string, to: string, requirement: string, days: number | null, raw: string) =>
        // In this fixture only the world matrix has one-day rows on 2025-01-12.
        [origin, destination, from, to, requirement, days, raw, from === to && to === '2025-01-12' ? 'world_matrix' : 'post_soviet_spells'];
      expect(rows.map((r) => Object.values(r).slice(1))).toEqual([
        v('ARM', 'AZE', '2025-01-12', '2025-01-12', 'no_admission', null, 'no admission'),
        v('BLR', 'AUS', '2019-11-23', '2019-12-17', 'visa_required', null, '0'),
        v('BLR', 'AUS', '2020-02-07', '2020-05-09', 'visa_required', null, 'VR'),
        v('BLR', 'AUS', '2020-11-19', '2020-11-19', 'e_visa', null, 'e-visa'),
        v('BLR', 'AUS', '2021-01-25', '2021-12-14', 'covid_ban', null, 'covid ban'),
        v('BLR', 'AUS', '2022-01-05', '2025-01-12', 'e_visa', null, 'e-visa'),
        v('BLR', 'AUS', '2025-01-12', '2025-01-12', 'e_visa', null, 'e-visa'),
        v('BLR', 'BGD', '2019-11-23', '2019-12-17', 'eta', null, '2'),
        v('BLR', 'BLR', '2020-11-19', '2025-01-12', 'self', null, '-1'),
        v('BLR', 'BLR', '2025-01-12', '2025-01-12', 'self', null, '-1'),
        v('BLR', 'CIV', '2025-01-12', '2025-01-12', 'eta', null, 'eta'),
        v('BLR', 'DEU', '2025-01-12', '2025-01-12', 'visa_required', null, 'visa required'),
        v('BLR', 'GEO', '2025-01-12', '2025-01-12', 'visa_free', 360, '360'),
        v('BLR', 'IND', '2019-11-23', '2019-12-17', 'visa_on_arrival', null, '1'),
        v('BLR', 'IND', '2020-02-07', '2020-05-09', 'visa_on_arrival', null, 'VOA'),
        v('BLR', 'QAT', '2022-11-06', '2022-12-21', 'other', null, 'Hayya Entry Permit'),
        v('BLR', 'QAT', '2025-01-12', '2025-01-12', 'visa_on_arrival', null, 'visa on arrival'),
        v('BLR', 'RUS', '2019-11-23', '2019-12-17', 'visa_free', null, '3'),
        v('BLR', 'RUS', '2020-02-07', '2025-01-12', 'visa_free', 90, '90'),
        v('BLR', 'RUS', '2025-01-12', '2025-01-12', 'visa_free', 90, '90'),
      ]);
    });
  });
});

describe('passportIndexImporter on the bundled files', () => {
  it('reconciles row counts with the README; the last spells agree with the current matrix', async () => {
    await withImport(passportIndexImporter({ dataDir: 'data', countries: resolver }), async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
        [`${PASSPORT_INDEX}/passport_index_snapshots.csv.gz`, 53, 53, 0],
        [`${PASSPORT_INDEX}/passport_index_tidy_iso3_2025-01-12.csv.gz`, 39601, 39601, 0],
        [`${PASSPORT_INDEX}/passport_index_post_soviet_spells_2019_2025.csv.gz`, 21033, 21033, 0],
      ]);
      expect(quarantine).toEqual([]);
      const current = await db.all<{ requirement: string; n: number }>(
        `SELECT requirement, count(*)::INTEGER AS n FROM visa WHERE series = 'world_matrix'
           AND valid_from = DATE '2025-01-12' AND valid_to = DATE '2025-01-12' GROUP BY requirement ORDER BY requirement`,
      );
      // README value counts of the current file; the 10,988 numeric day counts are visa_free with days.
      expect(current).toEqual([
        { requirement: 'e_visa', n: 6704 },
        { requirement: 'eta', n: 819 },
        { requirement: 'no_admission', n: 34 },
        { requirement: 'self', n: 199 },
        { requirement: 'visa_free', n: 1883 + 10988 },
        { requirement: 'visa_on_arrival', n: 6053 },
        { requirement: 'visa_required', n: 12921 },
      ]);
      // Every spell that ends on 2025-01-12 (5,745) says the same as the world matrix for its pair.
      const agree = await db.one<{ n: number; same: number }>(
        `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE s.requirement = c.requirement AND s.days IS NOT DISTINCT FROM c.days)::INTEGER AS same
         FROM visa s JOIN visa c ON c.origin = s.origin AND c.destination = s.destination AND c.series = 'world_matrix'
         WHERE s.series = 'post_soviet_spells' AND s.valid_to = DATE '2025-01-12'`,
      );
      expect(agree).toEqual({ n: 5745, same: 5745 });
      const history = await db.all(
        `SELECT strftime(valid_from, '%Y-%m-%d') AS f, strftime(valid_to, '%Y-%m-%d') AS t, requirement, days, raw_value
         FROM visa WHERE origin = 'BLR' AND destination = 'GEO' AND series = 'post_soviet_spells' ORDER BY valid_from`,
      );
      expect(history).toEqual([
        { f: '2019-11-23', t: '2019-12-17', requirement: 'visa_free', days: null, raw_value: '3' },
        { f: '2020-02-07', t: '2020-05-09', requirement: 'visa_free', days: 360, raw_value: '360' },
        { f: '2020-11-19', t: '2021-02-24', requirement: 'covid_ban', days: null, raw_value: 'covid ban' },
        { f: '2021-05-13', t: '2025-01-12', requirement: 'visa_free', days: 360, raw_value: '360' },
      ]);
    });
  });
});
