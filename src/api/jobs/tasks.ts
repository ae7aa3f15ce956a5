// The CPU-heavy work the API hands to the job runner, by kind. Each task takes a small structured-cloneable input,
// reads what it needs from the database itself and returns the response text, so the same function runs inline on the
// server thread or in a worker, and the server thread neither converts the rows a task reads (for a scenario's inputs
// that alone held it 0.1–1 s) nor re-serialises a result: it receives one string.
import { InterdepError } from '../../core/errors.js';
import { layerView, pathsView, type LayerViewInput, type PathsViewInput } from '../network-views.js';
import { HttpError } from '../route.js';
import { gatherCountryReport } from '../../report/country-data.js';
import { buildReport } from '../../report/narrative.js';
import { renderHtml, renderMarkdown } from '../../report/render.js';
import { runOnInputs, scenarioActors } from '../../scenarios/run-scenario.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { Database } from '../../store/db.js';
import { loadScenarioInputs } from '../../store/queries/scenario-inputs.js';

export interface ScenarioJob {
  scenario: Scenario;
  runs: number;
  seed: number | undefined;
}

export interface ReportJob {
  /** Canonical state code (resolved by the route). */
  country: string;
  year: number | undefined;
  format: 'html' | 'md';
  analysesDir: string;
}

/** What a task may use besides its input. */
export interface TaskContext {
  /** The database: the server's own inline, the worker's read-only instance in a worker. */
  db(): Promise<Database>;
  /** Declares that the task makes no further query: from here on its worker may be stopped (a thread stopped
   *  inside a native DuckDB query aborts the whole process). */
  computing(): void;
}

export const TASKS = {
  /** A scenario's point result and Monte Carlo intervals as JSON: runScenario (scenarios/run-scenario.ts) in two steps. */
  scenario: async (job: ScenarioJob, ctx: TaskContext): Promise<string> => {
    const inputs = await loadScenarioInputs(await ctx.db(), { year: job.scenario.baseline_year, actors: scenarioActors(job.scenario) });
    ctx.computing();
    return JSON.stringify(runOnInputs(job.scenario, inputs, { runs: job.runs, seed: job.seed }));
  },
  /** A country report as HTML or Markdown: gathering it interleaves queries with hypothesis tests, so it runs whole. */
  report: async (job: ReportJob, ctx: TaskContext): Promise<string> => {
    const doc = buildReport(await gatherCountryReport(await ctx.db(), job.country, { year: job.year, analysesDir: job.analysesDir }));
    return job.format === 'html' ? renderHtml(doc) : renderMarkdown(doc);
  },
  /** A network layer-year's measures, blocs and ties (betweenness and Louvain: ~1 s on the trade layer). */
  network: async (job: LayerViewInput, ctx: TaskContext): Promise<string> => JSON.stringify(await layerView(await ctx.db(), job)),
  /** Direct, total and path-wise indirect dependence of a on b in a layer-year. */
  networkPaths: async (job: PathsViewInput, ctx: TaskContext): Promise<string> => JSON.stringify(await pathsView(await ctx.db(), job)),
} satisfies Record<string, (job: never, ctx: TaskContext) => string | Promise<string>>;

export type JobKind = keyof typeof TASKS;
export type JobInput<K extends JobKind> = Parameters<(typeof TASKS)[K]>[0];

/** An error as it crosses the thread boundary: InterdepErrors keep their message and hint (the routes map them to 422). */
export interface SerialisedError {
  name: string;
  message: string;
  hint?: string;
  interdep: boolean;
  /** An HttpError's status (a task's 404): the route answers with it as if it had thrown it itself. */
  status?: HttpError['status'];
  stack?: string;
}

export function serialiseError(err: unknown): SerialisedError {
  if (err instanceof HttpError) return { name: err.name, message: err.message, interdep: false, status: err.status };
  if (err instanceof InterdepError) return { name: err.name, message: err.message, hint: err.hint, interdep: true, stack: err.stack };
  if (err instanceof Error) return { name: err.name, message: err.message, interdep: false, stack: err.stack };
  return { name: 'Error', message: String(err), interdep: false };
}

/** An InterdepError raised in a worker, rebuilt on the server thread with the same name, message and hint. */
export class WorkerInterdepError extends InterdepError {}

export function reviveError(e: SerialisedError): Error {
  if (e.status !== undefined) return new HttpError(e.status, e.message);
  const err = e.interdep ? new WorkerInterdepError(e.message, e.hint) : new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}
