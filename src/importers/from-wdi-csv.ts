// World Bank, World Development Indicators: a user's API_<code>_DS2_en_csv_v2_<n>.csv from data.worldbank.org
// → indicator (one row per country, indicator and year with a value) and indicator_meta (code, title).
// The file opens with a preamble ("Data Source","World Development Indicators", "Last Updated Date", …) before the
// wide header Country Name, Country Code, Indicator Name, Indicator Code, 1960, 1961, …, and every line ends
// with a comma (an unnamed empty last column). Empty cells are missing: no row. Country codes are World Bank
// codes: states are stored under their canonical code, WB aggregates (WLD, EUU, HIC, …) under their own code
// with is_aggregate = true; anything else is quarantined. A non-numeric cell quarantines its whole row.
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { ImportContext } from './context.js';
import { optNum, optText, text } from './fields.js';
import { reject } from './importer.js';
import { readHeader, type UserFile, type UserImporter } from './user-file.js';

const ID_COLUMNS = ['Country Code', 'Indicator Code'] as const;
const YEAR = /^\d{4}$/;

const isHeader = (fields: string[]) => ID_COLUMNS.every((c) => fields.includes(c));

export async function wdiCsvImporter(ctx: ImportContext, file: UserFile): Promise<UserImporter> {
  const header = await readHeader(file, isHeader, 'Country Name, Country Code, Indicator Name, Indicator Code, 1960, 1961, …');
  const years = header.fields.filter((f) => YEAR.test(f) && Number(f) >= 1800 && Number(f) <= 2100);
  if (!years.length) {
    throw new InputError({ file: file.label, line: header.line }, 'no year columns in the header', 'expected columns named 1960, 1961, …');
  }
  const hasTitle = header.fields.includes('Indicator Name');
  const shape: Record<string, z.ZodType> = { 'Country Code': text, 'Indicator Code': text };
  if (hasTitle) shape['Indicator Name'] = optText;
  for (const y of years) shape[y] = optNum([]);
  const schema = z.object(shape);
  type WdiRow = Record<string, string | number | null>;
  const described = new Set<string>();

  return {
    dataset: file.dataset,
    tables: ['indicator', 'indicator_meta'],
    files: [
      {
        path: file.path,
        label: file.label,
        delimiter: file.delimiter,
        headerLine: isHeader,
        columns: Object.keys(shape),
        schema,
        key: { fields: 'Country Code, Indicator Code', of: (r: WdiRow) => `${r['Country Code']},${r['Indicator Code']}` },
        map: (r: WdiRow, emit) => {
          const wb = r['Country Code'] as string;
          const code = r['Indicator Code'] as string;
          const state = ctx.countries.fromWb(wb);
          const aggregate = !state && ctx.countries.isAggregate(wb);
          if (!state && !aggregate) return reject('Country Code', `unknown country or aggregate code ${wb}`);
          for (const y of years) {
            const value = r[y] as number | null;
            if (value === null) continue;
            emit('indicator', { dataset: file.dataset, year: Number(y), country: state ?? wb, is_aggregate: aggregate, code, value });
          }
          if (!described.has(code)) {
            described.add(code);
            emit('indicator_meta', { dataset: file.dataset, code, title: hasTitle ? r['Indicator Name'] : null });
          }
        },
      },
    ],
  };
}
