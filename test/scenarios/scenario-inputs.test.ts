// loadScenarioInputs on the real built test database (read-only): the baseline numbers a scenario reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioInputs } from '../../src/store/queries/scenario-inputs.js';
import type { ScenarioInputs } from '../../src/scenarios/inputs.js';
import { centralValues } from '../../src/scenarios/parameters.js';
import { parseScenarioText } from '../../src/scenarios/schema.js';
import { simulate } from '../../src/scenarios/simulate.js';
import { readFileSync } from 'node:fs';
import type { Database } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';

let db: Database;
let inputs: ScenarioInputs;
beforeAll(async () => {
  db = await openBuiltDb();
  inputs = await loadScenarioInputs(db, { year: 2010, actors: ['BLR', 'RUS'] });
}, 60_000);
afterAll(() => db?.close());

describe('loadScenarioInputs (BLR, RUS, 2010)', () => {
  it('reads GDP, bilateral trade, the gas balance and prices of the year', () => {
    expect(inputs.gdp.BLR!.value).toBeCloseTo(57231904542.8755, 2); // WDI NY.GDP.MKTP.CD
    expect(inputs.trade.find((t) => t.reporter === 'BLR' && t.partner === 'RUS')).toEqual({ reporter: 'BLR', partner: 'RUS', exports: 9953.6479, imports: 18080.6145 });
    expect(inputs.balances.BLR!.gas!.consumption).toBeCloseTo(20.728363, 6);
    // 0.746221 EJ of gas / 1.102324 EJ of primary energy
    expect(inputs.balances.BLR!.gas!.primaryShare).toBeCloseTo(0.746221 / 1.102324, 9);
    expect(inputs.energyFlows).toEqual([]); // the Energy Institute matrices start in 2016
    expect(inputs.prices.filter((p) => p.importer === 'BLR').length).toBeGreaterThan(5);
  });

  it('reads the stored CDI domains and metrics of the pair', () => {
    // CDI 1.2.0: (trade 0.4773 + institutions 0.5372 + security 0.8112 + mobility 0.6315) / 4 (1.1.0: 0.48736439329881526)
    expect(inputs.stored['composite.dependence']!['BLR|RUS']).toBeCloseTo(0.6142955441705001, 12);
    expect(inputs.domains['BLR|RUS']!.trade).toBeCloseTo(inputs.stored['trade.share_turnover']!['BLR|RUS']!, 12);
  });

  it('finds Nord Stream in the route data (route table when built, else Global Energy Monitor)', () => {
    const ns = inputs.routes.filter((r) => ['nord_stream_1_line_1', 'nord_stream_1_line_2', 'P0753'].includes(r.route_id));
    expect(ns.reduce((s, r) => s + r.capacity!, 0)).toBe(55);
  });

  it('a bypass on a database without the case facts fails naming the missing fact', async () => {
    const s = parseScenarioText(readFileSync('scenarios/nord-stream-bypass.yaml', 'utf8'));
    const without = { ...inputs, caseFacts: inputs.caseFacts.filter((f) => f.fact_id !== 'gas_transit_share') };
    expect(() => simulate(s, without, centralValues(s))).toThrow(/needs case fact gas_transit_share for BLR/);
  });
});
