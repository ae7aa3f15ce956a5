// The per-layer network metrics (node measures of every layer, blocs) and structural equivalence through the metric
// runner, against their TS references (layers recomputed in TS from the tables' rows) on SYNTHETIC layer inputs; a few
// values by hand; and real-data checks on the built database (read-only: the compute step run on the input SELECT).
import { describe, expect, it } from 'vitest';
import { LAYER_SPECS, LAYERS, NETWORK_METRICS } from '../../src/metrics/families/network.js';
import { rowsOfColumns } from '../../src/metrics/row-order.js';
import { tradeFlowSql } from '../../src/metrics/trade-flow.js';
import { METRIC_INDEX } from '../../src/metrics/registry.js';
import type { MetricDefinition, MetricRow } from '../../src/metrics/types.js';
import type { Row } from '../../src/store/db.js';
import { buildLayer } from '../../src/network/graph.js';
import { structuralEquivalence } from '../../src/network/structural-equivalence.js';
import { readLayerEdges } from '../../src/store/queries/network-layers.js';
import { openBuiltDb } from '../helpers/built-db.js';
import { loadTables, runMetric, sameRows } from '../helpers/metric-harness.js';
import { rng, syntheticTrade } from '../helpers/synthetic-trade.js';

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'UKR', 'KAZ', 'LTU'];
const YEARS = [2013, 2014];

/** SYNTHETIC rows of every layer's input table (seeded), plus composite.dependence rows in metric_value. */
function syntheticLayers(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const tables: Record<string, Row[]> = { energy_flow: [], arms_transfer: [], igo_membership: [], alliance: [], metric_value: [] };
  for (const year of YEARS) {
    for (const a of STATES) {
      for (const b of STATES) {
        if (a === b) continue;
        // Two energy rows for some pairs (pipeline and LNG: summed), a region-total row that must be left out.
        if (r() < 0.4) {
          for (const mode of r() < 0.3 ? ['pipeline', 'lng'] : ['pipeline']) {
            tables.energy_flow!.push({ dataset: 'synthetic', year, fuel: 'gas', mode, exporter: a, importer: b, exporter_label: a, importer_label: b,
              importer_is_region_total: false, volume: Math.round(r() * 300) / 10, unit: 'bcm', edition: null });
          }
        }
        if (r() < 0.3) tables.arms_transfer!.push({ dataset: 'synthetic', year, supplier: a, recipient: b, supplier_label: a, recipient_label: b, tiv: Math.round(r() * 500) });
        if (r() < 0.6) {
          tables.metric_value!.push({ metric: 'composite.dependence', version: '1', source: 'default', scenario: 'baseline', subject: a, counterpart: b,
            year, value: Math.round(r() * 1000) / 1000, low: null, high: null, flags: '' });
        }
        if (a < b && r() < 0.35) {
          // Either order, sometimes twice (two treaties: one tie), sometimes no obligation at all (no tie).
          const [x, y] = r() < 0.5 ? [a, b] : [b, a];
          for (let k = r() < 0.2 ? 2 : 1; k > 0; k--) {
            const kind = r();
            tables.alliance!.push({ dataset: 'synthetic', year, state_a: x, state_b: y,
              defense: kind < 0.3, offense: false, neutrality: kind >= 0.3 && kind < 0.5, nonaggression: false, consultation: kind >= 0.5 && kind < 0.8 });
          }
        }
      }
      for (const igo of ['CIS', 'UN', 'WTO', 'OSCE', 'EAEC']) {
        if (r() < 0.55) tables.igo_membership!.push({ dataset: 'synthetic', year, state: a, igo, status: r() < 0.85 ? 'full' : 'associate' });
      }
    }
    tables.energy_flow!.push({ dataset: 'synthetic', year, fuel: 'gas', mode: 'pipeline', exporter: 'RUS', importer: null, exporter_label: 'Russia',
      importer_label: 'Europe', importer_is_region_total: true, volume: 150, unit: 'bcm', edition: null });
  }
  return tables;
}

const data = { ...syntheticLayers(5), ...syntheticTrade(7, YEARS) };
const perLayer = NETWORK_METRICS.filter((m) => LAYERS.some((l) => m.id.endsWith(`_${l}`)));
/** Composite-layer metrics read stored composite.dependence rows: run without recomputing that metric. */
const asStored = (m: MetricDefinition): MetricDefinition => ({ ...m, dependsOn: undefined });

describe('per-layer network metrics on SYNTHETIC layers: runner (input SELECT + TS step) = reference (layer recomputed in TS)', () => {
  it('registers the node measures of every layer and a bloc metric per layer', () => {
    const ids = perLayer.map((m) => m.id);
    for (const l of LAYERS) {
      expect(ids).toEqual(expect.arrayContaining([`network.pagerank_${l}`, `network.eigenvector_${l}`, `network.coreness_${l}`, `network.bloc_${l}`]));
      // One strength for undirected layers; out-strength only where it is not 1 by construction (row-normalised shares).
      const strengths = ids.filter((id) => id.startsWith('network.strength') && id.endsWith(`_${l}`));
      expect(strengths, l).toEqual(!LAYER_SPECS[l].directed ? [`network.strength_${l}`]
        : LAYER_SPECS[l].rowNormalised ? [`network.strength_in_${l}`] : [`network.strength_in_${l}`, `network.strength_out_${l}`]);
    }
    for (const m of perLayer) expect(METRIC_INDEX.get(m.id)).toBe(m);
  });
  for (const m of perLayer) {
    it(m.id, async () => {
      const run = await runMetric(asStored(m), data);
      expect(run.sql.length).toBeGreaterThan(0);
      expect(new Set(run.sql.map((r) => r.year))).toEqual(new Set(YEARS));
      expect(sameRows(run.sql, run.reference)).toBeNull();
    });
  }
});

describe('columnar form of the TS steps (ComputeStep.columns) on SYNTHETIC layers', () => {
  it('gives the rows compute gives, in the same (storage) order, for every network metric that has it', async () => {
    const db = await loadTables(data);
    try {
      await db.run(`INSERT INTO trade_flow ${tradeFlowSql('default')}`);
      for (const m of NETWORK_METRICS.filter((d) => d.compute?.columns)) {
        const rows = await db.all(`SELECT * FROM (${m.compute!.input({ source: 'default' })}) AS input`);
        const input = { length: rows.length, columns: Object.fromEntries(Object.keys(rows[0] ?? {}).map((c) => [c, rows.map((r) => r[c])])) };
        const fromColumns = rowsOfColumns(m.compute!.columns!(input));
        expect(fromColumns.length, m.id).toBeGreaterThan(0);
        expect(fromColumns, m.id).toEqual(m.compute!.compute(rows));
      }
    } finally {
      db.close();
    }
  });
});

describe('per-layer metrics: values by hand', () => {
  // IGO X: BLR RUS KAZ; IGO Y: BLR RUS (+ UKR associate: not a full member). Ties: BLR–RUS 2, BLR–KAZ 1, RUS–KAZ 1.
  const igo: Record<string, Row[]> = {
    igo_membership: [['BLR', 'X'], ['RUS', 'X'], ['KAZ', 'X'], ['BLR', 'Y'], ['RUS', 'Y'], ['UKR', 'Y', 'associate']]
      .map(([state, igoId, status]) => ({ dataset: 'test', year: 2000, state, igo: igoId, status: status ?? 'full' })),
  };
  it('network.strength_igo: BLR 2 + 1 = 3, KAZ 1 + 1 = 2; UKR (associate only) has no row', async () => {
    const run = await runMetric('network.strength_igo', igo);
    expect(run.sql.map((r) => [r.subject, r.value])).toEqual([['BLR', 3], ['KAZ', 2], ['RUS', 3]]);
  });
  it('network.bloc_alliance: a triangle and a separate pair are blocs 1 and 2 (larger first)', async () => {
    const pair = (a: string, b: string) => ({ dataset: 'test', year: 2000, state_a: a, state_b: b, defense: true, offense: false, neutrality: false, nonaggression: false, consultation: false });
    const run = await runMetric('network.bloc_alliance', { alliance: [pair('RUS', 'BLR'), pair('BLR', 'KAZ'), pair('KAZ', 'RUS'), pair('POL', 'DEU'), pair('DEU', 'POL')] });
    expect(Object.fromEntries(run.sql.map((r) => [r.subject, r.value]))).toEqual({ BLR: 1, KAZ: 1, RUS: 1, DEU: 2, POL: 2 });
  });
});

describe('network.structural_equivalence on SYNTHETIC trade, IGO and alliance layers', () => {
  let rows: MetricRow[] = [];
  it('runner (batch over tied pairs) = reference (structuralEquivalence pair by pair), to 1e-12', async () => {
    const run = await runMetric('network.structural_equivalence', data);
    rows = run.sql;
    expect(rows.length).toBeGreaterThan(0);
    expect(sameRows(run.sql, run.reference, 1e-12)).toBeNull();
  });
  it('is symmetric: SE(a, b) = SE(b, a) for every stored pair-year, and lies in [−1, 1]', () => {
    const byKey = new Map(rows.map((r) => [`${r.subject}|${r.counterpart}|${r.year}`, r.value]));
    for (const r of rows) {
      expect(byKey.has(`${r.counterpart}|${r.subject}|${r.year}`)).toBe(true);
      expect(byKey.get(`${r.counterpart}|${r.subject}|${r.year}`)).toBe(r.value);
      if (r.value !== null) expect(Math.abs(r.value)).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
  it('two states with identical ties to every third state score 1; a pair with no tie in any layer gets no row', async () => {
    // Alliance only: BLR and KAZ are both allied with RUS and UKR and with each other; POL–DEU is a separate pair.
    const pair = (a: string, b: string) => ({ dataset: 'test', year: 2000, state_a: a, state_b: b, defense: true, offense: false, neutrality: false, nonaggression: false, consultation: false });
    const run = await runMetric('network.structural_equivalence', {
      alliance: [pair('BLR', 'RUS'), pair('BLR', 'UKR'), pair('KAZ', 'RUS'), pair('KAZ', 'UKR'), pair('BLR', 'KAZ'), pair('POL', 'DEU')],
    });
    expect(run.sql.find((r) => r.subject === 'BLR' && r.counterpart === 'KAZ')!.value).toBeCloseTo(1, 12);
    expect(run.sql.some((r) => r.subject === 'BLR' && r.counterpart === 'POL')).toBe(false);
  });
});

describe('per-layer metrics on the real data (built database, read-only; compute step on the input SELECT, 2013)', () => {
  async function step(id: string, year: number): Promise<MetricRow[]> {
    const m = METRIC_INDEX.get(id)!;
    const db = await openBuiltDb();
    try {
      return m.compute!.compute(await db.all(`SELECT * FROM (${m.compute!.input({ source: 'default' })}) AS input WHERE year = ?`, [year]));
    } finally {
      db.close();
    }
  }
  it("network.strength_in_trade(RUS, 2013) = Σ_i D(i→RUS) computed with a separate SQL over trade_flow", async () => {
    const rus = (await step('network.strength_in_trade', 2013)).find((r) => r.subject === 'RUS')!;
    const db = await openBuiltDb();
    const { s } = (await db.one<{ s: number }>(
      `SELECT SUM(d) AS s FROM (
         SELECT SUM(CASE WHEN partner = 'RUS' THEN COALESCE(exports, 0) + COALESCE(imports, 0) ELSE 0 END)
                / SUM(COALESCE(exports, 0) + COALESCE(imports, 0)) AS d
           FROM trade_flow WHERE source = 'default' AND year = 2013 AND reporter <> partner AND reporter <> 'RUS'
          GROUP BY reporter HAVING SUM(COALESCE(exports, 0) + COALESCE(imports, 0)) > 0) AS shares`))!;
    db.close();
    expect(rus.value!).toBeGreaterThan(1);
    expect(rus.value!).toBeCloseTo(s, 9);
  });
  it('network.structural_equivalence(BLR, RUS, 2013) = the combined value `interdep paths BLR RUS --year 2013` computes (0.7907)', async () => {
    const rows = await step('network.structural_equivalence', 2013);
    const db = await openBuiltDb();
    const layers = [];
    for (const l of ['trade', 'igo', 'alliance'] as const) layers.push(buildLayer(await readLayerEdges(db, l, 2013), LAYER_SPECS[l].directed));
    db.close();
    const paths = structuralEquivalence(layers, 'BLR', 'RUS')!;
    expect(paths).toBeCloseTo(0.7907, 4);
    expect(rows.find((r) => r.subject === 'BLR' && r.counterpart === 'RUS')!.value).toBeCloseTo(paths, 12);
    expect(rows.find((r) => r.subject === 'RUS' && r.counterpart === 'BLR')!.value).toBeCloseTo(paths, 12);
  });
  it('network.bloc_trade 2013: Belarus and Russia share the (largest, European–Eurasian) bloc 1; China and the US are in others', async () => {
    // Checked on a built copy (whole-world Louvain, seed 1): BLR RUS UKR KAZ POL DEU → 1, CHN → 2, USA → 3.
    const bloc = new Map((await step('network.bloc_trade', 2013)).map((r) => [r.subject, r.value]));
    expect(bloc.get('BLR')).toBe(1);
    expect(bloc.get('RUS')).toBe(1);
    expect(bloc.get('CHN')).not.toBe(1);
    expect(bloc.get('USA')).not.toBe(1);
    expect(bloc.get('CHN')).not.toBe(bloc.get('USA'));
  });
});
