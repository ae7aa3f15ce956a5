// Eurostat Comext DS-045409 (extracted 2023-01-22): monthly trade of each EU member with Russia, Belarus and
// neighbours, 2020–2022, all products and HS chapter 27, euro; one CSV row → one row per product.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { optNum, text } from './fields.js';
import { reject, type Importer } from './importer.js';

export const EUROSTAT_COMEXT = 'eurostat_comext_eu_trade_russia_neighbours';

// Empty = Eurostat ":" (not available; small flows are often zero or confidential), never 0.
const euro = optNum([]).refine((v) => v === null || v >= 0, { message: 'negative trade value' });

const month = text.refine((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m), { message: 'not a month (YYYY-MM)' });

const row = z.object({
  reporter_iso3: text,
  partner_iso3: text,
  month,
  total_import_eur: euro,
  total_export_eur: euro,
  hs27_import_eur: euro,
  hs27_export_eur: euro,
});

export function eurostatComextImporter(
  ctx: ImportContext,
  file = bundled(ctx, `${EUROSTAT_COMEXT}/eu_member_trade_with_russia_neighbours_monthly_2020_2022.csv.gz`),
): Importer {
  return {
    dataset: EUROSTAT_COMEXT,
    tables: ['trade_monthly'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'reporter_iso3, partner_iso3, month', of: (r) => `${r.reporter_iso3},${r.partner_iso3},${r.month}` },
        map: (r, emit) => {
          const reporter = ctx.countries.code(r.reporter_iso3);
          if (!reporter) return reject('reporter_iso3', `unknown country code ${r.reporter_iso3}`);
          const partner = ctx.countries.code(r.partner_iso3);
          if (!partner) return reject('partner_iso3', `unknown country code ${r.partner_iso3}`);
          const base = { dataset: EUROSTAT_COMEXT, month: r.month, reporter, partner };
          emit('trade_monthly', { ...base, product: 'TOTAL', imports_eur: r.total_import_eur, exports_eur: r.total_export_eur });
          emit('trade_monthly', { ...base, product: '27', imports_eur: r.hs27_import_eur, exports_eur: r.hs27_export_eur });
        },
      },
    ],
  };
}
