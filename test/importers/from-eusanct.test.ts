import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { EUSANCT, eusanctImporter } from '../../src/importers/from-eusanct.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/eusanct_cases.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const CASES = 'SELECT dataset, case_id, target, start_year, end_year, threat, imposition FROM sanction_case';
const SENDERS = `SELECT case_id, sender, sender_kind, start_year, end_year FROM sanction_sender`;

type S = [string, string, number | null, number | null];
type SenderRow = { case_id: string; sender: string; sender_kind: string; start_year: number | null; end_year: number | null };
/** Sender rows have no order of their own: compare them sorted. */
const sorted = (rows: SenderRow[]) => [...rows].sort((a, b) => `${a.case_id} ${a.sender}`.localeCompare(`${b.case_id} ${b.sender}`));
const senders = (id: string, list: S[]) =>
  list.map(([sender, kind, start, end]) => ({ case_id: id, sender, sender_kind: kind, start_year: start, end_year: end }));

/** The four Belarus cases of the README: EU and US with their own years, further senders without years. */
const BELARUS_SENDERS = [
  ...senders('1998070901', [
    ['EU', 'institution', 1998, 1999], ['USA', 'state', 1998, 1999],
    ['CZE', 'state', null, null], ['CYP', 'state', null, null], ['NOR', 'state', null, null], ['ISL', 'state', null, null],
  ]),
  ...senders('2002022701', [['USA', 'state', 2002, 2002]]),
  ...senders('2002111501', [['EU', 'institution', 2002, 2003], ['USA', 'state', 2002, 2003], ['CZE', 'state', null, null]]),
  ...senders('2004042801', [
    ['EU', 'institution', 2004, null], ['USA', 'state', 2004, null],
    ['LIE', 'state', null, null], ['ALB', 'state', null, null], ['BIH', 'state', null, null], ['NOR', 'state', null, null],
    ['COE', 'institution', null, null],
  ]),
];
const BELARUS_CASES = [
  { dataset: EUSANCT, case_id: '1998070901', target: 'BLR', start_year: 1998, end_year: 1999, threat: false, imposition: true },
  { dataset: EUSANCT, case_id: '2002022701', target: 'BLR', start_year: 2002, end_year: 2002, threat: true, imposition: false },
  { dataset: EUSANCT, case_id: '2002111501', target: 'BLR', start_year: 2002, end_year: 2003, threat: true, imposition: true },
  // EU and US sanctions ongoing at the data's end (2015): NULL end.
  { dataset: EUSANCT, case_id: '2004042801', target: 'BLR', start_year: 2004, end_year: null, threat: true, imposition: true },
];

describe('eusanctImporter on the fixture', () => {
  it('loads cases with EU, US and UN senders and quarantines bad rows with file, line, field and reason', async () => {
    const importer = eusanctImporter(ctx, { path: 'test/fixtures/eusanct_sanctions/eusanct_cases.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([
        { dataset: EUSANCT, file: FILE, read: 16, loaded: 7, quarantined: 9, written: { sanction_case: 7, sanction_sender: 29 } },
      ]);
      expect(quarantine).toEqual([
        { file: FILE, line: 9, field: null, reason: 'expected 92 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 10, field: null, reason: 'expected 92 fields, found 6' },
        { file: FILE, line: 11, field: 'startyearUS', reason: 'not a number: "20x2"' },
        { file: FILE, line: 12, field: 'targetstate', reason: 'unknown COW code 999 in 2002' },
        { file: FILE, line: 13, field: 'caseid', reason: 'duplicate key (caseid) = (2002022701), first seen at line 4' },
        { file: FILE, line: 14, field: 'US', reason: 'expected 0 or 1: "2"' },
        { file: FILE, line: 15, field: 'EU', reason: 'no sender: EU, US and UN are all 0' },
        { file: FILE, line: 16, field: 'institution2', reason: 'unknown COW IGO code 9999' },
        { file: FILE, line: 17, field: 'startyearUS', reason: 'missing value' },
      ]);
      expect(await db.all(`${CASES} ORDER BY case_id`)).toEqual([
        // From the first sender's start (UN 1962) to the last sender's end (US 1998).
        { dataset: EUSANCT, case_id: '1962110601', target: 'ZAF', start_year: 1962, end_year: 1998, threat: true, imposition: true },
        // COW 349 in 1991, before COW counts Slovenia: still Slovenia.
        { dataset: EUSANCT, case_id: '1991070501', target: 'SVN', start_year: 1991, end_year: 1996, threat: false, imposition: true },
        { dataset: EUSANCT, case_id: '1992010301', target: 'LBY', start_year: 1992, end_year: 1999, threat: true, imposition: true },
        ...BELARUS_CASES,
      ]);
      expect(sorted(await db.all<SenderRow>(`${SENDERS} WHERE case_id IN ('1962110601', '1991070501', '1992010301')`))).toEqual(sorted([
        ...senders('1962110601', [
          ['EU', 'institution', 1985, 1992], ['USA', 'state', 1963, 1998], ['UN', 'institution', 1962, 1994],
          ['CAN', 'state', null, null], ['SWE', 'state', null, null], ['JPN', 'state', null, null], ['IND', 'state', null, null],
          ['ComSec', 'institution', null, null], ['OAU', 'institution', null, null],
        ]),
        ...senders('1991070501', [['EU', 'institution', 1991, 1996], ['UN', 'institution', 1992, 1996]]),
        ...senders('1992010301', [['UN', 'institution', 1992, 1999]]),
      ]));
      expect(sorted(await db.all<SenderRow>(`${SENDERS} WHERE case_id IN ('1998070901', '2002022701', '2002111501', '2004042801')`)))
        .toEqual(sorted(BELARUS_SENDERS));
      const row = await db.one<{ attributes: string }>(`SELECT attributes FROM sanction_case WHERE case_id = '2004042801'`);
      const attributes = JSON.parse(row!.attributes) as Record<string, string>;
      expect(Object.keys(attributes).length).toBe(92);
      expect([attributes.enddateEU, attributes.impositionEU_type, attributes.datasource]).toEqual(['ongoing', '7;7b;9;10;12', 'GIGA/TIES/HSE']);
    });
  });
});

describe('eusanctImporter on the bundled EUSANCT file', () => {
  it('reads every case of the README and gives the four Belarus cases', async () => {
    await withImport(eusanctImporter(ctx), async (db, reports, quarantine) => {
      // README: 326 cases; every code resolves, nothing is quarantined.
      expect(reports).toEqual([
        {
          dataset: EUSANCT, file: `${EUSANCT}/eusanct_case_level.csv.gz`,
          read: 326, loaded: 326, quarantined: 0, written: { sanction_case: 326, sanction_sender: 678 },
        },
      ]);
      expect(quarantine).toEqual([]);
      expect(await db.all(`${CASES} WHERE dataset = ? AND target = 'BLR' ORDER BY case_id`, [EUSANCT])).toEqual(BELARUS_CASES);
      const belarus = `${SENDERS} WHERE dataset = ? AND case_id IN (SELECT case_id FROM sanction_case WHERE dataset = ? AND target = 'BLR')`;
      expect(sorted(await db.all<SenderRow>(belarus, [EUSANCT, EUSANCT]))).toEqual(sorted(BELARUS_SENDERS));
      // The file's sender combinations: 20 + 9 + 54 + 20 cases with the EU, 195 + 7 + 54 + 20 with the US, 21 + 7 + 9 + 20 with the UN.
      expect(
        await db.all(`SELECT sender, count(*)::INTEGER AS n FROM sanction_sender WHERE dataset = ? AND sender IN ('EU', 'USA', 'UN')
                      AND start_year IS NOT NULL GROUP BY sender ORDER BY sender`, [EUSANCT]),
      ).toEqual([{ sender: 'EU', n: 103 }, { sender: 'UN', n: 57 }, { sender: 'USA', n: 276 }]);
    });
  });
});
