// The edge lists of the network layers, per year, as SELECTs over the store (columns year, source, target, weight),
// and readers for one layer-year and for the pipeline route table. Directed layers read "source depends on target".
import { tradeLayerSql } from '../../metrics/families/network.js';
import type { TradeSource } from '../../metrics/types.js';
import { routesFromRows, type Route } from '../../network/transit.js';
import type { EdgeRow } from '../../network/graph.js';
import { StoreError, UsageError } from '../../core/errors.js';
import type { Database } from '../db.js';
import { countryGroupIds } from './country-groups.js';

export const LAYERS = ['trade', 'energy', 'igo', 'alliance', 'arms', 'composite'] as const;
export type LayerName = (typeof LAYERS)[number];

export interface LayerSpec {
  directed: boolean;
  /** What a tie's weight is, for help texts and docs. */
  weight: string;
  sql: (source: TradeSource) => string;
}

export const LAYER_SPECS: Readonly<Record<LayerName, LayerSpec>> = {
  trade: {
    directed: true,
    weight: "share of the subject's trade turnover (exports + imports) with the partner: the row-normalised dependence D",
    sql: tradeLayerSql,
  },
  energy: {
    directed: true,
    weight: "share of the importer's gas imports (pipeline + LNG, bcm) from the exporter, over exporters that are states",
    sql: () => `
      SELECT year, importer AS source, exporter AS target, SUM(volume) / SUM(SUM(volume)) OVER (PARTITION BY year, importer) AS weight
        FROM energy_flow
       WHERE fuel = 'gas' AND exporter IS NOT NULL AND importer IS NOT NULL AND NOT importer_is_region_total
         AND volume > 0 AND exporter <> importer
       GROUP BY year, importer, exporter`,
  },
  igo: {
    directed: false,
    weight: 'number of intergovernmental organisations both states are full members of (COW IGO)',
    sql: () => `
      SELECT a.year, a.state AS source, b.state AS target, CAST(COUNT(DISTINCT a.igo) AS DOUBLE) AS weight
        FROM igo_membership AS a JOIN igo_membership AS b ON b.year = a.year AND b.igo = a.igo AND a.state < b.state
       WHERE a.status = 'full' AND b.status = 'full'
       GROUP BY a.year, a.state, b.state`,
  },
  alliance: {
    directed: false,
    weight: '1 for a pair with an ATOP obligation in force (defence, offence, neutrality, non-aggression or consultation)',
    sql: () => `
      SELECT DISTINCT year, LEAST(state_a, state_b) AS source, GREATEST(state_a, state_b) AS target, 1.0 AS weight
        FROM alliance
       WHERE state_a <> state_b AND (defense OR offense OR neutrality OR nonaggression OR consultation)`,
  },
  arms: {
    directed: true,
    weight: "supplier's share of the recipient's arms imports in the year (SIPRI TIV)",
    sql: () => `
      SELECT year, recipient AS source, supplier AS target, SUM(tiv) / SUM(SUM(tiv)) OVER (PARTITION BY year, recipient) AS weight
        FROM arms_transfer
       WHERE supplier IS NOT NULL AND recipient IS NOT NULL AND supplier <> recipient AND tiv > 0
       GROUP BY year, recipient, supplier`,
  },
  composite: {
    directed: true,
    weight: 'composite dependence index CDI(subject ← counterpart) (metric composite.dependence)',
    // Group counterparts (EU, CIS, …) are not states: their rows are flagged 'group' (metrics/groups.ts).
    sql: (source) => `
      SELECT year, subject AS source, counterpart AS target, value AS weight
        FROM metric_value
       WHERE metric = 'composite.dependence' AND scenario = 'baseline' AND source = '${source}' AND value > 0
         AND counterpart IS NOT NULL AND subject <> counterpart AND flags <> 'group' AND flags NOT LIKE 'group,%'`,
  },
};

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
