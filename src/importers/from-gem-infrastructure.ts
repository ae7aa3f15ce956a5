// Global Energy Monitor (CC BY 4.0): Global Gas Infrastructure Tracker, Oct 2024 (gas pipelines, LNG terminals)
// and Global Oil Infrastructure Tracker, Jun 2024 (oil and NGL pipelines), with the countries each one crosses.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { num, optInt, optNum, optText, text } from './fields.js';
import { reject, type Emit, type FileSpec, type Importer, type Rejection } from './importer.js';

export const GEM = 'gem_pipelines_lng';

type File = { path: string; label: string };

export interface GemFiles {
  gasPipelines: File;
  lngTerminals: File;
  oilPipelines: File;
}

// GEM prints "--" for an unknown start year (LNG) or region (gas pipelines).
const startYear = optInt(['--']).refine((y) => y === null || (y >= 1800 && y <= 2100), { message: 'year out of range 1800–2100' });
const region = optText.transform((v) => (v === '--' ? null : v));
const capacity = optNum([]).refine((v) => v === null || v >= 0, { message: 'negative capacity' });

const gasRow = z.object({
  id: text,
  name: text,
  unit_name: optText,
  status: text,
  areas: optText,
  start_year: startYear,
  capacity,
  capacity_table: optText,
  owner: optText,
  parent: optText,
  region,
  url: optText,
});
type GasRow = z.infer<typeof gasRow>;

const lngRow = z.object({
  id: text,
  name: text,
  unit_name: optText,
  terminal_type: z.enum(['import', 'export'], { message: 'expected import or export' }),
  status: text,
  areas: optText,
  start_year: startYear,
  capacity,
  capacity_table: optText,
  owner: optText,
  parent: optText,
  region,
  latitude: num.refine((v) => Math.abs(v) <= 90, { message: 'latitude out of range' }),
  longitude: num.refine((v) => Math.abs(v) <= 180, { message: 'longitude out of range' }),
  url: optText,
});
type LngRow = z.infer<typeof lngRow>;

const oilRow = z.object({
  project: text,
  unit: optText,
  type: z.enum(['oil_pipelines', 'ngl_pipelines'], { message: 'expected oil_pipelines or ngl_pipelines' }),
  countries: optText,
  status: text,
  start_year: startYear,
  capacity_bpd: capacity,
  parent: optText,
  url: optText,
});
type OilRow = z.infer<typeof oilRow>;

/** Area labels in the GEM files that are not states (nor territories the resolver knows). */
const NOT_STATES = new Set(['Canary Islands', 'Joint Petroleum Development Area']);

/**
 * GOIT has no id column: the id is a hash of project and unit, stable across releases while GEM keeps the names.
 */
export function goitId(project: string, unit: string | null): string {
  return 'GOIT-' + createHash('sha256').update(`${project}\u001f${unit ?? ''}`).digest('hex').slice(0, 12);
}

export function gemImporter(
  ctx: ImportContext,
  files: GemFiles = {
    gasPipelines: bundled(ctx, `${GEM}/ggit_gas_pipelines_2024-10.csv.gz`),
    lngTerminals: bundled(ctx, `${GEM}/ggit_lng_terminals_2024-10.csv.gz`),
    oilPipelines: bundled(ctx, `${GEM}/goit_oil_ngl_pipelines_2024-06.csv.gz`),
  },
): Importer {
  const stateOf = (name: string): string | null => {
    try {
      return ctx.countries.resolve(name).code;
    } catch {
      return null;
    }
  };

  // The list keeps GEM's order, which is not always the order along the route (Yamal-Europe: "Russia, Belarus,
  // Germany, Poland"). Areas that are not states keep their label with a NULL code; any other unknown name is an error.
  const emitCountries = (emit: Emit, field: string, id: string, list: string | null): Rejection | void => {
    if (list === null) return;
    const labels = list.split(', ').map((l) => l.trim());
    if (labels.includes('')) return reject(field, `empty country in "${list}"`);
    const codes = labels.map((label) => (NOT_STATES.has(label) ? null : stateOf(label)));
    const unknown = labels.find((label, i) => codes[i] === null && !NOT_STATES.has(label));
    if (unknown !== undefined) return reject(field, `unknown country "${unknown}"`);
    labels.forEach((label, i) => {
      emit('infrastructure_country', { dataset: GEM, id, seq: i + 1, country: codes[i], country_label: label });
    });
  };

  const checkUnit = (r: { capacity: number | null; capacity_table: string | null }, unit: string): Rejection | void => {
    if (r.capacity_table !== null && !r.capacity_table.includes(` ${unit} `)) {
      return reject('capacity_table', `expected a capacity in ${unit}, found "${r.capacity_table}"`);
    }
  };

  const gas: FileSpec<GasRow> = {
    ...files.gasPipelines,
    columns: Object.keys(gasRow.shape),
    schema: gasRow,
    key: { fields: 'id', of: (r) => r.id },
    map: (r, emit) => {
      const bad = checkUnit(r, 'bcm/y');
      if (bad) return bad;
      emit('infrastructure', {
        dataset: GEM, id: r.id, kind: 'gas_pipeline', name: r.name, unit_name: r.unit_name, status: r.status,
        start_year: r.start_year, capacity: r.capacity, capacity_unit: r.capacity === null ? null : 'bcm/y',
        owner: r.owner, parent: r.parent, region: r.region, latitude: null, longitude: null, url: r.url,
      });
      return emitCountries(emit, 'areas', r.id, r.areas);
    },
  };

  const lng: FileSpec<LngRow> = {
    ...files.lngTerminals,
    columns: Object.keys(lngRow.shape),
    schema: lngRow,
    key: { fields: 'id', of: (r) => r.id },
    map: (r, emit) => {
      const bad = checkUnit(r, 'mtpa');
      if (bad) return bad;
      emit('infrastructure', {
        dataset: GEM, id: r.id, kind: r.terminal_type === 'import' ? 'lng_import' : 'lng_export', name: r.name,
        unit_name: r.unit_name, status: r.status, start_year: r.start_year,
        capacity: r.capacity, capacity_unit: r.capacity === null ? null : 'mtpa',
        owner: r.owner, parent: r.parent, region: r.region, latitude: r.latitude, longitude: r.longitude, url: r.url,
      });
      return emitCountries(emit, 'areas', r.id, r.areas);
    },
  };

  const oil: FileSpec<OilRow> = {
    ...files.oilPipelines,
    columns: Object.keys(oilRow.shape),
    schema: oilRow,
    key: { fields: 'project, unit', of: (r) => `${r.project}\u001f${r.unit ?? ''}` },
    map: (r, emit) => {
      const id = goitId(r.project, r.unit);
      // 236 GOIT rows have no countries in this map file (README): the pipeline is loaded without country rows.
      emit('infrastructure', {
        dataset: GEM, id, kind: r.type === 'oil_pipelines' ? 'oil_pipeline' : 'ngl_pipeline', name: r.project,
        unit_name: r.unit, status: r.status, start_year: r.start_year,
        capacity: r.capacity_bpd, capacity_unit: r.capacity_bpd === null ? null : 'bpd',
        owner: null, parent: r.parent, region: null, latitude: null, longitude: null, url: r.url,
      });
      return emitCountries(emit, 'countries', id, r.countries);
    },
  };

  return { dataset: GEM, tables: ['infrastructure', 'infrastructure_country'], files: [gas, lng, oil] };
}
