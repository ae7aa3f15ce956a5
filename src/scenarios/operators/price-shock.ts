// price_shock: the supplier charges a new gas price (a number in USD per 1000 m3, or "reference": the benchmark
// price of the data, i.e. market terms) for a number of days (CONCEPTS C15 subsidy rent, C5 sensitivity):
//   S = Q · d/365 · (P_new − P_paid)   (Q in bcm; bcm × USD/1000 m3 = million US$)
// Substitute: other suppliers already delivering gas to the state, up to supplier_spare_share of their exports,
// at the reference price — worth it only when it is below the new price:
//   V = (need − replaced) · ΔP + replaced · max(0, P_ref − P_paid)
import { substitution } from '../adjustment.js';
import type { ShockState } from '../shock-state.js';

export interface PriceShock {
  supplier: string;
  target: string;
  newPrice: number | 'reference';
  days: number;
}

export function applyPriceShock(st: ShockState, shock: number, p: PriceShock): void {
  const e = st.economy;
  const Q = e.fuelImports(p.target, p.supplier, 'gas');
  const { paid, reference } = e.gasPrices(p.target, p.supplier);
  const pNew = p.newPrice === 'reference' ? reference : p.newPrice;
  if (paid === null || pNew === null) {
    e.note(`noprice|${shock}`, { what: `shock ${shock}: no gas price for ${p.target} from ${p.supplier} in the data; price shock not costed`, value: null, source: 'energy_price' });
    return;
  }
  const need = Q * (p.days / 365);
  const dP = pNew - paid;
  const sensitivity = need * dP * 1e6;
  const spare = st.param('supplier_spare_share', 'price_shock (alternative suppliers)');
  const window = Math.min(p.days, st.horizonDays) / 365;
  const cheaper = reference !== null && reference < pNew;
  const parts = cheaper
    ? [...e.fuelSuppliers(p.target, 'gas').keys()].filter((a) => a !== p.supplier)
      .map((a) => ({ from: a, amount: spare * e.fuelExports(a, 'gas') * window, source: `${e.inputs.energySource}: ${a}'s gas exports × supplier_spare_share` }))
    : [];
  const sub = substitution(need, parts, 'bcm');
  const replaced = Math.min(sub.need, sub.capacity);
  const vulnerability = ((need - replaced) * dP + replaced * Math.max(0, (reference ?? pNew) - paid)) * 1e6;
  st.channels.push({ shock, state: p.target, counterpart: p.supplier, channel: 'energy_price', sensitivity_usd: sensitivity, vulnerability_usd: vulnerability, substitution: sub });
  st.addImports(p.target, p.supplier, need * dP);
}
