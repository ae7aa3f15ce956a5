// UN Statistics Division, "HS 2017 to BEC Conversion and Correlation Tables" (BEC Rev.4), bundled from
// data-src/unsd_hs2017_bec4 (see its README): one row per HS 2017 subheading and BEC category → hs_bec.
//
// Quarantined: a subheading that is not six digits, a BEC code that is not a Rev.4 category, a relationship other
// than n:1 / n:n, and a repeated (subheading, BEC) pair.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { text } from './fields.js';
import type { Importer } from './importer.js';

export const UNSD_HS_BEC = 'unsd_hs2017_bec4';
export const HS_BEC_VERSION = 'HS2017';

/** BEC Rev.4 basic categories, plus 32, which the table uses for motor fuels without splitting them into 321/322. */
export const BEC4_CODES = ['111', '112', '121', '122', '21', '22', '31', '32', '321', '322', '41', '42', '51', '521', '522', '53', '61', '62', '63', '7'] as const;

const row = z.object({
  'HS 2017': text.refine((c) => /^\d{6}$/.test(c), { message: 'not a 6-digit HS subheading' }),
  BEC: text.refine((c) => (BEC4_CODES as readonly string[]).includes(c), { message: 'not a BEC Rev.4 category' }),
  Relationship: text.refine((r) => r === 'n:1' || r === 'n:n', { message: 'relationship must be n:1 or n:n' }),
});
type BecRow = z.infer<typeof row>;

export function unsdHsBecImporter(ctx: ImportContext, file = bundled(ctx, `${UNSD_HS_BEC}/hs2017_bec4.csv.gz`)): Importer {
  return {
    dataset: UNSD_HS_BEC,
    tables: ['hs_bec'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'HS 2017, BEC', of: (r: BecRow) => `${r['HS 2017']},${r.BEC}` },
        map: (r: BecRow, emit) => {
          emit('hs_bec', { dataset: UNSD_HS_BEC, hs_version: HS_BEC_VERSION, hs6: r['HS 2017'], bec: r.BEC, relationship: r.Relationship });
        },
      },
    ],
  };
}
