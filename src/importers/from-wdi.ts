// World Bank, World Development Indicators (CC BY 4.0), via datasets/world-development-indicators (2026-07):
// GDP (current US$), population and 34 selected indicators, country-year, plus the indicators' metadata.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { int, num, text, year } from './fields.js';
import { reject, type Emit, type FileSpec, type Importer, type Rejection } from './importer.js';

export const WDI = 'worldbank_wdi';

const series = z.object({ country_code: text, year, value: num });
type SeriesRow = z.infer<typeof series>;

const selected = z.object({ indicator: text, country_code: text, year, value: num });
type SelectedRow = z.infer<typeof selected>;

const metadata = z.object({
  indicator: text,
  title: text,
  definition: text,
  license: text,
  first_year_in_source: year,
  last_year_in_source: year,
  rows_in_this_extract: int,
});
type MetadataRow = z.infer<typeof metadata>;

export interface WdiFiles {
  gdp: { path: string; label: string };
  population: { path: string; label: string };
  selected: { path: string; label: string };
  metadata: { path: string; label: string };
}

export function wdiImporter(
  ctx: ImportContext,
  files: WdiFiles = {
    gdp: bundled(ctx, `${WDI}/gdp_current_usd_1960_2025.csv.gz`),
    population: bundled(ctx, `${WDI}/population_total_1960_2025.csv.gz`),
    selected: bundled(ctx, `${WDI}/wdi_selected_indicators_1990_2025.csv.gz`),
    metadata: bundled(ctx, `${WDI}/wdi_indicator_metadata.csv.gz`),
  },
): Importer {
  // WDI mixes states with its own aggregates (WLD, EUU, ECS, HIC, ...): aggregates are kept and flagged.
  const emitIndicator = (emit: Emit, code: string, r: SeriesRow): Rejection | void => {
    const state = ctx.countries.fromWb(r.country_code);
    const aggregate = !state && ctx.countries.isAggregate(r.country_code);
    if (!state && !aggregate) return reject('country_code', `unknown country or aggregate code ${r.country_code}`);
    emit('indicator', {
      dataset: WDI, year: r.year, country: state ?? r.country_code, is_aggregate: aggregate, code, value: r.value,
    });
  };
  const singleSeries = (file: { path: string; label: string }, code: string): FileSpec<SeriesRow> => ({
    ...file,
    columns: Object.keys(series.shape),
    schema: series,
    key: { fields: 'country_code, year', of: (r) => `${r.country_code},${r.year}` },
    map: (r, emit) => emitIndicator(emit, code, r),
  });
  const selectedSpec: FileSpec<SelectedRow> = {
    ...files.selected,
    columns: Object.keys(selected.shape),
    schema: selected,
    key: { fields: 'indicator, country_code, year', of: (r) => `${r.indicator},${r.country_code},${r.year}` },
    map: (r, emit) => emitIndicator(emit, r.indicator, r),
  };
  const metadataSpec: FileSpec<MetadataRow> = {
    ...files.metadata,
    columns: Object.keys(metadata.shape),
    schema: metadata,
    key: { fields: 'indicator', of: (r) => r.indicator },
    map: (r, emit) => {
      emit('indicator_meta', { dataset: WDI, code: r.indicator, title: r.title, definition: r.definition, licence: r.license });
    },
  };
  return {
    dataset: WDI,
    tables: ['indicator', 'indicator_meta'],
    files: [
      metadataSpec,
      singleSeries(files.gdp, 'NY.GDP.MKTP.CD'),
      singleSeries(files.population, 'SP.POP.TOTL'),
      selectedSpec,
    ],
  };
}
