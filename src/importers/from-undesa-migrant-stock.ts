// UN DESA Population Division, International Migrant Stock 2019 (POP/DB/MIG/Stock/Rev.2019), destination × origin,
// 1990–2019, as reshaped to ISO3 by G. Abel: persons born in origin living in destination, mid-year.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { num, text, year } from './fields.js';
import { reject, type Importer, type Rejection } from './importer.js';

export const UNDESA_MIGRANT_STOCK = 'undesa_migrant_stock_2019';

const row = z.object({
  origin_iso3: text,
  destination_iso3: text,
  year,
  migrants: num.refine((v) => v >= 0, { message: 'negative migrant stock' }),
});
type Row = z.infer<typeof row>;

/**
 * Codes of a corridor, or the field to blame. "NA" is the R converter's missing value: the UN area name was not
 * mapped to ISO3 by the publisher (it is not Namibia, which is NAM), so the row cannot be placed.
 */
export function corridor(
  countries: ImportContext['countries'],
  fields: [string, string],
  codes: [string, string],
): [string, string] | Rejection {
  const out: string[] = [];
  for (let i = 0; i < 2; i++) {
    const code = codes[i]!;
    if (code === 'NA') return reject(fields[i]!, 'country name not mapped to ISO3 by the publisher ("NA")');
    const canonical = countries.code(code);
    if (!canonical) return reject(fields[i]!, `unknown country code ${code}`);
    out.push(canonical);
  }
  if (out[0] === out[1]) return reject(fields[1], `same country as ${fields[0]} (${codes[0]}): not an international corridor`);
  return [out[0]!, out[1]!];
}

export function undesaMigrantStockImporter(
  ctx: ImportContext,
  file = bundled(ctx, `${UNDESA_MIGRANT_STOCK}/migrant_stock_by_origin_destination_1990_2019.csv.gz`),
): Importer {
  return {
    dataset: UNDESA_MIGRANT_STOCK,
    tables: ['migrant_stock'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'origin_iso3, destination_iso3, year', of: (r: Row) => `${r.origin_iso3},${r.destination_iso3},${r.year}` },
        map: (r: Row, emit) => {
          const pair = corridor(ctx.countries, ['origin_iso3', 'destination_iso3'], [r.origin_iso3, r.destination_iso3]);
          if (!Array.isArray(pair)) return pair;
          emit('migrant_stock', { dataset: UNDESA_MIGRANT_STOCK, year: r.year, origin: pair[0], destination: pair[1], migrants: r.migrants });
        },
      },
    ],
  };
}
