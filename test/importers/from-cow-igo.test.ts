import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { COW_IGO, cowIgoImporter } from '../../src/importers/from-cow-igo.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURES = 'test/fixtures/cow_igo_v3';
const LIST = 'fixture/igo_list.csv';
const LABELS = 'fixture/igo_state_names.csv';
const MEMBERSHIPS = 'fixture/igo_membership.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const fixture = () =>
  cowIgoImporter(ctx, {
    list: { path: `${FIXTURES}/igo_list.csv`, label: LIST },
    labels: { path: `${FIXTURES}/igo_state_names.csv`, label: LABELS },
    memberships: { path: `${FIXTURES}/igo_membership.csv`, label: MEMBERSHIPS },
  });

describe('cowIgoImporter on the fixture', () => {
  it('loads IGOs, state labels and memberships, and quarantines bad rows with file, line, field and reason', async () => {
    await withImport(fixture(), async (db, reports, quarantine) => {
      expect(reports.map(({ file, read, loaded, quarantined, written }) => ({ file, read, loaded, quarantined, written }))).toEqual([
        { file: LIST, read: 12, loaded: 7, quarantined: 5, written: { igo: 7 } },
        { file: LABELS, read: 6, loaded: 3, quarantined: 3, written: { igo_state_label: 6 } },
        { file: MEMBERSHIPS, read: 15, loaded: 7, quarantined: 8, written: { igo_membership: 7 } },
      ]);
      expect(quarantine).toEqual([
        { file: LIST, line: 9, field: null, reason: 'expected 14 fields, found 1 (delimiter ";"?)' },
        { file: LIST, line: 10, field: null, reason: 'expected 14 fields, found 5' },
        { file: LIST, line: 11, field: 'ionum', reason: 'not a number: "abc"' },
        { file: LIST, line: 12, field: 'ioname', reason: 'duplicate key (ioname) = (CIS), first seen at line 2' },
        { file: LIST, line: 13, field: 'political', reason: 'expected 0 or 1: "2"' },
        // Hand-made: COW 260 (FRG) and 255 (Germany) are both DEU, so a second DEU row for 1990 is a duplicate.
        {
          file: MEMBERSHIPS, line: 9, field: 'state, year, ioname',
          reason: 'duplicate key (state, year, ioname) = (DEU,1990,UN), first seen at line 8',
        },
        { file: MEMBERSHIPS, line: 10, field: null, reason: 'expected 4 fields, found 1 (delimiter ";"?)' },
        { file: MEMBERSHIPS, line: 11, field: null, reason: 'expected 4 fields, found 3' },
        { file: MEMBERSHIPS, line: 12, field: 'year', reason: 'not a number: "20x4"' },
        { file: MEMBERSHIPS, line: 13, field: 'ccode', reason: 'unknown COW code 999 in 2014' },
        {
          file: MEMBERSHIPS, line: 14, field: 'state, year, ioname',
          reason: 'duplicate key (state, year, ioname) = (BLR,2014,CIS), first seen at line 2',
        },
        { file: MEMBERSHIPS, line: 15, field: 'ioname', reason: `IGO "EAEU" is not in ${LIST}` },
        { file: MEMBERSHIPS, line: 16, field: 'status', reason: 'unknown status 0 (expected 1, 2, 3 or -9)' },
        { file: LABELS, line: 5, field: 'ccode', reason: 'unknown COW code 999' },
        { file: LABELS, line: 6, field: 'ccode', reason: 'duplicate key (ccode) = (370), first seen at line 3' },
        { file: LABELS, line: 7, field: 'ccode', reason: 'not a number: "x"' },
      ]);
      const base = { dataset: COW_IGO, end_year: null };
      expect(await db.all('SELECT * FROM igo ORDER BY igo')).toEqual([
        {
          ...base, igo: 'ACP', ionum: 220, name: 'ACP Group', long_name: 'African, Caribbean and Pacific Group of States (ACP Group)',
          start_year: 1975, political: false, social: false, economic: true,
        },
        {
          ...base, igo: 'BIPM', ionum: 2470, name: 'International Bureau of Weights & Measures',
          long_name: 'International Bureau of Weights and Measures (BIPM)', start_year: 1875, political: false, social: false, economic: true,
        },
        {
          ...base, igo: 'CERN', ionum: 1720, name: 'European Org for Nuclear Research',
          long_name: 'European Organization for Nuclear Research', start_year: 1954, political: false, social: false, economic: true,
        },
        {
          ...base, igo: 'CIS', ionum: 1230, name: 'Commonwealth of Independent States',
          long_name: 'Commonwealth of Independent States (CIS)', start_year: 1991, political: true, social: false, economic: false,
        },
        {
          ...base, igo: 'CSTO', ionum: 1125, name: 'Collective Security Treaty Organization',
          long_name: 'Collective Security Treaty Organization (CSTO)', start_year: 2002, political: true, social: false, economic: false,
        },
        // Type flags empty in the source: unknown, not false.
        {
          dataset: COW_IGO, igo: 'PCB', ionum: 3870, name: 'Pacific Cable-Board', long_name: 'Pacific Cable Board',
          start_year: 1920, end_year: 1928, political: null, social: null, economic: null,
        },
        {
          ...base, igo: 'UN', ionum: 4400, name: 'United Nations', long_name: 'United Nations', start_year: 1945,
          political: true, social: false, economic: false,
        },
      ]);
      // A COW code that stood for several states labels each of them (365: SUN and RUS; 345: SRB, YUG, SCG).
      expect(await db.all('SELECT dataset, ccode, state, label FROM igo_state_label ORDER BY ccode, state')).toEqual([
        { dataset: COW_IGO, ccode: 345, state: 'SCG', label: 'yugoslaviaserb' },
        { dataset: COW_IGO, ccode: 345, state: 'SRB', label: 'yugoslaviaserb' },
        { dataset: COW_IGO, ccode: 345, state: 'YUG', label: 'yugoslaviaserb' },
        { dataset: COW_IGO, ccode: 365, state: 'RUS', label: 'russia' },
        { dataset: COW_IGO, ccode: 365, state: 'SUN', label: 'russia' },
        { dataset: COW_IGO, ccode: 370, state: 'BLR', label: 'belarus' },
      ]);
      expect(await db.all('SELECT * FROM igo_membership ORDER BY year, state, igo')).toEqual([
        { dataset: COW_IGO, year: 1990, state: 'DEU', igo: 'UN', status: 'full' },
        { dataset: COW_IGO, year: 1991, state: 'SUN', igo: 'CIS', status: 'full' },
        { dataset: COW_IGO, year: 1993, state: 'RUS', igo: 'CERN', status: 'observer' },
        { dataset: COW_IGO, year: 2014, state: 'BLR', igo: 'ACP', status: 'missing' },
        { dataset: COW_IGO, year: 2014, state: 'BLR', igo: 'BIPM', status: 'associate' },
        { dataset: COW_IGO, year: 2014, state: 'BLR', igo: 'CIS', status: 'full' },
        { dataset: COW_IGO, year: 2014, state: 'RUS', igo: 'CIS', status: 'full' },
      ]);
    });
  });
});

describe('cowIgoImporter on the bundled COW IGO v3 files', () => {
  it('reads every row of the README and gives Belarus its 2014 memberships', async () => {
    await withImport(cowIgoImporter(ctx), async (db, reports, quarantine) => {
      // README: 534 IGOs, 217 state labels, 570,145 state-IGO-years; every code resolves, nothing is quarantined.
      // 217 labels give 220 rows: 365 is SUN and RUS, 345 is SRB, YUG and SCG.
      expect(reports).toEqual([
        { dataset: COW_IGO, file: `${COW_IGO}/igo_list.csv.gz`, read: 534, loaded: 534, quarantined: 0, written: { igo: 534 } },
        {
          dataset: COW_IGO, file: `${COW_IGO}/igo_state_names.csv.gz`, read: 217, loaded: 217, quarantined: 0,
          written: { igo_state_label: 220 },
        },
        {
          dataset: COW_IGO, file: `${COW_IGO}/igo_membership_state_year_1965_2014.csv.gz`,
          read: 570_145, loaded: 570_145, quarantined: 0, written: { igo_membership: 570_145 },
        },
      ]);
      expect(quarantine).toEqual([]);
      expect(
        await db.all(`SELECT status, count(*)::INTEGER AS n FROM igo_membership WHERE dataset = ? GROUP BY status ORDER BY status`, [COW_IGO]),
      ).toEqual([
        { status: 'associate', n: 795 },
        { status: 'full', n: 435_674 },
        { status: 'missing', n: 131_385 },
        { status: 'observer', n: 2_291 },
      ]);
      const belarus = await db.one<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM igo_membership WHERE dataset = ? AND state = 'BLR' AND year = 2014 AND status = 'full'`,
        [COW_IGO],
      );
      expect(belarus).toEqual({ n: 48 });
      expect(
        await db.all(
          `SELECT i.name, list(m.state ORDER BY m.state) AS full_members
           FROM igo_membership m JOIN igo i USING (dataset, igo)
           WHERE m.dataset = ? AND m.year = 2014 AND m.state IN ('BLR', 'RUS') AND m.status = 'full'
             AND m.igo IN ('CIS', 'EAEC', 'CSTO')
           GROUP BY i.name ORDER BY i.name`,
          [COW_IGO],
        ),
      ).toEqual([
        { name: 'Collective Security Treaty Organization', full_members: ['BLR', 'RUS'] },
        { name: 'Commonwealth of Independent States', full_members: ['BLR', 'RUS'] },
        { name: 'Eurasian Economic Community', full_members: ['BLR', 'RUS'] },
      ]);
    });
  });
});
