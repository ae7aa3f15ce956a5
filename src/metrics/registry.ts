// The metric registry: every metric interdep computes, one definition each, looked up by id.
import { CITATIONS as CORE_CITATIONS, type Citation } from './citations.js';
import { COMPOSITE_CITATIONS, COMPOSITE_METRICS } from './families/composite.js';
import { INFLUENCE_CITATIONS, INFLUENCE_METRICS } from './families/influence.js';
import { ALIGNMENT_CITATIONS, ALIGNMENT_METRICS } from './families/alignment.js';
import { ENERGY_CITATIONS, ENERGY_METRICS } from './families/energy.js';
import { FINANCE_CITATIONS, FINANCE_METRICS } from './families/finance.js';
import { INSTITUTIONS_CITATIONS, INSTITUTIONS_METRICS } from './families/institutions.js';
import { MOBILITY_CITATIONS, MOBILITY_METRICS } from './families/mobility.js';
import { NETWORK_CITATIONS, NETWORK_METRICS } from './families/network.js';
import { PEOPLE_CITATIONS, PEOPLE_METRICS } from './families/people.js';
import { PRODUCT_CITATIONS, PRODUCT_METRICS } from './families/product.js';
import { POWER_CITATIONS, POWER_METRICS } from './families/power.js';
import { SECURITY_CITATIONS, SECURITY_METRICS } from './families/security.js';
import { SANCTIONS_CITATIONS, SANCTIONS_METRICS } from './families/sanctions.js';
import { TRADE_METRICS } from './families/trade.js';
import type { MetricDefinition } from './types.js';

export const METRICS: readonly MetricDefinition[] = [
  ...TRADE_METRICS,
  ...ENERGY_METRICS,
  ...INSTITUTIONS_METRICS,
  ...SECURITY_METRICS,
  ...FINANCE_METRICS,
  ...ALIGNMENT_METRICS,
  ...PEOPLE_METRICS,
  ...MOBILITY_METRICS,
  ...POWER_METRICS,
  ...COMPOSITE_METRICS,
  ...INFLUENCE_METRICS,
  ...NETWORK_METRICS,
  ...PRODUCT_METRICS,
  ...SANCTIONS_METRICS,
];

export const CITATIONS: Readonly<Record<string, Citation>> = {
  ...CORE_CITATIONS,
  ...ENERGY_CITATIONS,
  ...INSTITUTIONS_CITATIONS,
  ...SECURITY_CITATIONS,
  ...FINANCE_CITATIONS,
  ...ALIGNMENT_CITATIONS,
  ...PEOPLE_CITATIONS,
  ...MOBILITY_CITATIONS,
  ...POWER_CITATIONS,
  ...COMPOSITE_CITATIONS,
  ...INFLUENCE_CITATIONS,
  ...NETWORK_CITATIONS,
  ...PRODUCT_CITATIONS,
  ...SANCTIONS_CITATIONS,
};

function index(metrics: readonly MetricDefinition[]): ReadonlyMap<string, MetricDefinition> {
  const byId = new Map<string, MetricDefinition>();
  for (const m of metrics) {
    if (byId.has(m.id)) throw new Error(`metrics/registry: duplicate metric id ${m.id}`);
    for (const c of m.citations) if (!CITATIONS[c]) throw new Error(`metrics/registry: ${m.id} cites unknown work ${c}`);
    for (const d of m.dependsOn ?? []) if (!metrics.some((x) => x.id === d)) throw new Error(`metrics/registry: ${m.id} depends on unknown ${d}`);
    byId.set(m.id, m);
  }
  return byId;
}

export const METRIC_INDEX = index(METRICS);

export function getMetric(id: string): MetricDefinition | undefined {
  return METRIC_INDEX.get(id);
}
