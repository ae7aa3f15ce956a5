// interdep explain: why a composite value is what it is — its parts, the value with its Monte Carlo interval, and
// each part's exact Shapley contribution to the value (or to its change since an earlier year;
// metrics/composite/explain.ts). composite.dependence and power.net are explained by domain (read from the base
// metrics with the same rules as composite.dependence, so any weights can be explained); composite.influence_capacity
// by its FBIC sub-indices.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { explainComposite, explainInfluenceCapacity, explainNetPower, type Explanation, type SubIndexValue } from '../../metrics/composite/explain.js';
import { CDI_MONTE_CARLO, cdiDifferenceIntervalFunction, cdiIntervalFunction } from '../../metrics/composite/panel-intervals.js';
import { DOMAINS, parseWeights, type Weights } from '../../metrics/composite/weights.js';
import { CDI_WEIGHTS } from '../../metrics/families/composite.js';
import type { TradeSource } from '../../metrics/types.js';
import type { Database } from '../../store/db.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { domainValues, influenceSubIndices } from '../../store/queries/composite-inputs.js';
import { formatTable, printJson } from '../output.js';
import { parseSource, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';

const EXPLAINABLE = ['composite.dependence', 'power.net', 'composite.influence_capacity'] as const;
type Explainable = (typeof EXPLAINABLE)[number];

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v.toPrecision(6)));

interface Part {
  part: string;
  weight: number | null;
  value: number | null;
  /** Counterpart on subject, for net power. */
  reverse?: number | null;
  since_value: number | null;
  since_reverse?: number | null;
  contribution: number | null;
}

interface ExplainResult {
  parts: Part[];
  explanation: Explanation<string>;
  low: number | null;
  high: number | null;
  interval: string;
}

interface Query {
  db: Database;
  source: TradeSource;
  subject: string;
  counterpart: string;
  year: number;
  since?: number;
  weights: Weights;
}

const lowHigh = (lh: [number, number] | null) => ({ low: lh?.[0] ?? null, high: lh?.[1] ?? null });
const MC = `5th–95th percentile over ${CDI_MONTE_CARLO.draws} draws of weights (Dirichlet, concentration ${CDI_MONTE_CARLO.concentration}, seed ${CDI_MONTE_CARLO.seed}) and formula variant (linear, mcmillan)`;

async function explainCdi(q: Query): Promise<ExplainResult> {
  const values = await domainValues(q.db, q.source, q.subject, q.counterpart, q.year);
  const base = q.since === undefined ? undefined : await domainValues(q.db, q.source, q.subject, q.counterpart, q.since);
  const e = explainComposite(values, q.weights, base);
  const parts = DOMAINS.map((d) => ({ part: d, weight: q.weights[d], value: values[d], since_value: base?.[d] ?? null, contribution: e.contributions[d] ?? null }));
  return { parts, explanation: e, ...lowHigh(cdiIntervalFunction(q.weights)(values)), interval: MC };
}

async function explainNet(q: Query): Promise<ExplainResult> {
  const pairAt = async (year: number) => ({
    ij: await domainValues(q.db, q.source, q.subject, q.counterpart, year),
    ji: await domainValues(q.db, q.source, q.counterpart, q.subject, year),
  });
  const now = await pairAt(q.year);
  const base = q.since === undefined ? undefined : await pairAt(q.since);
  const e = explainNetPower(now, q.weights, base);
  const parts = DOMAINS.map((d) => ({
    part: d, weight: q.weights[d], value: now.ij[d], reverse: now.ji[d],
    since_value: base?.ij[d] ?? null, since_reverse: base?.ji[d] ?? null, contribution: e.contributions[d] ?? null,
  }));
  const lh = e.value === null ? null : cdiDifferenceIntervalFunction(q.weights)(now.ij, now.ji);
  return { parts, explanation: e, ...lowHigh(lh), interval: `${MC}, the same draw on both sides` };
}

/** low/high of the stored influence capacity: the smallest and largest single-channel product (influence.ts). */
function capacityRange(subs: readonly SubIndexValue[]): [number, number] | null {
  const side = (s: SubIndexValue['side']) => subs.filter((x) => x.side === s && x.value !== null).map((x) => x.value!);
  const b = side('bandwidth');
  const d = side('dependence');
  return b.length === 0 || d.length === 0 ? null : [Math.min(...b) * Math.min(...d), Math.max(...b) * Math.max(...d)];
}

async function explainCapacity(q: Query): Promise<ExplainResult> {
  const subs = await influenceSubIndices(q.db, q.source, q.subject, q.counterpart, q.year);
  const base = q.since === undefined ? undefined : await influenceSubIndices(q.db, q.source, q.subject, q.counterpart, q.since);
  const e = explainInfluenceCapacity(subs, base);
  const parts = subs.map((s, i) => ({ part: `${s.side === 'bandwidth' ? 'B' : 'D'}: ${s.key}`, weight: null, value: s.value, since_value: base?.[i]?.value ?? null, contribution: e.contributions[s.key] ?? null }));
  return { parts, explanation: e, ...lowHigh(capacityRange(subs)), interval: 'range over the single-channel variants (min × min, max × max)' };
}

const EXPLAINERS: Record<Explainable, (q: Query) => Promise<ExplainResult>> = {
  'composite.dependence': explainCdi,
  'power.net': explainNet,
  'composite.influence_capacity': explainCapacity,
};

const READING: Record<Explainable, (s: string, c: string) => string> = {
  'composite.dependence': (s, c) => `${s}'s composite dependence on ${c}`,
  'power.net': (s, c) => `${c}'s net power over ${s} (CDI ${s}←${c} − CDI ${c}←${s})`,
  'composite.influence_capacity': (s, c) => `${c}'s capacity to influence ${s} (bandwidth × dependence)`,
};

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description("which parts drive a composite value: each domain's (or FBIC sub-index's) value and exact Shapley contribution")
    .requiredOption('--metric <id>', `metric to explain (${EXPLAINABLE.join(', ')})`)
    .argument('<subject>', 'the dependent state')
    .argument('<counterpart>', 'the state depended on')
    .requiredOption('--year <year>', 'year')
    .option('--since <year>', 'explain the change since this year instead of the level')
    .option('--weights <w>', 'composite.dependence and power.net: preset (equal, realist, liberal) or domain=weight,… (normalised to sum 1)', 'equal')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (qs: string, qc: string, opts: { metric: string; year: string; since?: string; weights: string; source?: string; db?: string; data: string; json?: boolean }) => {
      if (!(EXPLAINABLE as readonly string[]).includes(opts.metric)) throw new UsageError(`explain supports ${EXPLAINABLE.join(', ')}, not "${opts.metric}"`);
      const metric = opts.metric as Explainable;
      const year = parseYear(opts.year, '--year')!;
      const since = parseYear(opts.since, '--since');
      const weights: Weights = opts.weights === 'equal' ? CDI_WEIGHTS : parseWeights(opts.weights);
      const source = parseSource(opts.source);
      const countries = await loadCountryResolver(opts.data);
      const subject = countries.resolve(qs, { year }).code;
      const counterpart = countries.resolve(qc, { year }).code;
      if (subject === counterpart) throw new UsageError('subject and counterpart must differ');
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let r: ExplainResult;
      try {
        r = await EXPLAINERS[metric]({ db, source, subject, counterpart, year, since, weights });
      } finally {
        db.close();
      }
      const e = r.explanation;
      const usesWeights = metric !== 'composite.influence_capacity';
      const out = {
        metric, subject, counterpart, year, since: since ?? null, weights: usesWeights ? weights : null,
        parts: r.parts, value: e.value, low: r.low, high: r.high, interval: r.interval, since_value: e.base,
        explained: e.total,
        sum_of_contributions: e.total === null ? null : Object.values(e.contributions).reduce((s: number, c) => s + ((c as number | undefined) ?? 0), 0),
      };
      if (opts.json) return printJson(out);
      const what = since === undefined ? `${fmt(e.value)} [${fmt(r.low)}, ${fmt(r.high)}]` : `${fmt(e.base)} (${since}) → ${fmt(e.value)} (${year}), change ${fmt(e.total)}`;
      console.log(`${READING[metric](subject, counterpart)}, ${year}: ${what}${usesWeights ? `; weights ${opts.weights}` : ''}`);
      const net = metric === 'power.net';
      const head = ['part', ...(usesWeights ? ['weight'] : []),
        ...(since === undefined ? [] : [net ? `${subject}←${counterpart} ${since}` : `value ${since}`, ...(net ? [`${counterpart}←${subject} ${since}`] : [])]),
        net ? `${subject}←${counterpart} ${year}` : `value ${year}`, ...(net ? [`${counterpart}←${subject} ${year}`] : []), 'Shapley contribution'];
      console.log(formatTable(head, r.parts.map((p) => [
        p.part, ...(usesWeights ? [fmt(p.weight)] : []),
        ...(since === undefined ? [] : [fmt(p.since_value), ...(net ? [fmt(p.since_reverse)] : [])]),
        fmt(p.value), ...(net ? [fmt(p.reverse)] : []), fmt(p.contribution),
      ])));
      if (e.total === null) console.log('(no value: the parts have no data for this pair and year)');
      else console.log(`(interval: ${r.interval}; missing parts are left out and the rest renormalised; contributions sum to the ${since === undefined ? 'value' : 'change'})`);
    });
}
