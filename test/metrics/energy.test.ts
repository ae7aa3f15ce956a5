import { describe, expect, it } from 'vitest';
import { ENERGY_METRICS } from '../../src/metrics/families/energy.js';
import { METRIC_INDEX } from '../../src/metrics/registry.js';
import type { MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import { BUILT_DB } from '../helpers/built-db.js';
import { checkedValues, itMatchesReference, runMetric } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const EI = 'energy_institute_statistical_review';

const flow = (year: number, fuel: 'gas' | 'crude', mode: 'pipeline' | 'lng' | null, exporter: string | null, importer: string | null, volume: number,
  labels: { exporter?: string; importer?: string; regionTotal?: boolean } = {}): Row => ({
  dataset: EI, year, fuel, mode, exporter, importer,
  exporter_label: labels.exporter ?? exporter, importer_label: labels.importer ?? importer,
  importer_is_region_total: labels.regionTotal ?? false, volume, unit: fuel === 'gas' ? 'bcm' : 'Mt', edition: 'hand',
});
const bal = (country: string, year: number, variable: string, value: number | null): Row =>
  ({ dataset: EI, year, country, country_label: country, is_aggregate: false, variable, unit: 'u', value });

// Hand-built example (made-up volumes chosen for easy arithmetic; not real data).
const HAND: Record<string, Row[]> = {
  energy_flow: [
    // BLR 2020: all gas by pipeline from RUS; never listed in the LNG table.
    flow(2020, 'gas', 'pipeline', 'RUS', 'BLR', 18),
    // POL 2020: pipeline RUS 9 + DEU 3; LNG QAT 2 + USA 1 + "Other Europe" 1 → total 16.
    flow(2020, 'gas', 'pipeline', 'RUS', 'POL', 9), flow(2020, 'gas', 'pipeline', 'DEU', 'POL', 3),
    flow(2020, 'gas', 'lng', 'QAT', 'POL', 2), flow(2020, 'gas', 'lng', 'USA', 'POL', 1),
    flow(2020, 'gas', 'lng', null, 'POL', 1, { exporter: 'Other Europe' }),
    // ITA: both modes in 2020; in 2021 only the LNG table lists it (pipeline folded into a residual group).
    flow(2020, 'gas', 'pipeline', 'DZA', 'ITA', 10), flow(2020, 'gas', 'lng', 'QAT', 'ITA', 5),
    flow(2021, 'gas', 'lng', 'QAT', 'ITA', 6),
    // UKR 2020: everything from a residual exporter group.
    flow(2020, 'gas', 'pipeline', null, 'UKR', 10, { exporter: 'Other Europe' }),
    // CHN 2020: gas pipeline TKM 30 + RUS 10, LNG AUS 60 (total 100); crude RUS 80, SAU 60, "Other Middle East" 60.
    flow(2020, 'gas', 'pipeline', 'TKM', 'CHN', 30), flow(2020, 'gas', 'pipeline', 'RUS', 'CHN', 10), flow(2020, 'gas', 'lng', 'AUS', 'CHN', 60),
    flow(2020, 'crude', null, 'RUS', 'CHN', 80), flow(2020, 'crude', null, 'SAU', 'CHN', 60),
    flow(2020, 'crude', null, null, 'CHN', 60, { exporter: 'Other Middle East' }),
    // RUS 2020 imports some gas from KAZ but is a net exporter.
    flow(2020, 'gas', 'pipeline', 'KAZ', 'RUS', 10),
    // Ignored: a regional subtotal row, a residual importer group, crude into a trading area.
    flow(2020, 'gas', 'pipeline', 'RUS', null, 100, { importer: 'Europe', regionTotal: true }),
    flow(2020, 'gas', 'pipeline', 'RUS', null, 50, { importer: 'Other EU' }),
    flow(2020, 'crude', null, 'RUS', null, 100, { importer: 'Europe' }),
  ],
  energy_balance: [
    bal('BLR', 2020, 'primary_energy_consumption', 1.0), bal('BLR', 2020, 'gas_consumption_ej', 0.6), bal('BLR', 2020, 'gas_consumption', 20),
    bal('BLR', 2020, 'oil_consumption_ej', 0.3), bal('BLR', 2020, 'oil_consumption', 8),
    bal('POL', 2020, 'primary_energy_consumption', 4.0), bal('POL', 2020, 'gas_consumption_ej', 0.8), bal('POL', 2020, 'gas_consumption', 20),
    bal('POL', 2020, 'gas_production', 4),
    bal('CHN', 2020, 'primary_energy_consumption', 150), bal('CHN', 2020, 'gas_consumption_ej', 12), bal('CHN', 2020, 'gas_consumption', 330),
    bal('CHN', 2020, 'gas_production', 190), bal('CHN', 2020, 'oil_consumption_ej', 30), bal('CHN', 2020, 'oil_consumption', 700),
    bal('CHN', 2020, 'oil_production', 200),
    bal('RUS', 2020, 'primary_energy_consumption', 30), bal('RUS', 2020, 'gas_consumption_ej', 16), bal('RUS', 2020, 'gas_consumption', 480),
    bal('RUS', 2020, 'gas_production', 700),
    bal('UKR', 2020, 'gas_consumption', null),
    { dataset: EI, year: 2020, country: null, country_label: 'Total CIS', is_aggregate: true, variable: 'gas_consumption', unit: 'u', value: 600 },
  ],
  indicator: [
    { dataset: 'worldbank_wdi', year: 2020, country: 'BLR', is_aggregate: false, code: 'EG.IMP.CONS.ZS', value: 83.84 },
    { dataset: 'worldbank_wdi', year: 2020, country: 'RUS', is_aggregate: false, code: 'EG.IMP.CONS.ZS', value: -80 },
    { dataset: 'worldbank_wdi', year: 2020, country: 'WLD', is_aggregate: true, code: 'EG.IMP.CONS.ZS', value: 1 },
  ],
};

const values = (id: string, tables: Record<string, Row[]> = HAND) => checkedValues(id, tables);

describe('energy metrics: known answers (hand-computed)', () => {
  it('gas supplier shares: pipeline + LNG summed over a total that includes residual exporter groups', async () => {
    const s = await values('energy.gas_supplier_share');
    expect(s.get('BLR>RUS@2020')).toMatchObject({ value: 1, flags: 'unlisted:lng' });
    // POL total = 9 + 3 + 2 + 1 + 1 = 16
    expect(s.get('POL>RUS@2020')).toMatchObject({ value: 9 / 16, flags: 'residual_suppliers' });
    expect(s.get('POL>QAT@2020')!.value).toBeCloseTo(2 / 16, 15);
    // ITA 2020: 10 / 15; ITA 2021: the pipeline table no longer lists it → NULL, never LNG-only shares
    expect(s.get('ITA>DZA@2020')).toMatchObject({ value: 10 / 15, flags: '' });
    expect(s.get('ITA>QAT@2021')).toMatchObject({ value: null, flags: 'missing:pipeline' });
    // CHN: 10 / 100 from RUS
    expect(s.get('CHN>RUS@2020')!.value).toBeCloseTo(0.1, 15);
    expect(s.size).toBe(12); // BLR 1, POL 4, ITA 2 + 1, CHN 3, RUS 1 (UKR has no state supplier; subtotal and group rows ignored)
  });

  it('oil supplier shares: crude only, state pairs only, residual areas in the denominator', async () => {
    const s = await values('energy.oil_supplier_share');
    // CHN crude total = 80 + 60 + 60 = 200
    expect(s.get('CHN>RUS@2020')).toMatchObject({ value: 0.4, flags: 'residual_suppliers' });
    expect(s.get('CHN>SAU@2020')!.value).toBeCloseTo(0.3, 15);
    expect(s.size).toBe(2);
  });

  it('gas supplier HHI with the residual group as one supplier (value = high) and states only (low)', async () => {
    const h = await values('energy.gas_supplier_hhi');
    expect(h.get('BLR>@2020')).toMatchObject({ value: 1, low: 1, high: 1 });
    // POL: (9² + 3² + 2² + 1² + 1²) / 16² = 96/256 = 0.375; states only 95/256
    expect(h.get('POL>@2020')).toMatchObject({ value: 0.375, low: 95 / 256, high: 0.375, flags: 'residual_suppliers' });
    // UKR: all from "Other Europe": 1 as one supplier, 0 over states
    expect(h.get('UKR>@2020')).toMatchObject({ value: 1, low: 0, high: 1 });
    expect(h.get('ITA>@2021')).toMatchObject({ value: null, flags: 'missing:pipeline' });
  });

  it('single supplier: 1 for BLR, 0 for POL, NULL (undetermined) when a residual group holds ≥ 90%', async () => {
    const f = await values('energy.single_supplier');
    expect(f.get('BLR>@2020')!.value).toBe(1);
    expect(f.get('POL>@2020')!.value).toBe(0); // max share 9/16 = 0.5625
    expect(f.get('UKR>@2020')).toMatchObject({ value: null, flags: 'unlisted:lng,residual_suppliers,undetermined' });
    expect(f.get('ITA>@2021')!.value).toBeNull();
  });

  it('gas import dependency (C − P)/C; missing production gives NULL with a flag, never an assumed 0', async () => {
    const d = await values('energy.gas_import_dependency');
    expect(d.get('POL>@2020')!.value).toBeCloseTo(16 / 20, 15);
    expect(d.get('RUS>@2020')!.value).toBeCloseTo((480 - 700) / 480, 15); // −0.4583: net exporter
    expect(d.get('BLR>@2020')).toMatchObject({ value: null, flags: 'missing:gas_production' });
    expect(d.get('UKR>@2020')).toMatchObject({ value: null, flags: 'missing:gas_consumption,missing:gas_production' });
    expect(d.has('null>@2020')).toBe(false);
  });

  it('net import dependency = EG.IMP.CONS.ZS / 100, aggregates excluded', async () => {
    const d = await values('energy.net_import_dependency');
    expect(d.get('BLR>@2020')!.value).toBeCloseTo(0.8384, 15);
    expect(d.get('RUS>@2020')!.value).toBeCloseTo(-0.8, 15);
    expect(d.size).toBe(2);
  });

  it('ESD: η·q·d summed over gas and oil, a fuel without partner data drops out with partial:<fuel>', async () => {
    const e = await values('energy.supply_dependence');
    // BLR←RUS: η_gas = 0.6/1.0; q = 18/18; no production row → d = min(1, 18/20) = 0.9 → 0.54; no crude data → partial:oil
    expect(e.get('BLR>RUS@2020')).toMatchObject({ flags: 'dependency_from_imports:gas,partial:oil' });
    expect(e.get('BLR>RUS@2020')!.value).toBeCloseTo(0.54, 15);
    // POL←RUS: η = 0.8/4 = 0.2; q = 9/16; d = (20 − 4)/20 = 0.8 → 0.09
    expect(e.get('POL>RUS@2020')).toMatchObject({ flags: 'partial:oil' });
    expect(e.get('POL>RUS@2020')!.value).toBeCloseTo(0.09, 15);
    // CHN←RUS: gas 12/150 · 10/100 · (330 − 190)/330 = 0.0033939…; oil 30/150 · 80/200 · (700 − 200)/700 = 0.0571428…
    expect(e.get('CHN>RUS@2020')).toMatchObject({ flags: '' });
    expect(e.get('CHN>RUS@2020')!.value).toBeCloseTo(0.08 * 0.1 * (140 / 330) + 0.2 * 0.4 * (500 / 700), 14);
    // CHN←SAU: SAU supplies no gas (q_gas = 0, the matrices keep only non-zero cells): oil term only, 0.2 · 0.3 · 5/7
    expect(e.get('CHN>SAU@2020')!.value).toBeCloseTo(0.2 * 0.3 * (5 / 7), 14);
    // RUS←KAZ: (480 − 700)/480 < 0 → d clamped to 0: a computed 0, flagged only for the missing oil data
    expect(e.get('RUS>KAZ@2020')).toMatchObject({ value: 0, flags: 'partial:oil' });
    // ITA 2021: gas total unknown (pipeline missing), no crude → NULL
    expect(e.get('ITA>QAT@2021')).toMatchObject({ value: null, flags: 'partial:gas,partial:oil' });
  });
});

// ---- SYNTHETIC inputs for the SQL-vs-TS cross-check and the properties (seeded, not real data) ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'CHN', 'UKR', 'LTU', 'KAZ', 'QAT', 'NOR', 'USA', 'SAU'];
const RESIDUAL = ['Other Europe', 'Other Asia Pacific', 'Other Africa'];
const VARIABLES = ['primary_energy_consumption', 'gas_consumption_ej', 'oil_consumption_ej', 'gas_consumption', 'gas_production', 'oil_consumption', 'oil_production'];

function syntheticEnergy(seed: number, opts: { residual?: boolean; scale?: number } = {}): Record<string, Row[]> {
  const r = rng(seed);
  const residual = opts.residual ?? true;
  const scale = opts.scale ?? 1;
  const energy_flow: Row[] = [];
  const energy_balance: Row[] = [];
  const indicator: Row[] = [];
  const vol = () => Math.round(1 + r() * 50_000) / 1000;
  // Which mode tables list an importer at all: some only pipeline, some only LNG, most both.
  const modes = new Map(STATES.map((s, i) => [s, i % 4 === 0 ? ['pipeline'] : i % 4 === 1 ? ['lng'] : ['pipeline', 'lng']]));
  for (const year of [2016, 2018, 2019]) {
    for (const a of STATES) {
      if (r() < 0.15) continue;
      for (const mode of modes.get(a)!) {
        if (r() < 0.2) continue; // importer folded into a residual group this year
        for (const b of STATES) if (b !== a && r() < 0.3) energy_flow.push(flow(year, 'gas', mode as 'pipeline' | 'lng', b, a, vol() * scale));
        if (residual && r() < 0.4) energy_flow.push(flow(year, 'gas', mode as 'pipeline' | 'lng', null, a, vol() * scale, { exporter: RESIDUAL[Math.floor(r() * 3)]! }));
      }
      if (['CHN', 'RUS', 'USA', 'DEU', 'POL'].includes(a) && r() < 0.85) {
        for (const b of STATES) if (b !== a && r() < 0.35) energy_flow.push(flow(year, 'crude', null, b, a, vol() * scale));
        if (residual && r() < 0.6) energy_flow.push(flow(year, 'crude', null, null, a, vol() * scale, { exporter: 'Other Middle East' }));
      }
      // Gas and oil EJ never exceed primary energy (as in the source), so η_gas + η_oil ≤ 1.
      const ej = { gas: Math.round(r() * 10_000) / 1000, oil: Math.round(r() * 10_000) / 1000 };
      const values: Record<string, number> = {
        primary_energy_consumption: ej.gas + ej.oil + Math.round(r() * 10_000) / 1000, gas_consumption_ej: ej.gas, oil_consumption_ej: ej.oil,
      };
      for (const v of VARIABLES) {
        if (r() < 0.12) continue;
        const value = r() < 0.05 ? null : r() < 0.04 ? 0 : (values[v] ?? Math.round(r() * 100_000) / 1000);
        energy_balance.push(bal(a, year, v, value));
      }
      if (r() < 0.8) indicator.push({ dataset: 'worldbank_wdi', year, country: a, is_aggregate: false, code: 'EG.IMP.CONS.ZS', value: -300 + r() * 400 });
    }
    // Rows every metric must ignore.
    energy_flow.push(flow(year, 'gas', 'pipeline', 'RUS', null, 999, { importer: 'Europe', regionTotal: true }));
    energy_flow.push(flow(year, 'gas', 'lng', 'QAT', null, 99, { importer: 'Other EU' }));
    energy_flow.push({ ...flow(year, 'gas', 'pipeline', 'RUS', 'BLR', 7), dataset: 'some_other_source' });
    energy_balance.push({ dataset: EI, year, country: null, country_label: 'Total World', is_aggregate: true, variable: 'gas_consumption', unit: 'u', value: 4000 });
    indicator.push({ dataset: 'worldbank_wdi', year, country: 'WLD', is_aggregate: true, code: 'EG.IMP.CONS.ZS', value: 5 });
  }
  // A crude importer without an oil consumption row (missing:oil_dependency path).
  energy_flow.push(flow(2018, 'crude', null, 'SAU', 'IND', 10));
  energy_balance.push(bal('IND', 2018, 'primary_energy_consumption', 10), bal('IND', 2018, 'oil_consumption_ej', 3));
  // An importer whose only rows are zero volumes (zero_total path).
  energy_flow.push(flow(2019, 'gas', 'pipeline', 'NOR', 'EST', 0), flow(2019, 'gas', 'lng', 'QAT', 'EST', 0));
  energy_balance.push(bal('EST', 2019, 'gas_consumption', 0), bal('EST', 2019, 'gas_production', 0));
  return { energy_flow, energy_balance, indicator };
}

describe('energy metrics: SQL equals the TS reference on SYNTHETIC data', () => {
  const data = syntheticEnergy(7);
  itMatchesReference(ENERGY_METRICS, data);
  it('the synthetic data exercise the missing-value paths', async () => {
    const flagsOf = async (id: string) => new Set((await runMetric(id, data)).sql.flatMap((r) => r.flags.split(',')));
    const share = await flagsOf('energy.gas_supplier_share');
    for (const f of ['missing:pipeline', 'missing:lng', 'unlisted:pipeline', 'unlisted:lng', 'residual_suppliers']) expect(share).toContain(f);
    expect(await flagsOf('energy.gas_supplier_hhi')).toContain('zero_total');
    const esd = await flagsOf('energy.supply_dependence');
    for (const f of ['partial:gas', 'partial:oil', 'dependency_from_imports:gas', 'missing:gas_share', 'missing:oil_dependency']) expect(esd).toContain(f);
    const dep = await flagsOf('energy.gas_import_dependency');
    for (const f of ['missing:gas_production', 'missing:gas_consumption', 'zero_consumption']) expect(dep).toContain(f);
  });
});

const byKey = (rows: MetricRow[]) => new Map(rows.map((r) => [`${r.subject}>${r.counterpart ?? ''}@${r.year}`, r]));

describe('energy metrics: properties (SYNTHETIC data)', () => {
  it('without residual exporter groups, gas and oil shares of a subject over all counterparts sum to 1', async () => {
    const data = syntheticEnergy(11, { residual: false });
    for (const id of ['energy.gas_supplier_share', 'energy.oil_supplier_share']) {
      const sums = new Map<string, number>();
      for (const r of (await runMetric(id, data)).sql) if (r.value !== null) sums.set(`${r.subject}@${r.year}`, (sums.get(`${r.subject}@${r.year}`) ?? 0) + r.value);
      expect(sums.size).toBeGreaterThan(5);
      for (const s of sums.values()) expect(s).toBeCloseTo(1, 12);
    }
  });

  it('with residual groups, state shares sum to at most 1 and to exactly 1 where no residual_suppliers flag is set', async () => {
    const rows = (await runMetric('energy.gas_supplier_share', syntheticEnergy(7))).sql.filter((r) => r.value !== null);
    const sums = new Map<string, { s: number; residual: boolean }>();
    for (const r of rows) {
      const k = `${r.subject}@${r.year}`;
      const e = sums.get(k) ?? { s: 0, residual: r.flags.includes('residual_suppliers') };
      e.s += r.value!;
      sums.set(k, e);
    }
    for (const { s, residual } of sums.values()) {
      expect(s).toBeLessThanOrEqual(1 + 1e-12);
      if (!residual) expect(s).toBeCloseTo(1, 12);
    }
  });

  it('HHI lies in [1/n, 1] (n = suppliers), low ≤ value = high, and is invariant to scaling all flows', async () => {
    const base = await runMetric('energy.gas_supplier_hhi', syntheticEnergy(7));
    const scaled = byKey((await runMetric('energy.gas_supplier_hhi', syntheticEnergy(7, { scale: 7.3 }))).sql);
    const data = syntheticEnergy(7);
    const suppliers = new Map<string, Set<string>>();
    for (const f of data.energy_flow!) {
      if (f.dataset !== EI || f.fuel !== 'gas' || f.importer === null || f.importer_is_region_total || f.volume === 0) continue;
      const k = `${f.importer}@${f.year}`;
      suppliers.set(k, (suppliers.get(k) ?? new Set()).add(String(f.exporter ?? f.exporter_label)));
    }
    let checked = 0;
    for (const r of base.sql) {
      const s = scaled.get(`${r.subject}>@${r.year}`)!;
      if (r.value === null) {
        expect(s.value).toBeNull();
        continue;
      }
      expect(s.value!).toBeCloseTo(r.value, 12);
      const n = suppliers.get(`${r.subject}@${r.year}`)!.size;
      expect(r.value).toBeGreaterThanOrEqual(1 / n - 1e-12);
      expect(r.value).toBeLessThanOrEqual(1 + 1e-12);
      expect(r.low!).toBeLessThanOrEqual(r.value + 1e-12);
      expect(r.high).toBe(r.value);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('single supplier is 1 only where the HHI is at least 0.81, and takes only 0, 1 or NULL', async () => {
    const data = syntheticEnergy(7);
    const hhi = byKey((await runMetric('energy.gas_supplier_hhi', data)).sql);
    for (const r of (await runMetric('energy.single_supplier', data)).sql) {
      expect([0, 1, null]).toContain(r.value);
      if (r.value === 1) expect(hhi.get(`${r.subject}>@${r.year}`)!.value!).toBeGreaterThanOrEqual(0.81 - 1e-12);
      if (r.value === null) expect(r.flags).toMatch(/missing:|undetermined|zero_total/);
    }
  });

  it('ESD lies in [0, 1]; a NULL always carries a flag; a subject without crude data always carries partial:oil', async () => {
    const data = syntheticEnergy(7);
    const crudeImporters = new Set(data.energy_flow!.filter((f) => f.fuel === 'crude' && f.importer !== null && f.dataset === EI).map((f) => `${f.importer}@${f.year}`));
    const rows = (await runMetric('energy.supply_dependence', data)).sql;
    expect(rows.filter((r) => r.value !== null && r.value > 0).length).toBeGreaterThan(10);
    for (const r of rows) {
      if (r.value !== null) {
        expect(r.value).toBeGreaterThanOrEqual(0);
        expect(r.value).toBeLessThanOrEqual(1 + 1e-12);
      } else expect(r.flags).not.toBe('');
      if (!crudeImporters.has(`${r.subject}@${r.year}`)) expect(r.flags).toContain('partial:oil');
    }
  });
});

// ---- real data: the bundled Energy Institute tables (built database, loaded read-only into memory) ----

describe('energy metrics: real data (Energy Institute Statistical Review, bundled)', () => {
  it('Belarus depends on Russia for all of its gas imports (share 1.0, HHI 1, single supplier) in 2016, 2018, 2020, 2023', async () => {
    const db = await Database.open(':memory:');
    try {
      await db.applySchema();
      await db.run(`ATTACH '${BUILT_DB}' AS built (READ_ONLY)`);
      for (const t of ['energy_flow', 'energy_balance', 'indicator']) await db.run(`INSERT INTO ${t} BY NAME SELECT * FROM built.${t}`);
      await db.run('DETACH built');
      await computeMetrics(db, ENERGY_METRICS, METRIC_INDEX, { source: 'default' });
      const get = (metric: string, counterpart: string | null, year: number) => db.one<MetricRow & Row>(
        `SELECT subject, counterpart, year, value, low, high, flags FROM metric_value
          WHERE metric = ? AND subject = 'BLR' AND counterpart IS NOT DISTINCT FROM ? AND year = ?`, [metric, counterpart, year]);
      for (const year of [2016, 2018, 2020, 2023]) {
        expect(await get('energy.gas_supplier_share', 'RUS', year)).toMatchObject({ value: 1, flags: 'unlisted:lng' });
        expect((await get('energy.gas_supplier_hhi', null, year))!.value).toBe(1);
        expect((await get('energy.single_supplier', null, year))!.value).toBe(1);
      }
      // Raw EI 2016: Russia → Belarus pipeline 16.636852 bcm, and the only row with Belarus as importer.
      const raw = await db.all<{ exporter: string; volume: number }>(
        `SELECT exporter, volume FROM energy_flow WHERE importer = 'BLR' AND fuel = 'gas' AND year = 2016`);
      expect(raw).toEqual([{ exporter: 'RUS', volume: 16.636852 }]);
      // ESD(BLR←RUS, 2016) = (gas EJ / primary EJ) · 1 · min(1, imports / consumption), oil dropped (Belarus is in "Other CIS").
      const b = await db.one<{ gej: number; pe: number; c: number }>(
        `SELECT MAX(CASE WHEN variable = 'gas_consumption_ej' THEN value END) AS gej, MAX(CASE WHEN variable = 'primary_energy_consumption' THEN value END) AS pe,
                MAX(CASE WHEN variable = 'gas_consumption' THEN value END) AS c FROM energy_balance WHERE country = 'BLR' AND year = 2016`);
      const esd = await get('energy.supply_dependence', 'RUS', 2016);
      expect(esd!.flags).toBe('dependency_from_imports:gas,partial:oil');
      expect(esd!.value).toBeCloseTo((b!.gej / b!.pe) * Math.min(1, 16.636852 / b!.c), 12);
      expect(esd!.value).toBeGreaterThan(0.6); // ≈ 0.61: gas is two thirds of Belarus's primary energy, ~94% of it imported
      // No Belarus production row in the EI series → NULL, flagged.
      expect(await get('energy.gas_import_dependency', null, 2016)).toMatchObject({ value: null, flags: 'missing:gas_production' });
      expect((await get('energy.net_import_dependency', null, 2016))!.value).toBeCloseTo(0.833138680271355, 12);
      // Oil shares exist only for the 8 state importing areas; Belarus has none.
      const oil = await db.one<{ n: number; subjects: number }>(
        `SELECT count(*)::INTEGER AS n, count(DISTINCT subject)::INTEGER AS subjects FROM metric_value WHERE metric = 'energy.oil_supplier_share'`);
      expect(oil!.subjects).toBeLessThanOrEqual(8);
      expect(oil!.n).toBeGreaterThan(0);
      expect(await get('energy.oil_supplier_share', 'RUS', 2016)).toBeUndefined();
    } finally {
      db.close();
    }
  });
});
