// Reads for panel assembly and export: metric values of many subjects and years, group members, COW codes, and a
// CSV → Parquet copy done by DuckDB itself.
import { Database, type SqlParam } from '../db.js';

export interface PanelValueRow {
  metric: string;
  subject: string;
  counterpart: string | null;
  year: number;
  value: number | null;
  /** Quality flags of the value (e.g. missing:energy for a composite domain without data). */
  flags: string;
}

export interface PanelQuery {
  metrics: readonly string[];
  subjects: readonly string[];
  /** null = monadic rows only; undefined = any counterpart; a list = those counterparts. */
  counterparts?: readonly string[] | null;
  from: number;
  to: number;
  source?: string;
}

const placeholders = (n: number) => new Array(n).fill('?').join(', ');

/** Baseline values of the metrics for the subjects (rows of the trade source `source` or of source default). */
export async function panelValues(db: Database, q: PanelQuery): Promise<PanelValueRow[]> {
  if (q.metrics.length === 0 || q.subjects.length === 0) return [];
  const params: SqlParam[] = [...q.metrics, ...q.subjects, q.from, q.to, q.source ?? 'default'];
  let cp = '';
  if (q.counterparts === null) cp = 'AND counterpart IS NULL';
  else if (q.counterparts !== undefined && q.counterparts.length > 0) {
    cp = `AND (counterpart IS NULL OR counterpart IN (${placeholders(q.counterparts.length)}))`;
    params.push(...q.counterparts);
  }
  return db.all<PanelValueRow & Record<string, unknown>>(
    `SELECT metric, subject, counterpart, year, value, flags FROM metric_value
      WHERE scenario = 'baseline' AND metric IN (${placeholders(q.metrics.length)})
        AND subject IN (${placeholders(q.subjects.length)}) AND year BETWEEN ? AND ?
        AND source IN (?, 'default') ${cp}
      ORDER BY metric, subject, counterpart NULLS FIRST, year`,
    params,
  );
}

/** Members of a country group in any year of [from, to], sorted. */
export async function groupMembers(db: Database, group: string, from: number, to: number): Promise<string[]> {
  const rows = await db.all<{ member: string }>(
    `SELECT DISTINCT member FROM country_group WHERE group_id = ? AND from_year <= ? AND COALESCE(to_year, 9999) >= ? ORDER BY member`,
    [group, to, from],
  );
  return rows.map((r) => r.member);
}

/** Correlates of War state codes by canonical code (peacesciencer's ccode), for states that have one. */
export async function cowCodes(db: Database): Promise<Map<string, number>> {
  const rows = await db.all<{ code: string; cow: number }>(`SELECT code, cow::INTEGER AS cow FROM state WHERE cow IS NOT NULL`);
  return new Map(rows.map((r) => [r.code, r.cow]));
}

/** Converts a CSV file to Parquet with an in-memory DuckDB (column types as DuckDB infers them from the CSV). */
export async function csvToParquet(csvPath: string, parquetPath: string): Promise<void> {
  const mem = await Database.open(':memory:');
  try {
    const quote = (p: string) => `'${p.replace(/'/g, "''")}'`;
    await mem.run(`COPY (SELECT * FROM read_csv(${quote(csvPath)}, header = true)) TO ${quote(parquetPath)} (FORMAT PARQUET)`);
  } finally {
    mem.close();
  }
}
