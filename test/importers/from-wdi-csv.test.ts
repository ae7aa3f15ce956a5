// World Bank WDI user files as downloaded from data.worldbank.org: preamble, wide years, trailing empty column.
// Fixture values: the real GDP (current US$) figures of the bundled WDI extract, in the API file's layout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { importUserFile } from '../../src/importers/import-user-file.js';
import { USER_FIXTURES, emptyDb, userContext, withUserImport } from '../helpers/user-import.js';

const FILE = 'API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv';
const path = join(USER_FIXTURES, 'wdi', FILE);

describe('from-wdi-csv', () => {
  it('skips the preamble and melts the years into indicator rows; empty cells give no row', async () => {
    await withUserImport({ format: 'wdi', path }, async (db, result) => {
      expect(result.reports).toEqual([
        { dataset: `user:wdi:${FILE}`, file: FILE, read: 8, loaded: 3, quarantined: 5, written: { indicator: 10, indicator_meta: 1 } },
      ]);
      expect(await db.all('SELECT country, is_aggregate, code, year, value FROM indicator ORDER BY country, year')).toEqual([
        { country: 'BLR', is_aggregate: false, code: 'NY.GDP.MKTP.CD', year: 2019, value: 64410170653.4569 },
        { country: 'BLR', is_aggregate: false, code: 'NY.GDP.MKTP.CD', year: 2020, value: 61371673344.7424 },
        { country: 'BLR', is_aggregate: false, code: 'NY.GDP.MKTP.CD', year: 2021, value: 69673747131.87 },
        { country: 'BLR', is_aggregate: false, code: 'NY.GDP.MKTP.CD', year: 2022, value: 73775179924.603 },
        // 2019 and 2022 empty for Russia in the fixture: missing, not 0
        { country: 'RUS', is_aggregate: false, code: 'NY.GDP.MKTP.CD', year: 2020, value: 1493075894362.14 },
        { country: 'RUS', is_aggregate: false, code: 'NY.GDP.MKTP.CD', year: 2021, value: 1829186719575.1 },
        { country: 'WLD', is_aggregate: true, code: 'NY.GDP.MKTP.CD', year: 2019, value: 88796498078977.7 },
        { country: 'WLD', is_aggregate: true, code: 'NY.GDP.MKTP.CD', year: 2020, value: 86388502867289.2 },
        { country: 'WLD', is_aggregate: true, code: 'NY.GDP.MKTP.CD', year: 2021, value: 98780038374127 },
        { country: 'WLD', is_aggregate: true, code: 'NY.GDP.MKTP.CD', year: 2022, value: 102862471365575 },
      ]);
      expect(await db.all('SELECT code, title, definition, licence FROM indicator_meta')).toEqual([
        { code: 'NY.GDP.MKTP.CD', title: 'GDP (current US$)', definition: null, licence: null },
      ]);
    });
  });

  it('quarantines bad rows at their line in the file (the preamble counts)', async () => {
    await withUserImport({ format: 'wdi', path }, async (_db, _result, quarantine) => {
      expect(quarantine).toEqual([
        { file: FILE, line: 9, field: 'Country Code', reason: 'unknown country or aggregate code ZZZ' },
        // one bad cell refuses the whole row (the other EU years are not loaded either)
        { file: FILE, line: 10, field: '2020', reason: 'not a number: "n/a"' },
        { file: FILE, line: 11, field: null, reason: 'expected 9 fields, found 3' },
        { file: FILE, line: 12, field: null, reason: 'expected 9 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 13, field: 'Country Code, Indicator Code', reason: 'duplicate key (Country Code, Indicator Code) = (BLR,NY.GDP.MKTP.CD), first seen at line 6' },
      ]);
    });
  });

  it('refuses a file without the WDI header, and one whose header has no year columns', async () => {
    const db = await emptyDb();
    const dir = mkdtempSync(join(tmpdir(), 'interdep-wdi-'));
    try {
      const ctx = await userContext();
      const baci = join(USER_FIXTURES, 'baci', 'BACI_HS92_Y2021_V202401.csv');
      const noHeader = await importUserFile(db, { format: 'wdi', path: baci }, ctx).catch((e: unknown) => e);
      expect(noHeader).toBeInstanceOf(InputError);
      expect((noHeader as InputError).message).toBe('BACI_HS92_Y2021_V202401.csv: header row not found');
      const noYears = join(dir, 'API_X_DS2_en_csv_v2_1.csv');
      writeFileSync(noYears, '"Country Name","Country Code","Indicator Name","Indicator Code",\n"Belarus","BLR","X","X",\n');
      const err = await importUserFile(db, { format: 'wdi', path: noYears }, ctx).catch((e: unknown) => e);
      expect((err as InputError).message).toBe('API_X_DS2_en_csv_v2_1.csv:1: no year columns in the header');
      expect(await db.all('SELECT * FROM indicator')).toEqual([]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
