// Eurostat Comext DS-045409 (extracted 2023-01-21/22): EU member exports to Russia, Belarus and five neighbours of the
// 2,338 HS4/CN8 codes in the export restrictions of Council Regulation (EU) No 833/2014, euro, 2020-01 – 2022-11.
// Three files: the product list (read first), EU-27 sums by partner × product × month, and member × partner × product ×
// year. The list mixes HS4 headings and CN8 codes; CN8 rows whose heading is listed carry nested_in_listed_hs4.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { int, num, text } from './fields.js';
import { reject, type FileSpec, type Importer } from './importer.js';

export const COMEXT_SANCTIONED = 'eurostat_comext_eu_exports_sanctioned_codes_2020_2022';

/** The sum over the member rows; not Eurostat's own EU aggregate. */
export const EU27 = 'EU27';

/** Only months up to November 2022 were published when the data were extracted (README). */
const PARTIAL_YEAR = 2022;

const code = text.refine((c) => /^(\d{4}|\d{8})$/.test(c), { message: 'not a 4-digit HS heading or an 8-digit CN code' });
const euro = num.refine((v) => v >= 0, { message: 'negative trade value' });
const month = text.refine((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m), { message: 'not a month (YYYY-MM)' });

const productRow = z.object({
  product_code: code,
  label: text,
  digits: int.refine((d) => d === 4 || d === 8, { message: 'digits must be 4 or 8' }),
  source_workbook: text,
  source_sheet: text,
  nested_in_listed_hs4: z.enum(['0', '1'], { message: 'expected 0 or 1' }),
});

const monthRow = z.object({
  partner_iso3: text,
  product_code: code,
  month,
  export_value_eur: euro,
  members_reported: int.refine((n) => n >= 1 && n <= 27, { message: 'members_reported out of range 1–27' }),
});

const yearRow = z.object({
  reporter_iso3: text,
  partner_iso3: text,
  product_code: code,
  year: int.refine((y) => y >= 2020 && y <= PARTIAL_YEAR, { message: 'year out of range 2020–2022' }),
  export_value_eur: euro,
  months_reported: int.refine((n) => n >= 1 && n <= 12, { message: 'months_reported out of range 1–12' }),
});

const classificationOf = (product: string) => (product.length === 4 ? 'HS4' : 'CN8');
const flagsOf = (...parts: Array<string | false>) => parts.filter((p): p is string => p !== false).join(',');

export interface ComextSanctionedFiles {
  products: { path: string; label: string };
  months: { path: string; label: string };
  years: { path: string; label: string };
}

export function comextSanctionedImporter(
  ctx: ImportContext,
  files: ComextSanctionedFiles = {
    products: bundled(ctx, `${COMEXT_SANCTIONED}/products.csv.gz`),
    months: bundled(ctx, `${COMEXT_SANCTIONED}/eu27_exports_sanctioned_codes_partner_month.csv.gz`),
    years: bundled(ctx, `${COMEXT_SANCTIONED}/eu_exports_sanctioned_codes_member_partner_year.csv.gz`),
  },
): Importer {
  // Filled by the product list (read first): a trade row of a code the list does not know is quarantined.
  const nested = new Map<string, boolean>();
  const listed = (product: string) => nested.get(product);

  const products: FileSpec<z.infer<typeof productRow>> = {
    ...files.products,
    columns: Object.keys(productRow.shape),
    schema: productRow,
    key: { fields: 'product_code', of: (r) => r.product_code },
    map: (r, emit) => {
      if (r.product_code.length !== r.digits) return reject('digits', `${r.product_code} has ${r.product_code.length} digits, not ${r.digits}`);
      const isNested = r.nested_in_listed_hs4 === '1';
      if (isNested && r.digits !== 8) return reject('nested_in_listed_hs4', 'only a CN8 code can be nested in a listed HS4 heading');
      nested.set(r.product_code, isNested);
      emit('sanctioned_product', {
        dataset: COMEXT_SANCTIONED, product: r.product_code, classification: classificationOf(r.product_code), label: r.label,
        nested_in_listed_hs4: isNested, source_workbook: r.source_workbook, source_sheet: r.source_sheet,
        flags: flagsOf(isNested && 'nested_in_listed_hs4'),
      });
    },
  };

  const months: FileSpec<z.infer<typeof monthRow>> = {
    ...files.months,
    columns: Object.keys(monthRow.shape),
    schema: monthRow,
    key: { fields: 'partner_iso3, product_code, month', of: (r) => `${r.partner_iso3},${r.product_code},${r.month}` },
    map: (r, emit) => {
      const partner = ctx.countries.code(r.partner_iso3);
      if (!partner) return reject('partner_iso3', `unknown country code ${r.partner_iso3}`);
      const isNested = listed(r.product_code);
      if (isNested === undefined) return reject('product_code', `${r.product_code} is not in ${files.products.label}`);
      emit('sanctioned_export_monthly', {
        dataset: COMEXT_SANCTIONED, month: r.month, reporter: EU27, partner, product: r.product_code, classification: classificationOf(r.product_code),
        exports_eur: r.export_value_eur, members_reported: r.members_reported, flags: flagsOf(isNested && 'nested_in_listed_hs4'),
      });
    },
  };

  const years: FileSpec<z.infer<typeof yearRow>> = {
    ...files.years,
    columns: Object.keys(yearRow.shape),
    schema: yearRow,
    key: {
      fields: 'reporter_iso3, partner_iso3, product_code, year',
      of: (r) => `${r.reporter_iso3},${r.partner_iso3},${r.product_code},${r.year}`,
    },
    map: (r, emit) => {
      const reporter = ctx.countries.code(r.reporter_iso3);
      if (!reporter) return reject('reporter_iso3', `unknown country code ${r.reporter_iso3}`);
      const partner = ctx.countries.code(r.partner_iso3);
      if (!partner) return reject('partner_iso3', `unknown country code ${r.partner_iso3}`);
      const isNested = listed(r.product_code);
      if (isNested === undefined) return reject('product_code', `${r.product_code} is not in ${files.products.label}`);
      if (r.year === PARTIAL_YEAR && r.months_reported > 11) return reject('months_reported', '2022 has 11 published months (December was not yet published)');
      emit('sanctioned_export_annual', {
        dataset: COMEXT_SANCTIONED, year: r.year, reporter, partner, product: r.product_code, classification: classificationOf(r.product_code),
        exports_eur: r.export_value_eur, months_reported: r.months_reported,
        flags: flagsOf(isNested && 'nested_in_listed_hs4', r.year === PARTIAL_YEAR && 'partial_year'),
      });
    },
  };

  return {
    dataset: COMEXT_SANCTIONED,
    tables: ['sanctioned_product', 'sanctioned_export_monthly', 'sanctioned_export_annual'],
    files: [products, months, years],
  };
}
