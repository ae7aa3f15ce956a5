// Runs a metric's SQL on a real in-memory DuckDB and its TS reference on the same rows, for cross-checks
// and known-answer tests. Inputs are rows of canonical tables; trade_flow is materialised from trade.
import { expect, it } from 'vitest';
import { Database, type Row } from '../../src/store/db.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import { METRIC_INDEX } from '../../src/metrics/registry.js';
import type { MetricDefinition, MetricRow, TradeSource } from '../../src/metrics/types.js';

export async function loadTables(tables: Record<string, Row[]>): Promise<Database> {
  const db = await Database.open(':memory:');
  await db.applySchema();
  for (const [table, rows] of Object.entries(tables)) {
    const w = await db.writer(table);
    for (const r of rows) w.append(r);
    w.close();
  }
  return db;
}

export interface MetricRun {
  sql: MetricRow[];
  reference: MetricRow[];
}

const order = (a: MetricRow, b: MetricRow) =>
  a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year;

/** Computes the metric (and its dependencies) through the runner, then its reference on the same inputs. */
export async function runMetric(metric: MetricDefinition | string, tables: Record<string, Row[]>, source: TradeSource = 'default'): Promise<MetricRun> {
  const def = typeof metric === 'string' ? METRIC_INDEX.get(metric)! : metric;
  const db = await loadTables(tables);
  try {
    await computeMetrics(db, [def], METRIC_INDEX, { source });
    const outSource = def.usesTradeSource ? source : 'default';
    const sql = await db.all<MetricRow & Row>(
      `SELECT subject, counterpart, year, value, low, high, flags FROM metric_value WHERE metric = ? AND source = ?`,
      [def.id, outSource],
    );
    const input: Record<string, Row[]> = {};
    for (const table of ['trade_flow', 'metric_value', ...Object.keys(tables)]) input[table] = await db.all(`SELECT * FROM ${table}`);
    const reference = def.reference(input, { source });
    return { sql: sql.sort(order), reference: [...reference].sort(order) };
  } finally {
    db.close();
  }
}

/** Asserts two row sets are equal: same keys and flags, values within tol (relative for large values). */
export function sameRows(a: MetricRow[], b: MetricRow[], tol = 1e-9): string | null {
  if (a.length !== b.length) return `row counts differ: ${a.length} vs ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const where = `${x.subject}→${x.counterpart}@${x.year}`;
    if (x.subject !== y.subject || x.counterpart !== y.counterpart || x.year !== y.year) return `row ${i}: ${where} vs ${y.subject}→${y.counterpart}@${y.year}`;
    if (x.flags !== y.flags) return `${where}: flags "${x.flags}" vs "${y.flags}"`;
    for (const k of ['value', 'low', 'high'] as const) {
      const u = x[k];
      const v = y[k];
      if (u === null || v === null) {
        if (u !== v) return `${where}: ${k} ${u} vs ${v}`;
      } else if (Math.abs(u - v) > tol * Math.max(1, Math.abs(u), Math.abs(v))) return `${where}: ${k} ${u} vs ${v}`;
    }
  }
  return null;
}

/** One test per metric: its SQL through the runner equals its TS reference on the given (synthetic) tables, and is not empty. */
export function itMatchesReference(metrics: readonly MetricDefinition[], tables: Record<string, Row[]>, source: TradeSource = 'default'): void {
  for (const metric of metrics) {
    it(metric.id, async () => {
      const { sql, reference } = await runMetric(metric, tables, source);
      expect(sql.length).toBeGreaterThan(0);
      expect(sameRows(sql, reference)).toBeNull();
    });
  }
}

/** The key tests look metric rows up by: subject>counterpart@year ('' for a monadic counterpart). */
export const rowKey = (r: MetricRow) => `${r.subject}>${r.counterpart ?? ''}@${r.year}`;

/** Runs a metric on the tables, asserts its SQL rows equal its TS reference, and returns the SQL rows by key. */
export async function checkedValues(metric: MetricDefinition | string, tables: Record<string, Row[]>, key: (r: MetricRow) => string = rowKey): Promise<Map<string, MetricRow>> {
  const { sql, reference } = await runMetric(metric, tables);
  expect(sameRows(sql, reference)).toBeNull();
  return new Map(sql.map((r) => [key(r), r]));
}
