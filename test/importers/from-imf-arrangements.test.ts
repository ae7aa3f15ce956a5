import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { IMF_ARRANGEMENTS, imfArrangementsImporter } from '../../src/importers/from-imf-arrangements.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURE = 'test/fixtures/imf_fund_arrangements/arrangements.csv';
const LABEL = 'fixture/arrangements.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const COLUMNS = `country, arrangement_type, account, approved::VARCHAR AS approved, year, expiration::VARCHAR AS expiration,
  actual_expiration::VARCHAR AS actual_expiration, cancellation::VARCHAR AS cancellation, duration_months, quota_sdr_mn,
  amount_approved, amount_unit, approved_pct_quota, disbursed_sdr_mn, precautionary, exceptional_access`;

describe('imfArrangementsImporter on the fixture', () => {
  it('places each arrangement with the member of its year, keeps units and quarantines bad rows', async () => {
    await withImport(imfArrangementsImporter(ctx, { path: FIXTURE, label: LABEL }), async (db, reports, quarantine) => {
      expect(reports).toEqual([
        { dataset: IMF_ARRANGEMENTS, file: LABEL, read: 14, loaded: 7, quarantined: 7, written: { imf_arrangement: 7 } },
      ]);
      expect(quarantine).toEqual([
        { file: LABEL, line: 9, field: null, reason: 'expected 28 fields, found 1 (delimiter ";"?)' },
        { file: LABEL, line: 10, field: null, reason: 'expected 28 fields, found 9' },
        { file: LABEL, line: 11, field: 'total_amount_approved', reason: 'not a number: "abc"' },
        { file: LABEL, line: 12, field: 'ifs_code', reason: 'unknown IFS code 999 and country "Atlantis" in 1995' },
        {
          file: LABEL, line: 13, field: 'ifs_code, arrangement_type, date_of_arrangement',
          reason: 'duplicate key (ifs_code, arrangement_type, date_of_arrangement) = (913,SBA,1995-09-12), first seen at line 2',
        },
        { file: LABEL, line: 14, field: 'year', reason: 'year 1996 differs from date_of_arrangement 1995-10-12' },
        { file: LABEL, line: 15, field: 'exceptional_access', reason: 'expected Y or N: "X"' },
      ]);
      const row = (
        country: string, arrangement_type: string, approved: string, expiration: string, actual_expiration: string,
        cancellation: string | null, duration_months: number, quota_sdr_mn: number | null, amount_approved: number,
        amount_unit: string, approved_pct_quota: number | null, disbursed_sdr_mn: number | null,
        precautionary: boolean | null, exceptional_access: boolean | null,
      ) => ({
        country, arrangement_type, account: 'GRA', approved, year: Number(approved.slice(0, 4)), expiration,
        actual_expiration, cancellation, duration_months, quota_sdr_mn, amount_approved, amount_unit, approved_pct_quota,
        disbursed_sdr_mn, precautionary, exceptional_access,
      });
      expect(await db.all(`SELECT ${COLUMNS} FROM imf_arrangement ORDER BY approved`)).toEqual([
        // IFS 965 has no member today; "Yugoslavia, FR" is the SFRY's successor, so 1961 goes to YUG. US$ before 1972.
        row('YUG', 'SBA', '1961-01-01', '1961-12-31', '1961-12-31', null, 12, 277, 30, 'USD mn', 10.8303, null, null, null),
        // IFS 935 is the Czech Republic today; in 1991–1992 the member was Czechoslovakia.
        row('CSK', 'SBA', '1991-01-07', '1992-03-06', '1992-04-03', null, 14, 590, 619.5, 'SDR mn', 105, null, null, null),
        row('CSK', 'SBA', '1992-04-03', '1993-04-02', '1992-12-31', '1992-12-31', 12, 590, 236, 'SDR mn', 40, null, null, null),
        row('BLR', 'SBA', '1995-09-12', '1996-09-11', '1996-09-11', null, 12, 280.4, 196.28, 'SDR mn', 70, null, null, null),
        // IFS 942 is Serbia today; the published name says Serbia & Montenegro.
        row('SCG', 'SBA', '2001-06-11', '2002-03-31', '2002-05-31', null, 10, 654.8, 200, 'SDR mn', 30.5437, 200, null, false),
        // "#VALUE!" in exceptional_access and approved_pct_of_quota_at_approval: missing, not an error of the row.
        row('SCG', 'EFF', '2002-05-14', '2005-05-13', '2006-02-28', null, 36, null, 650, 'SDR mn', null, null, false, null),
        row('BLR', 'SBA', '2009-01-12', '2010-04-11', '2010-03-30', '2010-03-30', 15, 386.4, 2269.518, 'SDR mn', 587.3494, 2269.517, false, true),
      ]);
      // attributes hold every original column exactly as published.
      const lines = readFileSync(FIXTURE, 'utf8').split('\r\n');
      const header = lines[0]!.split(',');
      const published = Object.fromEntries(header.map((h, i) => [h, lines[6]!.split(',')[i]]));
      const stored = await db.one<{ attributes: string }>(
        `SELECT attributes FROM imf_arrangement WHERE country = 'SCG' AND arrangement_type = 'EFF'`,
      );
      expect(JSON.parse(stored!.attributes)).toEqual(published);
      expect(published.exceptional_access).toBe('#VALUE!');
    });
  });
});

describe('imfArrangementsImporter on the bundled file', () => {
  it('loads all 1,285 arrangements and gives the README figures for Belarus', async () => {
    await withImport(imfArrangementsImporter(ctx), async (db, reports, quarantine) => {
      expect(reports).toEqual([
        {
          dataset: IMF_ARRANGEMENTS, file: `${IMF_ARRANGEMENTS}/imf_fund_arrangements_since_1952.csv.gz`,
          read: 1285, loaded: 1285, quarantined: 0, written: { imf_arrangement: 1285 },
        },
      ]);
      expect(quarantine).toEqual([]);
      // README: SBA 1995-09-12, SDR 196.28 m; SBA 2009-01-12, exceptional access, total SDR 2,269.518 m, fully
      // disbursed, ended 2010-03-30.
      const blr = await db.all(
        `SELECT arrangement_type, approved::VARCHAR AS approved, amount_approved, amount_unit, disbursed_sdr_mn,
                exceptional_access, actual_expiration::VARCHAR AS actual_expiration
         FROM imf_arrangement WHERE dataset = ? AND country = 'BLR' ORDER BY approved`,
        [IMF_ARRANGEMENTS],
      );
      expect(blr).toEqual([
        {
          arrangement_type: 'SBA', approved: '1995-09-12', amount_approved: 196.28, amount_unit: 'SDR mn',
          disbursed_sdr_mn: null, exceptional_access: null, actual_expiration: '1996-09-11',
        },
        {
          arrangement_type: 'SBA', approved: '2009-01-12', amount_approved: 2269.518, amount_unit: 'SDR mn',
          disbursed_sdr_mn: 2269.517, exceptional_access: true, actual_expiration: '2010-03-30',
        },
      ]);
      const units = await db.all(
        `SELECT amount_unit, min(year) AS first, max(year) AS last, count(*)::INTEGER AS n
         FROM imf_arrangement WHERE dataset = ? GROUP BY amount_unit ORDER BY first`,
        [IMF_ARRANGEMENTS],
      );
      expect(units).toEqual([
        { amount_unit: 'USD mn', first: 1952, last: 1971, n: 302 },
        { amount_unit: 'SDR mn', first: 1972, last: 2017, n: 983 },
      ]);
      // Successor codes reassigned to the member of the year: no arrangement of a state before it existed.
      const successions = await db.all(
        `SELECT country, count(*)::INTEGER AS n, min(year) AS first, max(year) AS last FROM imf_arrangement
         WHERE dataset = ? AND country IN ('CSK', 'CZE', 'SCG', 'SRB', 'YUG') GROUP BY country ORDER BY first`,
        [IMF_ARRANGEMENTS],
      );
      expect(successions).toEqual([
        { country: 'YUG', n: 12, first: 1961, last: 1990 },
        { country: 'CSK', n: 2, first: 1991, last: 1992 },
        { country: 'CZE', n: 1, first: 1993, last: 1993 },
        { country: 'SCG', n: 2, first: 2001, last: 2002 },
        { country: 'SRB', n: 3, first: 2009, last: 2015 },
      ]);
    });
  });
});
