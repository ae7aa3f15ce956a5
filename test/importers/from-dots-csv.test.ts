// IMF DOTS user files: the IMF data portal long layout (US$, IMF codes, one indicator per row) and the layout of
// interdep's own dots_bilateral_trade.csv; then the real bundled file re-imported as a user file.
// Fixture values are the real DOTS figures of the bundled data (portal file: the same figures in US$).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_FIXTURES, withUserImport } from '../helpers/user-import.js';

const PORTAL = 'dots_portal.csv';
const SCALE = 'dots_portal_scale.csv';
const OURS = 'dots_bilateral_trade.csv';

const trade = (db: { all: (sql: string) => Promise<unknown[]> }) =>
  db.all('SELECT year, reporter, partner, exports, imports, exports_flag, imports_flag FROM trade ORDER BY year, reporter, partner');
const totals = (db: { all: (sql: string) => Promise<unknown[]> }) =>
  db.all('SELECT year, reporter, partner_group, exports, imports, exports_flag, imports_flag FROM trade_total ORDER BY partner_group');

describe('from-dots-csv, IMF data portal layout', () => {
  const path = join(USER_FIXTURES, 'dots', PORTAL);

  it('merges the exports and imports rows of a dyad into one trade row, US$ → million US$', async () => {
    await withUserImport({ format: 'dots', path }, async (db, result) => {
      expect(result.reports).toEqual([
        { dataset: `user:dots:${PORTAL}`, file: PORTAL, read: 14, loaded: 7, quarantined: 7, written: { trade: 3, trade_total: 2 } },
      ]);
      expect(await trade(db)).toEqual([
        { year: 2013, reporter: 'BLR', partner: 'POL', exports: 781.7781, imports: null, exports_flag: 'reported', imports_flag: null },
        // Belarus 913 → Russia 922, 2013: 16,837.46 exports and 22,904.9581 imports (DOTS, million US$)
        { year: 2013, reporter: 'BLR', partner: 'RUS', exports: 16837.46, imports: 22904.9581, exports_flag: 'reported', imports_flag: 'reported' },
        { year: 2014, reporter: 'RUS', partner: 'BLR', exports: 19950.8597, imports: null, exports_flag: 'reported', imports_flag: null },
      ]);
      // counterpart 998 = EU (Status "e": IMF estimate), 1 = World; the empty BLR–UKR imports value is no row
      expect(await totals(db)).toEqual([
        { year: 2013, reporter: 'BLR', partner_group: 'EUU', exports: 9437.8081, imports: null, exports_flag: 'estimated', imports_flag: null },
        { year: 2013, reporter: 'BLR', partner_group: 'WLD', exports: 37132.3006, imports: null, exports_flag: 'reported', imports_flag: null },
      ]);
    });
  });

  it('quarantines other indicators, non-annual periods, IMF aggregates and bad rows', async () => {
    await withUserImport({ format: 'dots', path }, async (_db, _result, quarantine) => {
      const key = 'Country Code, Counterpart Country Code, Indicator Code, Time Period';
      expect(quarantine).toEqual([
        { file: PORTAL, line: 8, field: 'Indicator Code', reason: 'indicator TMG_FOB_USD is not loaded: trade holds exports FOB (TXG_FOB_USD) and imports CIF (TMG_CIF_USD)' },
        { file: PORTAL, line: 9, field: 'Time Period', reason: 'period 2013Q1 is not a year: trade holds annual flows' },
        { file: PORTAL, line: 10, field: 'Counterpart Country Code', reason: 'IMF code 110 is not a known state (an area, an aggregate or unknown)' },
        { file: PORTAL, line: 11, field: 'Value', reason: 'not a number: "n/a"' },
        { file: PORTAL, line: 12, field: null, reason: 'expected 9 fields, found 3' },
        // a ";" row whose quoted names hold commas splits into 4 fields, not 1
        { file: PORTAL, line: 13, field: null, reason: 'expected 9 fields, found 4' },
        { file: PORTAL, line: 14, field: key, reason: `duplicate key (${key}) = (913,922,TXG_FOB_USD,2013), first seen at line 2` },
      ]);
    });
  });

  it('honours a Scale column (Millions, Thousands) and quarantines an unknown scale', async () => {
    await withUserImport({ format: 'dots', path: join(USER_FIXTURES, 'dots', SCALE) }, async (db, _result, quarantine) => {
      expect(await trade(db)).toEqual([
        { year: 2020, reporter: 'BLR', partner: 'RUS', exports: 13156.7774, imports: 16510.5258, exports_flag: 'reported', imports_flag: 'reported' },
      ]);
      expect(quarantine).toEqual([{ file: SCALE, line: 4, field: 'Scale', reason: 'unknown Scale "Dozens"' }]);
    });
  });

  it('honours a Unit Multiplier column (power of ten)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdep-dots-'));
    try {
      const path = join(dir, 'dots_mult.csv');
      writeFileSync(
        path,
        'Country Code,Counterpart Country Code,Indicator Code,Time Period,Value,Unit Multiplier\n' +
          '913,922,TXG_FOB_USD,2020,13156.7774,6\n913,922,TMG_CIF_USD,2020,16510525800,0\n',
      );
      await withUserImport({ format: 'dots', path }, async (db) => {
        expect(await trade(db)).toEqual([
          { year: 2020, reporter: 'BLR', partner: 'RUS', exports: 13156.7774, imports: 16510.5258, exports_flag: 'reported', imports_flag: 'reported' },
        ]);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('from-dots-csv, interdep dots_bilateral_trade.csv layout', () => {
  it('loads dyads into trade and WLD/EUU into trade_total, and refuses a state under two codes', async () => {
    await withUserImport({ format: 'dots', path: join(USER_FIXTURES, 'dots', OURS) }, async (db, result, quarantine) => {
      expect(result.reports[0]).toMatchObject({ read: 8, loaded: 6, quarantined: 2, written: { trade: 4, trade_total: 2 } });
      expect(await trade(db)).toEqual([
        { year: 2013, reporter: 'BLR', partner: 'ROU', exports: 350.5, imports: null, exports_flag: 'reported', imports_flag: null },
        { year: 2013, reporter: 'BLR', partner: 'RUS', exports: 16837.46, imports: 22904.9581, exports_flag: 'reported', imports_flag: 'reported' },
        // both values empty: the pair is kept with nothing reported, as in the bundled import
        { year: 2013, reporter: 'BLR', partner: 'UKR', exports: null, imports: null, exports_flag: null, imports_flag: null },
        { year: 2013, reporter: 'RUS', partner: 'BLR', exports: 20228.2861, imports: 13959.2618, exports_flag: 'reported', imports_flag: 'reported' },
      ]);
      expect(await totals(db)).toEqual([
        { year: 2013, reporter: 'BLR', partner_group: 'EUU', exports: 9437.8081, imports: 10107.4224, exports_flag: 'estimated', imports_flag: 'reported' },
        { year: 2013, reporter: 'BLR', partner_group: 'WLD', exports: 37132.3006, imports: 43022.5503, exports_flag: 'reported', imports_flag: 'reported' },
      ]);
      expect(quarantine).toEqual([
        // ROM (old ISO code of Romania) on line 6 and ROU on line 7 are one state: the second value is refused
        { file: OURS, line: 7, field: 'partner_iso3', reason: 'a second exports value of BLR with ROU in 2013' },
        { file: OURS, line: 8, field: 'partner_iso3', reason: 'unknown country code XXX' },
      ]);
    });
  });

  it('re-imports the real bundled file: every row read is loaded, Belarus–Russia 2013 as the README quotes', async () => {
    const path = join('data', 'imf_dots_bilateral_trade', 'dots_bilateral_trade.csv.gz');
    await withUserImport({ format: 'dots', path }, async (db, result, quarantine) => {
      // README: 459,708 rows; all are reporter–partner pairs of states (no aggregates), none is refused
      expect(result.reports[0]).toMatchObject({ read: 459_708, loaded: 459_708, quarantined: 0, written: { trade: 459_708 } });
      expect(quarantine).toEqual([]);
      expect(
        await db.all(
          `SELECT reporter, partner, exports, imports FROM trade
           WHERE year = 2013 AND reporter IN ('BLR', 'RUS') AND partner IN ('BLR', 'RUS') ORDER BY reporter`,
        ),
      ).toEqual([
        { reporter: 'BLR', partner: 'RUS', exports: 16837.46, imports: 22904.9581 },
        { reporter: 'RUS', partner: 'BLR', exports: 20228.2861, imports: 13959.2618 },
      ]);
    });
  });
});
