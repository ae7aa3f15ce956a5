// bypass: a pipeline route that avoids the transit state opens (or closes), changing the transit state's leverage
// over the supplier (CONCEPTS C14b, C14e; seed §4: a Baltic bypass "would increase the ratio of power to
// dependence"). Transit Leverage Index TLI(t→s) = τ · c · (1 − b) · π with
//   τ: share of s's gas exports to Europe routed through t          (case fact gas_transit_share)
//   c: share of the transit capacity t controls = transit_operator_share · (1 − supplier_stake_transit_operator)
//      (case facts: the transit state's operator's share of the transit volume, and the supplier's stake in it)
//   b: bypass capacity = spare capacity on other routes / volume via t (baseline_bypass_share, a parameter: the
//      store holds no per-route flows)
//   π: importance of the flow to s = s's fuel exports / merchandise exports (WDI TX.VAL.FUEL.ZS.UN)
// Opening a route of capacity K used at u, of which a share δ comes off the corridor through t (volume V_t):
//   τ' = τ · (1 − min(V_t, K·u·δ) / V_t),   b' = min(1, b + K·(1 − u) / V_t);   closing reverses both.
import { InputError } from '../../core/errors.js';
import type { ShockState, TransitTerms } from '../shock-state.js';

export interface Bypass {
  supplier: string;
  transit: string;
  route: readonly string[];
  action: 'open' | 'close';
  utilisation: number;
  displacedShare: number;
}

function requireFact(st: ShockState, id: string, subject: string, counterpart: string | null) {
  const f = st.economy.fact(id, subject, counterpart);
  if (!f) throw new InputError({ field: id }, `the bypass needs case fact ${id} for ${subject}, which the database does not hold`, 'build with the belarus_case_energy dataset');
  return f.value;
}

/** Baseline transit terms of t over s from the case facts and WDI. */
export function baselineTransit(st: ShockState, supplier: string, transit: string): TransitTerms {
  const e = st.economy;
  const pi = e.inputs.fuelExportShare[supplier];
  e.note(`pi|${supplier}`, { what: `fuel share of ${supplier}'s merchandise exports (π)`, value: pi?.value ?? null, source: pi?.source ?? 'missing' });
  return {
    tau: requireFact(st, 'gas_transit_share', transit, supplier),
    control: requireFact(st, 'transit_operator_share', transit, supplier) * (1 - requireFact(st, 'supplier_stake_transit_operator', transit, supplier)),
    bypass: st.param('baseline_bypass_share', 'bypass (spare capacity on other routes at baseline)'),
    importance: pi?.value ?? 0,
  };
}

export function applyBypass(st: ShockState, _shock: number, b: Bypass): void {
  const e = st.economy;
  const key = `${b.supplier}|${b.transit}`;
  const prior = st.transit.get(key);
  const before = prior?.after ?? baselineTransit(st, b.supplier, b.transit);
  const names = new Set(b.route.map((r) => r.toLowerCase()));
  const routes = e.inputs.routes.filter((r) => r.fuel === 'gas' && r.capacity !== null && (names.has(r.route_id.toLowerCase()) || names.has(r.name.toLowerCase())));
  if (routes.length === 0) throw new InputError({ field: 'route' }, `no gas route ${b.route.join(' / ')} with a capacity in the route data`, 'name routes of the route table (or Global Energy Monitor infrastructure ids)');
  const K = routes.reduce((s, r) => s + r.capacity!, 0);
  for (const r of routes) e.note(`route|${r.route_id}`, { what: `capacity of ${r.name}, bcm/y`, value: r.capacity, source: r.source });
  const Vt = requireFact(st, 'gas_transit_volume', b.transit, b.supplier);
  const moved = Math.min(Vt, K * b.utilisation * b.displacedShare);
  const spare = (K * (1 - b.utilisation)) / Vt;
  const after: TransitTerms = b.action === 'open'
    ? { ...before, tau: before.tau * (1 - moved / Vt), bypass: Math.min(1, before.bypass + spare) }
    : { ...before, tau: Math.min(1, before.tau * (1 + moved / Vt)), bypass: Math.max(0, before.bypass - spare) };
  st.transit.set(key, { before: prior?.before ?? before, after });
}
