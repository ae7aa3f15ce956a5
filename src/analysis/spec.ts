// A hypothesis as a runnable specification (analyses/*.yaml): outcome, predictor (with its lag), controls, the
// expected sign, a time-series design for one state and a fixed-effects panel design for a country group.
import { z } from 'zod';

const code = z.string().regex(/^[A-Z0-9]{2,5}$/, 'an ISO3 code or a country-group id (upper case)');

const metricRef = z.object({
  metric: z.string().min(3),
  counterpart: code.optional(),
}).strict();

const variable = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _'),
  metric: z.string().min(3),
  counterpart: code.optional(),
  /** Years back (1 = last year's value); a negative lag is a lead. */
  lag: z.number().int().min(-5).max(5).optional(),
  minus: metricRef.optional(),
  description: z.string().optional(),
}).strict();

export const hypothesisSpecSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  title: z.string().min(3),
  /** The proposition in the seed's words, with its section. */
  claim: z.string().min(3),
  source: z.string().min(3),
  outcome: variable,
  predictor: variable,
  controls: z.array(variable).default([]),
  expected_sign: z.enum(['+', '-']),
  years: z.object({ from: z.number().int().min(1800), to: z.number().int().max(2100) }).strict(),
  timeseries: z.object({
    unit: code,
    max_lag: z.number().int().min(0).max(5).default(3),
    granger_lags: z.number().int().min(1).max(3).default(1),
  }).strict(),
  panel: z.object({
    group: code,
    exclude: z.array(code).default([]),
    fixed_effects: z.enum(['none', 'unit', 'time', 'twoway']).default('twoway'),
    vcov: z.enum(['cluster', 'classical']).default('cluster'),
  }).strict(),
  events: z.object({
    types: z.array(z.string().min(2)).min(1),
    pre: z.number().int().min(1).max(10).default(3),
    post: z.number().int().min(0).max(10).default(3),
  }).strict().optional(),
  caveats: z.array(z.string()).default([]),
}).strict();

export type HypothesisSpec = z.infer<typeof hypothesisSpecSchema>;
export type VariableDef = HypothesisSpec['outcome'];

/** Every variable of a spec, outcome first. */
export function specVariables(spec: HypothesisSpec): VariableDef[] {
  return [spec.outcome, spec.predictor, ...spec.controls];
}

/** Metric ids a spec reads, with the counterparts each needs. */
export function specMetrics(spec: HypothesisSpec): { metrics: string[]; counterparts: string[] } {
  const metrics = new Set<string>();
  const counterparts = new Set<string>();
  for (const v of specVariables(spec)) {
    for (const ref of [v, ...(v.minus ? [v.minus] : [])]) {
      metrics.add(ref.metric);
      if (ref.counterpart) counterparts.add(ref.counterpart);
    }
  }
  return { metrics: [...metrics].sort(), counterparts: [...counterparts].sort() };
}
