// Reads for the API's reference endpoints: the state table (with ISO numeric codes for the map), group memberships,
// and the versions of datasets and metrics that provenance manifests cite.
import type { Database } from '../db.js';

export interface StateListRow {
  code: string;
  name: string;
  iso3: string | null;
  iso_numeric: number | null;
  start_year: number | null;
  end_year: number | null;
  kind: string;
  historical: boolean;
  region: string | null;
}

export function listStates(db: Database): Promise<StateListRow[]> {
  return db.all<StateListRow & Record<string, unknown>>(
    `SELECT code, name, iso3, iso_numeric, start_year, end_year, kind, historical, region FROM state ORDER BY code`,
  );
}

export interface GroupMembership {
  group_id: string;
  member: string;
  from_year: number;
  to_year: number | null;
}

/** Every spell of every group (year = null) or the members on 31 December of one year. */
export function groupMemberships(db: Database, year: number | null): Promise<GroupMembership[]> {
  return db.all<GroupMembership & Record<string, unknown>>(
    `SELECT group_id, member, from_year, to_year FROM country_group
      WHERE ?::INTEGER IS NULL OR (from_year <= ? AND coalesce(to_year, 9999) >= ?)
      ORDER BY group_id, member, from_year`,
    [year, year, year],
  );
}

export interface MetricVersionRow {
  id: string;
  version: string;
  title: string;
}

/** The stored definitions (id, version) of the given metrics, as computed into this database. */
export function metricVersions(db: Database, ids: readonly string[]): Promise<MetricVersionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.all<MetricVersionRow & Record<string, unknown>>(
    `SELECT id, version, title FROM metric_definition WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id, version`,
    [...ids],
  );
}
