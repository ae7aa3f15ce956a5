// The members of a country group in a year and their stored values of one metric, for interdep compare.
import type { MetricDefinition } from '../../metrics/types.js';
import type { Database } from '../db.js';

const MEMBERS = `SELECT DISTINCT member FROM country_group WHERE group_id = ? AND from_year <= ? AND COALESCE(to_year, 9999) >= ?`;

export async function groupMembers(db: Database, group: string, year: number): Promise<string[]> {
  const rows = await db.all<{ member: string }>(`${MEMBERS} ORDER BY member`, [group, year, year]);
  return rows.map((r) => r.member);
}

export type MemberValue = {
  subject: string;
  value: number | null;
  low: number | null;
  high: number | null;
  flags: string;
};

/** Stored baseline values of the members (on counterpart, or monadic when counterpart is null). */
export async function memberValues(db: Database, metric: MetricDefinition, source: string, group: string, year: number, counterpart: string | null): Promise<MemberValue[]> {
  return db.all<MemberValue>(
    `SELECT subject, value, low, high, flags FROM metric_value
      WHERE metric = ? AND version = ? AND source = ? AND scenario = 'baseline' AND year = ?
        AND ${counterpart === null ? 'counterpart IS NULL' : 'counterpart = ?'}
        AND subject IN (${MEMBERS})`,
    [metric.id, metric.version, source, year, ...(counterpart === null ? [] : [counterpart]), group, year, year],
  );
}
