// diversify: the subject shifts a share of its trade (or gas supply) away from one partner to named alternatives,
// within their capacity (CONCEPTS C23, C24):
//   trade: an alternative can take on up to partner_absorption_share of its total trade with the world;
//   gas:   an alternative can supply up to supplier_spare_share of its gas exports in the data.
// The shifted volume is split over the alternatives in proportion to their capacity. Cost of the shift:
// diversification_cost_share × the value moved (a parameter), reported as the channel "diversification".
import { substitution } from '../adjustment.js';
import type { ShockState } from '../shock-state.js';

export interface Diversify {
  subject: string;
  from: string;
  to: readonly string[];
  domain: 'trade' | 'gas';
  share: number;
}

export function applyDiversify(st: ShockState, shock: number, d: Diversify): void {
  const e = st.economy;
  const alts = d.to.filter((a) => a !== d.subject && a !== d.from);
  if (d.domain === 'trade') {
    const base = e.trade(d.subject, d.from);
    const want = d.share * (base.exports + base.imports);
    const absorb = st.param('partner_absorption_share', 'diversify (capacity of the alternatives)');
    const parts = alts.map((a) => ({
      from: a, amount: absorb * e.partners(a).reduce((s, p) => s + p.exports + p.imports, 0),
      source: `${e.inputs.tradeSource}: ${a}'s total trade × partner_absorption_share`,
    }));
    const sub = substitution(want, parts, 'million US$');
    const moved = Math.min(want, sub.capacity);
    const fx = base.exports + base.imports > 0 ? base.exports / (base.exports + base.imports) : 0.5;
    st.addExports(d.subject, d.from, -moved * fx);
    st.addImports(d.subject, d.from, -moved * (1 - fx));
    if (sub.capacity > 0) for (const p of parts) {
      st.addExports(d.subject, p.from, (moved * fx * p.amount) / sub.capacity);
      st.addImports(d.subject, p.from, (moved * (1 - fx) * p.amount) / sub.capacity);
    }
    const cost = st.param('diversification_cost_share', 'diversify (cost of moving trade)') * moved * 1e6;
    st.channels.push({ shock, state: d.subject, counterpart: d.from, channel: 'diversification', sensitivity_usd: cost, vulnerability_usd: cost, substitution: sub });
    return;
  }
  const want = d.share * e.fuelImports(d.subject, d.from, 'gas');
  const spare = st.param('supplier_spare_share', 'diversify (gas capacity of the alternatives)');
  const parts = alts.map((a) => ({ from: a, amount: spare * e.fuelExports(a, 'gas'), source: `${e.inputs.energySource}: ${a}'s gas exports × supplier_spare_share` }));
  const sub = substitution(want, parts, 'bcm');
  const moved = Math.min(want, sub.capacity);
  st.addGas(d.subject, d.from, -moved);
  if (sub.capacity > 0) for (const p of parts) st.addGas(d.subject, p.from, (moved * p.amount) / sub.capacity);
  const { reference } = e.gasPrices(d.subject, d.from);
  const cost = st.param('diversification_cost_share', 'diversify (cost of moving supply)') * moved * (reference ?? 0) * 1e6;
  st.channels.push({ shock, state: d.subject, counterpart: d.from, channel: 'diversification', sensitivity_usd: cost, vulnerability_usd: cost, substitution: sub });
}
