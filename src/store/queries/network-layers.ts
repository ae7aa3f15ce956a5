// Readers of the network layers' edge lists (columns year, source, target, weight) for one layer-year or a panel of
// years, and of the pipeline route table. Directed layers read "source depends on target".
import { LAYERS, LAYER_SPECS, type LayerName } from '../../metrics/families/network.js';
import type { TradeSource } from '../../metrics/types.js';
import { routesFromRows, type Route } from '../../network/transit.js';
import type { EdgeRow } from '../../network/graph.js';
import { StoreError, UsageError } from '../../core/errors.js';
import type { Database } from '../db.js';
import { countryGroupIds } from './country-groups.js';

// The layer SELECTs live with the network metrics (metrics/families/network.ts), which compute from them.
export { LAYERS, LAYER_SPECS, type LayerName, type LayerSpec } from '../../metrics/families/network.js';

export function isLayer(name: string): name is LayerName {
  return (LAYERS as readonly string[]).includes(name);
}

/** The edges of one layer in one year. */
export function readLayerEdges(db: Database, layer: LayerName, year: number, source: TradeSource = 'default'): Promise<EdgeRow[]> {
  return db.all<EdgeRow & Record<string, unknown>>(
    `SELECT source, target, CAST(weight AS DOUBLE) AS weight FROM (${LAYER_SPECS[layer].sql(source)}) AS l WHERE year = ? ORDER BY source, target`,
    [year],
  );
}

/** The edges of one layer in every year (or the years from–to), ordered by year. */
export function readLayerPanel(db: Database, layer: LayerName, source: TradeSource = 'default', from = -9999, to = 9999): Promise<Array<EdgeRow & { year: number }>> {
  return db.all<EdgeRow & { year: number } & Record<string, unknown>>(
    `SELECT CAST(year AS INTEGER) AS year, source, target, CAST(weight AS DOUBLE) AS weight FROM (${LAYER_SPECS[layer].sql(source)}) AS l
      WHERE year BETWEEN ? AND ? ORDER BY year, source, target`,
    [from, to],
  );
}

/** Every route of the pipeline route table with its transit states in order (schema 060-route.sql). */
export async function readRoutes(db: Database): Promise<Route[]> {
  if (!(await db.tableExists('route'))) {
    throw new StoreError(`${db.path} has no pipeline route table`, 'rebuild it with `interdep build` (the route table came with the network commands)');
  }
  return routesFromRows(
    await db.all('SELECT * FROM route ORDER BY route_id'),
    await db.all('SELECT * FROM route_transit ORDER BY route_id, seq'),
  );
}

/** A --group value as the group id it names (any case), or a usage error listing the groups of the database. */
export async function checkedGroup(db: Database, value: string): Promise<string> {
  const group = value.trim().toUpperCase();
  const groups = await countryGroupIds(db);
  if (!groups.has(group)) throw new UsageError(`unknown country group "${value}"`, `groups: ${[...groups].join(', ') || '(none in this database)'}`);
  return group;
}

/** Members of a country group in a year (table country_group). */
export async function groupMembers(db: Database, group: string, year: number): Promise<string[]> {
  const rows = await db.all<{ member: string }>(
    `SELECT DISTINCT member FROM country_group WHERE group_id = ? AND from_year <= ? AND COALESCE(to_year, 9999) >= ? ORDER BY member`,
    [group, year, year],
  );
  return rows.map((r) => r.member);
}
