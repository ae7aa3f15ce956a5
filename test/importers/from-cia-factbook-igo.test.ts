import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { readCsv } from '../../src/importers/csv-reader.js';
import { CIA_FACTBOOK_IGO, ciaFactbookIgoImporter, COW_IGO_LAST_YEAR } from '../../src/importers/from-cia-factbook-igo.js';
import { IGO_CROSSWALK, igoCrosswalkImporter, type CrosswalkFiles } from '../../src/importers/from-igo-crosswalk.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURES = 'test/fixtures/cia_factbook_igo_trade_partners_1990_2025';
const ORGS = 'fixture/igo_crosswalk.csv';
const QUALIFIERS = 'fixture/qualifier_status.csv';
const EXITS = 'fixture/membership_exits.csv';
const LONG = 'fixture/igo_long.csv';

const crosswalk: CrosswalkFiles = {
  orgs: { path: `${FIXTURES}/igo_crosswalk.csv`, label: ORGS },
  qualifiers: { path: `${FIXTURES}/qualifier_status.csv`, label: QUALIFIERS },
  exits: { path: `${FIXTURES}/membership_exits.csv`, label: EXITS },
};

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const CROSSWALK_QUARANTINE = [
  { file: ORGS, line: 10, field: 'cia_org', reason: 'duplicate key (cia_org) = (CIS), first seen at line 2' },
  { file: ORGS, line: 11, field: 'igo', reason: 'relation cow needs an igo id' },
  { file: ORGS, line: 12, field: 'to_year', reason: 'to_year 2019 before from_year 2020' },
  { file: EXITS, line: 3, field: 'igo', reason: `igo "NATO" is not in ${ORGS}` },
  { file: EXITS, line: 4, field: 'state', reason: '"ROM" is not a canonical state code' },
  { file: QUALIFIERS, line: 5, field: 'status', reason: 'expected full, associate, observer or none' },
];

describe('igoCrosswalkImporter on the fixture', () => {
  it('loads organisations, qualifiers and exits, one igo row per own id, and quarantines bad decisions', async () => {
    await withImport(igoCrosswalkImporter(ctx, crosswalk), async (db, reports, quarantine) => {
      expect(reports.map(({ file, read, loaded, quarantined, written }) => ({ file, read, loaded, quarantined, written }))).toEqual([
        { file: ORGS, read: 11, loaded: 8, quarantined: 3, written: { igo_crosswalk: 8, igo: 1 } },
        { file: QUALIFIERS, read: 4, loaded: 3, quarantined: 1, written: { igo_qualifier_status: 3 } },
        { file: EXITS, read: 3, loaded: 1, quarantined: 2, written: { igo_membership_exit: 1 } },
      ]);
      expect(quarantine).toEqual(CROSSWALK_QUARANTINE);
      // EAEU and its variant EEU are one organisation: a single igo row.
      expect(await db.all('SELECT dataset, igo, ionum, name, start_year, end_year FROM igo')).toEqual([
        { dataset: IGO_CROSSWALK, igo: 'EAEU', ionum: null, name: 'Eurasian Economic Union', start_year: 2015, end_year: null },
      ]);
      expect(await db.all(`SELECT source_org, relation, igo, flags FROM igo_crosswalk WHERE source_org IN ('EAEC', 'CE', 'ICRM') ORDER BY source_org`)).toEqual([
        { source_org: 'CE', relation: 'cow', igo: 'COE', flags: '' },
        { source_org: 'EAEC', relation: 'cow', igo: 'EAEC', flags: 'end_from_treaty' },
        { source_org: 'ICRM', relation: 'none', igo: null, flags: '' },
      ]);
      expect(await db.all('SELECT qualifier, status, flags FROM igo_qualifier_status ORDER BY qualifier')).toEqual([
        { qualifier: '', status: 'full', flags: '' },
        { qualifier: 'dialogue member', status: 'none', flags: 'checked_against_cow_2014' },
        { qualifier: 'observer', status: 'observer', flags: 'checked_against_cow_2014' },
      ]);
    });
  });
});

describe('ciaFactbookIgoImporter on the fixture', () => {
  it('writes memberships only after COW ends, in force, of states, with a membership status, once, and says why for every other row', async () => {
    const importer = ciaFactbookIgoImporter(ctx, { crosswalk, memberships: { path: `${FIXTURES}/igo_long.csv`, label: LONG } });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports.map(({ file, read, loaded, quarantined, written }) => ({ file, read, loaded, quarantined, written }))).toEqual([
        { file: ORGS, read: 11, loaded: 8, quarantined: 3, written: {} },
        { file: QUALIFIERS, read: 4, loaded: 3, quarantined: 1, written: {} },
        { file: EXITS, read: 3, loaded: 1, quarantined: 2, written: {} },
        { file: LONG, read: 19, loaded: 14, quarantined: 5, written: { factbook_igo_participation: 14, igo_membership: 5 } },
      ]);
      expect(quarantine.filter((q) => q.file === LONG)).toEqual([
        { file: LONG, line: 16, field: 'org', reason: `"UNKNOWN" is not in ${ORGS}: add a row with a decision` },
        { file: LONG, line: 17, field: 'qualifier', reason: `"applicant" is not in ${QUALIFIERS}: add a row with a decision` },
        { file: LONG, line: 18, field: 'qualifier', reason: `"pending" is not in ${QUALIFIERS}: add a row with a decision` },
        { file: LONG, line: 19, field: 'iso3', reason: 'unknown country code XXX' },
        {
          file: LONG, line: 20, field: 'edition_year, name, org, qualifier',
          reason: 'duplicate key (edition_year, name, org, qualifier) = (2016,Belarus,EAEU,), first seen at line 9',
        },
      ]);
      const m = (year: number, state: string, igo: string, status: string) => ({ dataset: CIA_FACTBOOK_IGO, year, state, igo, status });
      expect(await db.all('SELECT * FROM igo_membership ORDER BY year, state, igo')).toEqual([
        m(2015, 'BLR', 'CIS', 'full'),
        m(2015, 'BLR', 'WTO', 'observer'),
        m(2016, 'BLR', 'EAEU', 'full'),
        m(2021, 'RUS', 'COE', 'full'),
        m(2021, 'UZB', 'EAEU', 'observer'),
      ]);
      expect(await db.all('SELECT edition, entity, org, qualifier, igo, status, flags FROM factbook_igo_participation ORDER BY edition, entity, org')).toEqual([
        { edition: 2014, entity: 'Belarus', org: 'EAEC', qualifier: '', igo: null, status: null, flags: 'cow_years' },
        // Years COW covers are not looked up: an organisation missing from the crosswalk is fine there.
        { edition: 2014, entity: 'Belarus', org: 'NOT-IN-CROSSWALK', qualifier: 'odd qualifier', igo: null, status: null, flags: 'cow_years' },
        { edition: 2015, entity: 'Belarus', org: 'CIS', qualifier: '', igo: 'CIS', status: 'full', flags: '' },
        { edition: 2015, entity: 'Belarus', org: 'EAEC', qualifier: '', igo: 'EAEC', status: 'full', flags: 'org_not_in_force' },
        { edition: 2015, entity: 'Belarus', org: 'ICRM', qualifier: '', igo: null, status: 'full', flags: 'org_not_imported' },
        { edition: 2015, entity: 'Belarus', org: 'SCO', qualifier: 'dialogue member', igo: 'SCO', status: null, flags: 'qualifier_not_membership' },
        { edition: 2015, entity: 'Belarus', org: 'WTO', qualifier: 'observer', igo: 'WTO', status: 'observer', flags: '' },
        { edition: 2016, entity: 'Belarus', org: 'EAEU', qualifier: '', igo: 'EAEU', status: 'full', flags: '' },
        { edition: 2021, entity: 'Russia', org: 'CE', qualifier: '', igo: 'COE', status: 'full', flags: '' },
        { edition: 2021, entity: 'Uzbekistan', org: 'EAEU', qualifier: 'observer', igo: 'EAEU', status: 'observer', flags: '' },
        { edition: 2021, entity: 'Uzbekistan', org: 'EEU', qualifier: 'observer', igo: 'EAEU', status: 'observer', flags: 'duplicate' },
        { edition: 2022, entity: 'Aruba', org: 'WTO', qualifier: 'observer', igo: 'WTO', status: 'observer', flags: 'not_a_state' },
        { edition: 2022, entity: 'European Union', org: 'WTO', qualifier: '', igo: 'WTO', status: 'full', flags: 'not_a_state' },
        { edition: 2022, entity: 'Russia', org: 'CE', qualifier: '', igo: 'COE', status: 'full', flags: 'membership_ended' },
      ]);
    });
  });
});

/** Rows of a bundled CSV (small files only). */
async function csvRows(path: string): Promise<Array<Record<string, string>>> {
  const out: Array<Record<string, string>> = [];
  let header: string[] | null = null;
  for await (const r of readCsv(path, { label: path })) {
    if (!header) header = r.fields;
    else out.push(Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ''])));
  }
  return out;
}

describe('the bundled crosswalk', () => {
  it('names every COW organisation by its COW short name and ionum, and maps CSTO and SCO to COW', async () => {
    const cow = new Map((await csvRows('data/cow_igo_v3/igo_list.csv.gz')).map((r) => [r.ioname, r.ionum]));
    const rows = await csvRows(`data/${IGO_CROSSWALK}/igo_crosswalk.csv.gz`);
    const cowRows = rows.filter((r) => r.relation === 'cow');
    expect(cowRows.length).toBe(114);
    for (const r of cowRows) expect([r.cia_org, cow.get(r.igo!)]).toEqual([r.cia_org, r.cow_ionum]);
    for (const r of rows.filter((x) => x.relation === 'new')) expect(cow.has(r.igo!)).toBe(false);
    const of = (org: string) => rows.find((r) => r.cia_org === org)!;
    expect([of('CSTO').igo, of('SCO').igo, of('EAEU').igo, of('EEU').igo, of('CE').igo, of('ICCt').igo]).toEqual(['CSTO', 'SCO', 'EAEU', 'EAEU', 'COE', 'ICC']);
  });

  it('COW IGO v3 ends in the year the Factbook takes over from', () => {
    const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as Array<{ id: string; years: { to: number } }>;
    expect(sources.find((s) => s.id === 'cow_igo_v3')!.years.to).toBe(COW_IGO_LAST_YEAR);
  });
});

describe('ciaFactbookIgoImporter on the bundled files', () => {
  it('imports 2015–2025 only and gives the hand-checked memberships', async () => {
    await withImport(ciaFactbookIgoImporter(ctx), async (db, reports, quarantine) => {
      expect(reports.at(-1)).toEqual({
        dataset: CIA_FACTBOOK_IGO, file: `${CIA_FACTBOOK_IGO}/factbook_igo_membership_long_1990_2025.csv.gz`,
        read: 335_763, loaded: 335_619, quarantined: 144,
        written: { factbook_igo_participation: 335_619, igo_membership: 72_675 },
      });
      // Only repeated rows are refused: two Serbia entries (2008), Austria listed twice (2015), UNISFA twice (BRA, PAK 2022–2025).
      expect(new Set(quarantine.map((q) => q.reason.replace(/ = .*/, '')))).toEqual(new Set(['duplicate key (edition_year, name, org, qualifier)']));
      expect(await db.one('SELECT min(year)::INTEGER AS lo, max(year)::INTEGER AS hi FROM igo_membership')).toEqual({ lo: COW_IGO_LAST_YEAR + 1, hi: 2025 });

      // zcat factbook_igo_membership_long_1990_2025.csv.gz | grep ',BLR,Belarus,EAEU,': editions 2016–2025 (treaty in force
      // 1 January 2015; the CIA added it one edition late, so Belarus has no EAEU row for 2015).
      expect(await db.all(`SELECT year, status FROM igo_membership WHERE state = 'BLR' AND igo = 'EAEU' ORDER BY year`))
        .toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) => ({ year, status: 'full' })));
      expect(await db.all(`SELECT flags FROM factbook_igo_participation WHERE state = 'BLR' AND org = 'EAEC' AND edition = 2020`)).toEqual([{ flags: 'org_not_in_force' }]);
      // grep '^2020,' | grep ',CSTO,': Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan.
      expect(await db.all(`SELECT state FROM igo_membership WHERE igo = 'CSTO' AND year = 2020 AND status = 'full' ORDER BY state`))
        .toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'].map((state) => ({ state })));
      // Uzbekistan is listed in CSTO in the 2015 and 2016 editions although it suspended in 2012 (membership_exits.csv).
      expect(await db.all(`SELECT edition, flags FROM factbook_igo_participation WHERE state = 'UZB' AND org = 'CSTO' AND edition > 2014 ORDER BY edition`))
        .toEqual([{ edition: 2015, flags: 'membership_ended' }, { edition: 2016, flags: 'membership_ended' }]);
      // grep ',BLR,Belarus,WTO,': "WTO (observer)" in every edition 2015–2025.
      expect(await db.all(`SELECT DISTINCT status FROM igo_membership WHERE state = 'BLR' AND igo = 'WTO'`)).toEqual([{ status: 'observer' }]);
      expect(await db.one(`SELECT count(*)::INTEGER AS n FROM igo_membership WHERE state = 'BLR' AND igo = 'WTO'`)).toEqual({ n: 11 });
      // Belarus, 2020 edition (grep '^2020,BY,BLR,'): 51 organisations. 30 full memberships and 3 observers (BSEC, CBSS,
      // WTO) of mapped organisations; EAEC dissolved in 2015; SCO "dialogue member" is not a COW status; 16 organisations
      // not imported (NGOs and national committees, UN bodies and missions, informal regimes, IDA, IPU, OPCW, PFP).
      expect(await db.all(`SELECT status, count(*)::INTEGER AS n FROM igo_membership WHERE state = 'BLR' AND year = 2020 GROUP BY status ORDER BY status`))
        .toEqual([{ status: 'full', n: 30 }, { status: 'observer', n: 3 }]);
      expect(await db.all(`SELECT flags, count(*)::INTEGER AS n FROM factbook_igo_participation WHERE state = 'BLR' AND edition = 2020 GROUP BY flags ORDER BY flags`))
        .toEqual([
          { flags: '', n: 33 },
          { flags: 'org_not_imported', n: 13 },
          { flags: 'org_not_imported,qualifier_not_membership', n: 3 },
          { flags: 'org_not_in_force', n: 1 },
          { flags: 'qualifier_not_membership', n: 1 },
        ]);
      // Stale lists: the United Kingdom in the EU to 2019, Russia in the Council of Europe to 2021.
      expect(await db.one(`SELECT max(year)::INTEGER AS y FROM igo_membership WHERE state = 'GBR' AND igo = 'EU'`)).toEqual({ y: 2019 });
      expect(await db.one(`SELECT max(year)::INTEGER AS y FROM igo_membership WHERE state = 'RUS' AND igo = 'COE'`)).toEqual({ y: 2021 });
      // Every membership row is the dataset's, in a status COW uses, of a state with a COW code.
      expect(await db.all(`SELECT DISTINCT dataset, status FROM igo_membership ORDER BY status`)).toEqual(
        ['associate', 'full', 'observer'].map((status) => ({ dataset: CIA_FACTBOOK_IGO, status })),
      );
    });
  }, 180_000);
});
