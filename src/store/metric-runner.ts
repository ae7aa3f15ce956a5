// Runs metric definitions against the store: materialises trade_flow for a source, then each metric's SQL
// straight into metric_value (the heavy lifting stays inside the database), in dependency order. Metrics computed in
// TS (network measures) give one input SELECT and a function instead of SQL.
import { groupCounterpartSql } from '../metrics/groups.js';
import { tradeFlowSql } from '../metrics/trade-flow.js';
import type { MetricDefinition, MetricRow, TradeSource } from '../metrics/types.js';
import type { Database, Row } from './db.js';

export interface ComputeOptions {
  source: TradeSource;
  from?: number;
  to?: number;
  /** Called after each metric with the rows it wrote (group rows, added at the end of the run, not included). */
  onMetric?: (id: string, rows: number) => void;
}

export interface ComputeReport {
  metric: string;
  version: string;
  source: string;
  /** Rows of the metric, including its group-counterpart rows. */
  rows: number;
}

/** (Re)builds trade_flow for one source. */
export async function materialiseTradeFlow(db: Database, source: TradeSource): Promise<number> {
  await db.run('DELETE FROM trade_flow WHERE source = ?', [source]);
  return db.run(`INSERT INTO trade_flow ${tradeFlowSql(source)}`);
}

/** Orders metrics so that every metric comes after those it depends on; unknown dependencies are an error. */
export function dependencyOrder(metrics: readonly MetricDefinition[], all: ReadonlyMap<string, MetricDefinition>): MetricDefinition[] {
  const out: MetricDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (m: MetricDefinition) => {
    if (state.get(m.id) === 'done') return;
    if (state.get(m.id) === 'visiting') throw new Error(`store/metric-runner: dependency cycle at ${m.id}`);
    state.set(m.id, 'visiting');
    for (const dep of m.dependsOn ?? []) {
      const d = all.get(dep);
      if (!d) throw new Error(`store/metric-runner: ${m.id} depends on unknown metric ${dep}`);
      visit(d);
    }
    state.set(m.id, 'done');
    out.push(m);
  };
  metrics.forEach(visit);
  return out;
}

async function recordDefinition(db: Database, m: MetricDefinition): Promise<void> {
  await db.run('DELETE FROM metric_definition WHERE id = ? AND version = ?', [m.id, m.version]);
  await db.run(
    `INSERT INTO metric_definition (id, version, title, family, level, unit, formula, direction, citations, inputs, range_min, range_max)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [m.id, m.version, m.title, m.family, m.level, m.unit, m.formula, m.direction, m.citations.join(','), m.inputs.join(','), m.range.min, m.range.max],
  );
}

/** Rows of a TS step's input SELECT within the run's years. */
function stepInput(db: Database, select: string, from: number, to: number): Promise<Row[]> {
  return db.all(`SELECT * FROM (${select}) AS input WHERE year BETWEEN ? AND ?`, [from, to]);
}

/**
 * The input rows of the last TS step read in a run: the metrics of one network layer (node measures, blocs) share
 * one input SELECT and come one after another, so each layer is read once instead of once per measure. One entry
 * only, so a run never holds two large layers in memory.
 */
class StepInputCache {
  private key: string | null = null;
  private rows: Row[] = [];
  constructor(private readonly db: Database) {}
  async get(select: string, from: number, to: number): Promise<Row[]> {
    const key = `${from}|${to}|${select}`;
    if (key !== this.key) {
      this.rows = await stepInput(this.db, select, from, to);
      this.key = key;
    }
    return this.rows;
  }
}

const byKey = (a: MetricRow, b: MetricRow) =>
  a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year;

/**
 * A metric computed in TS (MetricDefinition.compute): reads its input, computes the rows and appends those within the
 * run's years to metric_value (inside the run's transaction), sorted like insertValues; returns how many were written.
 */
async function insertComputed(db: Database, m: MetricDefinition, source: string, tradeSource: TradeSource, from: number, to: number, inputs: StepInputCache): Promise<number> {
  const out = m.compute!.compute(await inputs.get(m.compute!.input({ source: tradeSource }), from, to))
    .filter((r) => r.year >= from && r.year <= to)
    .sort(byKey);
  const w = await db.writer('metric_value');
  for (const r of out) {
    w.append({
      metric: m.id, version: m.version, source, scenario: 'baseline', subject: r.subject, counterpart: r.counterpart, year: r.year,
      value: r.value, low: r.low, high: r.high, flags: r.flags,
    });
  }
  w.close();
  return out.length;
}

/**
 * A metric's TS interval step (MetricDefinition.intervals): reads its input, computes low/high in TS, and writes them
 * over the metric's rows through a scratch table (created and dropped inside the run's transaction).
 */
async function applyIntervals(db: Database, m: MetricDefinition, source: string, tradeSource: TradeSource, from: number, to: number): Promise<void> {
  const step = m.intervals!;
  const out = step.compute(await stepInput(db, step.input({ source: tradeSource }), from, to));
  await db.run('DROP TABLE IF EXISTS scratch_metric_interval');
  await db.run('CREATE TABLE scratch_metric_interval (subject VARCHAR, counterpart VARCHAR, year INTEGER, low DOUBLE, high DOUBLE)');
  const w = await db.writer('scratch_metric_interval');
  for (const r of out) w.append({ subject: r.subject, counterpart: r.counterpart, year: r.year, low: r.low, high: r.high });
  w.close();
  await db.run(
    `UPDATE metric_value SET low = i.low, high = i.high FROM scratch_metric_interval AS i
      WHERE metric_value.metric = ? AND metric_value.version = ? AND metric_value.source = ? AND metric_value.scenario = 'baseline'
        AND metric_value.subject = i.subject AND metric_value.counterpart IS NOT DISTINCT FROM i.counterpart AND metric_value.year = i.year`,
    [m.id, m.version, source],
  );
  await db.run('DROP TABLE scratch_metric_interval');
}

/** Inserts the rows of `select` (columns subject … flags) as baseline values of m; returns how many were written. */
/**
 * Inserts a metric's rows sorted by subject, counterpart, year: metric_value is then clustered by metric and subject,
 * so DuckDB's per-row-group min/max lets a read of one state's or one dyad's values skip most of the table (the
 * dyad view of the API went from ~1 s to ~0.1 s on the full panel).
 */
function insertValues(db: Database, m: MetricDefinition, source: string, select: string, from: number, to: number): Promise<number> {
  return db.run(
    `INSERT INTO metric_value (metric, version, source, scenario, subject, counterpart, year, value, low, high, flags)
     SELECT ?, ?, ?, 'baseline', subject, counterpart, year, value, low, high, flags
       FROM (${select}) AS computed
      WHERE year BETWEEN ? AND ?
      ORDER BY subject, counterpart, year`,
    [m.id, m.version, source, from, to],
  );
}

/**
 * Computes the given metrics (and the metrics they depend on) for one trade source and year range,
 * replacing earlier values of the same metric, version, source and years. One transaction.
 */
export async function computeMetrics(
  db: Database,
  metrics: readonly MetricDefinition[],
  all: ReadonlyMap<string, MetricDefinition>,
  options: ComputeOptions,
): Promise<ComputeReport[]> {
  const from = options.from ?? -9999;
  const to = options.to ?? 9999;
  const ordered = dependencyOrder(metrics, all);
  return db.transaction(async () => {
    if (ordered.some((m) => m.usesTradeSource)) await materialiseTradeFlow(db, options.source);
    const reports: ComputeReport[] = [];
    const inputs = new StepInputCache(db);
    for (const m of ordered) {
      const source = m.usesTradeSource ? options.source : 'default';
      await recordDefinition(db, m);
      await db.run(
        `DELETE FROM metric_value WHERE metric = ? AND version = ? AND source = ? AND scenario = 'baseline' AND year BETWEEN ? AND ?`,
        [m.id, m.version, source, from, to],
      );
      const rows = m.compute
        ? await insertComputed(db, m, source, options.source, from, to, inputs)
        : await insertValues(db, m, source, m.sql({ source: options.source }), from, to);
      if (m.intervals) await applyIntervals(db, m, source, options.source, from, to);
      options.onMetric?.(m.id, rows);
      reports.push({ metric: m.id, version: m.version, source, rows });
    }
    // Group counterparts (metrics/groups.ts) of the additive metrics, added only once every metric of the run is
    // computed: derived metrics read their bases from metric_value and must never see a group as a counterpart (every
    // base is recomputed, without group rows, in any run that computes a metric derived from it).
    for (const report of reports) {
      const m = ordered.find((d) => d.id === report.metric)!;
      if (m.additiveOverCounterparts && m.level === 'directed') {
        const grouped = groupCounterpartSql(m.id, m.version, report.source as TradeSource | 'default');
        report.rows += await insertValues(db, m, report.source, grouped, from, to);
      }
    }
    return reports;
  });
}
