// The change in the affected metrics, recomputed in TS on the shocked flows (after adjustment): the CDI domains
// of each touched pair are read from the stored baseline (metric_value), and only the domains a shock moves are
// changed, by the same formulas as the registry's metrics:
//   trade  = trade.share_turnover: stored + (T'_ij/Σ_k T'_ik − T_ij/Σ_k T_ik),  T = exports + imports (annual, after adjustment)
//   energy = stored + η_gas · d_gas · (q'_gas − q_gas)   (energy.supply_dependence's gas term; η, d from the balance, else 1)
//   transit counter-dependence: the supplier s depends on the transit state t through its export route, which the
//            stored CDI has no domain for; here s's energy domain on t is max(stored, TLI(t→s)) (CONCEPTS C4: "a bypass
//            lowers CDI(RU←BY) through the transit component, so PDR rises"), in the baseline and in the scenario alike
//   composite.dependence by compositeDependence (equal weights, CDI_WEIGHTS), power.net = CDI_ij − CDI_ji,
//   power.pdr = log2(CDI_ij / CDI_ji) (powerDependenceRatio).
//   network.indirect_dependence / network.indirect_share of every pair whose trade a shock changed: the registered
//   metric's T = D (I − βD)⁻¹ on the whole trade layer before and after the shocks (network-change.ts; at the
//   central parameter values only, not per Monte Carlo draw).
// "baseline" is this recomputation without shocks (equal to the stored value unless a transit term applies).
import { compositeDependence } from '../metrics/composite/cdi.js';
import { powerDependenceRatio } from '../metrics/composite/dyad-class.js';
import type { DomainVector } from '../metrics/composite/panel-intervals.js';
import { CDI_WEIGHTS } from '../metrics/families/composite.js';
import { networkValues } from './network-change.js';
import { tli, type ShockState } from './shock-state.js';

export interface MetricChange {
  metric: string;
  subject: string;
  counterpart: string;
  /** The value stored in metric_value for the baseline year (null when absent). */
  stored: number | null;
  baseline: number | null;
  scenario: number | null;
  delta: number | null;
}

const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
/** A stored domain value moved by the change of its recomputed base. */
const move = (x: number | null, from: number | null, to: number | null) => (x === null || from === null || to === null ? x : clamp(x + to - from));
/** The supplier's energy domain on a transit state: the larger of the stored value and the transit leverage. */
const energyOf = (energy: number | null, t: number | null) => (t === null ? energy : Math.max(energy ?? 0, t));

/** Directed pairs touched by the shocks (both directions), plus the scenario's dyads. */
export function affectedPairs(st: ShockState): Array<[string, string]> {
  const keys = new Set<string>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    keys.add(`${a}|${b}`);
    keys.add(`${b}|${a}`);
  };
  for (const k of st.trade.keys()) add(...(k.split('|') as [string, string]));
  for (const k of st.gas.keys()) add(...(k.split('|') as [string, string]));
  for (const k of st.transit.keys()) add(...(k.split('|') as [string, string]));
  for (const [a, b] of st.scenario.dyads) add(a, b);
  return [...keys].sort().map((k) => k.split('|') as [string, string]);
}

/** Memoised per-state views of the baseline and shocked flows (one recomputation reads each state many times). */
class Flows {
  /** i → partner → shocked turnover, for the partners whose trade with i a shock changed. */
  private readonly tradeChanged = new Map<string, Map<string, number>>();
  private readonly shockedTotals = new Map<string, number>();
  private readonly gasBy = new Map<string, { base: ReadonlyMap<string, number>; shocked: Map<string, number> }>();
  private readonly gasDelta = new Map<string, Map<string, number>>();

  constructor(private readonly st: ShockState) {
    for (const [k, d] of st.gas) {
      const [imp, exp] = k.split('|') as [string, string];
      const m = this.gasDelta.get(imp) ?? new Map<string, number>();
      m.set(exp, (m.get(exp) ?? 0) + d);
      this.gasDelta.set(imp, m);
    }
    for (const [k, d] of st.trade) {
      const [i, j] = k.split('|') as [string, string];
      const base = st.economy.rawTrade(i, j);
      const m = this.tradeChanged.get(i) ?? new Map<string, number>();
      m.set(j, Math.max(0, base.exports + d.exports) + Math.max(0, base.imports + d.imports));
      this.tradeChanged.set(i, m);
    }
  }

  gasTouched(i: string): boolean {
    return this.gasDelta.has(i);
  }

  /** Turnover share of j in i's trade, before or after the shocks (trade.share_turnover). */
  turnoverShare(i: string, j: string, shocked: boolean): number | null {
    const base = this.st.economy.turnover(i);
    const changed = shocked ? this.tradeChanged.get(i) : undefined;
    if (!changed) return base.total > 0 ? (base.byPartner.get(j) ?? 0) / base.total : null;
    let total = this.shockedTotals.get(i);
    if (total === undefined) {
      total = base.total;
      for (const [p, t] of changed) total += t - (base.byPartner.get(p) ?? 0);
      this.shockedTotals.set(i, total);
    }
    return total > 0 ? (changed.get(j) ?? base.byPartner.get(j) ?? 0) / total : null;
  }

  /** Share of j in i's gas imports (energy.gas_supplier_share), before or after the shocks. */
  gasShare(i: string, j: string, shocked: boolean): number | null {
    let g = this.gasBy.get(i);
    if (!g) {
      const base = this.st.economy.fuelSuppliers(i, 'gas');
      const after = new Map(base);
      for (const [exp, d] of this.gasDelta.get(i) ?? []) after.set(exp, (after.get(exp) ?? 0) + d);
      g = { base, shocked: after };
      this.gasBy.set(i, g);
    }
    const m = shocked ? g.shocked : g.base;
    let total = 0;
    for (const v of m.values()) total += Math.max(0, v);
    return total > 0 ? Math.max(0, m.get(j) ?? 0) / total : null;
  }
}

export function recomputeMetrics(st: ShockState): MetricChange[] {
  const inputs = st.economy.inputs;
  const pairs = affectedPairs(st);
  const flows = new Flows(st);
  const out: MetricChange[] = [];
  const cdi = new Map<string, { baseline: number | null; scenario: number | null }>();
  const stored = (metric: string, i: string, j: string) => inputs.stored[metric]?.[`${i}|${j}`] ?? null;
  for (const [i, j] of pairs) {
    const base: DomainVector | undefined = inputs.domains[`${i}|${j}`];
    const tradeBase = flows.turnoverShare(i, j, false);
    const tradeNew = flows.turnoverShare(i, j, true);
    out.push({ metric: 'trade.share_turnover', subject: i, counterpart: j, stored: stored('trade.share_turnover', i, j), baseline: tradeBase, scenario: tradeNew, delta: diff(tradeNew, tradeBase) });
    const qBase = flows.gasShare(i, j, false);
    const qNew = flows.gasShare(i, j, true);
    if (flows.gasTouched(i) && (qBase !== null || qNew !== null)) {
      out.push({ metric: 'energy.gas_supplier_share', subject: i, counterpart: j, stored: stored('energy.gas_supplier_share', i, j), baseline: qBase, scenario: qNew, delta: diff(qNew, qBase) });
    }
    const transit = st.transit.get(`${i}|${j}`);
    if (transit) {
      out.push({ metric: 'transit.leverage', subject: j, counterpart: i, stored: null, baseline: tli(transit.before), scenario: tli(transit.after), delta: tli(transit.after) - tli(transit.before) });
    }
    if (!base) {
      cdi.set(`${i}|${j}`, { baseline: stored('composite.dependence', i, j), scenario: stored('composite.dependence', i, j) });
      continue;
    }
    const bal = st.economy.balance(i, 'gas');
    const dGas = bal.consumption && bal.production !== null ? clamp((bal.consumption - bal.production) / bal.consumption) : 1;
    const factor = bal.primaryShare !== null ? bal.primaryShare * dGas : 1;
    const baseVec: DomainVector = { ...base, energy: energyOf(base.energy, transit ? tli(transit.before) : null) };
    const energyShocked = base.energy === null || qBase === null || qNew === null ? base.energy : clamp(base.energy + factor * (qNew - qBase));
    const newVec: DomainVector = { ...base, trade: move(base.trade, tradeBase, tradeNew), energy: energyOf(energyShocked, transit ? tli(transit.after) : null) };
    const b = compositeDependence(baseVec, CDI_WEIGHTS).value;
    const s = compositeDependence(newVec, CDI_WEIGHTS).value;
    cdi.set(`${i}|${j}`, { baseline: b, scenario: s });
    out.push({ metric: 'composite.dependence', subject: i, counterpart: j, stored: stored('composite.dependence', i, j), baseline: b, scenario: s, delta: diff(s, b) });
  }
  for (const [i, j] of pairs) {
    const a = cdi.get(`${i}|${j}`);
    const r = cdi.get(`${j}|${i}`);
    if (!a || !r) continue;
    const nb = diff(a.baseline, r.baseline);
    const ns = diff(a.scenario, r.scenario);
    out.push({ metric: 'power.net', subject: i, counterpart: j, stored: stored('power.net', i, j), baseline: nb, scenario: ns, delta: diff(ns, nb) });
    const pb = powerDependenceRatio(a.baseline, r.baseline);
    const ps = powerDependenceRatio(a.scenario, r.scenario);
    out.push({ metric: 'power.pdr', subject: i, counterpart: j, stored: stored('power.pdr', i, j), baseline: pb, scenario: ps, delta: diff(ps, pb) });
  }
  for (const v of networkValues(st)) {
    out.push({ metric: v.metric, subject: v.subject, counterpart: v.counterpart, stored: stored(v.metric, v.subject, v.counterpart), baseline: v.baseline, scenario: v.scenario, delta: diff(v.scenario, v.baseline) });
  }
  return out;
}
