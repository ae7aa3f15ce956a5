// CEPII BACI (Gaulier & Zignago 2010, CEPII WP 2010-23), a user's BACI_HSxx_Yyyyy_Vyyyyyy.csv: reconciled
// bilateral trade by HS6 product → trade_product (classification HS6, value in US$, quantity in metric tons).
// Columns: t year, i exporter, j importer (BACI country codes), k HS6 product, v value in THOUSANDS of current
// US$, q quantity in metric tons (empty or NA when BACI has none).
import { z } from 'zod';
import type { ImportContext } from './context.js';
import { int, optNum, text, year } from './fields.js';
import { reject, type Rejection } from './importer.js';
import { decimalText, layoutError, readHeader, shiftDecimal, type UserFile, type UserImporter } from './user-file.js';

const COLUMNS = ['t', 'i', 'j', 'k', 'v', 'q'] as const;

// BACI numbers countries with UN Comtrade's codes, which differ from ISO 3166 numeric where the customs territory
// differs (BACI country_codes_Vyyyyyy.csv; codes "not in ISO 3166" listed by pyeconlab's BACI concordance):
// 490 "Other Asia, nes" is Taiwan (CEPII BACI FAQ); 58 Belgium-Luxembourg (...1998); 711 Southern African Customs
// Union (...1999) = the IMF's South African Common Customs Area; 736 Sudan (...2011); 891 Serbia and Montenegro.
// Any other code goes through ISO numeric; a code neither knows (e.g. 536 Neutral Zone, 697 Europe EFTA nes) is
// quarantined.
export const BACI_COUNTRY_CODES: Readonly<Record<number, string>> = {
  58: 'BLX', 251: 'FRA', 381: 'ITA', 490: 'TWN', 530: 'ANT', 579: 'NOR', 699: 'IND', 711: 'SACCA', 736: 'SDN',
  757: 'CHE', 842: 'USA', 849: 'UMI', 891: 'SCG',
};

/** HS6 code; CSV tools that read k as a number drop the leading zero of chapters 01–09 ("10121"), restored here. */
const hs6 = text.transform((k, ctx) => {
  const code = /^\d{5}$/.test(k) ? `0${k}` : k;
  if (!/^[0-9A-Z]{6}$/.test(code)) {
    ctx.addIssue({ code: 'custom', message: `not an HS6 product code: "${k}"` });
    return z.NEVER;
  }
  return code;
});

const row = z.object({
  t: year,
  i: int,
  j: int,
  k: hs6,
  v: decimalText.refine((v) => !v.startsWith('-'), { message: 'negative trade value' }),
  q: optNum(['NA']),
});
type BaciRow = z.infer<typeof row>;

export async function baciImporter(ctx: ImportContext, file: UserFile): Promise<UserImporter> {
  const header = await readHeader(file);
  if (!COLUMNS.every((c) => header.fields.includes(c))) throw layoutError(file, header, 'BACI', { BACI: COLUMNS });

  const country = (code: number, field: 'i' | 'j'): string | Rejection => {
    const special = BACI_COUNTRY_CODES[code];
    const resolved = special ? ctx.countries.code(special) : ctx.countries.fromIsoNumeric(code);
    return resolved ?? reject(field, `unknown BACI country code ${code}`);
  };

  return {
    dataset: file.dataset,
    tables: ['trade_product'],
    files: [
      {
        path: file.path,
        label: file.label,
        delimiter: file.delimiter,
        columns: COLUMNS,
        schema: row,
        key: { fields: 't, i, j, k', of: (r: BaciRow) => `${r.t},${r.i},${r.j},${r.k}` },
        map: (r: BaciRow, emit) => {
          const exporter = country(r.i, 'i');
          if (typeof exporter !== 'string') return exporter;
          const importer = country(r.j, 'j');
          if (typeof importer !== 'string') return importer;
          emit('trade_product', {
            dataset: file.dataset, year: r.t, exporter, importer, product: r.k, classification: 'HS6',
            value_usd: shiftDecimal(r.v, 3), quantity: r.q, quantity_unit: r.q === null ? null : 't',
          });
        },
      },
    ],
  };
}
