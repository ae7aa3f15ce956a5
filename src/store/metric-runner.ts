// Runs metric definitions against the store: materialises trade_flow for a source, then each metric's SQL
// straight into metric_value (the heavy lifting stays inside the database), in dependency order. Metrics computed in
// TS (network measures) give one input SELECT and a function instead of SQL.
import { groupCounterpartSql } from '../metrics/groups.js';
import { tradeFlowSql } from '../metrics/trade-flow.js';
import type { MetricDefinition, TradeSource } from '../metrics/types.js';
import type { Database, Row } from './db.js';

export interface ComputeOptions {
  source: TradeSource;
  from?: number;
  to?: number;
  /** Called before each metric with its position in the run (1-based) and the run's number of metrics. */
  onMetricStart?: (id: string, index: number, total: number) => void;
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

/**
 * The input of the TS steps, read one year at a time: a step's SELECT is run once into a temporary table, then each
 * year's rows are read from it, so Node holds one year of a layer (not the whole panel) and consecutive metrics with
 * the same input (the measures of one network layer) share the one run. Steps compute year by year (network measures
 * are per year-graph, intervals per row), so one year's rows give that year's output.
 */
class StepInputs {
  private key: string | null = null;
  private years: number[] = [];
  constructor(private readonly db: Database) {}

  /** The years the step's input has within [from, to], after loading it if it is not the current one. */
  async load(select: string, from: number, to: number): Promise<readonly number[]> {
    const key = `${from}|${to}|${select}`;
    if (key !== this.key) {
      this.key = null;
      await this.db.run('DROP TABLE IF EXISTS temp.step_input');
      // Sorted by year so each year's read skips the other years' row groups instead of scanning the whole input.
      await this.db.run(`CREATE TEMP TABLE step_input AS SELECT * FROM (${select}) AS input WHERE year BETWEEN ? AND ? ORDER BY year`, [from, to]);
      const rows = await this.db.all<{ year: number }>('SELECT DISTINCT year::INTEGER AS year FROM temp.step_input ORDER BY year');
      this.years = rows.map((r) => r.year);
      this.key = key;
    }
    return this.years;
  }

  rowsOf(year: number): Promise<Row[]> {
    return this.db.all('SELECT * FROM temp.step_input WHERE year = ?', [year]);
  }

  async close(): Promise<void> {
    await this.db.run('DROP TABLE IF EXISTS temp.step_input');
    this.key = null;
  }
}

/** A scratch table for one metric's TS output, created and dropped inside the run's transaction. */
async function scratchTable(db: Database, name: string, columns: string): Promise<void> {
  await db.run(`DROP TABLE IF EXISTS temp.${name}`);
  await db.run(`CREATE TEMP TABLE ${name} (${columns})`);
}

/**
 * A metric computed in TS (MetricDefinition.compute): computes each year of its input, collects the rows in a scratch
 * table and appends them to metric_value sorted like insertValues; returns how many were written.
 */
async function insertComputed(db: Database, m: MetricDefinition, source: string, tradeSource: TradeSource, from: number, to: number, inputs: StepInputs): Promise<number> {
  const step = m.compute!;
  await scratchTable(db, 'scratch_metric_rows', 'subject VARCHAR, counterpart VARCHAR, year INTEGER, value DOUBLE, low DOUBLE, high DOUBLE, flags VARCHAR');
  const w = await db.writer('scratch_metric_rows');
  try {
    for (const year of await inputs.load(step.input({ source: tradeSource }), from, to)) {
      for (const r of step.compute(await inputs.rowsOf(year))) {
        if (r.year >= from && r.year <= to) w.append(r as unknown as Row);
      }
    }
  } finally {
    w.close();
  }
  const rows = await insertValues(db, m, source, 'SELECT * FROM temp.scratch_metric_rows', from, to);
  await db.run('DROP TABLE temp.scratch_metric_rows');
  return rows;
}

/**
 * A metric's TS interval step (MetricDefinition.intervals): computes low/high year by year in TS and writes them over
 * the metric's rows through a scratch table.
 */
async function applyIntervals(db: Database, m: MetricDefinition, source: string, tradeSource: TradeSource, from: number, to: number, inputs: StepInputs): Promise<void> {
  const step = m.intervals!;
  await scratchTable(db, 'scratch_metric_interval', 'subject VARCHAR, counterpart VARCHAR, year INTEGER, low DOUBLE, high DOUBLE');
  const w = await db.writer('scratch_metric_interval');
  try {
    for (const year of await inputs.load(step.input({ source: tradeSource }), from, to)) {
      for (const r of step.compute(await inputs.rowsOf(year))) w.append(r as unknown as Row);
    }
  } finally {
    w.close();
  }
  await db.run(
    `UPDATE metric_value SET low = i.low, high = i.high FROM temp.scratch_metric_interval AS i
      WHERE metric_value.metric = ? AND metric_value.version = ? AND metric_value.source = ? AND metric_value.scenario = 'baseline'
        AND metric_value.subject = i.subject AND metric_value.counterpart IS NOT DISTINCT FROM i.counterpart AND metric_value.year = i.year`,
    [m.id, m.version, source],
  );
  await db.run('DROP TABLE temp.scratch_metric_interval');
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
    const inputs = new StepInputs(db);
    for (const [index, m] of ordered.entries()) {
      options.onMetricStart?.(m.id, index + 1, ordered.length);
      const source = m.usesTradeSource ? options.source : 'default';
      await recordDefinition(db, m);
      await db.run(
        `DELETE FROM metric_value WHERE metric = ? AND version = ? AND source = ? AND scenario = 'baseline' AND year BETWEEN ? AND ?`,
        [m.id, m.version, source, from, to],
      );
      const rows = m.compute
        ? await insertComputed(db, m, source, options.source, from, to, inputs)
        : await insertValues(db, m, source, m.sql({ source: options.source }), from, to);
      if (m.intervals) await applyIntervals(db, m, source, options.source, from, to, inputs);
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
    await inputs.close();
    return reports;
  });
}
