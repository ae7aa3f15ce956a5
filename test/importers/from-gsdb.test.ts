// GSDB case-level files (`interdep import gsdb`): cases and senders land in the sanctions tables TIES and EUSANCT fill,
// with several states in one field, names with a comma of their own and names read in their year; bad rows are
// quarantined with file, line, field and reason; a re-import replaces; sanctions after 2015 become visible.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eusanctImporter } from '../../src/importers/from-eusanct.js';
import { runImporter } from '../../src/importers/engine.js';
import { importUserFile } from '../../src/importers/import-user-file.js';
import type { Database } from '../../src/store/db.js';
import { emptyDb, quarantineOf, USER_FIXTURES, userContext, withUserImport } from '../helpers/user-import.js';

const FILE = 'GSDB_V4_synthetic.csv';
const PATH = join(USER_FIXTURES, 'gsdb', FILE);
const DATASET = `user:gsdb:${FILE}`;

/**
 * Sanction cases in force in `year` that `sender` imposes on `target`, over every sanctions dataset: what a dyadic
 * sanctions measure counts (a case is in force from its start year to its end year; a NULL end is ongoing).
 */
async function inForce(db: Database, target: string, sender: string, year: number): Promise<string[]> {
  const rows = await db.all<{ id: string }>(
    `SELECT DISTINCT c.dataset || ':' || c.case_id AS id
       FROM sanction_case c JOIN sanction_sender s ON s.dataset = c.dataset AND s.case_id = c.case_id
      WHERE c.target = ? AND s.sender = ?
        AND c.start_year <= ? AND (c.end_year IS NULL OR c.end_year >= ?)
        AND coalesce(s.start_year, c.start_year) <= ? AND (coalesce(s.end_year, c.end_year) IS NULL OR coalesce(s.end_year, c.end_year) >= ?)
      ORDER BY id`,
    [target, sender, year, year, year, year],
  );
  return rows.map((r) => r.id);
}

describe('gsdbImporter on the synthetic fixture', () => {
  it('loads one case row per target and one sender row per sender, and quarantines bad rows', async () => {
    await withUserImport({ format: 'gsdb', path: PATH }, async (db, result, quarantine) => {
      expect(result.reports).toEqual([
        { dataset: DATASET, file: FILE, read: 14, loaded: 6, quarantined: 8, written: { sanction_case: 7, sanction_sender: 8 } },
      ]);
      expect(await db.all('SELECT case_id, target, start_year, end_year, threat, imposition FROM sanction_case ORDER BY case_id, target')).toEqual([
        { case_id: '9001', target: 'BLR', start_year: 2020, end_year: 2023, threat: null, imposition: true },
        { case_id: '9002', target: 'RUS', start_year: 2014, end_year: 2023, threat: null, imposition: true },
        // Two targets in one field: one case row each.
        { case_id: '9003', target: 'BLR', start_year: 2022, end_year: 2023, threat: null, imposition: true },
        { case_id: '9003', target: 'RUS', start_year: 2022, end_year: 2023, threat: null, imposition: true },
        // "Korea, North": one name with a comma of its own.
        { case_id: '9004', target: 'PRK', start_year: 2010, end_year: 2011, threat: null, imposition: true },
        { case_id: '9005', target: 'IRN', start_year: 2006, end_year: 2015, threat: null, imposition: true },
        // "Soviet Union" in 1980.
        { case_id: '9006', target: 'SUN', start_year: 1980, end_year: 1981, threat: null, imposition: true },
      ]);
      expect(await db.all('SELECT case_id, sender, sender_kind, start_year, end_year FROM sanction_sender ORDER BY case_id, sender')).toEqual([
        { case_id: '9001', sender: 'EU', sender_kind: 'institution', start_year: 2020, end_year: 2023 },
        { case_id: '9002', sender: 'CAN', sender_kind: 'state', start_year: 2014, end_year: 2023 },
        { case_id: '9002', sender: 'GBR', sender_kind: 'state', start_year: 2014, end_year: 2023 },
        { case_id: '9002', sender: 'USA', sender_kind: 'state', start_year: 2014, end_year: 2023 },
        { case_id: '9003', sender: 'EU', sender_kind: 'institution', start_year: 2022, end_year: 2023 },
        { case_id: '9004', sender: 'KOR', sender_kind: 'state', start_year: 2010, end_year: 2011 },
        { case_id: '9005', sender: 'UN', sender_kind: 'institution', start_year: 2006, end_year: 2015 },
        { case_id: '9006', sender: 'USA', sender_kind: 'state', start_year: 1980, end_year: 1981 },
      ]);
      const attributes = await db.one<{ a: string }>(`SELECT attributes::VARCHAR AS a FROM sanction_case WHERE case_id = '9003' AND target = 'RUS'`);
      expect(JSON.parse(attributes!.a)).toEqual({
        case_id: '9003', sanctioned_state: 'Russia, Belarus', sanctioning_state: 'EU', begin: '2022', end: '2023', trade: '1',
        descr_trade: 'exp_compl,imp_part', arms: '1', military: '1', financial: '1', travel: '1', other: '1', target_mult: '1',
        sender_mult: '0', objective: 'end_war,territorial_conflict', success: 'ongoing',
      });
      expect(quarantine).toEqual([
        { file: FILE, line: 8, field: 'end', reason: 'end 2019 is before begin 2021' },
        { file: FILE, line: 9, field: 'sanctioning_state', reason: '"Atlantis" is not a state or an organisation this importer knows (in 2021)' },
        { file: FILE, line: 10, field: 'financial', reason: 'expected 0 or 1: "2"' },
        { file: FILE, line: 11, field: 'trade', reason: 'no sanction type: trade, arms, military, financial, travel, other are all 0' },
        {
          file: FILE, line: 12, field: 'case_id, begin, end, sanctioned_state, sanctioning_state',
          reason: 'duplicate key (case_id, begin, end, sanctioned_state, sanctioning_state) = (9001|2020|2023|Belarus|EU), first seen at line 2',
        },
        { file: FILE, line: 13, field: 'descr_trade', reason: 'unknown trade sanction kind "exp_total" (expected exp_compl, imp_compl, exp_part, imp_part)' },
        { file: FILE, line: 14, field: 'begin', reason: 'not a number: "20x0"' },
        { file: FILE, line: 15, field: null, reason: 'expected 16 fields, found 4' },
      ]);
      expect(await db.one('SELECT title, publisher, origin, bundled FROM dataset')).toEqual({
        title: FILE, publisher: 'Felbermayr, Kirilakha, Syropoulos, Yalcin & Yotov (Global Sanctions Data Base)', origin: 'user file (gsdb)', bundled: false,
      });
    });
  });

  it('names the missing columns of a file that is not a GSDB case-level file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdep-gsdb-'));
    const db = await emptyDb();
    try {
      const path = join(dir, 'dyadic.csv');
      writeFileSync(path, 'case_id,sanctioned_state_iso3,sanctioning_state_iso3,year,trade\n1,RUS,USA,2015,1\n');
      const err = await importUserFile(db, { format: 'gsdb', path }, await userContext()).catch((e: unknown) => e);
      expect((err as Error).message).toBe(
        'dyadic.csv:1 field "sanctioned_state": not a GSDB case-level file: missing column(s) sanctioned_state, sanctioning_state, begin, ' +
          'end, descr_trade, arms, military, financial, travel, other, objective, success',
      );
      expect(await db.all('SELECT * FROM dataset')).toEqual([]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GSDB after TIES and EUSANCT', () => {
  it('adds the sanctions in force after 2015 that the bundled sources (EUSANCT ends in 2015) do not have', async () => {
    const db = await emptyDb();
    const ctx = await userContext();
    try {
      await runImporter(db, eusanctImporter(ctx, { path: 'test/fixtures/eusanct_sanctions/eusanct_cases.csv', label: 'eusanct_cases.csv' }));
      const eusanct = await inForce(db, 'BLR', 'EU', 2005);
      expect(eusanct).toEqual(['eusanct_sanctions:2004042801']);
      // Before the import: nothing in 2021 beyond EUSANCT's case that is "ongoing at the data's end" (2015).
      expect(await inForce(db, 'BLR', 'EU', 2021)).toEqual(eusanct);
      expect(await inForce(db, 'RUS', 'USA', 2021)).toEqual([]);

      await importUserFile(db, { format: 'gsdb', path: PATH }, ctx);
      expect(await inForce(db, 'BLR', 'EU', 2021)).toEqual([...eusanct, `${DATASET}:9001`]);
      expect(await inForce(db, 'BLR', 'EU', 2022)).toEqual([...eusanct, `${DATASET}:9001`, `${DATASET}:9003`]);
      expect(await inForce(db, 'RUS', 'USA', 2021)).toEqual([`${DATASET}:9002`]);
      expect(await inForce(db, 'RUS', 'USA', 2024)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('re-importing the same dataset replaces its rows (same file: identical; an edited file: its rows only)', async () => {
    const db = await emptyDb();
    const ctx = await userContext();
    const dir = mkdtempSync(join(tmpdir(), 'interdep-gsdb-'));
    try {
      const all = async () => ({
        cases: await db.all('SELECT * FROM sanction_case ORDER BY ALL'),
        senders: await db.all('SELECT * FROM sanction_sender ORDER BY ALL'),
        quarantine: await quarantineOf(db),
      });
      const path = join(dir, FILE);
      copyFileSync(PATH, path);
      await importUserFile(db, { format: 'gsdb', path, dataset: 'gsdb' }, ctx);
      const first = await all();
      await importUserFile(db, { format: 'gsdb', path, dataset: 'gsdb' }, ctx);
      expect(await all()).toEqual(first);

      // A corrected release: case 9001 ends in 2021, and the bad rows are gone.
      const lines = readFileSync(PATH, 'utf8').split('\n').slice(0, 7);
      lines[1] = lines[1]!.replace('2020,2023', '2020,2021');
      writeFileSync(path, lines.join('\n') + '\n');
      await importUserFile(db, { format: 'gsdb', path, dataset: 'gsdb' }, ctx);
      const second = await all();
      expect(second.quarantine).toEqual([]);
      expect(second.cases).toHaveLength(first.cases.length);
      expect(await inForce(db, 'BLR', 'EU', 2021)).toEqual(['gsdb:9001']);
      expect(await inForce(db, 'BLR', 'EU', 2023)).toEqual(['gsdb:9003']);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
