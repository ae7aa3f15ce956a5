// Why a composite dependence has its value: exact Shapley contributions (shapley.ts) of each domain to the CDI of one
// year, or to its change since an earlier year. The game: players are the domains with a positive weight that have a
// value (in either year, for a change); v(S) = the CDI computed from the domains in S only (renormalised over them, as
// the CDI itself is), 0 for no domain; for a change, v(S) = CDI_Y(S) − CDI_Y0(S). Efficiency: the contributions sum to
// the CDI (or to its change). A domain that has data in only one of the two years contributes the change its coverage
// makes (it enters or leaves the renormalised mean).
import { compositeDependence, type DomainValues } from './cdi.js';
import { shapleyValues } from './shapley.js';
import { DOMAINS, type Domain, type Weights } from './weights.js';

export interface Explanation {
  /** The CDI in the year (null when no domain has a value). */
  value: number | null;
  /** The CDI in the base year, for a change. */
  base: number | null;
  /** What the contributions sum to: value, or value − base. */
  total: number | null;
  players: Domain[];
  contributions: Partial<Record<Domain, number>>;
}

const restrict = (values: DomainValues, s: ReadonlySet<Domain>): DomainValues =>
  Object.fromEntries(DOMAINS.map((d) => [d, s.has(d) ? (values[d] ?? null) : null]));

const cdiOf = (values: DomainValues, w: Weights, s: ReadonlySet<Domain>) => compositeDependence(restrict(values, s), w).value ?? 0;

export function explainComposite(values: DomainValues, weights: Weights, since?: DomainValues): Explanation {
  const has = (v: DomainValues | undefined, d: Domain) => v !== undefined && v[d] !== null && v[d] !== undefined;
  const players = DOMAINS.filter((d) => weights[d] > 0 && (has(values, d) || has(since, d)));
  const value = compositeDependence(values, weights).value;
  const base = since === undefined ? null : compositeDependence(since, weights).value;
  const total = value === null || (since !== undefined && base === null) ? null : value - (base ?? 0);
  if (total === null) return { value, base, total, players, contributions: {} };
  const contributions = shapleyValues(players, (s) => cdiOf(values, weights, s) - (since === undefined ? 0 : cdiOf(since, weights, s)));
  return { value, base, total, players, contributions };
}
