import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMethods } from '../../src/metrics/methods-doc.js';
import { CITATIONS, METRICS } from '../../src/metrics/registry.js';

const REQUIRED = [
  'trade.share_turnover', 'trade.share_exports', 'trade.share_imports', 'trade.dependence_gdp', 'trade.export_dependence_gdp',
  'trade.import_dependence_gdp', 'trade.openness', 'trade.partner_hhi', 'trade.partner_hhi_normalized', 'trade.hirschman',
  'trade.partner_shannon', 'trade.barbieri_salience', 'trade.barbieri_symmetry', 'trade.barbieri_interdependence',
  'trade.asymmetry', 'trade.dependence_ratio', 'trade.weak_link', 'trade.intensity',
  'energy.gas_supplier_share', 'energy.oil_supplier_share', 'energy.gas_supplier_hhi', 'energy.single_supplier',
  'energy.gas_import_dependency', 'energy.net_import_dependency', 'energy.supply_dependence',
  'igo.count_full', 'igo.count_any', 'igo.shared_full', 'igo.shared_share', 'igo.bloc_share',
  'security.alliance_defense', 'security.alliance_any', 'security.arms_import_share', 'power.cinc_ratio', 'power.cinc',
  'finance.imf_credit_gdp', 'finance.imf_arrangement_active', 'finance.imf_arrangement_quota', 'finance.external_debt_gdp',
  'unga.agreement', 'unga.ideal_point_distance', 'migration.stock_share', 'migration.remittance_share',
  'visa.free_access', 'visa.openness', 'visa.reciprocity',
  'power.emerson_advantage.trade', 'power.emerson_advantage.energy', 'power.emerson_advantage.arms',
  'power.emerson_advantage.igo', 'power.emerson_advantage.migration', 'power.emerson_advantage.remittance',
];

describe('metric registry', () => {
  it('has every required metric, each with a citation, unit, range, direction and version', () => {
    const ids = new Set(METRICS.map((m) => m.id));
    for (const id of REQUIRED) expect(ids.has(id), id).toBe(true);
    for (const m of METRICS) {
      expect(m.citations.length, m.id).toBeGreaterThan(0);
      for (const c of m.citations) expect(CITATIONS[c], `${m.id} cites ${c}`).toBeTruthy();
      expect(m.version, m.id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(m.direction.length, m.id).toBeGreaterThan(5);
      expect(m.formula.length, m.id).toBeGreaterThan(5);
    }
  });

  it('docs/methods.md is up to date with the registry (run `npm run docs`)', () => {
    expect(readFileSync('docs/methods.md', 'utf8')).toBe(renderMethods());
  });
});
