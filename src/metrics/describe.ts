// A metric's definition as plain data (what `interdep metrics --json` prints and the API serves), citations in full.
import { CITATIONS } from './registry.js';
import type { MetricDefinition } from './types.js';

export function describeMetric(m: MetricDefinition) {
  return {
    id: m.id, title: m.title, family: m.family, level: m.level, formula: m.formula, description: m.description,
    unit: m.unit, range: m.range, direction: m.direction, inputs: m.inputs, version: m.version,
    uses_trade_source: m.usesTradeSource, depends_on: m.dependsOn ?? [],
    citations: m.citations.map((c) => CITATIONS[c]),
  };
}
