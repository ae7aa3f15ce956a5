import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { TIES, tiesSanctionsImporter } from '../../src/importers/from-ties-sanctions.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/ties_cases.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const CASES = 'SELECT dataset, case_id, target, start_year, end_year, threat, imposition FROM sanction_case';
const SENDERS = `SELECT case_id, list(sender || ' ' || sender_kind ORDER BY sender) AS senders,
                   min(start_year) AS start_year, max(end_year) AS end_year
                 FROM sanction_sender GROUP BY case_id ORDER BY case_id`;

describe('tiesSanctionsImporter on the fixture', () => {
  it('loads cases with their senders and quarantines bad rows with file, line, field and reason', async () => {
    const importer = tiesSanctionsImporter(ctx, { path: 'test/fixtures/ties_sanctions_v4_1/ties_cases.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([
        { dataset: TIES, file: FILE, read: 15, loaded: 7, quarantined: 8, written: { sanction_case: 7, sanction_sender: 27 } },
      ]);
      expect(quarantine).toEqual([
        { file: FILE, line: 9, field: null, reason: 'expected 66 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 10, field: null, reason: 'expected 66 fields, found 4' },
        { file: FILE, line: 11, field: 'startyear', reason: 'not a number: "19x8"' },
        { file: FILE, line: 12, field: 'sender2', reason: 'unknown COW code 999 in 1998' },
        { file: FILE, line: 13, field: 'caseid', reason: 'duplicate key (caseid) = (1998071401), first seen at line 5' },
        { file: FILE, line: 14, field: 'threat', reason: 'expected 0 or 1: "2"' },
        { file: FILE, line: 15, field: 'institutionid', reason: 'unknown COW IGO code "9999"' },
        { file: FILE, line: 16, field: 'targetstate', reason: 'missing value' },
      ]);
      const c = (id: string, target: string | null, start: number, end: number | null, threat: boolean, imposition: boolean) =>
        ({ dataset: TIES, case_id: id, target, start_year: start, end_year: end, threat, imposition });
      expect(await db.all(`${CASES} ORDER BY case_id`)).toEqual([
        // COW 305 (Austria) in 1946, between its two COW spells: still Austria.
        c('1946020801', 'AUT', 1946, 1949, false, true),
        c('1953070901', 'IRN', 1953, 1954, false, true),
        // Target 1000 is the EC/EU: no state, NULL (attributes keep 1000).
        c('1971011202', null, 1971, 1971, true, false),
        c('1979019901', 'VNM', 1979, 1989, true, true),
        // COW 365 in 1982 is the USSR; an empty endyear is ongoing at the data's end.
        c('1982012001', 'SUN', 1982, null, false, true),
        c('1998071401', 'BLR', 1998, 1999, true, true),
        c('2004042801', 'BLR', 2004, null, false, true),
      ]);
      expect(await db.all(SENDERS)).toEqual([
        { case_id: '1946020801', senders: ['SUN state'], start_year: 1946, end_year: 1949 },
        // sender1–5 empty: primarysender (2) is the sender.
        { case_id: '1953070901', senders: ['USA state'], start_year: 1953, end_year: 1954 },
        { case_id: '1971011202', senders: ['IRN state', 'IRQ state', 'LBY state', 'OPEC institution', 'SAU state', 'VEN state'], start_year: 1971, end_year: 1971 },
        // institutionid "4400 2400 2880 4400": UN once.
        {
          case_id: '1979019901',
          senders: ['AUS state', 'DNK state', 'GBR state', 'IBRD institution', 'IMF institution', 'JPN state', 'UN institution', 'USA state'],
          start_year: 1979, end_year: 1989,
        },
        { case_id: '1982012001', senders: ['EEC institution'], start_year: 1982, end_year: null },
        { case_id: '1998071401', senders: ['FRA state', 'GBR state', 'GRC state', 'ITA state', 'USA state'], start_year: 1998, end_year: 1999 },
        // sender1 1000 is the EU that institutionid 1830 already names: one EU sender.
        { case_id: '2004042801', senders: ['ALB state', 'BIH state', 'EU institution', 'LIE state', 'USA state'], start_year: 2004, end_year: null },
      ]);
      // attributes: every column of the file, in its order, as published (odd characters and quoted commas included).
      const row = await db.one<{ attributes: string }>(`SELECT attributes FROM sanction_case WHERE case_id = '1946020801'`);
      const attributes = JSON.parse(row!.attributes) as Record<string, string>;
      expect(Object.keys(attributes).length).toBe(66);
      expect(Object.keys(attributes).slice(0, 4)).toEqual(['caseid', 'startmonth', 'startday', 'startyear']);
      expect(attributes.otherissue).toBe(
        'Russia wanted a large amount of compensation for its losses in Austria during the war, but the other Allies didnít want to pay. Is the closes issue territorial dispute?',
      );
      expect(attributes.othersanctiontype).toBe('taking over property (ships on the Danube)');
      expect(attributes.endmonth).toBe('6');
      expect(attributes.ongoingasofyear).toBe('');
    });
  });
});

describe('tiesSanctionsImporter on the bundled TIES v4.1 file', () => {
  it('reads every case of the README and finds the 86 cases of Russia/USSR or Belarus', async () => {
    await withImport(tiesSanctionsImporter(ctx), async (db, reports, quarantine) => {
      // README: 1,412 cases; every code resolves (1000 is the EC/EU), nothing is quarantined.
      expect(reports).toEqual([
        {
          dataset: TIES, file: `${TIES}/ties_v4_1_cases.csv.gz`,
          read: 1412, loaded: 1412, quarantined: 0, written: { sanction_case: 1412, sanction_sender: 2271 },
        },
      ]);
      expect(quarantine).toEqual([]);
      // README: 86 cases have Russia/USSR (365) or Belarus (370) as a sender or the target.
      expect(
        await db.one(
          `SELECT count(DISTINCT case_id)::INTEGER AS n FROM (
             SELECT case_id FROM sanction_case WHERE dataset = ? AND target IN ('SUN', 'RUS', 'BLR')
             UNION ALL SELECT case_id FROM sanction_sender WHERE dataset = ? AND sender IN ('SUN', 'RUS', 'BLR'))`,
          [TIES, TIES],
        ),
      ).toEqual({ n: 86 });
      // README: case 1998071401, senders USA, UK, France (and Italy, Greece) against Belarus, 1998-1999.
      expect(await db.all(`${CASES} WHERE dataset = ? AND case_id = '1998071401'`, [TIES])).toEqual([
        { dataset: TIES, case_id: '1998071401', target: 'BLR', start_year: 1998, end_year: 1999, threat: true, imposition: true },
      ]);
      // 44 cases target the EC/EU (1000): no state target.
      expect(await db.one(`SELECT count(*)::INTEGER AS n FROM sanction_case WHERE dataset = ? AND target IS NULL`, [TIES])).toEqual({ n: 44 });
    });
  });
});
