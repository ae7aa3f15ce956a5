// interdep scenario run | list | compare: what-if shocks (sensitivity and vulnerability as % of GDP, the change in the
// touched metrics, Baldwin opportunity cost, Schellenberg values, the transfer test) with seeded Monte Carlo intervals.
// Reads the database read-only; writes nothing.
import type { Command } from 'commander';
import { InputError, UsageError } from '../../core/errors.js';
import { listBuiltins, loadScenario } from '../../importers/scenario-files.js';
import { flattenOutputs } from '../../scenarios/monte-carlo.js';
import { runScenario, type ScenarioResult } from '../../scenarios/run-scenario.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { parseCount } from '../options.js';

function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--seed must be an integer, got "${value}"`);
  return Number(value);
}

const num = (x: number | null | undefined, d = 4) => (x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toPrecision(d)));
const interval = (r: ScenarioResult, key: string) => {
  const i = r.intervals[key];
  return i && i.low !== i.high ? `${num(i.low, 3)} – ${num(i.high, 3)}` : null;
};

export function formatResult(r: ScenarioResult): string {
  const out: string[] = [`${r.scenario.title} (${r.scenario.name}, baseline ${r.scenario.baseline_year})`];
  out.push(`Monte Carlo: ${r.monte_carlo.runs} draws, seed ${r.monte_carlo.seed}; intervals are the 5th–95th percentiles`, '');
  if (r.states.length) {
    out.push('Cost by state (% of GDP): sensitivity = before adjustment, vulnerability = after the best adjustment available');
    out.push(formatTable(['state', 'channel', 'sensitivity', 'interval', 'vulnerability', 'interval'], r.states.flatMap((s) => [
      [s.state, 'all', num(s.sensitivity_pct_gdp), interval(r, `state.${s.state}.sensitivity_pct_gdp`), num(s.vulnerability_pct_gdp), interval(r, `state.${s.state}.vulnerability_pct_gdp`)],
      ...Object.entries(s.channels).map(([ch, v]) => ['', ch, num(v.sensitivity_pct_gdp), interval(r, `state.${s.state}.${ch}.sensitivity_pct_gdp`), num(v.vulnerability_pct_gdp), interval(r, `state.${s.state}.${ch}.vulnerability_pct_gdp`)]),
    ])), '');
    const subs = r.channels.filter((c) => c.substitution);
    if (subs.length) {
      out.push('Substitution (alternatives from the data)');
      out.push(formatTable(['state', 'from', 'channel', 'need', 'capacity', 'ρ', 'unit', 'alternatives'], subs.map((c) => [
        c.state, c.counterpart, c.channel, num(c.substitution!.need), num(c.substitution!.capacity), num(c.substitution!.rho, 3), c.substitution!.unit,
        c.substitution!.parts.slice(0, 4).map((p) => p.from).join(', ') + (c.substitution!.parts.length > 4 ? `, +${c.substitution!.parts.length - 4}` : ''),
      ])), '');
    }
  }
  // Trade shares and network dependences move for every partner of a redirected flow: the table keeps changes above
  // 1e-4 (the JSON output has every row).
  const everyPartner = (id: string) => id === 'trade.share_turnover' || id.startsWith('network.');
  const shown = r.metrics.filter((m) => !everyPartner(m.metric) || (m.delta !== null && Math.abs(m.delta) > 1e-4));
  if (shown.length) {
    out.push('Metrics: baseline (recomputed) → scenario');
    out.push(formatTable(['metric', 'subject', 'counterpart', 'stored', 'baseline', 'scenario', 'delta', 'interval (scenario)'], shown.map((m) => [
      m.metric, m.subject, m.counterpart, num(m.stored), num(m.baseline), num(m.scenario), num(m.delta), interval(r, `metric.${m.metric}.${m.subject}.${m.counterpart}.scenario`),
    ])), '');
  }
  for (const t of r.transit) {
    out.push(`Transit leverage of ${t.transit} over ${t.supplier} (TLI = τ·c·(1−b)·π): ${num(t.before.tli)} → ${num(t.after.tli)}`);
    out.push(formatTable(['term', 'before', 'after'], (['tau', 'control', 'bypass', 'importance'] as const).map((k) => [k, num(t.before[k]), num(t.after[k])])), '');
  }
  if (r.opportunity_cost.length) {
    out.push("Baldwin's opportunity cost of breaking the tie (% of GDP, after adjustment)");
    out.push(formatTable(['subject', 'counterpart', 'OC(s←c)', 'interval', 'OC(c←s)', 'status', 'magnitude', 'asymmetry'], r.opportunity_cost.map((o) => [
      o.subject, o.counterpart, num(o.oc_pct_gdp), interval(r, `oc.${o.subject}.${o.counterpart}`), num(o.reverse_oc_pct_gdp), o.status, num(o.magnitude), num(o.asymmetry),
    ])), '');
  }
  for (const s of r.schellenberg) {
    out.push(`Schellenberg (${s.variant}): DV(${s.subject}←${s.counterpart}) = ${num(s.subject_side.dv)}${s.subject_side.captive ? ' (captive)' : ''}, DV(${s.counterpart}←${s.subject}) = ${num(s.counterpart_side.dv)}${s.counterpart_side.captive ? ' (captive)' : ''}; ` +
      `collaboration ${num(s.collaboration)}, exploitation of ${s.subject} by ${s.counterpart} ${num(s.exploitation)}, disengagement of ${s.subject} ${num(s.disengagement)}`, '');
  }
  const t = r.transfer_test;
  if (t) {
    out.push(`Transfer test: ${t.subject}'s largest dependence is on ${t.largest.partner} (CDI ${num(t.largest.cdi)}); ${t.evaluated} feasible candidates, ${t.infeasible} beyond capacity, ${t.lowering} lower it`);
    out.push(`Claim (the dependence can only be transferred to a more powerful actor) ${t.claim_holds ? 'holds' : 'does not hold'}: ${t.explanation}`);
    out.push(formatTable(['shift', 'allocation', 'largest CDI', 'dominant', 'PDR(dominant)', 'CINC ratio', 'cost % GDP'], t.frontier.map((c) => [
      num(c.shift, 2), Object.entries(c.allocation).filter(([, w]) => w > 0).map(([a, w]) => `${a} ${num(w, 2)}`).join(', '), num(c.max_cdi), c.dominant, num(c.pdr_dominant), num(c.cinc_ratio), num(c.cost_pct_gdp),
    ])), '');
  }
  out.push('Assumptions (every number the run used, with its source)');
  out.push(formatTable(['what', 'value', 'source'], r.assumptions.map((a) => [a.what, typeof a.value === 'number' ? num(a.value, 6) : a.value, a.source])));
  return out.join('\n');
}

/** The point values of two results side by side, over every output either has. */
export function compareResults(a: ScenarioResult, b: ScenarioResult): Array<{ key: string; a: number | null; b: number | null; difference: number | null }> {
  const fa = flattenOutputs(a);
  const fb = flattenOutputs(b);
  return [...new Set([...fa.keys(), ...fb.keys()])].sort().map((key) => {
    const x = fa.get(key) ?? null;
    const y = fb.get(key) ?? null;
    return { key, a: x, b: y, difference: x === null || y === null ? null : y - x };
  });
}

interface RunFlags { runs?: string; seed?: string; json?: boolean; db?: string }

async function runFromFlags(fileOrName: string, o: RunFlags): Promise<ScenarioResult> {
  const scenario = loadScenario(fileOrName);
  const db = await openBuilt(resolveDbPath(o.db), { readOnly: true });
  try {
    return await runScenario(db, scenario, { runs: o.runs === undefined ? undefined : parseCount(o.runs, '--runs', 1), seed: parseSeed(o.seed) });
  } finally {
    db.close();
  }
}

export function registerScenario(program: Command): void {
  const cmd = program.command('scenario').description('what-if shocks: sensitivity vs vulnerability, opportunity cost, Schellenberg, transfer test');
  cmd.command('run <file-or-name>')
    .description('run a scenario file or a built-in scenario against the database (read-only) and print its results and assumptions')
    .option('--runs <n>', 'Monte Carlo draws (default: the scenario\'s monte_carlo.runs)')
    .option('--seed <s>', 'Monte Carlo seed (default: the scenario\'s monte_carlo.seed)')
    .option('--json', 'print the result as JSON')
    .option('--db <file>', 'database file (default: $INTERDEP_DB or ./interdep.duckdb)')
    .action(async (file: string, o: RunFlags) => {
      const r = await runFromFlags(file, o);
      if (o.json) printJson(r);
      else process.stdout.write(formatResult(r) + '\n');
    });
  cmd.command('list')
    .description('list the built-in scenarios')
    .option('--json', 'print the list as JSON')
    .action((o: { json?: boolean }) => {
      const list = listBuiltins();
      if (o.json) printJson(list);
      else process.stdout.write(formatTable(['name', 'baseline', 'title'], list.map((s) => [s.name, s.baseline_year, s.title])) + '\n');
    });
  cmd.command('compare <a> <b>')
    .description('run two scenarios with the same draws and print their outputs side by side')
    .option('--runs <n>', 'Monte Carlo draws')
    .option('--seed <s>', 'Monte Carlo seed')
    .option('--json', 'print the comparison as JSON')
    .option('--db <file>', 'database file')
    .action(async (a: string, b: string, o: RunFlags) => {
      const ra = await runFromFlags(a, o);
      const rb = await runFromFlags(b, o);
      const rows = compareResults(ra, rb);
      if (rows.length === 0) throw new InputError({ file: a }, 'the two scenarios have no numeric output to compare');
      if (o.json) printJson({ a: ra.scenario.name, b: rb.scenario.name, rows });
      else process.stdout.write(`${ra.scenario.name} (a) vs ${rb.scenario.name} (b)\n` + formatTable(['output', 'a', 'b', 'b − a'], rows.map((x) => [x.key, num(x.a), num(x.b), num(x.difference)])) + '\n');
    });
}
