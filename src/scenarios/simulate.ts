// One deterministic run of a scenario for given parameter values, in order: apply each shock to the baseline
// (operators/), total the channel costs per state as % of GDP (sensitivity and vulnerability), recompute the
// touched metrics on the shocked flows, then the dyads' Baldwin opportunity cost and Schellenberg values, and the
// transfer test when the scenario asks for one. Pure: reads ScenarioInputs, writes nothing.
import type { Channel, ChannelCost } from './adjustment.js';
import { Economy, type Assumption } from './economy.js';
import type { ScenarioInputs } from './inputs.js';
import { applyBypass } from './operators/bypass.js';
import { applyDiversify } from './operators/diversify.js';
import { applyMarketLoss } from './operators/market-loss.js';
import { applyPriceShock } from './operators/price-shock.js';
import { applySanctions } from './operators/sanctions.js';
import { applyFuelCut, applyProductCut } from './operators/supply-cut.js';
import { opportunityCost, type OpportunityCost } from './opportunity-cost.js';
import type { ParamValues } from './parameters.js';
import { recomputeMetrics, type MetricChange } from './recompute-metrics.js';
import { schellenberg, type SchellenbergResult } from './schellenberg.js';
import type { Scenario } from './schema.js';
import { ShockState, tli, type TransitTerms } from './shock-state.js';
import { transferTest, type TransferTestResult } from './transfer-test.js';

export interface StateImpact {
  state: string;
  gdp_usd: number | null;
  sensitivity_usd: number;
  vulnerability_usd: number;
  sensitivity_pct_gdp: number | null;
  vulnerability_pct_gdp: number | null;
  channels: Partial<Record<Channel, { sensitivity_pct_gdp: number | null; vulnerability_pct_gdp: number | null }>>;
}

export interface TransitChange {
  supplier: string;
  transit: string;
  before: TransitTerms & { tli: number };
  after: TransitTerms & { tli: number };
}

export interface RunOutput {
  states: StateImpact[];
  channels: ChannelCost[];
  metrics: MetricChange[];
  transit: TransitChange[];
  opportunity_cost: OpportunityCost[];
  schellenberg: SchellenbergResult[];
  transfer_test: TransferTestResult | null;
  assumptions: Assumption[];
}

function applyShocks(st: ShockState): void {
  st.scenario.shocks.forEach((s, n) => {
    const days = 'duration_days' in s ? st.value(s.duration_days) : 365;
    switch (s.type) {
      case 'supply_cut':
        if (s.fuel) applyFuelCut(st, n, { supplier: s.supplier, target: s.target, fuel: s.fuel, share: st.value(s.share), days });
        else applyProductCut(st, n, { supplier: s.supplier, target: s.target, products: s.products, share: st.value(s.share), days });
        break;
      case 'market_loss':
        applyMarketLoss(st, n, { subject: s.subject, markets: st.economy.members(s.market), label: s.market, products: s.products, share: st.value(s.share), days });
        break;
      case 'price_shock':
        applyPriceShock(st, n, { supplier: s.supplier, target: s.target, newPrice: s.new_price === 'reference' ? 'reference' : st.value(s.new_price), days });
        break;
      case 'bypass':
        applyBypass(st, n, { supplier: s.supplier, transit: s.transit, route: s.route, action: s.action, utilisation: st.value(s.utilisation), displacedShare: st.value(s.displaced_share) });
        break;
      case 'sanctions':
        applySanctions(st, n, { sender: s.sender, target: s.target, products: s.products, productList: s.product_list, direction: s.direction, share: st.value(s.share), days });
        break;
      case 'diversify':
        applyDiversify(st, n, { subject: s.subject, from: s.from, to: s.to, domain: s.domain, share: st.value(s.share) });
        break;
    }
  });
}

function impacts(st: ShockState): StateImpact[] {
  const by = new Map<string, ChannelCost[]>();
  for (const c of st.channels) by.set(c.state, [...(by.get(c.state) ?? []), c]);
  return [...by.keys()].sort().map((state) => {
    const cs = by.get(state)!;
    const gdp = st.economy.gdp(state);
    const pct = (usd: number) => (gdp ? (100 * usd) / gdp : null);
    const channels: StateImpact['channels'] = {};
    for (const ch of new Set(cs.map((c) => c.channel))) {
      const of = cs.filter((c) => c.channel === ch);
      channels[ch] = { sensitivity_pct_gdp: pct(of.reduce((s, c) => s + c.sensitivity_usd, 0)), vulnerability_pct_gdp: pct(of.reduce((s, c) => s + c.vulnerability_usd, 0)) };
    }
    const S = cs.reduce((s, c) => s + c.sensitivity_usd, 0);
    const V = cs.reduce((s, c) => s + c.vulnerability_usd, 0);
    return { state, gdp_usd: gdp, sensitivity_usd: S, vulnerability_usd: V, sensitivity_pct_gdp: pct(S), vulnerability_pct_gdp: pct(V), channels };
  });
}

export function simulate(scenario: Scenario, inputs: ScenarioInputs, params: ParamValues): RunOutput {
  const st = new ShockState(new Economy(inputs), params, scenario);
  applyShocks(st);
  const metrics = recomputeMetrics(st);
  const cdiOf = (i: string, j: string) => {
    const m = metrics.find((x) => x.metric === 'composite.dependence' && x.subject === i && x.counterpart === j);
    return m?.scenario ?? null;
  };
  const oc: OpportunityCost[] = [];
  const sch: SchellenbergResult[] = [];
  for (const [i, j] of scenario.dyads) {
    const r = opportunityCost(st, i, j);
    oc.push(r.oc);
    const side = (cut: typeof r.ij, s: string, c: string, desire: string) => ({
      cut, gdp: st.economy.gdp(s) ?? 0, cdi: cdiOf(s, c),
      desire: st.param(desire, 'Schellenberg dependence value'),
      autonomyCostShare: st.param('autonomy_cost_share', 'Schellenberg dependence value (costs)'),
      kappa: scenario.schellenberg_variant === 'bounded' ? st.param('schellenberg_kappa', 'Schellenberg dependence value (bounded form)') : 1,
    });
    sch.push(schellenberg(i, j, side(r.ij, i, j, 'desire_alternatives'), side(r.ji, j, i, 'desire_alternatives_counterpart'), scenario.schellenberg_variant));
  }
  const transit = [...st.transit].map(([k, v]) => {
    const [supplier, t] = k.split('|') as [string, string];
    return { supplier, transit: t, before: { ...v.before, tli: tli(v.before) }, after: { ...v.after, tli: tli(v.after) } };
  });
  const transfer = scenario.transfer_test ? transferTest(st, scenario.transfer_test) : null;
  return {
    states: impacts(st), channels: st.channels, metrics, transit, opportunity_cost: oc, schellenberg: sch, transfer_test: transfer,
    assumptions: [...st.economy.assumptions.values()],
  };
}
