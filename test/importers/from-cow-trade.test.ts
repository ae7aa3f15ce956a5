import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { COW_TRADE, cowTradeImporter } from '../../src/importers/from-cow-trade.js';
import { countries, withImport } from '../helpers/import-fixture.js';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

describe('cowTradeImporter on the bundled COW Trade v4 file', () => {
  it('reads every row of the README and gives Belarus-Russia 2013 as DOTS does', async () => {
    await withImport(cowTradeImporter(ctx), async (db, reports, quarantine) => {
      // Every COW code of the file is a state of the resolver in that year: nothing is quarantined.
      expect(reports).toEqual([
        {
          dataset: COW_TRADE, file: `${COW_TRADE}/dyadic_trade_1870_2014.csv.gz`,
          read: 673_654, loaded: 673_654, quarantined: 0, written: { trade: 1_347_308 },
        },
      ]);
      expect(quarantine).toEqual([]);

      // DOTS README: COW's Belarus imports from Russia 2013 are identical to DOTS (22,905 million US$).
      const rows = await db.all(
        `SELECT reporter, partner, imports, exports, imports_flag, exports_flag FROM trade
         WHERE dataset = ? AND year = 2013 AND reporter IN ('BLR', 'RUS') AND partner IN ('BLR', 'RUS') ORDER BY reporter`,
        [COW_TRADE],
      );
      expect(rows).toEqual([
        { reporter: 'BLR', partner: 'RUS', imports: 22905, exports: 13959, imports_flag: 'reported', exports_flag: 'mirror' },
        { reporter: 'RUS', partner: 'BLR', imports: 13959, exports: 22905, imports_flag: 'reported', exports_flag: 'mirror' },
      ]);
      // COW 365 is the USSR to 1991 and Russia from 1992.
      const split = await db.one(
        `SELECT max(year) FILTER (reporter = 'SUN') AS sun_last, min(year) FILTER (reporter = 'RUS') AS rus_first
         FROM trade WHERE dataset = ?`,
        [COW_TRADE],
      );
      expect(split).toEqual({ sun_last: 1991, rus_first: 1992 });
    });
  });
});
