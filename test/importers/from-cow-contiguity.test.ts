import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { COW_CONTIGUITY, cowContiguityImporter } from '../../src/importers/from-cow-contiguity.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/direct_contiguity_directed.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const SELECT = `SELECT dataset, state_a, state_b, type, start_date::VARCHAR AS start_date, end_date::VARCHAR AS end_date
                FROM contiguity`;

describe('cowContiguityImporter on the fixture', () => {
  it('splits records where a COW code changes state and quarantines bad rows with file, line, field and reason', async () => {
    const importer = cowContiguityImporter(ctx, { path: 'test/fixtures/cow_contiguity_v3_2/direct_contiguity_directed.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([
        { dataset: COW_CONTIGUITY, file: FILE, read: 14, loaded: 5, quarantined: 9, written: { contiguity: 10 } },
      ]);
      expect(quarantine).toEqual([
        { file: FILE, line: 3, field: 'conttype', reason: 'conttype 0 is no COW record (peacesciencer\'s "no contiguity" spell)' },
        { file: FILE, line: 8, field: null, reason: 'expected 5 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 9, field: null, reason: 'expected 5 fields, found 4' },
        { file: FILE, line: 10, field: 'conttype', reason: 'not a number: "x"' },
        { file: FILE, line: 11, field: 'ccode2', reason: 'unknown COW code 999 in 1991' },
        { file: FILE, line: 12, field: 'ccode1, ccode2, stdate', reason: 'duplicate key (ccode1, ccode2, stdate) = (2,20,1920-01-01), first seen at line 2' },
        { file: FILE, line: 13, field: 'stdate', reason: 'not a date (YYYY-MM-DD): "1991/12/01"' },
        { file: FILE, line: 14, field: 'conttype', reason: 'unknown conttype 7 (expected 1–5)' },
        { file: FILE, line: 15, field: 'enddate', reason: 'enddate 1991-12-01 before stdate 2016-12-01' },
      ]);
      const row = (a: string, b: string, type: number, start: string, end: string) =>
        ({ dataset: COW_CONTIGUITY, state_a: a, state_b: b, type, start_date: start, end_date: end });
      expect(await db.all(`${SELECT} ORDER BY state_a, state_b, start_date`)).toEqual([
        // 370-365 from Dec 1991: the USSR held 365 to the end of 1991.
        row('BLR', 'RUS', 1, '1992-01-01', '2016-12-01'),
        row('BLR', 'SUN', 1, '1991-12-01', '1991-12-01'),
        row('RUS', 'CHN', 1, '1992-01-01', '2016-12-01'),
        row('RUS', 'POL', 1, '1992-01-01', '2016-12-01'),
        // 345: Yugoslavia to 1991, FR Yugoslavia / Serbia and Montenegro 1992–2005, Serbia from 2006.
        row('SCG', 'HUN', 1, '1992-01-01', '2005-12-01'),
        row('SRB', 'HUN', 1, '2006-01-01', '2016-12-01'),
        // Hand-made record 365-710 from 1946: one row per canonical pair and sub-span, COW's outer dates kept.
        row('SUN', 'CHN', 1, '1946-01-01', '1991-12-01'),
        row('SUN', 'POL', 1, '1945-06-01', '1991-12-01'),
        row('USA', 'CAN', 1, '1920-01-01', '2016-12-01'),
        row('YUG', 'HUN', 1, '1944-10-01', '1991-12-01'),
      ]);
    });
  });
});

describe('cowContiguityImporter on the bundled COW Direct Contiguity v3.2 file', () => {
  it('reads every row of the README, keeps the 1,694 COW records and splits 365 at 1991/1992', async () => {
    await withImport(cowContiguityImporter(ctx), async (db, reports, quarantine) => {
      // README: 1,874 rows. 180 have conttype 0 (added by peacesciencer, not COW): quarantined. The other 1,694 are
      // COW's records in both directions; splitting where 365 or 345 changes state gives 1,778 rows.
      expect(reports).toEqual([
        {
          dataset: COW_CONTIGUITY, file: `${COW_CONTIGUITY}/direct_contiguity_directed.csv.gz`,
          read: 1874, loaded: 1694, quarantined: 180, written: { contiguity: 1778 },
        },
      ]);
      expect(new Set(quarantine.map((q) => `${q.field}: ${q.reason}`))).toEqual(
        new Set(['conttype: conttype 0 is no COW record (peacesciencer\'s "no contiguity" spell)']),
      );
      expect(
        await db.all(`${SELECT} WHERE dataset = ? AND state_a IN ('BLR', 'SUN', 'RUS') AND state_b IN ('BLR', 'SUN', 'RUS', 'POL')
                      ORDER BY state_a, state_b, start_date`, [COW_CONTIGUITY]),
      ).toEqual([
        { dataset: COW_CONTIGUITY, state_a: 'BLR', state_b: 'POL', type: 1, start_date: '1991-12-01', end_date: '2016-12-01' },
        { dataset: COW_CONTIGUITY, state_a: 'BLR', state_b: 'RUS', type: 1, start_date: '1992-01-01', end_date: '2016-12-01' },
        { dataset: COW_CONTIGUITY, state_a: 'BLR', state_b: 'SUN', type: 1, start_date: '1991-12-01', end_date: '1991-12-01' },
        { dataset: COW_CONTIGUITY, state_a: 'RUS', state_b: 'BLR', type: 1, start_date: '1992-01-01', end_date: '2016-12-01' },
        { dataset: COW_CONTIGUITY, state_a: 'RUS', state_b: 'POL', type: 1, start_date: '1992-01-01', end_date: '2016-12-01' },
        { dataset: COW_CONTIGUITY, state_a: 'SUN', state_b: 'BLR', type: 1, start_date: '1991-12-01', end_date: '1991-12-01' },
        { dataset: COW_CONTIGUITY, state_a: 'SUN', state_b: 'POL', type: 1, start_date: '1918-11-01', end_date: '1939-09-01' },
        { dataset: COW_CONTIGUITY, state_a: 'SUN', state_b: 'POL', type: 1, start_date: '1945-06-01', end_date: '1991-12-01' },
      ]);
    });
  });
});
