// Metric values for exports: the rows of a filter, and the same rows written by DuckDB as Parquet (COPY … TO).
import type { Database, SqlParam } from '../db.js';
import type { MetricValueRow } from './metric-values.js';

export interface ExportFilter {
  metric: string;
  source: string;
  subject?: string;
  counterpart?: string;
  from?: number;
  to?: number;
}

const COLUMNS = 'metric, version, source, subject, counterpart, year, value, low, high, flags';

function select(f: ExportFilter): { sql: string; params: SqlParam[] } {
  const where = [`scenario = 'baseline'`, 'metric = ?', 'source = ?'];
  const params: SqlParam[] = [f.metric, f.source];
  const add = (sql: string, v: SqlParam | undefined) => {
    if (v === undefined) return;
    where.push(sql);
    params.push(v);
  };
  add('subject = ?', f.subject);
  add('counterpart = ?', f.counterpart);
  add('year >= ?', f.from);
  add('year <= ?', f.to);
  return { sql: `SELECT ${COLUMNS} FROM metric_value WHERE ${where.join(' AND ')} ORDER BY subject, counterpart NULLS FIRST, year`, params };
}

export function exportRows(db: Database, f: ExportFilter): Promise<MetricValueRow[]> {
  const { sql, params } = select(f);
  return db.all<MetricValueRow & Record<string, unknown>>(sql, params);
}

/** Writes the rows as a Parquet file (path from the command line, quoted as a SQL string literal); returns the row count. */
export async function copyToParquet(db: Database, f: ExportFilter, path: string): Promise<number> {
  const { sql, params } = select(f);
  await db.run(`COPY (${sql}) TO '${path.replace(/'/g, "''")}' (FORMAT PARQUET)`, params);
  const row = await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet('${path.replace(/'/g, "''")}')`);
  return row?.n ?? 0;
}
