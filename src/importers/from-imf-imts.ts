// IMF International Trade in Goods by partner (IMTS, the successor of DOTS since 2025) as the IMF data API
// (api.imf.org, SDMX 3.0, dataflow IMF.STA/IMTS) serves it in SDMX-CSV → trade (million current US$; exports FOB,
// imports CIF) and trade_total (partner World or EU). Columns read by name: COUNTRY and COUNTERPART_COUNTRY
// (ISO alpha-3 codes; IMF groups G001 World and G998 European Union, the DOTS codes 1 and 998), INDICATOR
// (XG_FOB_USD exports, MG_CIF_USD imports), FREQUENCY (A), TIME_PERIOD, OBS_VALUE in US dollars; optional
// UNIT_MULT or SCALE (a power of ten) and OBS_STATUS ("E" = estimate). STRUCTURE, ACTION and other attributes
// are ignored. Like the DOTS portal layout: other indicators and non-annual rows are quarantined, an empty value
// is missing (no value written), and exports and imports of a dyad-year are folded into one row.
import { z } from 'zod';
import type { ImportContext } from './context.js';
import { dotsImporter } from './from-dots-csv.js';
import { optText, text } from './fields.js';
import { reject, type Emit } from './importer.js';
import { mergePartialTrade, optDecimalText, readHeader, shiftDecimal, type UserFile, type UserImporter } from './user-file.js';

export const IMTS_COLUMNS = ['COUNTRY', 'INDICATOR', 'COUNTERPART_COUNTRY', 'FREQUENCY', 'TIME_PERIOD', 'OBS_VALUE'] as const;
const SCALE_COLUMNS = ['UNIT_MULT', 'SCALE'] as const;

const INDICATORS: Readonly<Record<string, 'exports' | 'imports'>> = { XG_FOB_USD: 'exports', MG_CIF_USD: 'imports' };
const IMF_GROUPS: Readonly<Record<string, string>> = { G001: 'WLD', G998: 'EUU' };
const GROUPS = new Set(Object.values(IMF_GROUPS));

const amount = optDecimalText(['NaN', 'NA']).refine((v) => v === null || !v.startsWith('-'), { message: 'negative trade value' });

function schema(scale: string | undefined, status: boolean) {
  const shape: Record<string, z.ZodType> = {
    COUNTRY: text, INDICATOR: text, COUNTERPART_COUNTRY: text, FREQUENCY: text, TIME_PERIOD: text, OBS_VALUE: amount,
  };
  if (scale) shape[scale] = optText;
  if (status) shape.OBS_STATUS = optText;
  return z.object(shape).transform((r) => ({
    country: r.COUNTRY as string,
    indicator: r.INDICATOR as string,
    counterpart: r.COUNTERPART_COUNTRY as string,
    frequency: r.FREQUENCY as string,
    period: r.TIME_PERIOD as string,
    value: r.OBS_VALUE as string | null,
    scale: scale ? (r[scale] as string | null) : null,
    status: status ? (r.OBS_STATUS as string | null) : null,
  }));
}
type ImtsRow = z.output<ReturnType<typeof schema>>;

/** True for a header of the IMF API's SDMX-CSV (either SDMX-CSV version: DATAFLOW or STRUCTURE columns first). */
export function isImtsHeader(fields: readonly string[]): boolean {
  return IMTS_COLUMNS.every((c) => fields.includes(c));
}

export async function imtsImporter(ctx: ImportContext, file: UserFile): Promise<UserImporter> {
  const header = await readHeader(file);
  const scale = SCALE_COLUMNS.find((c) => header.fields.includes(c));
  const status = header.fields.includes('OBS_STATUS');
  const seen = new Set<string>();
  const code = (c: string) => IMF_GROUPS[c] ?? ctx.countries.code(c);

  const map = (r: ImtsRow, emit: Emit) => {
    const side = INDICATORS[r.indicator];
    if (!side) return reject('INDICATOR', `indicator ${r.indicator} is not loaded: trade holds exports FOB (XG_FOB_USD) and imports CIF (MG_CIF_USD)`);
    if (r.frequency !== 'A' || !/^\d{4}$/.test(r.period)) {
      return reject('TIME_PERIOD', `period ${r.period} (frequency ${r.frequency}) is not a year: trade holds annual flows`);
    }
    const y = Number(r.period);
    if (y < 1800 || y > 2100) return reject('TIME_PERIOD', 'year out of range 1800–2100');
    if (r.scale !== null && !/^\d{1,2}$/.test(r.scale)) return reject(scale!, `unknown ${scale} "${r.scale}" (expected a power of ten)`);
    const reporter = ctx.countries.code(r.country);
    if (!reporter) return reject('COUNTRY', `${r.country} is not a known state (an area, an aggregate or unknown)`);
    const partner = code(r.counterpart);
    if (!partner) return reject('COUNTERPART_COUNTRY', `${r.counterpart} is not a known state, nor World (G001) or the EU (G998)`);
    if (r.value === null) return;
    // Two codes of one state would give a second value for the same side: refused, not summed.
    const id = `${y}|${reporter}|${partner}|${side}`;
    if (seen.has(id)) return reject('COUNTERPART_COUNTRY', `a second ${side} value of ${reporter} with ${partner} in ${y}`);
    seen.add(id);
    const value = shiftDecimal(r.value, (r.scale === null ? 0 : Number(r.scale)) - 6);
    const flag = r.status?.toUpperCase() === 'E' ? 'estimated' : 'reported';
    const values = { dataset: file.dataset, year: y, reporter, [side]: value, [`${side}_flag`]: flag };
    if (GROUPS.has(partner)) emit('trade_total', { ...values, partner_group: partner });
    else emit('trade', { ...values, partner });
  };

  return {
    dataset: file.dataset,
    tables: ['trade', 'trade_total'],
    finish: (db) => mergePartialTrade(db, file.dataset),
    files: [
      {
        path: file.path,
        label: file.label,
        delimiter: file.delimiter,
        columns: [...IMTS_COLUMNS, ...(scale ? [scale] : []), ...(status ? ['OBS_STATUS'] : [])],
        schema: schema(scale, status),
        key: {
          fields: 'COUNTRY, INDICATOR, COUNTERPART_COUNTRY, FREQUENCY, TIME_PERIOD',
          of: (r: ImtsRow) => `${r.country},${r.indicator},${r.counterpart},${r.frequency},${r.period}`,
        },
        map,
      },
    ],
  };
}

/** The `dots` user format: the IMF API's SDMX-CSV (IMTS) when the header says so, else the DOTS CSV layouts. */
export async function imfTradeImporter(ctx: ImportContext, file: UserFile): Promise<UserImporter> {
  const header = await readHeader(file);
  return isImtsHeader(header.fields) ? imtsImporter(ctx, file) : dotsImporter(ctx, file);
}
