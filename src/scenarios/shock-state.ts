// What the shock operators produce, accumulated over a scenario's shocks: channel costs, changes to annual
// trade and gas flows (after adjustment, for recomputing the metrics) and transit leverage terms.
import type { ChannelCost } from './adjustment.js';
import type { Economy } from './economy.js';
import { describeDistribution, requireParam, resolve, type ParamValues } from './parameters.js';
import type { NumberOrParam } from './schema.js';
import type { Scenario } from './schema.js';

/** Transit Leverage Index terms of transit state t over supplier s (CONCEPTS C14b): TLI = τ · c · (1 − b) · π. */
export interface TransitTerms {
  tau: number;
  control: number;
  bypass: number;
  importance: number;
}

export const tli = (t: TransitTerms) => t.tau * t.control * (1 - t.bypass) * t.importance;

export class ShockState {
  readonly channels: ChannelCost[] = [];
  /** "i|j" → change of i's annual exports to / imports from j, million US$. */
  readonly trade = new Map<string, { exports: number; imports: number }>();
  /** "importer|exporter" → change of annual gas imports, bcm. */
  readonly gas = new Map<string, number>();
  /** "supplier|transit" → baseline and scenario transit terms. */
  readonly transit = new Map<string, { before: TransitTerms; after: TransitTerms }>();

  constructor(readonly economy: Economy, readonly params: ParamValues, readonly scenario: Scenario) {}

  /** Records a change of i's exports to j (and j's imports from i), million US$. */
  addExports(i: string, j: string, delta: number): void {
    this.bump(i, j, 'exports', delta);
    this.bump(j, i, 'imports', delta);
  }

  addImports(i: string, j: string, delta: number): void {
    this.bump(i, j, 'imports', delta);
    this.bump(j, i, 'exports', delta);
  }

  addGas(importer: string, exporter: string, delta: number): void {
    const k = `${importer}|${exporter}`;
    this.gas.set(k, (this.gas.get(k) ?? 0) + delta);
  }

  private bump(i: string, j: string, side: 'exports' | 'imports', delta: number): void {
    const k = `${i}|${j}`;
    const cur = this.trade.get(k) ?? { exports: 0, imports: 0 };
    cur[side] += delta;
    this.trade.set(k, cur);
  }

  /** A model parameter the scenario must declare; listed among the assumptions with its source. */
  param(name: string, neededBy: string): number {
    const value = requireParam(this.params, name, neededBy);
    this.noteParam(name);
    return value;
  }

  /** A shock field: a number, or a declared parameter (then listed among the assumptions). */
  value(v: NumberOrParam): number {
    if (typeof v === 'string') this.noteParam(v.slice(1));
    return resolve(v, this.params);
  }

  private noteParam(name: string): void {
    const d = this.scenario.parameters[name]!;
    this.economy.note(`param|${name}`, { what: `parameter ${name} ~ ${describeDistribution(d)}`, value: this.params[name]!, source: `scenario parameter: ${d.source}` });
  }

  get horizonDays(): number {
    return this.value(this.scenario.horizon_days);
  }
}
