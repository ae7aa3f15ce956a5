// Uncertain scenario parameters: the central value of each distribution (deterministic run) and seeded draws
// (Monte Carlo). A parameter an operator needs but the scenario does not declare is an error, never a default.
import { InputError } from '../core/errors.js';
import { normal, type Random } from '../core/random.js';
import type { Distribution, NumberOrParam, Scenario } from './schema.js';

export type ParamValues = Readonly<Record<string, number>>;

/** Mean of uniform/triangular/normal (normal clipped to its bounds), the value of fixed. */
export function centralValue(d: Distribution): number {
  switch (d.dist) {
    case 'fixed': return d.value;
    case 'uniform': return (d.low + d.high) / 2;
    case 'triangular': return (d.low + d.mode + d.high) / 3;
    case 'normal': return Math.min(d.high ?? Infinity, Math.max(d.low ?? -Infinity, d.mean));
  }
}

export function drawValue(d: Distribution, random: Random): number {
  switch (d.dist) {
    case 'fixed': return d.value;
    case 'uniform': return d.low + (d.high - d.low) * random();
    case 'triangular': {
      // inverse CDF of the triangular distribution
      const u = random();
      const { low: a, mode: c, high: b } = d;
      if (b === a) return a;
      const f = (c - a) / (b - a);
      return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }
    case 'normal': return Math.min(d.high ?? Infinity, Math.max(d.low ?? -Infinity, d.mean + d.sd * normal(random)));
  }
}

/** Parameter names in declaration order (the order draws are taken in, so results depend on the seed only). */
export const parameterNames = (s: Scenario) => Object.keys(s.parameters);

export function centralValues(s: Scenario): ParamValues {
  return Object.fromEntries(parameterNames(s).map((k) => [k, centralValue(s.parameters[k]!)]));
}

export function drawValues(s: Scenario, random: Random): ParamValues {
  return Object.fromEntries(parameterNames(s).map((k) => [k, drawValue(s.parameters[k]!, random)]));
}

export function describeDistribution(d: Distribution): string {
  switch (d.dist) {
    case 'fixed': return `${d.value}`;
    case 'uniform': return `uniform(${d.low}, ${d.high})`;
    case 'triangular': return `triangular(${d.low}, ${d.mode}, ${d.high})`;
    case 'normal': return `normal(${d.mean}, sd ${d.sd})`;
  }
}

/** Resolves a number or "$name" against the parameter values. */
export function resolve(v: NumberOrParam, params: ParamValues): number {
  if (typeof v === 'number') return v;
  const x = params[v.slice(1)];
  if (x === undefined) throw new InputError({ field: v }, `parameter ${v} has no value`, 'declare it under "parameters"');
  return x;
}

/** A model parameter by name; throws naming what needs it when the scenario does not declare it. */
export function requireParam(params: ParamValues, name: string, neededBy: string): number {
  const x = params[name];
  if (x === undefined) {
    throw new InputError({ field: `parameters.${name}` }, `${neededBy} needs parameter "${name}", which the scenario does not declare`,
      `add "${name}: { dist: ..., source: ... }" under parameters (see scenarios/*.yaml for examples)`);
  }
  return x;
}
