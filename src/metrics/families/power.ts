// Power as the other side of dependence (Emerson 1962: A's power over B equals B's dependence on A, P_AB = D_BA).
// For every family with a directed dependence D(subject ← counterpart), the counterpart's
// power advantage over the subject is the subject's dependence on it minus its dependence on the subject:
//   PA_ij = Dep_ij − Dep_ji
// Positive: the subject is the more dependent side, so the counterpart holds the advantage (Keohane & Nye: asymmetric
// interdependence is a source of power); negative: the subject holds it; 0: balanced (Emerson's balanced relation,
// whatever its cohesion (Dep_ij + Dep_ji) / 2). Derived from metric_value; both directions must be computed.
import type { Citation } from '../citations.js';
import { reverseJoinRows, reverseJoinSql } from '../sql-fragments.js';
import type { MetricDefinition, TradeSource } from '../types.js';

const V = '1.0.0';

export const POWER_CITATIONS: Readonly<Record<string, Citation>> = {};

/** What the factory needs to know of a base metric (read without the registry, which imports this file). */
export interface EmersonBaseSpec {
  /** What Dep_ij is, for the description. */
  reads: string;
  /** Must equal the base metric's usesTradeSource (checked in test/metrics/power.test.ts against the registry). */
  usesTradeSource: boolean;
  /** Unit of the base; the advantage has the same unit. */
  unit: string;
  /** Range of the base's values; the advantage then lies in [min − max, max − min]. */
  baseRange: { min: number | null; max: number | null };
  /** The base lists only positive pairs of subjects with a known total: an absent reverse row is a 0 (see ReverseOptions). */
  absentMeansZero?: boolean;
}

/** A directed dependence metric Dep_ij ("subject depends on counterpart") and the suffix of its derived id. */
export interface EmersonBase extends EmersonBaseSpec {
  base: string;
  family: string;
}

export const EMERSON_BASES: readonly EmersonBase[] = [
  { base: 'trade.dependence_gdp', family: 'trade', reads: 'bilateral trade / GDP (Oneal & Russett); equal to trade.asymmetry', usesTradeSource: true, unit: 'share of GDP', baseRange: { min: 0, max: null } },
  { base: 'energy.gas_supplier_share', family: 'energy', reads: "the counterpart's share of the subject's gas supply", usesTradeSource: false, unit: 'share', baseRange: { min: 0, max: 1 }, absentMeansZero: true },
  { base: 'security.arms_import_share', family: 'arms', reads: "the counterpart's share of the subject's arms imports (SIPRI TIV)", usesTradeSource: false, unit: 'share', baseRange: { min: 0, max: 1 }, absentMeansZero: true },
  { base: 'igo.shared_share', family: 'igo', reads: "the share of the subject's full IGO memberships it shares with the counterpart", usesTradeSource: false, unit: 'share', baseRange: { min: 0, max: 1 } },
  { base: 'migration.stock_share', family: 'migration', reads: "the share of the subject's immigrants born in the counterpart", usesTradeSource: false, unit: 'share', baseRange: { min: 0, max: 1 } },
  { base: 'migration.remittance_share', family: 'remittance', reads: "the share of the subject's remittance receipts sent from the counterpart", usesTradeSource: false, unit: 'share', baseRange: { min: 0, max: 1 }, absentMeansZero: true },
];

const span = (r: EmersonBaseSpec['baseRange']) => ({
  min: r.min === null || r.max === null ? null : r.min - r.max,
  max: r.min === null || r.max === null ? null : r.max - r.min,
});

/** Emerson's power advantage of the counterpart over the subject, on one directed dependence metric. */
export function emersonAdvantage(baseMetricId: string, family: string, spec: EmersonBaseSpec): MetricDefinition {
  const b = { ...spec, base: baseMetricId, family };
  // Non-trade bases are stored under source 'default' whatever --source says (see store/metric-runner.ts).
  const source = (s: TradeSource): TradeSource | 'default' => (b.usesTradeSource ? s : 'default');
  return {
    id: `power.emerson_advantage.${family}`,
    title: `Emerson power advantage of the counterpart (${family})`,
    family: 'power',
    formula: `PA_ij = Dep_ij − Dep_ji   (Dep = ${b.base})`,
    description:
      `The counterpart's power over the subject minus the subject's power over the counterpart, Emerson's power = the other side's dependence, with dependence read as ${b.reads}. ` +
      'Positive: the subject depends more on the counterpart than the reverse, so the counterpart holds the power advantage; negative: the subject holds it; 0: balanced. ' +
      `Antisymmetric: PA_ji = −PA_ij. NULL with missing:reverse when ${b.base} has no row for the reverse direction (missing:reverse_value when that row's value is NULL); the base's own flags come first. ` +
      (b.absentMeansZero
        ? `${b.base} lists only positive pairs: when the counterpart has values that year but none for the subject, its dependence on the subject is read as 0 (flag reverse_zero).`
        : 'A reverse pair absent from the base is NULL here, not read as a dependence of 0 (the base does not say it is zero).'),
    citations: ['emerson-1962', 'keohane-nye-1977'], unit: b.unit, range: span(b.baseRange),
    direction: 'higher = subject more dependent on counterpart (counterpart holds the power advantage)',
    level: 'directed', inputs: [b.base], version: V, usesTradeSource: b.usesTradeSource, dependsOn: [b.base],
    sql: (p) => reverseJoinSql(b.base, source(p.source), 'a.value - b.value', [], { absentMeansZero: b.absentMeansZero }),
    reference: (input, p) => reverseJoinRows(input, b.base, source(p.source), (x, y) => x - y, () => [], { absentMeansZero: b.absentMeansZero }),
  };
}

export const POWER_METRICS: readonly MetricDefinition[] = EMERSON_BASES.map((b) => emersonAdvantage(b.base, b.family, b));
