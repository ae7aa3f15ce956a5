// The change in network (indirect) trade dependence that a scenario's trade shocks cause, by the functions of the
// registered metric network.indirect_dependence (src/metrics/families/network.ts; Leontief 1936, Katz 1953, Maoz
// 2009): T = D (I − βD)⁻¹ on the trade layer of the baseline year, D(i→j) = i's turnover (exports + imports, missing
// = 0) with j over i's turnover with all partners, β = 0.5 / (largest row sum of D); IS = (T − D) / T.
//   baseline: the layer of every trade_flow row of the year (as the stored metric; built and inverted once per inputs);
//   scenario: the same layer with the shocked rows, w'(i→j) = max(0, X_ij + ΔX_ij) + max(0, M_ij + ΔM_ij) on i's own
//             row (after adjustment), row-normalised again: one dense n×n inverse per scenario run.
// Rows for every directed pair whose trade a shock changed (both directions); none when no shock changes trade, so
// such scenarios never build the layer.
// Central values only: the shocked inverse is computed for the point result (parameters at their central values),
// not per Monte Carlo draw. Measured on the test database (2026-11-29, 2 shared cores, inputs preloaded, 100 draws,
// 211 states): russia-market-loss-machinery-food 0.85 s without network rows, 5.9 s with them in every draw (6.9×);
// eu-sanctions-potash-oil 0.47 s → 6.4 s. The network rows' intervals are therefore the point value, and the run
// lists this among its assumptions.
import { buildLayer, denseWeights, rowNormalise, type LayerGraph } from '../network/graph.js';
import { defaultBeta, indirectDependence, indirectShare } from '../network/leontief.js';
import type { ScenarioInputs, TradeRow } from './inputs.js';
import { centralValues } from './parameters.js';
import type { ShockState } from './shock-state.js';

/** One network metric of one directed pair, before and after the shocks (null: a state outside the layer). */
export interface NetworkValue {
  metric: 'network.indirect_dependence' | 'network.indirect_share';
  subject: string;
  counterpart: string;
  baseline: number | null;
  scenario: number | null;
}

interface Network {
  layer: LayerGraph;
  /** The inputs' trade rows by "reporter|partner". */
  own: ReadonlyMap<string, TradeRow>;
  /** Turnover weights w(i→j), dense row-major (the shocked layer starts from a copy). */
  w: Float64Array;
  d: Float64Array;
  t: Float64Array;
}

const BASELINES = new WeakMap<ScenarioInputs, Network>();

const turnover = (r: Pick<TradeRow, 'exports' | 'imports'>) => (r.exports ?? 0) + (r.imports ?? 0);

function solve(layer: LayerGraph, own: Network['own'], w: Float64Array): Network {
  const n = layer.nodes.length;
  const d = rowNormalise(w, n);
  return { layer, own, w, d, t: indirectDependence(d, n, defaultBeta(d, n)) };
}

/** The baseline network of the inputs' year, built and inverted once per inputs (shared by Monte Carlo draws). */
function baselineNetwork(inputs: ScenarioInputs): Network {
  let net = BASELINES.get(inputs);
  if (!net) {
    const layer = buildLayer(inputs.trade.map((r) => ({ source: r.reporter, target: r.partner, weight: turnover(r) })), true);
    const own = new Map(inputs.trade.map((r) => [`${r.reporter}|${r.partner}`, r]));
    BASELINES.set(inputs, (net = solve(layer, own, denseWeights(layer))));
  }
  return net;
}

/** Directed pairs (i ≠ j) whose trade a shock changed, sorted. */
function tradePairs(st: ShockState): Array<[string, string]> {
  return [...st.trade.keys()].sort().map((k) => k.split('|') as [string, string]).filter(([i, j]) => i !== j);
}

/**
 * The shocked layer: the baseline weights with each changed row replaced. A pair whose state has no trade at all in
 * the year is outside the layer; a shock that creates trade for it rebuilds the layer with that state added.
 */
function shockedNetwork(st: ShockState, base: Network): Network {
  const weight = (k: string, d: { exports: number; imports: number }) => {
    const r = base.own.get(k);
    return Math.max(0, (r?.exports ?? 0) + d.exports) + Math.max(0, (r?.imports ?? 0) + d.imports);
  };
  const { index } = base.layer;
  if ([...st.trade].some(([k, d]) => k.split('|').some((s) => !index.has(s)) && weight(k, d) > 0)) {
    const changed = new Map([...st.trade].map(([k, d]) => [k, weight(k, d)]));
    const rows = st.economy.inputs.trade.filter((r) => !changed.has(`${r.reporter}|${r.partner}`))
      .map((r) => ({ source: r.reporter, target: r.partner, weight: turnover(r) }));
    for (const [k, weightNew] of changed) {
      const [source, target] = k.split('|') as [string, string];
      rows.push({ source, target, weight: weightNew });
    }
    const layer = buildLayer(rows, true);
    return solve(layer, base.own, denseWeights(layer));
  }
  const n = base.layer.nodes.length;
  const w = Float64Array.from(base.w);
  for (const [k, d] of st.trade) {
    const [i, j] = k.split('|').map((s) => index.get(s)) as [number | undefined, number | undefined];
    if (i !== undefined && j !== undefined && i !== j) w[i * n + j] = weight(k, d);
  }
  return solve(base.layer, base.own, w);
}

/** T(i←j) and IS(i←j) in a network; null when a state is outside its layer (no trade at all in the year). */
function valuesOf(net: Network, i: string, j: string): { t: number | null; share: number | null } {
  const a = net.layer.index.get(i);
  const b = net.layer.index.get(j);
  if (a === undefined || b === undefined) return { t: null, share: null };
  const k = a * net.layer.nodes.length + b;
  return { t: net.t[k]!, share: indirectShare(net.t[k]!, net.d[k]!) };
}

/** Whether the run's parameters are the scenario's central values (the point result, not a Monte Carlo draw). */
function atCentralValues(st: ShockState): boolean {
  const central = centralValues(st.scenario);
  return Object.keys(central).every((k) => st.params[k] === central[k]);
}

/**
 * T and IS of every directed pair whose trade a shock changed, baseline and scenario; [] when no trade changed and
 * in Monte Carlo draws (see the header).
 */
export function networkValues(st: ShockState): NetworkValue[] {
  const pairs = tradePairs(st);
  if (pairs.length === 0 || !atCentralValues(st)) return [];
  st.economy.note('network|central', {
    what: 'network.indirect_dependence and network.indirect_share are recomputed at the central parameter values only (a dense inverse of the whole trade layer per Monte Carlo draw would make the run ~7× slower): their intervals are the point value',
    value: null, source: 'interdep: src/scenarios/network-change.ts (T = D (I − βD)⁻¹, β = 0.5 / max row sum, as the registered metric)',
  });
  const base = baselineNetwork(st.economy.inputs);
  const shocked = shockedNetwork(st, base);
  return pairs.flatMap(([i, j]) => {
    const b = valuesOf(base, i, j);
    const s = valuesOf(shocked, i, j);
    return [
      { metric: 'network.indirect_dependence' as const, subject: i, counterpart: j, baseline: b.t, scenario: s.t },
      { metric: 'network.indirect_share' as const, subject: i, counterpart: j, baseline: b.share, scenario: s.share },
    ];
  });
}
