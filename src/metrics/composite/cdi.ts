// Composite dependence index (CDI, CONCEPTS.md C12): a weighted mean of domain dependences already mapped to
// [0, 1]. A missing domain is never read as 0: its weight is spread over the domains present (renormalised) and
// the result names what was missing, so a reader can tell a low score from an unknown one.
//
// Two formula variants (McMillan 1997: the dimensions "might all interact"):
//   linear   CDI = Σ w̃_d x_d                                  (the stored value)
//   mcmillan CDI = min(1, Σ w̃_d x_d + Σ_{(d,d') both present} γ_dd' x_d x_d')
// with γ(energy × finance) = 0.1 and γ(security × institutions) = 0.05 (CONCEPTS.md C12 "McMillan mode"): being
// dependent on one partner for both fuel and money, or for both protection and institutions, counts more than the
// sum. The Monte Carlo intervals draw over both variants (monte-carlo.ts).
import { DOMAINS, type Domain, type Weights } from './weights.js';

export type DomainValues = Readonly<Partial<Record<Domain, number | null>>>;

export const CDI_FORMULAS = ['linear', 'mcmillan'] as const;
export type CdiFormula = (typeof CDI_FORMULAS)[number];

/** The interaction terms of the mcmillan variant: [domain, domain, γ]. */
export const MCMILLAN_INTERACTIONS: ReadonlyArray<readonly [Domain, Domain, number]> = [
  ['energy', 'finance', 0.1],
  ['security', 'institutions', 0.05],
];

export interface CdiResult {
  /** NULL when no domain with a positive weight has a value. */
  value: number | null;
  /** Domains with a positive weight and no value. */
  missing: Domain[];
  /** Share of the total weight carried by the domains present (1 = nothing missing). */
  coverage: number;
  /** Each present domain's part of the linear value: renormalised weight × value (they sum to the linear value). */
  contributions: Partial<Record<Domain, number>>;
}

const known = (v: number | null | undefined): v is number => v !== null && v !== undefined;

/** The interaction term of the mcmillan variant for these values (0 when no interacting pair is present). */
export function interactionTerm(values: DomainValues, weights: Weights): number {
  let s = 0;
  for (const [a, b, g] of MCMILLAN_INTERACTIONS) {
    const x = values[a];
    const y = values[b];
    if (weights[a] > 0 && weights[b] > 0 && known(x) && known(y)) s += g * x * y;
  }
  return s;
}

export function compositeDependence(values: DomainValues, weights: Weights, formula: CdiFormula = 'linear'): CdiResult {
  const missing: Domain[] = [];
  let covered = 0;
  for (const d of DOMAINS) {
    if (weights[d] <= 0) continue;
    if (known(values[d])) covered += weights[d];
    else missing.push(d);
  }
  if (covered === 0) return { value: null, missing, coverage: 0, contributions: {} };
  const contributions: Partial<Record<Domain, number>> = {};
  let value = 0;
  for (const d of DOMAINS) {
    const v = values[d];
    if (weights[d] <= 0 || !known(v)) continue;
    if (v < 0 || v > 1) throw new RangeError(`metrics/composite/cdi: ${d} = ${v} is outside [0, 1]; map it first`);
    contributions[d] = (weights[d] / covered) * v;
    value += contributions[d]!;
  }
  if (formula === 'mcmillan') value = Math.min(1, value + interactionTerm(values, weights));
  return { value, missing, coverage: covered, contributions };
}

/** The domains a stored CDI row names as missing (its flags carry missing:<domain>), in domain order. */
export function missingDomainsOf(flags: string | null | undefined): Domain[] {
  const tokens = new Set((flags ?? '').split(','));
  return DOMAINS.filter((d) => tokens.has(`missing:${d}`));
}

/** Share of the total weight carried by the domains not missing (1 = every weighted domain has data). */
export function coverageOf(missing: readonly Domain[], weights: Weights): number {
  const total = DOMAINS.reduce((s, d) => s + weights[d], 0);
  return DOMAINS.reduce((s, d) => s + (missing.includes(d) ? 0 : weights[d]), 0) / total;
}
