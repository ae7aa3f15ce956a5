// Tiny hand-made economies (synthetic, for tests only): few states, round numbers, so every cost can be worked out by hand.
import type { Domain } from '../../src/metrics/composite/weights.js';
import type { ScenarioInputs } from '../../src/scenarios/inputs.js';
import { parseScenario, type Scenario } from '../../src/scenarios/schema.js';

const EMPTY_DOMAINS: Record<Domain, number | null> = { trade: null, energy: null, finance: null, institutions: null, security: null, mobility: null };

/**
 * AAA: GDP 1 bn US$; gas consumption 10 bcm, production 0, gas = 50% of primary energy; imports all 10 bcm from SSS.
 * Trade (million US$): AAA exports 100 to BBB and 300 to CCC; imports 50 from BBB.
 * TTT (an alternative gas supplier) is added by the tests that need one.
 */
export function tinyInputs(over: Partial<ScenarioInputs> = {}): ScenarioInputs {
  return {
    year: 2010,
    gdp: { AAA: { value: 1e9, source: 'synthetic' }, BBB: { value: 1e10, source: 'synthetic' }, SSS: { value: 5e9, source: 'synthetic' }, CCC: { value: 2e9, source: 'synthetic' } },
    trade: [
      { reporter: 'AAA', partner: 'BBB', exports: 100, imports: 50 },
      { reporter: 'AAA', partner: 'CCC', exports: 300, imports: 0 },
    ],
    tradeSource: 'synthetic trade',
    productExports: [],
    productSource: 'synthetic products',
    energyFlows: [{ fuel: 'gas', exporter: 'SSS', importer: 'AAA', volume: 10 }],
    energySource: 'synthetic energy',
    balances: { AAA: { gas: { production: 0, consumption: 10, primaryShare: 0.5 } } },
    prices: [],
    caseFacts: [],
    routes: [],
    domains: {},
    stored: {},
    fuelExportShare: {},
    cinc: {},
    groups: {},
    ...over,
  };
}

export const domains = (v: Partial<Record<Domain, number | null>>) => ({ ...EMPTY_DOMAINS, ...v });

/** A scenario with fixed parameters (name → value) and the given shocks. */
export function tinyScenario(params: Record<string, number>, rest: Record<string, unknown> = {}): Scenario {
  return parseScenario({
    name: 'tiny', title: 'tiny economy', baseline_year: 2010,
    parameters: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, { dist: 'fixed', value: v, source: 'test' }])),
    ...rest,
  });
}
