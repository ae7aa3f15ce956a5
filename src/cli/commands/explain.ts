// interdep explain: why a composite dependence has its value — the domain values, the weights, the CDI with its
// Monte Carlo interval over the weights, and each domain's exact Shapley contribution to the CDI (or to its change
// since an earlier year; metrics/composite/explain.ts). Domain values are read from the base metrics in metric_value
// with the same rules as composite.dependence (metrics/families/composite.ts), so any weights can be explained.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { explainComposite } from '../../metrics/composite/explain.js';
import { compositeInterval, drawWeights } from '../../metrics/composite/monte-carlo.js';
import { CDI_MONTE_CARLO } from '../../metrics/composite/panel-intervals.js';
import { DOMAINS, parseWeights, type Domain, type Weights } from '../../metrics/composite/weights.js';
import { cdiDomainSql, CDI_WEIGHTS } from '../../metrics/families/composite.js';
import type { TradeSource } from '../../metrics/types.js';
import type { Database } from '../../store/db.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { parseSource, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';

const EXPLAINABLE = ['composite.dependence'];

type Values = Record<Domain, number | null>;

/** The six domain values of subject on counterpart in one year (all null when the pair-year has no base row). */
export async function domainValues(db: Database, source: TradeSource, subject: string, counterpart: string, year: number): Promise<Values> {
  const row = await db.one<Record<string, unknown>>(
    `SELECT * FROM (${cdiDomainSql(source)}) AS d WHERE subject = ? AND counterpart = ? AND year = ?`, [subject, counterpart, year],
  );
  return Object.fromEntries(DOMAINS.map((d) => [d, (row?.[d] as number | null | undefined) ?? null])) as Values;
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v.toPrecision(6)));

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description("which domains drive a composite dependence: domain values, weights, the CDI and each domain's Shapley contribution")
    .requiredOption('--metric <id>', `metric to explain (${EXPLAINABLE.join(', ')})`)
    .argument('<subject>', 'the dependent state')
    .argument('<counterpart>', 'the state depended on')
    .requiredOption('--year <year>', 'year')
    .option('--since <year>', 'explain the change since this year instead of the level')
    .option('--weights <w>', 'preset (equal, realist, liberal) or domain=weight,… (normalised to sum 1)', 'equal')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (qs: string, qc: string, opts: { metric: string; year: string; since?: string; weights: string; source?: string; db?: string; data: string; json?: boolean }) => {
      if (!EXPLAINABLE.includes(opts.metric)) throw new UsageError(`explain supports ${EXPLAINABLE.join(', ')}, not "${opts.metric}"`);
      const year = parseYear(opts.year, '--year')!;
      const since = parseYear(opts.since, '--since');
      const weights: Weights = opts.weights === 'equal' ? CDI_WEIGHTS : parseWeights(opts.weights);
      const source = parseSource(opts.source);
      const countries = await loadCountryResolver(opts.data);
      const subject = countries.resolve(qs, { year }).code;
      const counterpart = countries.resolve(qc, { year }).code;
      if (subject === counterpart) throw new UsageError('subject and counterpart must differ');
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let values: Values;
      let base: Values | undefined;
      try {
        values = await domainValues(db, source, subject, counterpart, year);
        base = since === undefined ? undefined : await domainValues(db, source, subject, counterpart, since);
      } finally {
        db.close();
      }
      const e = explainComposite(values, weights, base);
      const interval = compositeInterval(values, weights, drawWeights(weights, CDI_MONTE_CARLO));
      const out = {
        metric: opts.metric, subject, counterpart, year, since: since ?? null, weights,
        domains: DOMAINS.map((d) => ({ domain: d, weight: weights[d], value: values[d], since_value: base?.[d] ?? null, contribution: e.contributions[d] ?? null })),
        value: e.value, low: interval.low, high: interval.high, since_value: e.base,
        explained: e.total,
        sum_of_contributions: e.total === null ? null : Object.values(e.contributions).reduce((s: number, c) => s + (c ?? 0), 0),
      };
      if (opts.json) return printJson(out);
      const what = since === undefined ? `CDI ${fmt(e.value)} [${fmt(interval.low)}, ${fmt(interval.high)}]` : `change of the CDI ${fmt(e.base)} (${since}) → ${fmt(e.value)} (${year}) = ${fmt(e.total)}`;
      console.log(`${subject} on ${counterpart}, ${year}: ${what}; weights ${opts.weights}`);
      console.log(formatTable(
        since === undefined ? ['domain', 'weight', 'value', 'Shapley contribution'] : ['domain', 'weight', `value ${since}`, `value ${year}`, 'Shapley contribution'],
        out.domains.map((d) => since === undefined
          ? [d.domain, fmt(d.weight), fmt(d.value), fmt(d.contribution)]
          : [d.domain, fmt(d.weight), fmt(d.since_value), fmt(d.value), fmt(d.contribution)]),
      ));
      if (e.total === null) console.log('(no value: no domain has data for this pair and year)');
      else console.log('(missing domains are left out and the weights renormalised over the rest; contributions sum to the total)');
    });
}
