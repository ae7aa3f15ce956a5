// Composite dependence index (CDI, CONCEPTS.md C12): a weighted mean of domain dependences already mapped to
// [0, 1]. A missing domain is never read as 0: its weight is spread over the domains present (renormalised) and
// the result names what was missing, so a reader can tell a low score from an unknown one.
import { DOMAINS, type Domain, type Weights } from './weights.js';

export type DomainValues = Readonly<Partial<Record<Domain, number | null>>>;

export interface CdiResult {
  /** NULL when no domain with a positive weight has a value. */
  value: number | null;
  /** Domains with a positive weight and no value. */
  missing: Domain[];
  /** Share of the total weight carried by the domains present (1 = nothing missing). */
  coverage: number;
  /** Each present domain's part of the value: renormalised weight × value (they sum to value). */
  contributions: Partial<Record<Domain, number>>;
}

export function compositeDependence(values: DomainValues, weights: Weights): CdiResult {
  const missing: Domain[] = [];
  let covered = 0;
  for (const d of DOMAINS) {
    if (weights[d] <= 0) continue;
    const v = values[d];
    if (v === null || v === undefined) missing.push(d);
    else covered += weights[d];
  }
  if (covered === 0) return { value: null, missing, coverage: 0, contributions: {} };
  const contributions: Partial<Record<Domain, number>> = {};
  let value = 0;
  for (const d of DOMAINS) {
    const v = values[d];
    if (weights[d] <= 0 || v === null || v === undefined) continue;
    if (v < 0 || v > 1) throw new RangeError(`metrics/composite/cdi: ${d} = ${v} is outside [0, 1]; map it first`);
    contributions[d] = (weights[d] / covered) * v;
    value += contributions[d]!;
  }
  return { value, missing, coverage: covered, contributions };
}
