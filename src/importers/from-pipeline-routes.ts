// Pipeline routes with their transit states in order (data-src/pipeline_routes/pipeline_routes.csv, bundled as
// data/pipeline_routes/: hand-compiled from Global Energy Monitor's trackers, the seed thesis and operators' public
// pages, see its README): one row per route, read into route and route_transit.
//
// Quarantined: a supplier, destination or transit state that is not a canonical state code or not in the state system
// in the route's first year (RUS before 1992); a transit state equal to the supplier or the destination, or listed
// twice; an end_year before start_year; a fuel other than gas/oil, or a capacity unit that does not match the fuel.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { optInt, optNum, optText, text, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const PIPELINE_ROUTES = 'pipeline_routes';

const UNIT: Record<string, string> = { gas: 'bcm/y', oil: 'Mt/y' };

const row = z.object({
  route_id: text.refine((id) => /^[a-z0-9_]+$/.test(id), { message: 'route_id must be lower-case letters, digits and _' }),
  name: text,
  fuel: text.refine((f) => f in UNIT, { message: 'fuel must be gas or oil' }),
  supplier: text,
  transit: optText,
  destination: text,
  capacity: optNum(),
  capacity_unit: optText,
  owner: optText,
  start_year: year,
  end_year: optInt().refine((y) => y === null || (y >= 1800 && y <= 2100), { message: 'year out of range 1800–2100' }),
  source: text,
});

export function pipelineRoutesImporter(ctx: ImportContext, file = bundled(ctx, `${PIPELINE_ROUTES}/pipeline_routes.csv.gz`)): Importer {
  /** Why `code` is not a state of the route in `first` (its first year), or null. */
  const badState = (code: string, first: number): string | null => {
    const state = ctx.countries.get(code);
    if (!state || state.code !== code) return `"${code}" is not a canonical state code`;
    if (!ctx.countries.existedIn(code, first)) return `${code} is not in the state system in ${first}`;
    return null;
  };
  return {
    dataset: PIPELINE_ROUTES,
    tables: ['route', 'route_transit'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'route_id', of: (r: z.infer<typeof row>) => r.route_id },
        map: (r: z.infer<typeof row>, emit) => {
          const transit = r.transit === null ? [] : r.transit.split('>').map((s) => s.trim());
          for (const [field, code] of [['supplier', r.supplier], ['destination', r.destination], ...transit.map((t) => ['transit', t])] as const) {
            const why = badState(code, r.start_year);
            if (why) return reject(field, why);
          }
          if (r.supplier === r.destination) return reject('destination', `destination is the supplier ${r.supplier}`);
          const hit = transit.find((t, i) => t === r.supplier || t === r.destination || transit.indexOf(t) !== i);
          if (hit) return reject('transit', `${hit} is the supplier, the destination or listed twice`);
          if (r.end_year !== null && r.end_year < r.start_year) return reject('end_year', `end_year ${r.end_year} before start_year ${r.start_year}`);
          if (r.capacity_unit !== null && r.capacity_unit !== UNIT[r.fuel]) {
            return reject('capacity_unit', `${r.fuel} capacity must be in ${UNIT[r.fuel]}, got "${r.capacity_unit}"`);
          }
          if (r.capacity !== null && !(r.capacity > 0)) return reject('capacity', `capacity must be positive, got ${r.capacity}`);
          emit('route', {
            route_id: r.route_id, name: r.name, fuel: r.fuel, supplier: r.supplier, destination: r.destination, capacity: r.capacity,
            capacity_unit: r.capacity_unit ?? UNIT[r.fuel], owner: r.owner, start_year: r.start_year, end_year: r.end_year,
            source: r.source, dataset: PIPELINE_ROUTES,
          });
          transit.forEach((state, i) => emit('route_transit', { route_id: r.route_id, seq: i + 1, state, dataset: PIPELINE_ROUTES }));
        },
      },
    ],
  };
}
