// Open Trade Statistics (M. Vargas; UN Comtrade via OTS), world_trade_2017 of R economiccomplexity:
// each country's 2017 exports to the world by HS chapter (current US$), and the HS chapter → section lookup.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { num, text } from './fields.js';
import { reject, type FileSpec, type Importer } from './importer.js';

export const OTS_HS2 = 'ots_exports_by_hs2_2017';

/** HS chapter as published: two digits, leading zero kept ("04"); 99 = unclassified. */
const hs2 = text.refine((c) => /^\d{2}$/.test(c), { message: 'not a 2-digit HS chapter' });

const exportsRow = z.object({
  reporter_iso3: text,
  hs2,
  export_value_usd: num.refine((v) => v >= 0, { message: 'negative trade value' }),
});
type ExportsRow = z.infer<typeof exportsRow>;

const sectionRow = z.object({
  section_code: text.refine((c) => /^\d{2}$/.test(c), { message: 'not a 2-digit HS section' }),
  hs2,
  section_name: text,
});
type SectionRow = z.infer<typeof sectionRow>;

export function otsHs2Importer(
  ctx: ImportContext,
  files = {
    sections: bundled(ctx, `${OTS_HS2}/hs2_to_hs_section.csv.gz`),
    exports: bundled(ctx, `${OTS_HS2}/ots_exports_by_hs2_2017.csv.gz`),
  },
): Importer {
  const sections: FileSpec<SectionRow> = {
    ...files.sections,
    columns: Object.keys(sectionRow.shape),
    schema: sectionRow,
    key: { fields: 'hs2', of: (r) => r.hs2 },
    map: (r, emit) => {
      emit('product_group', {
        dataset: OTS_HS2, classification: 'HS2', product: r.hs2, section_code: r.section_code, section_name: r.section_name,
      });
    },
  };
  // share_of_country_exports is not stored: it is value / the exporter's total, recomputable from the rows.
  // reporter stays NULL: OTS publishes one cleaned figure per exporter and chapter, not a customs declaration.
  const exports: FileSpec<ExportsRow> = {
    ...files.exports,
    columns: Object.keys(exportsRow.shape),
    schema: exportsRow,
    key: { fields: 'reporter_iso3, hs2', of: (r) => `${r.reporter_iso3},${r.hs2}` },
    map: (r, emit) => {
      const exporter = ctx.countries.code(r.reporter_iso3);
      if (!exporter) return reject('reporter_iso3', `unknown country code ${r.reporter_iso3}`);
      emit('trade_product', {
        dataset: OTS_HS2, year: 2017, exporter, importer: null, reporter: null, product: r.hs2, classification: 'HS2',
        value_usd: r.export_value_usd, quantity: null, quantity_unit: null,
      });
    },
  };
  return { dataset: OTS_HS2, tables: ['product_group', 'trade_product'], files: [sections, exports] };
}
