// SIPRI Arms Transfers Database, TIV of deliveries by supplier, recipient and year, 1950–2021 ("Source: SIPRI
// Arms Transfers Database", tables of 28 July 2022), as tidied by 360info (report-arms-trade, CC BY 4.0).
import { z } from 'zod';
import { CountryLookupError } from '../core/errors.js';
import { bundled, type ImportContext } from './context.js';
import { cowReader, holderInYear } from './cow-codes.js';
import { num, optInt, text, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const SIPRI_ARMS = 'sipri_arms_transfers';

const row = z.object({
  supplier: text,
  recipient: text,
  year,
  // TIV in millions, a volume index, not a price; SIPRI writes 0 for deliveries below 0.5m, kept as 0.
  tiv_musd: num.refine((v) => v >= 0, { message: 'negative TIV' }),
  supplier_cown: optInt([]),
  recipient_cown: optInt([]),
});
type SipriRow = z.infer<typeof row>;

/**
 * Labels that are not states although 360info gave them a COW code: SIPRI marks non-state armed groups with "*"
 * ("Hezbollah (Lebanon)*" got Lebanon's 660) and organisations with "**" ("NATO**"); Northern Cyprus got Cyprus's 352.
 */
const NOT_STATES = new Set(['Northern Cyprus']);
const isNonState = (label: string) => label.endsWith('*') || NOT_STATES.has(label);

export function sipriArmsImporter(
  ctx: ImportContext,
  file = bundled(ctx, `${SIPRI_ARMS}/sipri_tiv_supplier_recipient_year_1950_2021.csv.gz`),
): Importer {
  const cow = cowReader(ctx.countries);
  /** A code, or null for a label that is no state, or a rejection reason for a COW code that names none. */
  const party = (label: string, ccode: number | null, y: number): { code: string | null } | { error: string } => {
    if (isNonState(label)) return { code: null };
    if (ccode !== null) {
      const code = cow(ccode, y);
      return code ? { code } : { error: `unknown COW code ${ccode} in ${y}` };
    }
    // No COW code (Serbia, Palestine, "Unknown supplier(s)", Biafra): the name decides; an unknown name is no state.
    try {
      return { code: holderInYear(ctx.countries, ctx.countries.resolve(label, { year: y }).code, y) };
    } catch (err) {
      if (err instanceof CountryLookupError) return { code: null };
      throw err;
    }
  };
  return {
    dataset: SIPRI_ARMS,
    tables: ['arms_transfer'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'supplier, recipient, year', of: (r: SipriRow) => `${r.supplier},${r.recipient},${r.year}` },
        map: (r: SipriRow, emit) => {
          const supplier = party(r.supplier, r.supplier_cown, r.year);
          if ('error' in supplier) return reject('supplier_cown', supplier.error);
          const recipient = party(r.recipient, r.recipient_cown, r.year);
          if ('error' in recipient) return reject('recipient_cown', recipient.error);
          emit('arms_transfer', {
            dataset: SIPRI_ARMS, year: r.year, supplier: supplier.code, recipient: recipient.code,
            supplier_label: r.supplier, recipient_label: r.recipient, tiv: r.tiv_musd,
          });
        },
      },
    ],
  };
}
