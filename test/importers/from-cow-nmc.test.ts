import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { COW_NMC, cowNmcImporter } from '../../src/importers/from-cow-nmc.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/nmc_state_year.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

describe('cowNmcImporter on the fixture', () => {
  it('loads state-years with missing values as NULL and quarantines bad rows with file, line, field and reason', async () => {
    const importer = cowNmcImporter(ctx, { path: 'test/fixtures/cow_nmc_v7/nmc_state_year.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([{ dataset: COW_NMC, file: FILE, read: 12, loaded: 5, quarantined: 7, written: { capability: 5 } }]);
      expect(quarantine).toEqual([
        // COW 260 (FRG) and 255 (Germany) both have 1990 and are both DEU.
        { file: FILE, line: 4, field: 'state, year', reason: 'duplicate key (state, year) = (DEU,1990), first seen at line 3' },
        { file: FILE, line: 8, field: null, reason: 'expected 9 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 9, field: null, reason: 'expected 9 fields, found 5' },
        { file: FILE, line: 10, field: 'pec', reason: 'not a number: "lots"' },
        { file: FILE, line: 11, field: 'ccode', reason: 'unknown COW code 999 in 2014' },
        { file: FILE, line: 12, field: 'state, year', reason: 'duplicate key (state, year) = (BLR,2014), first seen at line 7' },
        { file: FILE, line: 13, field: 'year', reason: 'missing value' },
      ]);
      const base = { dataset: COW_NMC };
      expect(await db.all('SELECT * FROM capability ORDER BY year, state')).toEqual([
        // milex in thousands of British pounds before 1914, as published.
        { ...base, year: 1816, state: 'USA', milex: 3823, milper: 17, irst: 80, pec: 254, tpop: 8659, upop: 101, cinc: 0.039697491 },
        { ...base, year: 1990, state: 'DEU', milex: 37200000, milper: 545, irst: 38434, pec: null, tpop: 79402, upop: 25673, cinc: 0.029267116 },
        { ...base, year: 1991, state: 'SUN', milex: 133700000, milper: 3000, irst: 73000, pec: 2153318, tpop: 148245, upop: 62371, cinc: 0.10323294 },
        { ...base, year: 1992, state: 'RUS', milex: 47220000, milper: 1900, irst: 62000, pec: 1328991, tpop: 148310, upop: 62371, cinc: 0.067215338 },
        { ...base, year: 2014, state: 'BLR', milex: null, milper: 48, irst: 2513, pec: 66562, tpop: 9485, upop: 3862, cinc: 0.0019961807 },
      ]);
    });
  });
});

describe('cowNmcImporter on the bundled NMC v7 file', () => {
  it('reads every row of the README and gives Belarus its 2014 CINC', async () => {
    await withImport(cowNmcImporter(ctx), async (db, reports, quarantine) => {
      // README: 17,121 state-years. Only the FRG's 1990 row is quarantined: COW 255 (Germany) also has 1990, both are DEU.
      expect(reports).toEqual([
        {
          dataset: COW_NMC, file: `${COW_NMC}/nmc_state_year_1816_2022.csv.gz`,
          read: 17_121, loaded: 17_120, quarantined: 1, written: { capability: 17_120 },
        },
      ]);
      expect(quarantine).toEqual([
        {
          file: `${COW_NMC}/nmc_state_year_1816_2022.csv.gz`, line: 6090, field: 'state, year',
          reason: 'duplicate key (state, year) = (DEU,1990), first seen at line 6022',
        },
      ]);
      // The file's value for Belarus 2014 (milex is missing in NMC v7 for that year: NULL, not 0).
      expect(
        await db.all(`SELECT state, year, cinc, milex, milper, tpop FROM capability WHERE dataset = ? AND state = 'BLR' AND year = 2014`, [COW_NMC]),
      ).toEqual([{ state: 'BLR', year: 2014, cinc: 0.0019961807, milex: null, milper: 48, tpop: 9485 }]);
      // COW 365 is the USSR to 1991 and Russia from 1992.
      expect(
        await db.one(
          `SELECT max(year) FILTER (state = 'SUN') AS sun_last, min(year) FILTER (state = 'RUS') AS rus_first FROM capability WHERE dataset = ?`,
          [COW_NMC],
        ),
      ).toEqual({ sun_last: 1991, rus_first: 1992 });
    });
  });
});
