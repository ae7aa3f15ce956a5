// IMF Direction of Trade Statistics (DOTS), accessed Jan 2022: directed reporter × partner × year merchandise
// trade (exports FOB, imports CIF, million current US$) and each reporter's totals with the World and the EU.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { flag01, optNum, text, year } from './fields.js';
import { reject, type FileSpec, type Importer } from './importer.js';

export const IMF_DOTS = 'imf_dots_bilateral_trade';

const amount = optNum([]).refine((v) => v === null || v >= 0, { message: 'negative trade value' });

const row = z.object({
  reporter_iso3: text,
  partner_iso3: text,
  year,
  exports_fob_musd: amount,
  imports_cif_musd: amount,
  exports_estimated: flag01,
  imports_estimated: flag01,
});
type DotsRow = z.infer<typeof row>;

/** Partner groups of the totals file: WLD = World, EUU = EU27 (Jan-2022 composition, applied to all years). */
const PARTNER_GROUPS = new Set(['WLD', 'EUU']);

/** " e" in the IMF sheets became the *_estimated column: 1 = IMF estimate, empty = the reporter's figure. */
function flag(value: number | null, estimated: boolean | null): string | null {
  if (value === null) return null;
  return estimated ? 'estimated' : 'reported';
}

// One literal for both tables (trade reads partner, trade_total reads partner_group; the writer ignores
// other keys): object spread in this per-row path doubled the import time.
function values(r: DotsRow, reporter: string, partner: string) {
  return {
    dataset: IMF_DOTS,
    year: r.year,
    reporter,
    partner,
    partner_group: partner,
    exports: r.exports_fob_musd,
    imports: r.imports_cif_musd,
    exports_flag: flag(r.exports_fob_musd, r.exports_estimated),
    imports_flag: flag(r.imports_cif_musd, r.imports_estimated),
  };
}

const key = {
  fields: 'reporter_iso3, partner_iso3, year',
  of: (r: DotsRow) => `${r.reporter_iso3},${r.partner_iso3},${r.year}`,
};

export function imfDotsImporter(
  ctx: ImportContext,
  files = {
    bilateral: bundled(ctx, `${IMF_DOTS}/dots_bilateral_trade.csv.gz`),
    totals: bundled(ctx, `${IMF_DOTS}/dots_reporter_totals_world_eu.csv.gz`),
  },
): Importer {
  const bilateral: FileSpec<DotsRow> = {
    ...files.bilateral,
    columns: Object.keys(row.shape),
    schema: row,
    key,
    map: (r, emit) => {
      const reporter = ctx.countries.code(r.reporter_iso3);
      if (!reporter) return reject('reporter_iso3', `unknown country code ${r.reporter_iso3}`);
      const partner = ctx.countries.code(r.partner_iso3);
      if (!partner) return reject('partner_iso3', `unknown country code ${r.partner_iso3}`);
      emit('trade', values(r, reporter, partner));
    },
  };
  const totals: FileSpec<DotsRow> = {
    ...files.totals,
    columns: Object.keys(row.shape),
    schema: row,
    key,
    map: (r, emit) => {
      const reporter = ctx.countries.code(r.reporter_iso3);
      if (!reporter) return reject('reporter_iso3', `unknown country code ${r.reporter_iso3}`);
      if (!PARTNER_GROUPS.has(r.partner_iso3)) return reject('partner_iso3', `expected WLD or EUU, found ${r.partner_iso3}`);
      emit('trade_total', values(r, reporter, r.partner_iso3));
    },
  };
  return { dataset: IMF_DOTS, tables: ['trade', 'trade_total'], files: [bilateral, totals] };
}
