// CEPII BACI user files: value in thousands of US$ → US$, BACI's own country numbers, HS6 codes, quarantine.
// The fixture rows are written in BACI's real layout (t,i,j,k,v,q); the values are made up for the test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { importUserFile } from '../../src/importers/import-user-file.js';
import { USER_FIXTURES, emptyDb, userContext, withUserImport } from '../helpers/user-import.js';

const FILE = 'BACI_HS92_Y2021_V202401.csv';
const path = join(USER_FIXTURES, 'baci', FILE);

describe('from-baci', () => {
  it('loads good rows into trade_product in US$ and metric tons, with BACI country codes mapped', async () => {
    await withUserImport({ format: 'baci', path }, async (db, result) => {
      expect(result.dataset).toBe(`user:baci:${FILE}`);
      expect(result.reports).toEqual([
        { dataset: `user:baci:${FILE}`, file: FILE, read: 12, loaded: 6, quarantined: 6, written: { trade_product: 6 } },
      ]);
      const rows = await db.all(
        `SELECT year, exporter, importer, product, classification, value_usd, quantity, quantity_unit, reporter
         FROM trade_product ORDER BY exporter, product`,
      );
      expect(rows).toEqual([
        { year: 2021, exporter: 'BLR', importer: 'RUS', product: '271111', classification: 'HS6', value_usd: 1234567, quantity: 89.5, quantity_unit: 't', reporter: null },
        // 58 = Belgium-Luxembourg (BACI, to 1998), v 7 thousand US$, q empty
        { year: 2021, exporter: 'BLX', importer: 'BLR', product: '271111', classification: 'HS6', value_usd: 7000, quantity: null, quantity_unit: null, reporter: null },
        // 251 France, 699 India: BACI numbers, not ISO 250 / 356
        { year: 2021, exporter: 'FRA', importer: 'IND', product: '300490', classification: 'HS6', value_usd: 2000500, quantity: 3.25, quantity_unit: 't', reporter: null },
        // k 10121 lost its leading zero; q NA is missing
        { year: 2021, exporter: 'RUS', importer: 'BLR', product: '010121', classification: 'HS6', value_usd: 5500, quantity: null, quantity_unit: null, reporter: null },
        // 490 "Other Asia, nes" = Taiwan
        { year: 2021, exporter: 'TWN', importer: 'BLR', product: '854231', classification: 'HS6', value_usd: 10000, quantity: null, quantity_unit: null, reporter: null },
        // 842 = USA in BACI; 0.123 thousand = exactly 123 US$
        { year: 2021, exporter: 'USA', importer: 'BLR', product: '854231', classification: 'HS6', value_usd: 123, quantity: null, quantity_unit: null, reporter: null },
      ]);
    });
  });

  it('quarantines bad rows with file, line, field and reason', async () => {
    await withUserImport({ format: 'baci', path }, async (_db, _result, quarantine) => {
      expect(quarantine).toEqual([
        { file: FILE, line: 7, field: 'i', reason: 'unknown BACI country code 999' },
        { file: FILE, line: 8, field: 'v', reason: 'not a number: "abc"' },
        { file: FILE, line: 9, field: null, reason: 'expected 6 fields, found 3' },
        { file: FILE, line: 10, field: null, reason: 'expected 6 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 11, field: 't, i, j, k', reason: 'duplicate key (t, i, j, k) = (2021,112,643,271111), first seen at line 2' },
        { file: FILE, line: 12, field: 'j', reason: 'unknown BACI country code 536' },
      ]);
    });
  });

  it('refuses a file in another delimiter with a hint, and reads it with --delimiter', async () => {
    const semicolon = join(USER_FIXTURES, 'baci', 'BACI_semicolon.csv');
    const db = await emptyDb();
    try {
      const ctx = await userContext();
      const err = await importUserFile(db, { format: 'baci', path: semicolon }, ctx).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toBe('BACI_semicolon.csv:1 field "t": not a BACI file: missing column(s) t, i, j, k, v, q');
      expect((err as InputError).hint).toBe('the file seems to use ";" as delimiter; pass --delimiter ";"');
      const result = await importUserFile(db, { format: 'baci', path: semicolon, delimiter: ';' }, ctx);
      expect(result.reports[0]).toMatchObject({ read: 2, loaded: 2, quarantined: 0 });
      expect(await db.all('SELECT exporter, product, value_usd FROM trade_product ORDER BY exporter')).toEqual([
        { exporter: 'BLR', product: '271111', value_usd: 1234567 },
        { exporter: 'RUS', product: '010121', value_usd: 5500 },
      ]);
    } finally {
      db.close();
    }
  });
});
