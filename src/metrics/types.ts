// What a metric is: one definition with its formula, citations, unit, range, direction and method version,
// and its implementation — SQL (portable subset) for aggregations over the big tables, plus a pure-TS
// reference implementation of the same formula used to cross-check the SQL in tests.

/** Monadic: one value per state-year; directed: subject depends on counterpart; undirected: symmetric pair. */
export type Level = 'monadic' | 'directed' | 'undirected';

/** Which bilateral-trade source a computation reads (see trade-flow.ts). 'none' for metrics not on trade. */
export type TradeSource = 'default' | 'dots' | 'cow';
export const TRADE_SOURCES: readonly TradeSource[] = ['default', 'dots', 'cow'];

/** One computed value. Missing inputs give value null plus a flag, never 0. */
export interface MetricRow {
  subject: string;
  counterpart: string | null;
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
  /**
   * Comma-separated tokens: first the sorted origins of the inputs (dots_own, dots_estimated, dots_mirror,
   * cow, ...), then what is missing (missing:gdp). '' when there is nothing to flag.
   */
  flags: string;
}

export interface MetricParams {
  /** Trade source for trade-based metrics; ignored by the others. */
  source: TradeSource;
}

/** Rows of the input tables a reference implementation reads, keyed by table name. */
export type ReferenceInput = Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>>;

export interface MetricDefinition {
  /** Stable id, family.name, e.g. trade.share_turnover. */
  id: string;
  title: string;
  family: string;
  /** The formula in plain text (rendered in docs/methods.md). */
  formula: string;
  /** What the value means, including what its extremes mean. */
  description: string;
  /** Keys of citations.ts. */
  citations: readonly string[];
  unit: string;
  range: { min: number | null; max: number | null };
  /** Reading of the value, e.g. "higher = subject more dependent on counterpart". */
  direction: string;
  level: Level;
  /** Tables (or metric ids, for derived metrics) the metric reads. */
  inputs: readonly string[];
  /** Method version: bump when the formula or its data rules change. */
  version: string;
  /** True when the metric reads bilateral trade and so honours --source. */
  usesTradeSource: boolean;
  /**
   * True for directed metrics whose value for a set of counterparts is the sum of the members' values, because every
   * counterpart's value shares the subject's denominator (shares of the subject's total, flows over the subject's GDP).
   * The runner then adds rows with a country group as counterpart (see metrics/groups.ts).
   */
  additiveOverCounterparts?: boolean;
  /** Metrics that must be computed first (derived metrics read metric_value). */
  dependsOn?: readonly string[];
  /**
   * SELECT returning columns subject, counterpart, year, value, low, high, flags for every subject
   * (and counterpart) and year the inputs cover. Portable subset: standard SQL, CASE, COALESCE, NULLIF,
   * SUM/COUNT/MIN/MAX, window functions, SQRT, LN; no engine-specific syntax. Not called when `compute` is given
   * (such metrics give a `sql` that throws, saying the metric is computed in TS).
   */
  sql: (params: MetricParams) => string;
  /**
   * Instead of `sql`, for metrics computed in TS (dense linear algebra, graph measures: network/): the runner reads
   * `input` (one SELECT, filtered to the run's years) and stores the rows `compute` returns. `reference` recomputes
   * the input in TS from the input tables' rows, so a test can check the input SELECT and the step together.
   */
  compute?: ComputeStep;
  /** The same formula in pure TS over the input rows; used to cross-check sql in tests. */
  reference: (input: ReferenceInput, params: MetricParams) => MetricRow[];
  /**
   * Optional TS step after the SQL, for intervals SQL cannot compute (Monte Carlo over weights): the runner reads
   * `input` (one SELECT, filtered to the run's years) and replaces low/high of the metric's rows returned by `compute`
   * (matched on subject, counterpart, year); other rows keep the low/high of the SQL. `reference` must include it.
   */
  intervals?: IntervalStep;
}

/** low/high of one row, from an IntervalStep. */
export interface IntervalRow {
  subject: string;
  counterpart: string | null;
  year: number;
  low: number | null;
  high: number | null;
}

/** A TS computation of a metric's rows from one SELECT (see MetricDefinition.compute). */
export interface ComputeStep {
  input: (params: MetricParams) => string;
  compute: (rows: ReadonlyArray<Record<string, unknown>>) => MetricRow[];
  /**
   * Optional columnar form of `compute` (same rows), for a runner that reads the input as columns and appends columns:
   * no object per input or output row (the network metrics read and write millions). Rows in storage order.
   */
  columns?: (input: InputColumns) => MetricColumns;
}

/** The rows of a SELECT as one array per column (values as Database.all gives them), each `length` long. */
export interface InputColumns {
  length: number;
  columns: Readonly<Record<string, ArrayLike<unknown>>>;
}

/**
 * A metric's rows as columns, sorted by subject, counterpart (null first), year as the store keeps them; low and high
 * are NULL. A value is NULL where `missing` is 1 (`value` then holds 0).
 */
export interface MetricColumns {
  length: number;
  subject: readonly string[];
  counterpart: ReadonlyArray<string | null>;
  year: Int32Array;
  value: Float64Array;
  missing: Uint8Array;
  flags: readonly string[];
}

export interface IntervalStep {
  input: (params: MetricParams) => string;
  compute: (rows: ReadonlyArray<Record<string, unknown>>) => IntervalRow[];
}
