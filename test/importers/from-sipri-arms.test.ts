import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { SIPRI_ARMS, sipriArmsImporter } from '../../src/importers/from-sipri-arms.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/sipri_tiv.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

describe('sipriArmsImporter on the fixture', () => {
  it('codes states, keeps non-state labels with a NULL code and quarantines bad rows with file, line, field and reason', async () => {
    const importer = sipriArmsImporter(ctx, { path: 'test/fixtures/sipri_arms_transfers/sipri_tiv.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([{ dataset: SIPRI_ARMS, file: FILE, read: 16, loaded: 9, quarantined: 7, written: { arms_transfer: 9 } }]);
      expect(quarantine).toEqual([
        { file: FILE, line: 11, field: null, reason: 'expected 6 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 12, field: null, reason: 'expected 6 fields, found 4' },
        { file: FILE, line: 13, field: 'tiv_musd', reason: 'not a number: "ten"' },
        { file: FILE, line: 14, field: 'recipient_cown', reason: 'unknown COW code 999 in 2016' },
        { file: FILE, line: 15, field: 'supplier, recipient, year', reason: 'duplicate key (supplier, recipient, year) = (Russia,Belarus,2020), first seen at line 2' },
        { file: FILE, line: 16, field: 'tiv_musd', reason: 'negative TIV' },
        { file: FILE, line: 17, field: 'tiv_musd', reason: 'missing value' },
      ]);
      const row = (year: number, supplier: string | null, recipient: string | null, sl: string, rl: string, tiv: number) =>
        ({ dataset: SIPRI_ARMS, year, supplier, recipient, supplier_label: sl, recipient_label: rl, tiv });
      expect(await db.all('SELECT * FROM arms_transfer ORDER BY year, supplier_label, recipient_label')).toEqual([
        // Brunei before independence: SIPRI and 360info date it by their own list; COW 835 names one state.
        row(1965, 'GBR', 'BRN', 'United Kingdom', 'Brunei', 5),
        // "*" marks a non-state armed group: NULL code although 360info gave Lebanon's 660; TIV 0 = below 0.5m.
        row(1980, 'IRN', null, 'Iran', 'Hezbollah (Lebanon)*', 0),
        row(1990, 'SUN', 'POL', 'Soviet Union', 'Poland', 227),
        // No COW code: the name decides, as the state of that year (Serbia in 1995 is FR Yugoslavia).
        row(1995, 'RUS', 'SCG', 'Russia', 'Serbia', 2),
        // Northern Cyprus is not Cyprus (360info coded it 352).
        row(1998, 'SVK', null, 'Slovakia', 'Northern Cyprus', 1),
        row(2020, 'FRA', null, 'France', 'NATO**', 294),
        row(2020, 'RUS', 'BLR', 'Russia', 'Belarus', 13),
        row(2020, null, 'BEN', 'Unknown supplier(s)', 'Benin', 1),
        row(2021, 'BLR', 'SRB', 'Belarus', 'Serbia', 75),
      ]);
    });
  });
});

describe('sipriArmsImporter on the bundled SIPRI file', () => {
  it('reads every row of the README and gives Russia\'s deliveries to Belarus', async () => {
    await withImport(sipriArmsImporter(ctx), async (db, reports, quarantine) => {
      // README: 21,324 rows; every COW code names a state in its year (or ever), every label is kept.
      expect(reports).toEqual([
        {
          dataset: SIPRI_ARMS, file: `${SIPRI_ARMS}/sipri_tiv_supplier_recipient_year_1950_2021.csv.gz`,
          read: 21_324, loaded: 21_324, quarantined: 0, written: { arms_transfer: 21_324 },
        },
      ]);
      expect(quarantine).toEqual([]);
      // Published TIV of Russia's deliveries to Belarus (file values): 41 in 1998, 13 in 2020, 62 in 2021.
      expect(
        await db.all(`SELECT year, tiv FROM arms_transfer WHERE dataset = ? AND supplier = 'RUS' AND recipient = 'BLR'
                      AND year IN (1998, 2020, 2021) ORDER BY year`, [SIPRI_ARMS]),
      ).toEqual([{ year: 1998, tiv: 41 }, { year: 2020, tiv: 13 }, { year: 2021, tiv: 62 }]);
      // 808 rows carry SIPRI's "0" (< 0.5m): kept as 0, not dropped.
      expect(await db.one(`SELECT count(*)::INTEGER AS n FROM arms_transfer WHERE dataset = ? AND tiv = 0`, [SIPRI_ARMS])).toEqual({ n: 808 });
      // The USSR supplies to 1991 (COW 365 as SUN), Russia from 1992.
      expect(
        await db.all(`SELECT supplier, min(year) AS first, max(year) AS last FROM arms_transfer
                      WHERE dataset = ? AND supplier IN ('SUN', 'RUS') GROUP BY supplier ORDER BY supplier`, [SIPRI_ARMS]),
      ).toEqual([{ supplier: 'RUS', first: 1992, last: 2021 }, { supplier: 'SUN', first: 1950, last: 1991 }]);
    });
  });
});
