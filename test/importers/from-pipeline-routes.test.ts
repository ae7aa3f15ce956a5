import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { PIPELINE_ROUTES, pipelineRoutesImporter } from '../../src/importers/from-pipeline-routes.js';
import { readRoutes } from '../../src/store/queries/network-layers.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/pipeline_routes.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

describe('pipelineRoutesImporter on the fixture', () => {
  it('keeps valid routes with their transit order and quarantines bad codes, loops, units, years and duplicates', async () => {
    const importer = pipelineRoutesImporter(ctx, { path: 'test/fixtures/pipeline_routes/pipeline_routes.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([
        { dataset: PIPELINE_ROUTES, file: FILE, read: 12, loaded: 3, quarantined: 9, written: { route: 3, route_transit: 4 } },
      ]);
      expect(quarantine).toEqual([
        { file: FILE, line: 5, field: 'supplier', reason: 'RUS is not in the state system in 1985' },
        { file: FILE, line: 6, field: 'transit', reason: 'RUS is the supplier, the destination or listed twice' },
        { file: FILE, line: 7, field: 'transit', reason: 'BLR is the supplier, the destination or listed twice' },
        { file: FILE, line: 8, field: 'capacity_unit', reason: 'gas capacity must be in bcm/y, got "Mt/y"' },
        { file: FILE, line: 9, field: 'end_year', reason: 'end_year 1999 before start_year 2000' },
        { file: FILE, line: 10, field: 'transit', reason: '"XYZ" is not a canonical state code' },
        { file: FILE, line: 11, field: 'fuel', reason: 'fuel must be gas or oil' },
        { file: FILE, line: 12, field: 'route_id', reason: 'duplicate key (route_id) = (yamal), first seen at line 2' },
        { file: FILE, line: 13, field: 'source', reason: 'missing value' },
      ]);
      expect(await readRoutes(db)).toEqual([
        { route_id: 'druzhba', fuel: 'oil', supplier: 'RUS', destination: 'SVK', capacity: null, start_year: 1993, end_year: null, transit: ['BLR', 'UKR'] },
        { route_id: 'ns', fuel: 'gas', supplier: 'RUS', destination: 'DEU', capacity: 55, start_year: 2011, end_year: null, transit: [] },
        { route_id: 'yamal', fuel: 'gas', supplier: 'RUS', destination: 'DEU', capacity: 33, start_year: 1999, end_year: 2022, transit: ['BLR', 'POL'] },
      ]);
      expect(await db.one('SELECT capacity_unit, source FROM route WHERE route_id = ?', ['druzhba'])).toEqual({ capacity_unit: 'Mt/y', source: 'fixture row: no capacity' });
    });
  });
});

describe('pipelineRoutesImporter on the bundled pipeline_routes.csv.gz', () => {
  it('loads every row; Yamal–Europe crosses Belarus then Poland; every capacity the README leaves empty is an oil row', async () => {
    await withImport(pipelineRoutesImporter(ctx), async (db, reports, quarantine) => {
      expect(quarantine).toEqual([]);
      expect(reports[0]).toMatchObject({ read: 14, loaded: 14, quarantined: 0 });
      const routes = await readRoutes(db);
      expect(routes.find((r) => r.route_id === 'yamal_europe')).toMatchObject({ supplier: 'RUS', destination: 'DEU', capacity: 33, transit: ['BLR', 'POL'], start_year: 1999 });
      expect(routes.filter((r) => r.capacity === null).every((r) => r.fuel === 'oil')).toBe(true);
      expect(routes.filter((r) => r.supplier === 'RUS' && r.destination === 'DEU' && r.fuel === 'gas').map((r) => r.route_id))
        .toEqual(['nord_stream_1_line_1', 'nord_stream_1_line_2', 'yamal_europe']);
    });
  });
});
