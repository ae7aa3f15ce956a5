// UN Comtrade user files, both layouts. The fixtures use the real headers (Comtrade+ 47 columns; legacy 35
// columns); the Comtrade+ values are made up, the legacy Australia rows follow a public Comtrade extract.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { importUserFile } from '../../src/importers/import-user-file.js';
import { USER_FIXTURES, emptyDb, userContext, withUserImport } from '../helpers/user-import.js';

const PLUS = 'comtrade_plus.csv';
const LEGACY = 'comtrade_legacy.csv';
const plusPath = join(USER_FIXTURES, 'comtrade', PLUS);
const legacyPath = join(USER_FIXTURES, 'comtrade', LEGACY);

const product = (db: { all: (sql: string) => Promise<unknown[]> }) =>
  db.all(
    `SELECT year, exporter, importer, product, classification, value_usd, quantity, quantity_unit, reporter
     FROM trade_product ORDER BY reporter, exporter, product`,
  );

describe('from-comtrade, Comtrade+ layout', () => {
  it('loads HS product rows into trade_product, one row per declaring reporter', async () => {
    await withUserImport({ format: 'comtrade', path: plusPath }, async (db, result) => {
      expect(result.reports).toEqual([
        {
          dataset: `user:comtrade:${PLUS}`, file: PLUS, read: 18, loaded: 8, quarantined: 10,
          written: { trade_product: 4, trade: 1, trade_total: 1 },
        },
      ]);
      expect(await product(db)).toEqual([
        // exports to the World: importer NULL
        { year: 2021, exporter: 'BLR', importer: null, product: '310420', classification: 'HS6', value_usd: 2500000000, quantity: 1000, quantity_unit: 'kg', reporter: 'BLR' },
        // BLR's imports of 2711 from RUS (CIF, with its quantity) and RUS's exports of it to BLR (FOB): both kept
        { year: 2021, exporter: 'RUS', importer: 'BLR', product: '2711', classification: 'HS4', value_usd: 4200000000, quantity: 20000000000, quantity_unit: 'kg', reporter: 'BLR' },
        { year: 2021, exporter: 'RUS', importer: 'BLR', product: '2711', classification: 'HS4', value_usd: 4100000000, quantity: null, quantity_unit: null, reporter: 'RUS' },
        // reporter S19 "Other Asia, nes" = Taiwan
        { year: 2021, exporter: 'TWN', importer: 'BLR', product: '8542', classification: 'HS4', value_usd: 12345678.9, quantity: null, quantity_unit: null, reporter: 'TWN' },
      ]);
    });
  });

  it('turns TOTAL rows into one trade row per dyad and a World total, in million US$', async () => {
    await withUserImport({ format: 'comtrade', path: plusPath }, async (db) => {
      expect(await db.all('SELECT year, reporter, partner, exports, imports, exports_flag, imports_flag FROM trade')).toEqual([
        { year: 2021, reporter: 'BLR', partner: 'RUS', exports: 16500, imports: 20517.7000005, exports_flag: 'reported', imports_flag: 'reported' },
      ]);
      expect(await db.all('SELECT year, reporter, partner_group, exports, imports, exports_flag, imports_flag FROM trade_total')).toEqual([
        { year: 2021, reporter: 'BLR', partner_group: 'WLD', exports: 39900, imports: 41000, exports_flag: 'reported', imports_flag: 'reported' },
      ]);
    });
  });

  it('quarantines bad and out-of-scope rows with file, line, field and reason', async () => {
    await withUserImport({ format: 'comtrade', path: plusPath }, async (_db, _result, quarantine) => {
      const keyFields = 'refYear, reporterISO, partnerISO, flowCode, cmdCode, period, partner2ISO, customsCode, motCode';
      expect(quarantine).toEqual([
        { file: PLUS, line: 9, field: 'partnerISO', reason: 'imports from the World have no exporter state; trade_product cannot hold them' },
        { file: PLUS, line: 10, field: 'flowCode', reason: 'flow RX is not loaded: re-exports, re-imports and processing flows are part of exports (X) and imports (M)' },
        { file: PLUS, line: 11, field: 'motCode', reason: 'mode-of-transport breakdown (2100) is part of the total row (0); not loaded' },
        { file: PLUS, line: 12, field: 'partnerISO', reason: 'partner XXX is not a known state' },
        { file: PLUS, line: 13, field: 'primaryValue', reason: 'not a number: "n/a"' },
        { file: PLUS, line: 14, field: null, reason: 'expected 47 fields, found 10' },
        { file: PLUS, line: 15, field: null, reason: 'expected 47 fields, found 1 (delimiter ";"?)' },
        {
          file: PLUS, line: 16, field: keyFields,
          reason: `duplicate key (${keyFields}) = (2021,BLR,RUS,M,TOTAL,2021,W00,C00,0), first seen at line 2`,
        },
        { file: PLUS, line: 18, field: 'freqCode', reason: 'frequency M is not loaded: trade tables hold annual flows' },
        { file: PLUS, line: 19, field: 'classificationCode', reason: 'classification S4 is not HS; trade_product holds HS products' },
      ]);
    });
  });
});

describe('from-comtrade, legacy comtrade.un.org layout', () => {
  it('loads products and totals, and quarantines re-imports, imports from the World and monthly rows', async () => {
    await withUserImport({ format: 'comtrade', path: legacyPath }, async (db, result, quarantine) => {
      expect(result.reports[0]).toMatchObject({ read: 7, loaded: 4, quarantined: 3, written: { trade_product: 2, trade: 1 } });
      expect(await product(db)).toEqual([
        { year: 2016, exporter: 'AUS', importer: null, product: '01', classification: 'HS2', value_usd: 1398835890, quantity: null, quantity_unit: null, reporter: 'AUS' },
        { year: 2016, exporter: 'RUS', importer: 'BLR', product: '2711', classification: 'HS4', value_usd: 2500000000, quantity: 15000000000, quantity_unit: 'Weight in kilograms', reporter: 'BLR' },
      ]);
      expect(await db.all('SELECT year, reporter, partner, exports, imports FROM trade')).toEqual([
        { year: 2016, reporter: 'BLR', partner: 'RUS', exports: 10950, imports: 15000 },
      ]);
      expect(quarantine).toEqual([
        { file: LEGACY, line: 2, field: 'Partner ISO', reason: 'imports from the World have no exporter state; trade_product cannot hold them' },
        { file: LEGACY, line: 4, field: 'Trade Flow', reason: 'flow Re-Import is not loaded: re-exports, re-imports and processing flows are part of exports (X) and imports (M)' },
        { file: LEGACY, line: 8, field: 'Period', reason: 'period 201601 is not a year: trade tables hold annual flows' },
      ]);
    });
  });

  it('refuses a file that is neither layout, naming the missing columns', async () => {
    const db = await emptyDb();
    try {
      const bad = join(USER_FIXTURES, 'baci', 'BACI_HS92_Y2021_V202401.csv');
      const err = await importUserFile(db, { format: 'comtrade', path: bad }, await userContext()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toBe(
        'BACI_HS92_Y2021_V202401.csv:1 field "refYear": not a UN Comtrade file: missing column(s) refYear, reporterISO, ' +
          'partnerISO, flowCode, cmdCode, primaryValue of the Comtrade+ layout, and no other layout matches',
      );
      expect(await db.all('SELECT * FROM dataset')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
