import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { COUNTRY_GROUPS, countryGroupsImporter } from '../../src/importers/from-country-groups.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/country_groups.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const SELECT = 'SELECT group_id, member, from_year, to_year FROM country_group ORDER BY group_id, member, from_year';

describe('countryGroupsImporter on the fixture', () => {
  it('keeps valid spells and quarantines unknown codes, overlaps, bad ids and years with file, line, field and reason', async () => {
    const importer = countryGroupsImporter(ctx, { path: 'test/fixtures/groups/country_groups.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([
        { dataset: COUNTRY_GROUPS, file: FILE, read: 14, loaded: 4, quarantined: 10, written: { country_group: 4 } },
      ]);
      expect(quarantine).toEqual([
        { file: FILE, line: 4, field: 'member', reason: '"ROM" is not a canonical state code' },
        { file: FILE, line: 5, field: 'member', reason: '"XYZ" is not a canonical state code' },
        { file: FILE, line: 6, field: 'member', reason: 'RUS is not in the state system in 1991' },
        { file: FILE, line: 7, field: 'to_year', reason: 'to_year 1992 before from_year 2014' },
        { file: FILE, line: 9, field: 'from_year', reason: "spell 2010–2014 overlaps BLR's spell 2001–2014 in EAEU" },
        { file: FILE, line: 11, field: 'group, member, from_year', reason: 'duplicate key (group, member, from_year) = (EU,DEU,1958), first seen at line 2' },
        { file: FILE, line: 12, field: 'group', reason: 'group id must be 2–10 upper-case letters or digits, starting with a letter' },
        { file: FILE, line: 13, field: 'group', reason: 'group id "BLR" would resolve to the country BLR' },
        { file: FILE, line: 14, field: 'source', reason: 'missing value' },
        { file: FILE, line: 15, field: null, reason: 'expected 5 fields, found 1 (delimiter ";"?)' },
      ]);
      expect(await db.all(SELECT)).toEqual([
        { group_id: 'EAEU', member: 'BLR', from_year: 2001, to_year: 2014 },
        { group_id: 'EAEU', member: 'BLR', from_year: 2015, to_year: null },
        { group_id: 'EU', member: 'DEU', from_year: 1958, to_year: null },
        { group_id: 'EU', member: 'GBR', from_year: 1973, to_year: 2019 },
      ]);
    });
  });
});

describe('countryGroupsImporter on the bundled country_groups.csv.gz', () => {
  it('loads every row and gives the membership counts the README states', async () => {
    await withImport(countryGroupsImporter(ctx), async (db, reports, quarantine) => {
      expect(quarantine).toEqual([]);
      expect(reports[0]).toMatchObject({ read: 140, loaded: 140, quarantined: 0 });
      const members = async (group: string, year: number) =>
        (await db.all<{ member: string }>(
          `SELECT member FROM country_group WHERE group_id = ? AND from_year <= ? AND (to_year IS NULL OR ? <= to_year) ORDER BY member`,
          [group, year, year],
        )).map((r) => r.member);
      expect(await members('EU', 1958)).toEqual(['BEL', 'DEU', 'FRA', 'ITA', 'LUX', 'NLD']);
      expect(await members('EU', 2013)).toHaveLength(28);
      expect(await members('EU', 2019)).toContain('GBR');
      expect(await members('EU', 2020)).toHaveLength(27);
      expect(await members('EU', 2020)).not.toContain('GBR');
      expect(await members('NATO', 1949)).toHaveLength(12);
      expect(await members('NATO', 2024)).toHaveLength(32);
      expect(await members('CIS', 2013)).toEqual(['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB']);
      expect(await members('CIS', 2014)).not.toContain('UKR');
      expect(await members('EAEU', 2013)).toEqual(['BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
      expect(await members('EAEU', 2015)).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS']);
      expect(await members('FSU15', 1991)).toHaveLength(14);
      expect(await members('FSU15', 1992)).toHaveLength(15);
      // WEST = NATO ∪ EU ∪ {AUS, CHE, JPN, KOR, NZL} in every year.
      for (const y of [1950, 1975, 1995, 2005, 2013, 2020, 2024]) {
        const union = new Set([...(await members('NATO', y)), ...(await members('EU', y)), 'AUS', 'CHE', 'JPN', 'KOR', 'NZL']);
        expect(await members('WEST', y)).toEqual([...union].sort());
      }
    });
  });
});
