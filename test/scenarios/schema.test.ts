// Scenario files: a malformed file fails with a message naming the key (and its line) and what was expected.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseScenarioText } from '../../src/scenarios/schema.js';

const GOOD = `name: t
title: a test
baseline_year: 2010
shocks:
  - type: supply_cut
    supplier: RUS
    target: BLR
    fuel: gas
    share: $cut
parameters:
  cut: { dist: uniform, low: 0.5, high: 1, source: test }
`;

const error = (text: string) => {
  try {
    parseScenarioText(text, 'x.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('parseScenarioText', () => {
  it('accepts a valid file and fills the defaults', () => {
    const s = parseScenarioText(GOOD, 'x.yaml');
    expect(s.shocks[0]).toMatchObject({ type: 'supply_cut', share: '$cut', duration_days: 365 });
    expect(s.horizon_days).toBe(365);
    expect(s.monte_carlo).toEqual({ runs: 200, seed: 1 });
  });

  it('rejects an unknown key, naming its path, its line and the keys allowed there', () => {
    expect(error(GOOD.replace('    share: $cut', '    share: $cut\n    duraton_days: 3'))).toBe(
      'x.yaml:10 field "shocks[0].duraton_days": shocks[0].duraton_days: unknown key (expected one of: type, supplier, target, fuel, products, share, duration_days, note)');
    expect(error(GOOD + 'seeds: 3\n')).toMatch(/^x\.yaml:12 field "seeds": seeds: unknown key \(expected one of: name, title, description, baseline_year/);
  });

  it('rejects a wrong type with what was expected and what was found', () => {
    expect(error(GOOD.replace('baseline_year: 2010', 'baseline_year: soon'))).toBe(
      'x.yaml:3 field "baseline_year": baseline_year: expected number, received string (got "soon")');
    expect(error(GOOD.replace('target: BLR', 'target: Belarus'))).toMatch(/field "shocks\[0\]\.target": shocks\[0\]\.target: expected an ISO3 code such as BLR \(got "Belarus"\)/);
  });

  it('rejects an undeclared parameter, an unknown shock type and a distribution without its source', () => {
    expect(error(GOOD.replace('share: $cut', 'share: $cutt'))).toMatch(/shocks\[0\]\.share: expected a parameter declared under "parameters" \(\$cutt is not\)/);
    expect(error(GOOD.replace('type: supply_cut', 'type: supply_stop'))).toMatch(/shocks\[0\]\.type: expected one of 'supply_cut' \| 'market_loss'/);
    expect(error(GOOD.replace(', source: test', ''))).toMatch(/parameters\.cut\.source: expected string, received undefined/);
    expect(error(GOOD.replace('    fuel: gas\n', ''))).toMatch(/shocks\[0\]: expected exactly one of "fuel" or "products"/);
  });

  it('reports broken YAML with its line', () => {
    expect(error('name: [t\ntitle: x\n')).toMatch(/^x\.yaml:\d+: not valid YAML\/JSON/);
  });
});
