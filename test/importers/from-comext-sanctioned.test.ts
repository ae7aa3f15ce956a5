import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { COMEXT_SANCTIONED, comextSanctionedImporter, EU27 } from '../../src/importers/from-comext-sanctioned.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FIXTURES = 'test/fixtures/eurostat_comext_eu_exports_sanctioned_codes_2020_2022';
const PRODUCTS = 'fixture/products.csv';
const MONTHS = 'fixture/month.csv';
const YEARS = 'fixture/year.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

describe('comextSanctionedImporter on the fixture', () => {
  it('reads the product list first, flags nested CN8 codes and 2022, and quarantines bad rows', async () => {
    const importer = comextSanctionedImporter(ctx, {
      products: { path: `${FIXTURES}/products.csv`, label: PRODUCTS },
      months: { path: `${FIXTURES}/month.csv`, label: MONTHS },
      years: { path: `${FIXTURES}/year.csv`, label: YEARS },
    });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports.map(({ file, read, loaded, quarantined, written }) => ({ file, read, loaded, quarantined, written }))).toEqual([
        { file: PRODUCTS, read: 7, loaded: 3, quarantined: 4, written: { sanctioned_product: 3 } },
        { file: MONTHS, read: 10, loaded: 4, quarantined: 6, written: { sanctioned_export_monthly: 4 } },
        { file: YEARS, read: 8, loaded: 3, quarantined: 5, written: { sanctioned_export_annual: 3 } },
      ]);
      expect(quarantine).toEqual([
        { file: MONTHS, line: 6, field: 'product_code', reason: `9999 is not in ${PRODUCTS}` },
        { file: MONTHS, line: 7, field: 'month', reason: 'not a month (YYYY-MM)' },
        { file: MONTHS, line: 8, field: 'export_value_eur', reason: 'negative trade value' },
        { file: MONTHS, line: 9, field: 'members_reported', reason: 'members_reported out of range 1–27' },
        { file: MONTHS, line: 10, field: 'partner_iso3', reason: 'unknown country code XXX' },
        {
          file: MONTHS, line: 11, field: 'partner_iso3, product_code, month',
          reason: 'duplicate key (partner_iso3, product_code, month) = (BLR,8703,2021-01), first seen at line 2',
        },
        { file: PRODUCTS, line: 5, field: 'product_code', reason: 'duplicate key (product_code) = (8703), first seen at line 2' },
        { file: PRODUCTS, line: 6, field: 'product_code', reason: 'not a 4-digit HS heading or an 8-digit CN code' },
        { file: PRODUCTS, line: 7, field: 'digits', reason: '8704 has 4 digits, not 8' },
        { file: PRODUCTS, line: 8, field: 'nested_in_listed_hs4', reason: 'only a CN8 code can be nested in a listed HS4 heading' },
        { file: YEARS, line: 5, field: 'months_reported', reason: '2022 has 11 published months (December was not yet published)' },
        { file: YEARS, line: 6, field: 'year', reason: 'year out of range 2020–2022' },
        { file: YEARS, line: 7, field: 'product_code', reason: `8706 is not in ${PRODUCTS}` },
        { file: YEARS, line: 8, field: 'reporter_iso3', reason: 'unknown country code EU27' },
        {
          file: YEARS, line: 9, field: 'reporter_iso3, partner_iso3, product_code, year',
          reason: 'duplicate key (reporter_iso3, partner_iso3, product_code, year) = (DEU,BLR,8703,2021), first seen at line 2',
        },
      ]);
      expect(await db.all('SELECT product, classification, nested_in_listed_hs4, flags FROM sanctioned_product ORDER BY product')).toEqual([
        { product: '85023920', classification: 'CN8', nested_in_listed_hs4: false, flags: '' },
        { product: '8703', classification: 'HS4', nested_in_listed_hs4: false, flags: '' },
        { product: '87032319', classification: 'CN8', nested_in_listed_hs4: true, flags: 'nested_in_listed_hs4' },
      ]);
      const m = (month: string, partner: string, product: string, classification: string, exports_eur: number, members_reported: number, flags: string) =>
        ({ dataset: COMEXT_SANCTIONED, month, reporter: EU27, partner, product, classification, exports_eur, members_reported, flags });
      expect(await db.all('SELECT * FROM sanctioned_export_monthly ORDER BY month, partner, product')).toEqual([
        m('2021-01', 'BLR', '8703', 'HS4', 1000, 3, ''),
        m('2021-01', 'BLR', '87032319', 'CN8', 400, 2, 'nested_in_listed_hs4'),
        m('2021-02', 'BLR', '85023920', 'CN8', 250, 1, ''),
        m('2022-11', 'RUS', '8703', 'HS4', 75, 27, ''),
      ]);
      const y = (year: number, reporter: string, product: string, exports_eur: number, months_reported: number, flags: string) =>
        ({ dataset: COMEXT_SANCTIONED, year, reporter, partner: 'BLR', product, classification: product.length === 4 ? 'HS4' : 'CN8', exports_eur, months_reported, flags });
      expect(await db.all('SELECT * FROM sanctioned_export_annual ORDER BY year, reporter, product')).toEqual([
        y(2021, 'DEU', '8703', 1200, 12, ''),
        y(2021, 'DEU', '87032319', 500, 7, 'nested_in_listed_hs4'),
        y(2022, 'POL', '85023920', 300, 11, 'partial_year'),
      ]);
      // Summing without double counting: the nested CN8 row (400) is inside its listed heading 8703 (1000).
      expect(await db.one(`SELECT sum(exports_eur) AS s FROM sanctioned_export_monthly WHERE month LIKE '2021%' AND flags NOT LIKE '%nested_in_listed_hs4%'`))
        .toEqual({ s: 1250 });
    });
  });
});

describe('comextSanctionedImporter on the bundled files', () => {
  it('reads every row and gives the README totals without double counting', async () => {
    await withImport(comextSanctionedImporter(ctx), async (db, reports, quarantine) => {
      expect(reports.map(({ file, read, loaded, quarantined, written }) => ({ file, read, loaded, quarantined, written }))).toEqual([
        { file: `${COMEXT_SANCTIONED}/products.csv.gz`, read: 2338, loaded: 2338, quarantined: 0, written: { sanctioned_product: 2338 } },
        {
          file: `${COMEXT_SANCTIONED}/eu27_exports_sanctioned_codes_partner_month.csv.gz`, read: 271_908, loaded: 271_908, quarantined: 0,
          written: { sanctioned_export_monthly: 271_908 },
        },
        {
          file: `${COMEXT_SANCTIONED}/eu_exports_sanctioned_codes_member_partner_year.csv.gz`, read: 230_608, loaded: 230_608, quarantined: 0,
          written: { sanctioned_export_annual: 230_608 },
        },
      ]);
      expect(quarantine).toEqual([]);
      // README: 115 HS4 headings and 2,223 CN8 codes, 859 of them nested in a listed heading.
      expect(await db.all(
        `SELECT classification, count(*)::INTEGER AS n, sum(CASE WHEN nested_in_listed_hs4 THEN 1 ELSE 0 END)::INTEGER AS nested
           FROM sanctioned_product GROUP BY ALL ORDER BY classification`,
      )).toEqual([{ classification: 'CN8', n: 2223, nested: 859 }, { classification: 'HS4', n: 115, nested: 0 }]);

      // Hand-checked with zcat | awk on the raw files (rows of the 859 nested codes dropped): euro, both files agree.
      const totals = {
        BLR: [1_965_467_735, 2_464_726_803, 2_688_053_357],
        RUS: [30_757_968_078, 35_609_648_760, 13_175_505_602],
        ARM: [223_004_919, 219_061_922, 738_122_338],
        GEO: [451_761_577, 549_458_014, 1_074_373_697],
        KAZ: [2_368_791_553, 2_083_991_728, 3_937_922_014],
        KGZ: [63_549_427, 75_443_079, 495_683_755],
        UZB: [696_789_808, 673_402_646, 1_228_310_688],
      };
      const want = Object.entries(totals).flatMap(([partner, v]) => v.map((eur, i) => ({ partner, year: 2020 + i, eur })))
        .sort((a, b) => (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : a.year - b.year));
      const monthly = await db.all(
        `SELECT partner, CAST(left(month, 4) AS INTEGER) AS year, CAST(sum(exports_eur) AS BIGINT)::DOUBLE AS eur
           FROM sanctioned_export_monthly WHERE NOT contains(flags, 'nested_in_listed_hs4') GROUP BY ALL ORDER BY partner, year`,
      );
      const annual = await db.all(
        `SELECT partner, year, CAST(sum(exports_eur) AS BIGINT)::DOUBLE AS eur
           FROM sanctioned_export_annual WHERE NOT contains(flags, 'nested_in_listed_hs4') GROUP BY ALL ORDER BY partner, year`,
      );
      expect(monthly).toEqual(want);
      expect(annual).toEqual(want);
      // The README's rounded figures: Belarus €1.97 / 2.46 / 2.69 bn, Russia €30.8 / 35.6 / 13.2 bn (2022 = Jan–Nov).
      const bn = (partner: string, d: number) => totals[partner as 'BLR'].map((x) => Math.round(x / 10 ** (9 - d)) / 10 ** d);
      expect(bn('BLR', 2)).toEqual([1.97, 2.46, 2.69]);
      expect(bn('RUS', 1)).toEqual([30.8, 35.6, 13.2]);
      // Counting the nested codes too would overstate Belarus 2021 by €1.06 bn.
      const all2021 = await db.one<{ eur: number }>(
        `SELECT CAST(sum(exports_eur) AS BIGINT)::DOUBLE AS eur FROM sanctioned_export_annual WHERE partner = 'BLR' AND year = 2021`,
      );
      expect(all2021!.eur).toBe(3_527_831_178);
      // README: the largest 2021 items for Belarus are cars (HS 8703, €0.33 bn) and turbogenerators (CN 85023920, €0.18 bn).
      const top = await db.all(
        `SELECT product, round(sum(exports_eur) / 1e9, 2) AS bn FROM sanctioned_export_annual
          WHERE partner = 'BLR' AND year = 2021 AND NOT contains(flags, 'nested_in_listed_hs4') GROUP BY product ORDER BY sum(exports_eur) DESC LIMIT 2`,
      );
      expect(top).toEqual([{ product: '8703', bn: 0.33 }, { product: '85023920', bn: 0.18 }]);
      // Every 2022 row is flagged partial_year, none of 2020–2021 is.
      expect(await db.all(
        `SELECT year, bool_and(contains(flags, 'partial_year')) AS every, bool_or(contains(flags, 'partial_year')) AS some
           FROM sanctioned_export_annual GROUP BY year ORDER BY year`,
      )).toEqual([
        { year: 2020, every: false, some: false },
        { year: 2021, every: false, some: false },
        { year: 2022, every: true, some: true },
      ]);
    });
  }, 120_000);
});
