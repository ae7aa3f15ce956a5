// Domains of the composite dependence index (CDI) and their weights: presets named after the IR lenses the
// thesis uses (CONCEPTS.md C12, C25) and user weights parsed from "trade=0.3,energy=0.3,…".
import { UsageError } from '../../core/errors.js';

export const DOMAINS = ['trade', 'energy', 'finance', 'institutions', 'security', 'mobility'] as const;
export type Domain = (typeof DOMAINS)[number];
export type Weights = Readonly<Record<Domain, number>>;

/**
 * equal: no prior on which channel matters.
 * realist: material power and survival first — security and energy carry half the weight (McMillan's military
 *   dimension; energy as the thesis's "biggest dependence").
 * liberal: exchange and institutions first — trade and institutions carry half (Keohane & Nye's complex
 *   interdependence).
 * The numbers are a documented convention, not estimates; Monte Carlo over weights (monte-carlo.ts) shows how much
 * a result depends on them.
 */
export const WEIGHT_PRESETS: Readonly<Record<'equal' | 'realist' | 'liberal', Weights>> = {
  equal: { trade: 1 / 6, energy: 1 / 6, finance: 1 / 6, institutions: 1 / 6, security: 1 / 6, mobility: 1 / 6 },
  realist: { trade: 0.15, energy: 0.25, finance: 0.1, institutions: 0.05, security: 0.4, mobility: 0.05 },
  liberal: { trade: 0.3, energy: 0.1, finance: 0.15, institutions: 0.25, security: 0.05, mobility: 0.15 },
};

export type PresetName = keyof typeof WEIGHT_PRESETS;

/** Scales non-negative weights to sum to 1. */
export function normaliseWeights(w: Readonly<Record<Domain, number>>): Weights {
  const sum = DOMAINS.reduce((s, d) => s + w[d], 0);
  if (!(sum > 0)) throw new UsageError('weights must not all be zero');
  return Object.fromEntries(DOMAINS.map((d) => [d, w[d] / sum])) as Weights;
}

/** "trade=0.3,energy=0.3" or a preset name. Domains left out get weight 0; the rest are normalised to sum 1. */
export function parseWeights(text: string): Weights {
  const preset = WEIGHT_PRESETS[text as PresetName];
  if (preset) return preset;
  const w = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
  for (const part of text.split(',')) {
    const [name, value, extra] = part.split('=').map((s) => s.trim());
    if (!name || value === undefined || extra !== undefined) {
      throw new UsageError(`--weights: "${part}" is not domain=number`, `domains: ${DOMAINS.join(', ')}; or a preset: ${Object.keys(WEIGHT_PRESETS).join(', ')}`);
    }
    if (!(DOMAINS as readonly string[]).includes(name)) {
      throw new UsageError(`--weights: unknown domain "${name}"`, `domains: ${DOMAINS.join(', ')}`);
    }
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || value === '') throw new UsageError(`--weights: ${name} must be a non-negative number, got "${value}"`);
    w[name as Domain] = n;
  }
  return normaliseWeights(w);
}
