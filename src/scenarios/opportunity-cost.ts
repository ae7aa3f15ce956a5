// Baldwin's opportunity cost of breaking a relationship (Baldwin 1980, "Interdependence and power: a conceptual
// analysis", International Organization 34(4): 471–506; CONCEPTS C9): the scenario "the tie is cut" — all fuel
// deliveries, all other imports and all exports between i and j stop for a year — with adjustment over a year, plus
// the avoided cost that the tie provides (the energy subsidy rent Q · max(0, P_ref − P_paid), C15: "benefits are
// also the avoidance of a cost"; nothing replaces it, alternatives are bought at P_ref):
//   OC(i←j) = [ Σ_channels V + rent ] / GDP(i)      (high OC = high interdependence, as Baldwin and Maoz)
// status: interdependent when OC(i←j) > 0 and OC(j←i) > 0; dependence when one is; none otherwise.
// Not monetised: transit rents and security goods (no data in the store), listed among the assumptions.
import type { ChannelCost } from './adjustment.js';
import type { Economy } from './economy.js';
import { applyMarketLoss } from './operators/market-loss.js';
import { applyFuelCut, applyProductCut } from './operators/supply-cut.js';
import { ShockState } from './shock-state.js';

export interface TieCut {
  subject: string;
  counterpart: string;
  sensitivity_usd: number;
  vulnerability_usd: number;
  channels: ChannelCost[];
}

export interface OpportunityCost {
  subject: string;
  counterpart: string;
  /** OC(subject ← counterpart), share of the subject's GDP. */
  oc_pct_gdp: number | null;
  /** The same before adjustment (sensitivity of the cut). */
  sensitivity_pct_gdp: number | null;
  /** OC(counterpart ← subject). */
  reverse_oc_pct_gdp: number | null;
  status: 'interdependent' | 'dependence' | 'none' | null;
  magnitude: number | null;
  asymmetry: number | null;
}

/** The tie cut for i (i loses j), run on its own state so the scenario's shocks are not mixed in. */
export function tieCut(parent: ShockState, i: string, j: string): TieCut {
  const st = new ShockState(parent.economy, parent.params, { ...parent.scenario, horizon_days: 365, shocks: [], dyads: [] });
  const e: Economy = st.economy;
  for (const fuel of ['gas', 'crude'] as const) {
    if (e.fuelImports(i, j, fuel) > 0) applyFuelCut(st, -1, { supplier: j, target: i, fuel, share: 1, days: 365 });
  }
  // other imports: every chapter but 27 (fuels are costed by volume above)
  const chapters = e.chapters(j).filter((c) => c !== '27');
  if (e.trade(i, j).imports > 0) applyProductCut(st, -1, { supplier: j, target: i, products: chapters.length ? chapters : undefined, share: 1, days: 365 });
  if (e.trade(i, j).exports > 0) applyMarketLoss(st, -1, { subject: i, markets: [j], label: j, products: undefined, share: 1, days: 365 });
  const Q = e.fuelImports(i, j, 'gas');
  if (Q > 0) {
    const { paid, reference } = e.gasPrices(i, j);
    if (paid !== null && reference !== null) {
      const rent = Q * Math.max(0, reference - paid) * 1e6;
      st.channels.push({ shock: -1, state: i, counterpart: j, channel: 'energy_rent', sensitivity_usd: rent, vulnerability_usd: rent, substitution: null });
    }
  }
  e.note('oc|not-monetised', { what: 'opportunity cost: transit rents and security goods are not monetised (no data in the store)', value: null, source: 'CONCEPTS C9' });
  const mine = st.channels.filter((c) => c.state === i);
  return {
    subject: i, counterpart: j, channels: mine,
    sensitivity_usd: mine.reduce((s, c) => s + c.sensitivity_usd, 0),
    vulnerability_usd: mine.reduce((s, c) => s + c.vulnerability_usd, 0),
  };
}

export function opportunityCost(st: ShockState, i: string, j: string): { oc: OpportunityCost; ij: TieCut; ji: TieCut } {
  const ij = tieCut(st, i, j);
  const ji = tieCut(st, j, i);
  const gi = st.economy.gdp(i);
  const gj = st.economy.gdp(j);
  const a = gi ? ij.vulnerability_usd / gi : null;
  const b = gj ? ji.vulnerability_usd / gj : null;
  const status = a === null || b === null ? null : a > 0 && b > 0 ? 'interdependent' : a > 0 || b > 0 ? 'dependence' : 'none';
  return {
    ij, ji,
    oc: {
      subject: i, counterpart: j, oc_pct_gdp: a === null ? null : 100 * a, sensitivity_pct_gdp: gi ? (100 * ij.sensitivity_usd) / gi : null,
      reverse_oc_pct_gdp: b === null ? null : 100 * b, status,
      magnitude: a === null || b === null ? null : 100 * Math.min(a, b), asymmetry: a === null || b === null ? null : 100 * (a - b),
    },
  };
}
