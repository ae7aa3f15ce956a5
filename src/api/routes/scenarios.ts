// Scenario endpoints (issue 6's service): the built-in scenarios, and runs of a built-in (with parameters fixed from
// the query string) or of a posted scenario. A run is a job (api/jobs/): it reads its baseline inputs and runs the
// Monte Carlo off the request thread. Runs are still bounded (at most MAX_RUNS draws and MAX_SHOCKS shocks): a run
// holds one of the few job workers while it lasts.
import { z } from 'zod';
import { listBuiltins, loadScenario } from '../../importers/scenario-files.js';
import { InterdepError } from '../../core/errors.js';
import { scenarioActors } from '../../scenarios/run-scenario.js';
import { parseScenario, type Scenario } from '../../scenarios/schema.js';
import type { JobRunner } from '../jobs/runner.js';
import { countParam } from '../params.js';
import { defineRoute, HttpError, JsonText } from '../route.js';

export const MAX_RUNS = 200;
export const DEFAULT_RUNS = 20;
export const MAX_SHOCKS = 12;

const nameParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'expected a built-in scenario name such as gas-cut-2004').describe('built-in scenario name');
const seedParam = z.string().regex(/^-?\d{1,9}$/, 'expected an integer').transform(Number).optional().describe('Monte Carlo seed (default: the scenario\'s)');
const runsParam = countParam(MAX_RUNS, DEFAULT_RUNS);

function builtin(name: string): Scenario {
  if (!listBuiltins().some((b) => b.name === name)) throw new HttpError(404, `no built-in scenario "${name}" (GET /api/scenarios lists them)`);
  return loadScenario(name);
}

/** "a:0.5,b:2" → parameters fixed at those values (the dashboard's "change its parameters"). */
function withFixed(s: Scenario, set: string | undefined): Scenario {
  if (!set) return s;
  const parameters = { ...s.parameters };
  for (const part of set.split(',')) {
    const [name, value, extra] = part.split(':');
    const x = Number(value);
    if (!name || value === undefined || extra !== undefined || !Number.isFinite(x)) throw new HttpError(400, `parameter "set": "${part}" is not name:number`);
    if (!(name in parameters)) throw new HttpError(400, `parameter "set": unknown scenario parameter "${name}" (parameters: ${Object.keys(parameters).join(', ')})`);
    parameters[name] = { dist: 'fixed', value: x, source: 'set in the dashboard' };
  }
  return { ...s, parameters };
}

async function run(jobs: JobRunner, signal: AbortSignal, s: Scenario, runs: number, seed: number | undefined): Promise<JsonText> {
  if (s.shocks.length > MAX_SHOCKS) throw new HttpError(400, `body field "scenario.shocks": at most ${MAX_SHOCKS} shocks per run`);
  try {
    return new JsonText(await jobs.run('scenario', { scenario: s, runs, seed }, { signal }));
  } catch (err) {
    // missing case facts and similar: the scenario cannot run on this database
    if (err instanceof InterdepError) throw new HttpError(422, err.toLine());
    throw err;
  }
}

export const scenarios = defineRoute({
  method: 'get', path: '/api/scenarios', tag: 'scenarios', cache: true,
  summary: 'the built-in scenarios (scenarios/*.yaml): name, title, baseline year, the states they involve',
  handler: () => listBuiltins().map((b) => ({ ...b, actors: scenarioActors(loadScenario(b.name)) })),
});

export const scenario = defineRoute({
  method: 'get', path: '/api/scenarios/{name}', tag: 'scenarios', cache: true,
  summary: 'one built-in scenario as parsed: shocks, dyads, uncertain parameters with their sources',
  params: z.object({ name: nameParam }),
  handler: ({ params }) => builtin(params.name),
});

export const scenarioRun = defineRoute({
  method: 'get', path: '/api/scenarios/{name}/run', tag: 'scenarios', cache: true, job: true,
  summary: `run a built-in scenario: sensitivity and vulnerability by state (% of GDP), metric changes, opportunity costs, with Monte Carlo intervals (runs ≤ ${MAX_RUNS})`,
  params: z.object({ name: nameParam }),
  query: z.object({
    runs: runsParam,
    seed: seedParam,
    set: z.string().max(2000).optional().describe('parameters fixed at a value: name:number,name:number'),
  }),
  handler: ({ jobs, signal, params, query }) => run(jobs, signal, withFixed(builtin(params.name), query.set), query.runs, query.seed),
});

export const scenarioPost = defineRoute({
  method: 'post', path: '/api/scenarios/run', tag: 'scenarios', job: true,
  summary: `run a posted scenario (the YAML schema as JSON; docs/cli.md), at most ${MAX_SHOCKS} shocks and ${MAX_RUNS} runs; body ≤ 64 KiB`,
  body: z.object({
    scenario: z.record(z.string(), z.unknown()).describe('a scenario document'),
    runs: z.number().int().min(1).max(MAX_RUNS).default(DEFAULT_RUNS),
    seed: z.number().int().optional(),
  }).strict(),
  handler: async ({ jobs, signal, body }) => {
    let s: Scenario;
    try {
      s = parseScenario(body.scenario, 'scenario');
    } catch (err) {
      if (err instanceof InterdepError) throw new HttpError(400, err.toLine());
      throw err;
    }
    return run(jobs, signal, s, body.runs, body.seed);
  },
});
