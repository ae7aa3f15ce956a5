import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { ATOP, atopImporter } from '../../src/importers/from-atop-alliances.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/atop_directed_dyad_year.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const fixture = () => atopImporter(ctx, { path: 'test/fixtures/atop_alliances_v5_1/atop_directed_dyad_year.csv', label: FILE });

describe('atopImporter on the fixture', () => {
  it('loads directed dyad-years with five booleans and quarantines bad rows with file, line, field and reason', async () => {
    await withImport(fixture(), async (db, reports, quarantine) => {
      expect(reports).toEqual([{ dataset: ATOP, file: FILE, read: 14, loaded: 6, quarantined: 8, written: { alliance: 6 } }]);
      expect(quarantine).toEqual([
        // COW 260 (FRG) and 255 (Germany) are both DEU: ATOP lists both in 1990.
        { file: FILE, line: 5, field: 'state_a, state_b, year', reason: 'duplicate key (state_a, state_b, year) = (DEU,USA,1990), first seen at line 4' },
        { file: FILE, line: 9, field: null, reason: 'expected 8 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 10, field: null, reason: 'expected 8 fields, found 6' },
        { file: FILE, line: 11, field: 'year', reason: 'not a number: "20x6"' },
        { file: FILE, line: 12, field: 'ccode2', reason: 'unknown COW code 999 in 2016' },
        { file: FILE, line: 13, field: 'state_a, state_b, year', reason: 'duplicate key (state_a, state_b, year) = (BLR,RUS,2018), first seen at line 8' },
        { file: FILE, line: 14, field: 'atop_defense', reason: 'expected 0 or 1: "2"' },
        { file: FILE, line: 15, field: 'atop_offense', reason: 'missing value' },
      ]);
      const row = (year: number, a: string, b: string, flags: string) => ({
        dataset: ATOP, year, state_a: a, state_b: b,
        defense: flags[0] === '1', offense: flags[1] === '1', neutrality: flags[2] === '1',
        nonaggression: flags[3] === '1', consultation: flags[4] === '1',
      });
      expect(await db.all('SELECT * FROM alliance ORDER BY year, state_a, state_b')).toEqual([
        // Hanover in 1815: ATOP dates states by its own list; COW 240 still names one state.
        row(1815, 'COW240', 'GBR', '10001'),
        // An ATOP alliance without any of the five obligations: listed, all false.
        row(1832, 'BEL', 'FRA', '00000'),
        row(1990, 'DEU', 'USA', '10011'),
        row(1990, 'SUN', 'DEU', '00111'),
        row(2018, 'BLR', 'RUS', '10011'),
        row(2018, 'RUS', 'BLR', '10011'),
      ]);
    });
  });
});

describe('atopImporter on the bundled ATOP v5.1 file', () => {
  it('reads every row of the README and gives Belarus-Russia 2018 defense, non-aggression and consultation', async () => {
    await withImport(atopImporter(ctx), async (db, reports, quarantine) => {
      // README: 273,296 rows. Only the 64 rows of 1990 where COW 260 (FRG) repeats a COW 255 (Germany) dyad are
      // quarantined: both codes are DEU (62 carry the same flags; SUN-DEU keeps unified Germany's neutrality pledge).
      expect(reports).toEqual([
        {
          dataset: ATOP, file: `${ATOP}/atop_directed_dyad_year_1815_2018.csv.gz`,
          read: 273_296, loaded: 273_232, quarantined: 64, written: { alliance: 273_232 },
        },
      ]);
      expect(quarantine.length).toBe(64);
      const pattern = /^duplicate key \(state_a, state_b, year\) = \((DEU,[A-Z0-9]+|[A-Z0-9]+,DEU),1990\), first seen at line \d+$/;
      expect(quarantine.filter((q) => q.field === 'state_a, state_b, year' && pattern.test(q.reason)).length).toBe(64);
      expect(
        await db.all(`SELECT year, state_a, state_b, defense, offense, neutrality, nonaggression, consultation FROM alliance
                      WHERE dataset = ? AND year = 2018 AND state_a = 'BLR' AND state_b = 'RUS'`, [ATOP]),
      ).toEqual([
        { year: 2018, state_a: 'BLR', state_b: 'RUS', defense: true, offense: false, neutrality: false, nonaggression: true, consultation: true },
      ]);
      // README: 170 rows have all five flags 0.
      const none = await db.one(
        `SELECT count(*)::INTEGER AS n FROM alliance
         WHERE dataset = ? AND NOT (defense OR offense OR neutrality OR nonaggression OR consultation)`,
        [ATOP],
      );
      expect(none).toEqual({ n: 170 });
    });
  });
});
