// Reads for the country report: state names, a subject's partners ranked by a metric, indicator values, IMF
// arrangements, visa-free entry counts and the datasets behind a metric's input tables.
import type { Database } from '../db.js';

export async function stateNames(db: Database): Promise<Map<string, string>> {
  const rows = await db.all<{ code: string; name: string }>(`SELECT code, name FROM state`);
  const groups = await db.all<{ group_id: string }>(`SELECT DISTINCT group_id FROM country_group`).catch(() => []);
  return new Map([...rows.map((r) => [r.code, r.name] as [string, string]), ...groups.map((g) => [g.group_id, g.group_id] as [string, string])]);
}

export interface RankedPartner {
  counterpart: string;
  value: number;
  rank: number;
}

/** The subject's state counterparts by a directed metric in a year, highest first (groups excluded). */
export async function partnerRanking(db: Database, metric: string, subject: string, year: number): Promise<RankedPartner[]> {
  return db.all<RankedPartner & Record<string, unknown>>(
    `SELECT counterpart, value, (row_number() OVER (ORDER BY value DESC, counterpart))::INTEGER AS rank
       FROM metric_value
      WHERE scenario = 'baseline' AND metric = ? AND subject = ? AND year = ? AND value IS NOT NULL AND counterpart IS NOT NULL
        AND counterpart NOT IN (SELECT DISTINCT group_id FROM country_group)
        AND source = 'default'
      ORDER BY rank`,
    [metric, subject, year],
  );
}

/** Latest year ≤ maxYear with a non-null value of the metric for the subject (any counterpart), or null. */
export async function latestMetricYear(db: Database, metric: string, subject: string, maxYear: number): Promise<number | null> {
  const row = await db.one<{ y: number | null }>(
    `SELECT max(year)::INTEGER AS y FROM metric_value WHERE scenario = 'baseline' AND metric = ? AND subject = ? AND year <= ? AND value IS NOT NULL`,
    [metric, subject, maxYear],
  );
  return row?.y ?? null;
}

export async function indicatorValue(db: Database, country: string, code: string, year: number): Promise<number | null> {
  const row = await db.one<{ v: number | null }>(`SELECT value::DOUBLE AS v FROM indicator WHERE country = ? AND code = ? AND year = ?`, [country, code, year]);
  return row?.v ?? null;
}

export interface ArrangementRow {
  year: number;
  arrangement_type: string;
  amount_approved: number | null;
}

export async function imfArrangements(db: Database, country: string): Promise<ArrangementRow[]> {
  return db.all<ArrangementRow & Record<string, unknown>>(
    `SELECT year::INTEGER AS year, arrangement_type, amount_approved::DOUBLE AS amount_approved FROM imf_arrangement WHERE country = ? ORDER BY year`,
    [country],
  );
}

/** Origins whose citizens enter `destination` visa-free in a year (visa.free_access = 1), with how many are EU members. */
export async function visaFreeInto(db: Database, destination: string, year: number): Promise<{ n: number; eu: number }> {
  const row = await db.one<{ n: number; eu: number }>(
    `SELECT count(*)::INTEGER AS n,
            count(*) FILTER (WHERE subject IN (SELECT member FROM country_group WHERE group_id = 'EU' AND from_year <= ? AND COALESCE(to_year, 9999) >= ?))::INTEGER AS eu
       FROM metric_value WHERE scenario = 'baseline' AND metric = 'visa.free_access' AND counterpart = ? AND year = ? AND value = 1`,
    [year, year, destination, year],
  );
  return row ?? { n: 0, eu: 0 };
}

/** Is the state a member of the group in the year? */
export async function inGroup(db: Database, group: string, state: string, year: number): Promise<boolean> {
  const row = await db.one<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM country_group WHERE group_id = ? AND member = ? AND from_year <= ? AND COALESCE(to_year, 9999) >= ?`,
    [group, state, year, year],
  );
  return (row?.n ?? 0) > 0;
}

/** Datasets whose rows fill each input table (trade_flow is built from the trade table's datasets). */
export async function datasetsOfTables(db: Database, tables: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const table of tables) {
    const physical = table === 'trade_flow' ? 'trade' : table;
    if (!/^[a-z_]+$/.test(physical) || !(await db.tableExists(physical))) continue;
    const cols = await db.all<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = ?`, [physical]);
    if (cols.some((c) => c.column_name === 'dataset')) {
      const rows = await db.all<{ dataset: string }>(`SELECT DISTINCT dataset FROM ${physical} ORDER BY dataset`);
      out.set(table, rows.map((r) => r.dataset));
    } else if (physical === 'state') {
      out.set(table, ['country_codes']);
    }
  }
  return out;
}
