// supply_cut: a supplier stops (a share of) a fuel or a group of products to a state for a number of days
// (Keohane & Nye 1977 sensitivity/vulnerability; CONCEPTS C5). Costs are annual-equivalent US$ over the cut:
//   fuel:     need = σ·M·d/365 (volume);  S = GDP · ε · η_f · σ·M/C · d/365
//             (output lost in proportion to the fuel's share of primary energy η_f and of its consumption C cut,
//              scaled by the output elasticity ε, a scenario parameter)
//   products: need = σ·M_k·d/365 (US$);    S = κ · need   (κ: output lost per US$ of imports not received, a parameter)
// Substitutes within min(d, h) days (all from the data): other suppliers that already deliver the good to the
// state, up to a spare share of their exports; own production, up to a spare share; gas storage where a case fact
// gives it. V = S·(1 − ρ) + a·S·ρ with a = adjustment_cost_share (adjustment.ts).
import { substitution, vulnerability, type CapacityPart } from '../adjustment.js';
import { unitOf } from '../economy.js';
import type { ShockState } from '../shock-state.js';
import { chapterShare, goodsShare, type Goods } from './goods-share.js';

export interface FuelCut {
  supplier: string;
  target: string;
  fuel: 'gas' | 'crude';
  share: number;
  days: number;
}

export function applyFuelCut(st: ShockState, shock: number, c: FuelCut): void {
  const e = st.economy;
  const M = e.fuelImports(c.target, c.supplier, c.fuel);
  const bal = e.balance(c.target, c.fuel);
  const gdp = e.gdp(c.target) ?? 0;
  const consumption = bal.consumption ?? M;
  const window = Math.min(c.days, st.horizonDays) / 365;
  const need = c.share * M * (c.days / 365);
  const elasticity = st.param('energy_output_elasticity', `supply_cut of ${c.fuel}`);
  const eta = bal.primaryShare ?? 0;
  const sensitivity = consumption > 0 ? gdp * elasticity * eta * ((c.share * M) / consumption) * (c.days / 365) : 0;

  const spare = st.param('supplier_spare_share', `supply_cut of ${c.fuel} (alternative suppliers)`);
  const parts: CapacityPart[] = [];
  for (const [alt] of e.fuelSuppliers(c.target, c.fuel)) {
    if (alt === c.supplier) continue;
    parts.push({ from: alt, amount: spare * e.fuelExports(alt, c.fuel) * window, source: `${e.inputs.energySource}: ${alt}'s ${c.fuel} exports × supplier_spare_share` });
  }
  if (bal.production !== null && bal.production > 0) {
    const prodSpare = st.param('production_spare_share', `supply_cut of ${c.fuel} (own production)`);
    parts.push({ from: `${c.target} production`, amount: prodSpare * bal.production * window, source: `${e.inputs.energySource}: production × production_spare_share` });
  }
  const storage = c.fuel === 'gas' ? e.fact('gas_storage_working_volume', c.target) : null;
  if (storage) parts.push({ from: `${c.target} storage`, amount: storage.value, source: storage.source });
  const sub = substitution(need, parts, unitOf(c.fuel));
  const adj = st.param('adjustment_cost_share', 'the adjustment cost of substitution');
  st.channels.push({
    shock, state: c.target, counterpart: c.supplier, channel: 'energy_supply', sensitivity_usd: sensitivity,
    vulnerability_usd: vulnerability(sensitivity, sub, sub.need > 0 ? (adj * sensitivity) / sub.need : 0), substitution: sub,
  });

  if (c.fuel === 'gas') {
    st.addGas(c.target, c.supplier, -need);
    const replaced = Math.min(sub.need, sub.capacity);
    if (sub.capacity > 0) for (const p of parts) if (e.fuelSuppliers(c.target, 'gas').has(p.from)) st.addGas(c.target, p.from, (replaced * p.amount) / sub.capacity);
    const price = e.gasPrices(c.target, c.supplier).paid;
    // bcm × USD per 1000 m3 = million US$
    if (price !== null) st.addImports(c.target, c.supplier, -need * price);
  }
}

export interface ProductCut extends Goods {
  supplier: string;
  target: string;
  /** Other states cut off by the same measure (the other senders of a sanction): not alternative suppliers. */
  exclude?: readonly string[];
  share: number;
  days: number;
}

/** Lost imports of products; also used by sanctions (imports of the target from the senders). */
export function applyProductCut(st: ShockState, shock: number, c: ProductCut): void {
  const e = st.economy;
  const pshare = goodsShare(e, c.supplier, c.target, c, chapterShare(e, c.supplier, c));
  if (pshare === null) return; // no data on the listed goods for this pair: noted by listedShare, nothing counted
  const M = e.trade(c.target, c.supplier).imports * pshare;
  const window = Math.min(c.days, st.horizonDays) / 365;
  const need = c.share * M * (c.days / 365);
  const kappa = st.param('import_criticality', 'supply_cut of products');
  const sensitivity = kappa * need * 1e6;
  const spare = st.param('supplier_spare_share', 'supply_cut of products (alternative suppliers)');
  const parts: CapacityPart[] = [];
  const cutOff = new Set([c.supplier, ...(c.exclude ?? [])]);
  for (const p of e.partners(c.target)) {
    if (cutOff.has(p.partner) || p.imports <= 0) continue;
    if (c.productList) {
      // No data on what other suppliers sell of the listed goods: their sales to the target in the sender's mix.
      parts.push({
        from: p.partner, amount: spare * p.imports * pshare * window,
        source: `${e.inputs.tradeSource}: imports from ${p.partner} × the ${c.productList} goods' share of ${c.supplier}'s exports to ${c.target} (same mix assumed) × supplier_spare_share`,
      });
      continue;
    }
    const worldExports = c.products
      ? e.productExports(p.partner, c.products) / 1e6
      : p.imports;
    parts.push({ from: p.partner, amount: spare * worldExports * window, source: c.products ? `${e.inputs.productSource} × supplier_spare_share` : `${e.inputs.tradeSource} × supplier_spare_share` });
  }
  const sub = substitution(need, parts, 'million US$');
  const adj = st.param('adjustment_cost_share', 'the adjustment cost of substitution');
  st.channels.push({
    shock, state: c.target, counterpart: c.supplier, channel: 'import_supply', sensitivity_usd: sensitivity,
    vulnerability_usd: vulnerability(sensitivity, sub, sub.need > 0 ? (adj * sensitivity) / sub.need : 0), substitution: sub,
  });
  st.addImports(c.target, c.supplier, -need);
  const replaced = Math.min(sub.need, sub.capacity);
  if (sub.capacity > 0) for (const p of parts) st.addImports(c.target, p.from, (replaced * p.amount) / sub.capacity);
}
