// Runs interdep's metric SQL unchanged on ClickHouse in-process (chDB, npm package chdb, a devDependency) over the
// same tables as DuckDB, read from Parquet: the portability test (test/metrics/product-chdb.test.ts) and the product
// benchmark (bench/product.bench.ts). Two settings give ClickHouse the SQL-standard semantics the metric SQL
// assumes, and result columns are read by position, so no text rewriting is needed.
import { resolve } from 'node:path';
import type { Session } from 'chdb';
import type { MetricRow } from '../src/metrics/types.js';

/** Session settings that make ClickHouse read the metric SQL as DuckDB (standard SQL) does. */
export const CLICKHOUSE_SETTINGS: Readonly<Record<string, number>> = {
  // unmatched columns of an outer join are NULL, not the type's default (0, ''): COALESCE and CASE see a NULL
  join_use_nulls: 1,
  // CAST(NULL AS DOUBLE) is a NULL of Nullable(Float64); without it ClickHouse refuses to cast NULL to a plain type
  cast_keep_nullable: 1,
};

/** Why chdb cannot run here (its native library is missing for this platform), or null. */
export async function chdbUnavailable(): Promise<string | null> {
  try {
    const { query } = await import('chdb');
    query('SELECT 1', 'CSV');
    return null;
  } catch (err) {
    return `chdb cannot load on ${process.platform}-${process.arch}: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
  }
}

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export class ChdbEngine {
  private constructor(private readonly session: Session) {}

  /** A temporary session (its directory is removed on close), with CLICKHOUSE_SETTINGS and any further settings. */
  static async open(settings: Readonly<Record<string, number>> = {}): Promise<ChdbEngine> {
    const { Session } = await import('chdb');
    const session = new Session();
    for (const [name, value] of Object.entries({ ...CLICKHOUSE_SETTINGS, ...settings })) {
      if (!/^[a-z_]+$/.test(name) || !Number.isFinite(value)) throw new Error(`chdb-engine: bad setting ${name} = ${value}`);
      session.query(`SET ${name} = ${value}`);
    }
    return new ChdbEngine(session);
  }

  /** Creates table `table` (Memory engine, columns as the Parquet file types them, Nullable) from a Parquet file. */
  loadParquet(table: string, path: string): number {
    this.session.query(`CREATE TABLE ${table} ENGINE = Memory AS SELECT * FROM file(${quote(resolve(path))}, Parquet)`);
    return Number(this.rows(`SELECT count() FROM ${table}`)[0]![0]);
  }

  /** Result rows as arrays, in the SELECT's column order (ClickHouse names an unaliased f.year "f.year", DuckDB "year"). */
  rows(sql: string): unknown[][] {
    const out = this.session.query(sql, 'JSONCompactEachRow');
    return out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown[]);
  }

  /** Rows of a metric's SQL (subject, counterpart, year, value, low, high, flags, by position). */
  metricRows(sql: string): MetricRow[] {
    return this.rows(sql).map(toMetricRow);
  }

  close(): void {
    this.session.close();
  }
}

/** A metric row from the seven columns every metric SELECT returns, in order. */
export function toMetricRow(r: readonly unknown[]): MetricRow {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    subject: String(r[0]), counterpart: r[1] === null ? null : String(r[1]), year: Number(r[2]),
    value: num(r[3]), low: num(r[4]), high: num(r[5]), flags: String(r[6] ?? ''),
  };
}
