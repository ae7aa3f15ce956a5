// IMF Direction of Trade Statistics (DOTS), a user's CSV → trade (million current US$; exports FOB, imports CIF)
// and trade_total (partner World WLD or European Union EUU). Two layouts, told by the header:
// - IMF data portal, long: Country Code, Counterpart Country Code (IMF numeric codes), Indicator Code
//   (TXG_FOB_USD exports, TMG_CIF_USD imports), Time Period (or Year), Value; optional Country Name,
//   Counterpart Country Name, Status ("e" = IMF estimate), Scale or Unit Multiplier. The indicators are in US
//   dollars: without a Scale / Unit Multiplier column values are taken as US$ and divided by 10^6 (an export
//   in millions needs its Scale column). Exports and imports of a dyad are separate rows, merged into one trade
//   row; an empty Value is missing (no value written). Other indicators (TMG_FOB_USD, TBG_USD) and quarterly or
//   monthly periods are quarantined. Counterpart 1 (World) and 998 (EU) go to trade_total; other IMF areas and
//   aggregates are not states and are quarantined.
// - interdep's bundled dots_bilateral_trade.csv (reporter_iso3, partner_iso3, year, exports_fob_musd,
//   imports_cif_musd, exports_estimated, imports_estimated), so a newer release can be re-imported; partner
//   WLD / EUU rows (the totals file) go to trade_total.
import { z } from 'zod';
import type { ImportContext } from './context.js';
import { flag01, int, optText, text, year } from './fields.js';
import { reject, type Emit, type FileSpec, type Rejection } from './importer.js';
import {
  layoutError, mergePartialTrade, optDecimalText, readHeader, shiftDecimal, type Header, type UserFile, type UserImporter,
} from './user-file.js';

const PORTAL = ['Country Code', 'Counterpart Country Code', 'Indicator Code', 'Value'] as const;
const PORTAL_TIME = ['Time Period', 'Year'] as const;
const BUNDLED = ['reporter_iso3', 'partner_iso3', 'year', 'exports_fob_musd', 'imports_cif_musd'] as const;
const BUNDLED_FLAGS = ['exports_estimated', 'imports_estimated'] as const;

const INDICATORS: Readonly<Record<string, 'exports' | 'imports'>> = { TXG_FOB_USD: 'exports', TMG_CIF_USD: 'imports' };
/** IMF counterpart codes that are partner groups of trade_total. */
const IMF_GROUPS: Readonly<Record<number, string>> = { 1: 'WLD', 998: 'EUU' };
const GROUPS = new Set(['WLD', 'EUU']);
const INDICATOR_SCOPE = 'trade holds exports FOB (TXG_FOB_USD) and imports CIF (TMG_CIF_USD)';
const NOT_A_STATE = 'is not a known state (an area, an aggregate or unknown)';
/** Powers of ten of the IMF "Scale" labels. */
const SCALES: Readonly<Record<string, number>> = { units: 0, thousands: 3, millions: 6, billions: 9 };

const amount = optDecimalText().refine((v) => v === null || !v.startsWith('-'), { message: 'negative trade value' });

/** One dyad-year, values in million US$; a side left undefined is not in this source row. */
interface Flow {
  year: number;
  reporter: string;
  partner: string;
  exports?: { value: number | null; estimated: boolean };
  imports?: { value: number | null; estimated: boolean };
}

function portalSchema(time: string, scale: string | undefined, status: boolean) {
  const shape: Record<string, z.ZodType> = {
    'Country Code': int,
    'Counterpart Country Code': int,
    'Indicator Code': text,
    [time]: text,
    Value: amount,
  };
  if (scale) shape[scale] = text;
  if (status) shape.Status = optText;
  return z.object(shape).transform((r) => ({
    country: r['Country Code'] as number,
    counterpart: r['Counterpart Country Code'] as number,
    indicator: r['Indicator Code'] as string,
    period: r[time] as string,
    value: r.Value as string | null,
    scale: scale ? (r[scale] as string) : null,
    status: status ? (r.Status as string | null) : null,
  }));
}
type PortalRow = z.output<ReturnType<typeof portalSchema>>;

const bundledRow = z.object({
  reporter_iso3: text,
  partner_iso3: text,
  year,
  exports_fob_musd: amount,
  imports_cif_musd: amount,
  exports_estimated: flag01.optional(),
  imports_estimated: flag01.optional(),
});
type BundledRow = z.infer<typeof bundledRow>;

function powerOf(scale: string | null, column: string | undefined): number | Rejection {
  if (scale === null || column === undefined) return 0;
  const power = column === 'Scale' ? SCALES[scale.toLowerCase()] : /^\d+$/.test(scale) ? Number(scale) : undefined;
  return power ?? reject(column, `unknown ${column} "${scale}"`);
}

export async function dotsImporter(ctx: ImportContext, file: UserFile): Promise<UserImporter> {
  const header: Header = await readHeader(file);
  const has = (c: string) => header.fields.includes(c);
  const time = PORTAL_TIME.find(has);
  const seen = new Set<string>();

  // Refuses a second value for one side of a dyad-year (two codes of one state), then emits the (partial) row.
  const emitFlow = (f: Flow, partnerField: string, emit: Emit): Rejection | void => {
    const sides = (['exports', 'imports'] as const).filter((side) => f[side] !== undefined);
    const ids = sides.map((side) => `${f.year}|${f.reporter}|${f.partner}|${side}`);
    const twice = sides.find((_, i) => seen.has(ids[i]!));
    if (twice) return reject(partnerField, `a second ${twice} value of ${f.reporter} with ${f.partner} in ${f.year}`);
    for (const id of ids) seen.add(id);
    const values: Record<string, unknown> = { dataset: file.dataset, year: f.year, reporter: f.reporter };
    for (const side of sides) {
      const { value, estimated } = f[side]!;
      values[side] = value;
      values[`${side}_flag`] = value === null ? null : estimated ? 'estimated' : 'reported';
    }
    if (GROUPS.has(f.partner)) emit('trade_total', { ...values, partner_group: f.partner });
    else emit('trade', { ...values, partner: f.partner });
  };

  let spec: FileSpec;
  if (PORTAL.every(has) && time) {
    const scale = ['Scale', 'Unit Multiplier'].find(has);
    const status = has('Status');
    spec = {
      path: file.path,
      label: file.label,
      delimiter: file.delimiter,
      columns: [...PORTAL, time, ...(scale ? [scale] : []), ...(status ? ['Status'] : [])],
      schema: portalSchema(time, scale, status),
      key: {
        fields: `Country Code, Counterpart Country Code, Indicator Code, ${time}`,
        of: (r: PortalRow) => `${r.country},${r.counterpart},${r.indicator},${r.period}`,
      },
      map: (r: PortalRow, emit) => {
        const side = INDICATORS[r.indicator];
        if (!side) return reject('Indicator Code', `indicator ${r.indicator} is not loaded: ${INDICATOR_SCOPE}`);
        if (!/^\d{4}$/.test(r.period)) return reject(time, `period ${r.period} is not a year: trade holds annual flows`);
        const y = Number(r.period);
        if (y < 1800 || y > 2100) return reject(time, 'year out of range 1800–2100');
        const power = powerOf(r.scale, scale);
        if (typeof power !== 'number') return power;
        const reporter = ctx.countries.fromImf(r.country);
        if (!reporter) return reject('Country Code', `IMF code ${r.country} ${NOT_A_STATE}`);
        const partner = IMF_GROUPS[r.counterpart] ?? ctx.countries.fromImf(r.counterpart);
        if (!partner) return reject('Counterpart Country Code', `IMF code ${r.counterpart} ${NOT_A_STATE}`);
        if (r.value === null) return;
        const value = { value: shiftDecimal(r.value, power - 6), estimated: r.status === 'e' };
        return emitFlow({ year: y, reporter, partner, [side]: value }, 'Counterpart Country Code', emit);
      },
    };
  } else if (BUNDLED.every(has)) {
    const flags = BUNDLED_FLAGS.filter(has);
    spec = {
      path: file.path,
      label: file.label,
      delimiter: file.delimiter,
      columns: [...BUNDLED, ...flags],
      schema: bundledRow,
      key: {
        fields: 'reporter_iso3, partner_iso3, year',
        of: (r: BundledRow) => `${r.reporter_iso3},${r.partner_iso3},${r.year}`,
      },
      map: (r: BundledRow, emit) => {
        const reporter = ctx.countries.code(r.reporter_iso3);
        if (!reporter) return reject('reporter_iso3', `unknown country code ${r.reporter_iso3}`);
        const partner = GROUPS.has(r.partner_iso3) ? r.partner_iso3 : ctx.countries.code(r.partner_iso3);
        if (!partner) return reject('partner_iso3', `unknown country code ${r.partner_iso3}`);
        const side = (value: string | null, estimated: boolean | null | undefined) => ({
          value: value === null ? null : shiftDecimal(value, 0),
          estimated: estimated === true,
        });
        const flow: Flow = {
          year: r.year, reporter, partner,
          exports: side(r.exports_fob_musd, r.exports_estimated),
          imports: side(r.imports_cif_musd, r.imports_estimated),
        };
        return emitFlow(flow, 'partner_iso3', emit);
      },
    };
  } else {
    throw layoutError(file, header, 'IMF DOTS', {
      'IMF data portal': [...PORTAL.slice(0, 3), 'Time Period', 'Value'],
      'interdep dots_bilateral_trade.csv': BUNDLED,
    });
  }

  return {
    dataset: file.dataset,
    tables: ['trade', 'trade_total'],
    finish: (db) => mergePartialTrade(db, file.dataset),
    files: [spec],
  };
}
