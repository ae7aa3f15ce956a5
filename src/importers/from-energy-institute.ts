// Energy Institute (formerly BP) Statistical Review of World Energy, editions 2017–2024: gas trade by exporter and
// importer, crude-oil inter-area movements, and the 2024 edition's country energy series 1965–2023.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { flag01, num, optNum, text, year } from './fields.js';
import { reject, type FileSpec, type Importer } from './importer.js';

export const ENERGY_INSTITUTE = 'energy_institute_statistical_review';

type File = { path: string; label: string };

export interface EnergyInstituteFiles {
  gas: File;
  oil: File;
  series: File;
  variables: File;
}

const requiredFlag = flag01.refine((v) => v !== null, { message: 'missing value' }).transform((v) => v as boolean);

const gasRow = z.object({
  edition: text,
  data_year: year,
  mode: z.enum(['pipeline', 'lng'], { message: 'expected pipeline or lng' }),
  exporter: text,
  importer: text,
  importer_is_region_total: requiredFlag,
  bcm: num.refine((v) => v >= 0, { message: 'negative volume' }),
});
type GasRow = z.infer<typeof gasRow>;

const oilRow = z.object({
  edition: text,
  data_year: year,
  product: z.enum(['crude', 'product'], { message: 'expected crude or product' }),
  from_region: text,
  to_region: text,
  million_tonnes: num.refine((v) => v >= 0, { message: 'negative volume' }),
});
type OilRow = z.infer<typeof oilRow>;

const seriesRow = z.object({
  variable: text,
  unit: text,
  country: text,
  is_aggregate: requiredFlag,
  year,
  value: optNum([]),
});
type SeriesRow = z.infer<typeof seriesRow>;

const variableRow = z.object({ variable: text, source_sheet: text, sheet_title: text, unit_label: text });
type VariableRow = z.infer<typeof variableRow>;

/** Gas-matrix labels that are the publisher's residual groups, not states (region subtotals are flagged in the file). */
const GAS_GROUP = /^(Other |Rest of )|^EU$/;

/** Oil trading areas that are one country; every other area is a region and keeps its label only. */
const OIL_COUNTRY_AREAS = new Set([
  'US', 'Canada', 'Mexico', 'Russia', 'Russian Federation', 'Iraq', 'Kuwait', 'Saudi Arabia', 'UAE',
  'China', 'India', 'Japan', 'Singapore',
]);
const OIL_REGION_AREAS = new Set([
  'S. & Cent. America', 'Europe', 'Other CIS', 'Middle East', 'Other Middle East', 'Africa', 'North Africa',
  'West Africa', 'East & S. Africa', 'Australasia', 'Other Asia Pacific',
]);
const OIL_AREA_NAMES: Record<string, string> = { UAE: 'United Arab Emirates' };

const POST_SOVIET = new Set(['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LVA', 'LTU', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB']);

/**
 * First year the workbook reports the former Soviet republics separately. Before it their cells are printed 0
 * but are inside "USSR" (README); refinery throughput stays in the USSR row until 1989.
 */
const SOVIET_SPLIT: Record<string, number> = { refinery_throughput_kbd: 1990 };
const DEFAULT_SOVIET_SPLIT = 1985;

export function energyInstituteImporter(
  ctx: ImportContext,
  files: EnergyInstituteFiles = {
    gas: bundled(ctx, `${ENERGY_INSTITUTE}/gas_trade_movements_by_exporter_importer.csv.gz`),
    oil: bundled(ctx, `${ENERGY_INSTITUTE}/oil_interarea_movements_by_origin_destination.csv.gz`),
    series: bundled(ctx, `${ENERGY_INSTITUTE}/country_energy_series_1965_2023.csv.gz`),
    variables: bundled(ctx, `${ENERGY_INSTITUTE}/country_energy_series_variables.csv.gz`),
  },
): Importer {
  const stateOf = (name: string): string | undefined => {
    try {
      return ctx.countries.resolve(name).code;
    } catch {
      return undefined;
    }
  };

  const gas: FileSpec<GasRow> = {
    ...files.gas,
    columns: Object.keys(gasRow.shape),
    schema: gasRow,
    key: {
      fields: 'edition, data_year, mode, exporter, importer',
      of: (r) => `${r.edition},${r.data_year},${r.mode},${r.exporter},${r.importer}`,
    },
    map: (r, emit) => {
      let exporter: string | null = null;
      if (!GAS_GROUP.test(r.exporter)) {
        exporter = stateOf(r.exporter) ?? null;
        if (!exporter) return reject('exporter', `unknown country "${r.exporter}"`);
      }
      let importer: string | null = null;
      if (!r.importer_is_region_total && !GAS_GROUP.test(r.importer)) {
        importer = stateOf(r.importer) ?? null;
        if (!importer) return reject('importer', `unknown country "${r.importer}"`);
      }
      emit('energy_flow', {
        dataset: ENERGY_INSTITUTE, year: r.data_year, fuel: 'gas', mode: r.mode,
        exporter, importer, exporter_label: r.exporter, importer_label: r.importer,
        importer_is_region_total: r.importer_is_region_total, volume: r.bcm, unit: 'bcm', edition: r.edition,
      });
    },
  };

  const oilArea = (label: string): string | null | undefined => {
    if (OIL_REGION_AREAS.has(label)) return null;
    if (!OIL_COUNTRY_AREAS.has(label)) return undefined;
    return stateOf(OIL_AREA_NAMES[label] ?? label);
  };
  const oil: FileSpec<OilRow> = {
    ...files.oil,
    columns: Object.keys(oilRow.shape),
    schema: oilRow,
    key: {
      fields: 'edition, data_year, product, from_region, to_region',
      of: (r) => `${r.edition},${r.data_year},${r.product},${r.from_region},${r.to_region}`,
    },
    map: (r, emit) => {
      const exporter = oilArea(r.from_region);
      if (exporter === undefined) return reject('from_region', `unknown trading area "${r.from_region}"`);
      const importer = oilArea(r.to_region);
      if (importer === undefined) return reject('to_region', `unknown trading area "${r.to_region}"`);
      emit('energy_flow', {
        dataset: ENERGY_INSTITUTE, year: r.data_year, fuel: r.product === 'crude' ? 'crude' : 'oil_products', mode: null,
        exporter, importer, exporter_label: r.from_region, importer_label: r.to_region,
        // The movement tables have no subtotal rows (totals were dropped when the matrices were melted).
        importer_is_region_total: false, volume: r.million_tonnes, unit: 'Mt', edition: r.edition,
      });
    },
  };

  const series: FileSpec<SeriesRow> = {
    ...files.series,
    columns: Object.keys(seriesRow.shape),
    schema: seriesRow,
    key: { fields: 'variable, country, year', of: (r) => `${r.variable},${r.country},${r.year}` },
    map: (r, emit) => {
      let country: string | null = null;
      if (!r.is_aggregate) {
        country = stateOf(r.country) ?? null;
        if (!country) return reject('country', `unknown country "${r.country}"`);
      }
      // The Soviet Union is split into its republics from 1985: a 0 printed for a republic (or "Other CIS")
      // before the split, or for "USSR" after it, is not a real zero, so it is loaded as NULL.
      let value = r.value;
      const split = SOVIET_SPLIT[r.variable] ?? DEFAULT_SOVIET_SPLIT;
      const republic = (country !== null && POST_SOVIET.has(country)) || r.country === 'Other CIS';
      if (value === 0 && ((republic && r.year < split) || r.country === 'USSR')) value = null;
      emit('energy_balance', {
        dataset: ENERGY_INSTITUTE, year: r.year, country, country_label: r.country, is_aggregate: r.is_aggregate,
        variable: r.variable, unit: r.unit, value,
      });
    },
  };

  const variables: FileSpec<VariableRow> = {
    ...files.variables,
    columns: Object.keys(variableRow.shape),
    schema: variableRow,
    key: { fields: 'variable', of: (r) => r.variable },
    map: (r, emit) => {
      emit('energy_variable', {
        dataset: ENERGY_INSTITUTE, variable: r.variable, source_sheet: r.source_sheet, title: r.sheet_title, unit: r.unit_label,
      });
    },
  };

  return {
    dataset: ENERGY_INSTITUTE,
    tables: ['energy_flow', 'energy_balance', 'energy_variable'],
    files: [gas, oil, variables, series],
  };
}
