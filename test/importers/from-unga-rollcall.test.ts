import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { UNGA_ROLLCALL, ungaRollcallImporter } from '../../src/importers/from-unga-rollcall.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURES = 'test/fixtures/unga_rollcall_votes';
const ROLL_CALLS = 'fixture/unga_roll_calls.csv';
const VOTES = 'fixture/unga_votes.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const fixture = () =>
  ungaRollcallImporter(ctx, {
    rollCalls: { path: `${FIXTURES}/unga_roll_calls.csv`, label: ROLL_CALLS },
    votes: { path: `${FIXTURES}/unga_votes.csv`, label: VOTES },
  });

/** Identical votes 1, one abstains 0.5, opposite 0 (the README's rule), over the roll calls both states voted in. */
const AGREEMENT = `
  SELECT count(*)::INTEGER AS common,
         round(avg(CASE WHEN a.vote = b.vote THEN 1 WHEN a.vote = 'abstain' OR b.vote = 'abstain' THEN 0.5 ELSE 0 END), 3)::DOUBLE AS agreement
  FROM unga_vote a JOIN unga_vote b USING (dataset, rcid)
  WHERE a.dataset = ? AND a.state = ? AND b.state IN (SELECT unnest(string_split(?, ',')))`;

describe('ungaRollcallImporter on the fixture', () => {
  it('loads roll calls and votes by the seat\'s state of the year, and quarantines bad rows with file, line, field and reason', async () => {
    await withImport(fixture(), async (db, reports, quarantine) => {
      expect(reports.map(({ file, read, loaded, quarantined, written }) => ({ file, read, loaded, quarantined, written }))).toEqual([
        { file: ROLL_CALLS, read: 12, loaded: 6, quarantined: 6, written: { unga_rollcall: 6 } },
        { file: VOTES, read: 15, loaded: 8, quarantined: 7, written: { unga_vote: 8 } },
      ]);
      expect(quarantine).toEqual([
        { file: ROLL_CALLS, line: 8, field: null, reason: 'expected 9 fields, found 1 (delimiter ";"?)' },
        { file: ROLL_CALLS, line: 9, field: null, reason: 'expected 9 fields, found 5' },
        { file: ROLL_CALLS, line: 10, field: 'session', reason: 'not a number: "4x"' },
        { file: ROLL_CALLS, line: 11, field: 'rcid', reason: 'duplicate key (rcid) = (3587), first seen at line 2' },
        { file: ROLL_CALLS, line: 12, field: 'date', reason: 'not a date (YYYY-MM-DD): "04/11/1991"' },
        { file: ROLL_CALLS, line: 13, field: 'importantvote', reason: 'expected 0 or 1: "2"' },
        { file: VOTES, line: 10, field: null, reason: 'expected 3 fields, found 1 (delimiter ";"?)' },
        { file: VOTES, line: 11, field: null, reason: 'expected 3 fields, found 2' },
        { file: VOTES, line: 12, field: 'rcid', reason: 'not a number: "53x3"' },
        { file: VOTES, line: 13, field: 'country_iso3', reason: 'unknown country code XXX' },
        { file: VOTES, line: 14, field: 'rcid, state', reason: 'duplicate key (rcid, state) = (5313,BLR), first seen at line 8' },
        { file: VOTES, line: 15, field: 'vote', reason: 'unknown vote "maybe" (expected yes, no or abstain)' },
        { file: VOTES, line: 16, field: 'rcid', reason: `roll call 9999 is not in ${ROLL_CALLS}` },
      ]);
      expect(
        await db.all(`SELECT dataset, rcid, session, date::VARCHAR AS date, year, resolution, important, amendment, paragraph, title, issue_codes
                      FROM unga_rollcall ORDER BY rcid`),
      ).toEqual([
        // Empty amend / para cells stay NULL: the source only marks 1.
        { dataset: UNGA_ROLLCALL, rcid: 3587, session: 46, date: '1991-10-04', year: 1991, resolution: 'R/46/9', important: false, amendment: null, paragraph: null, title: 'COMOROS, MAYOTTE', issue_codes: null },
        { dataset: UNGA_ROLLCALL, rcid: 3589, session: 46, date: '1991-11-04', year: 1991, resolution: 'R/46/16', important: true, amendment: null, paragraph: null, title: 'IAEA, REPORT', issue_codes: null },
        { dataset: UNGA_ROLLCALL, rcid: 4320, session: 56, date: '2001-11-06', year: 2001, resolution: 'R/56/24O', important: false, amendment: null, paragraph: null, title: 'NON-PROLIFERATION TREATY, 2005 REVIEW', issue_codes: 'di;nu' },
        { dataset: UNGA_ROLLCALL, rcid: 5313, session: 69, date: '2014-10-28', year: 2014, resolution: 'R/69/5', important: true, amendment: null, paragraph: null, title: null, issue_codes: 'ec' },
        { dataset: UNGA_ROLLCALL, rcid: 5640, session: 54, date: '1999-12-01', year: 1999, resolution: 'R/54/54D', important: null, amendment: null, paragraph: true, title: null, issue_codes: 'di;nu' },
        { dataset: UNGA_ROLLCALL, rcid: 5653, session: 54, date: '1999-12-15', year: 1999, resolution: 'R/54/117', important: null, amendment: true, paragraph: null, title: null, issue_codes: null },
      ]);
      expect(await db.all('SELECT dataset, rcid, state, vote FROM unga_vote ORDER BY rcid, state')).toEqual([
        { dataset: UNGA_ROLLCALL, rcid: 3587, state: 'BLR', vote: 'yes' },
        { dataset: UNGA_ROLLCALL, rcid: 3587, state: 'CSK', vote: 'abstain' },
        // RUS in October 1991 is still the USSR's seat.
        { dataset: UNGA_ROLLCALL, rcid: 3587, state: 'SUN', vote: 'yes' },
        { dataset: UNGA_ROLLCALL, rcid: 3587, state: 'YUG', vote: 'yes' },
        // YUG is FR Yugoslavia as seated: Serbia and Montenegro in 2001, Serbia in 2014.
        { dataset: UNGA_ROLLCALL, rcid: 4320, state: 'SCG', vote: 'yes' },
        { dataset: UNGA_ROLLCALL, rcid: 5313, state: 'BLR', vote: 'yes' },
        { dataset: UNGA_ROLLCALL, rcid: 5313, state: 'SRB', vote: 'yes' },
        { dataset: UNGA_ROLLCALL, rcid: 5653, state: 'RUS', vote: 'abstain' },
      ]);
    });
  });
});

describe('ungaRollcallImporter on the bundled roll-call files', () => {
  it('reads every row of the README and reproduces the Belarus-Russia agreement', async () => {
    await withImport(ungaRollcallImporter(ctx), async (db, reports, quarantine) => {
      // README: 2,565 roll calls and 431,857 votes; every code resolves, nothing is quarantined.
      expect(reports).toEqual([
        {
          dataset: UNGA_ROLLCALL, file: `${UNGA_ROLLCALL}/unga_roll_calls_1991_2019.csv.gz`,
          read: 2565, loaded: 2565, quarantined: 0, written: { unga_rollcall: 2565 },
        },
        {
          dataset: UNGA_ROLLCALL, file: `${UNGA_ROLLCALL}/unga_votes_1991_2019.csv.gz`,
          read: 431_857, loaded: 431_857, quarantined: 0, written: { unga_vote: 431_857 },
        },
      ]);
      expect(quarantine).toEqual([]);
      // README: Belarus-Russia 0.868 over 2,437 common votes 1991-2019 (the Moscow seat: USSR to Dec 1991, then Russia),
      // Belarus-USA 0.329, Belarus-Poland 0.730, Belarus-China 0.883.
      expect(await db.one(AGREEMENT, [UNGA_ROLLCALL, 'BLR', 'SUN,RUS'])).toEqual({ common: 2437, agreement: 0.868 });
      expect((await db.one(AGREEMENT, [UNGA_ROLLCALL, 'BLR', 'USA']))?.agreement).toBe(0.329);
      expect((await db.one(AGREEMENT, [UNGA_ROLLCALL, 'BLR', 'POL']))?.agreement).toBe(0.73);
      expect((await db.one(AGREEMENT, [UNGA_ROLLCALL, 'BLR', 'CHN']))?.agreement).toBe(0.883);
      // The seat of 365 changes state with the year: 71 Soviet votes in 1991, none by SUN after.
      expect(
        await db.all(`SELECT v.state, min(r.year) AS first, max(r.year) AS last, count(*)::INTEGER AS votes
                      FROM unga_vote v JOIN unga_rollcall r USING (dataset, rcid)
                      WHERE v.dataset = ? AND v.state IN ('SUN', 'YUG', 'SCG', 'SRB') GROUP BY v.state ORDER BY v.state`, [UNGA_ROLLCALL]),
      ).toEqual([
        { state: 'SCG', first: 1992, last: 2005, votes: 503 },
        { state: 'SRB', first: 2006, last: 2020, votes: 1277 },
        { state: 'SUN', first: 1991, last: 1991, votes: 71 },
        { state: 'YUG', first: 1991, last: 1991, votes: 74 },
      ]);
    });
  });
});
