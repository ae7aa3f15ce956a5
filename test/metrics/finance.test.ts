import { describe, expect, it } from 'vitest';
import { FINANCE_METRICS, IMF_LAST_FULL_YEAR } from '../../src/metrics/families/finance.js';
import { METRIC_INDEX } from '../../src/metrics/registry.js';
import type { MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import { BUILT_DB } from '../helpers/built-db.js';
import { checkedValues, itMatchesReference, runMetric } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const IMF = 'imf_fund_arrangements';

const state = (code: string, start_year: number | null, end_year: number | null = null, kind = 'state'): Row =>
  ({ code, name: code, start_year, end_year, historical: end_year !== null, kind });
const arrangement = (country: string, approved: string, end: { actual?: string; cancellation?: string; expiration?: string }, pct: number | null, type = 'SBA'): Row => ({
  dataset: IMF, country, arrangement_type: type, approved, year: Number(approved.slice(0, 4)),
  actual_expiration: end.actual ?? null, cancellation: end.cancellation ?? null, expiration: end.expiration ?? null,
  amount_unit: 'SDR mn', approved_pct_quota: pct, attributes: '{}',
});
const wdi = (country: string, year: number, code: string, value: number, is_aggregate = false): Row =>
  ({ dataset: 'worldbank_wdi', year, country, is_aggregate, code, value });

// Hand-built example (made-up states AAA, BBB, CCC; not real data).
const HAND: Record<string, Row[]> = {
  state: [state('AAA', 1950), state('BBB', 1990, 1995), state('CCC', 1945), state('TER', null, null, 'territory')],
  imf_arrangement: [
    arrangement('AAA', '1960-03-01', { actual: '1961-02-28', expiration: '1961-02-28' }, 50),
    // Cancelled in 1962: the cancellation, not the scheduled 1964 expiration, ends it.
    arrangement('AAA', '1961-06-01', { cancellation: '1962-01-15', expiration: '1964-05-31' }, 100, 'EFF'),
    // Runs past the table's coverage (approvals to 2017-06-19).
    arrangement('AAA', '2015-05-01', { actual: '2018-04-30' }, 200, 'EFF'),
    // No end date and no % of quota.
    arrangement('CCC', '2001-07-01', {}, null),
    { ...arrangement('BBB', '1993-01-01', { actual: '1994-01-01' }, 10), dataset: 'another_dataset' },
  ],
  indicator: [
    wdi('AAA', 2009, 'DT.DOD.DIMF.CD', 3e9), wdi('AAA', 2009, 'DT.DOD.DECT.CD', 2.2e10), wdi('AAA', 2009, 'NY.GDP.MKTP.CD', 5e10),
    wdi('AAA', 2010, 'DT.DOD.DIMF.CD', 4e9), wdi('AAA', 2010, 'DT.DOD.DECT.CD', 2.8e10),
    wdi('ECS', 2009, 'DT.DOD.DECT.CD', 1e12, true), wdi('ECS', 2009, 'NY.GDP.MKTP.CD', 1e13, true),
  ],
};

const values = (id: string, tables: Record<string, Row[]> = HAND) => checkedValues(id, tables, (r) => `${r.subject}@${r.year}`);

describe('finance metrics: known answers (hand-computed)', () => {
  it('IMF credit and external debt over GDP; NULL with missing:gdp where GDP is unknown; aggregates excluded', async () => {
    const c = await values('finance.imf_credit_gdp');
    expect(c.get('AAA@2009')!.value).toBeCloseTo(3e9 / 5e10, 15); // 0.06
    expect(c.get('AAA@2010')).toMatchObject({ value: null, flags: 'missing:gdp', counterpart: null });
    expect(c.size).toBe(2);
    const d = await values('finance.external_debt_gdp');
    expect(d.get('AAA@2009')!.value).toBeCloseTo(0.44, 15);
    expect(d.has('ECS@2009')).toBe(false);
  });

  it('arrangement in force: 1 from approval year to end year, cancellation before scheduled expiration, 0 otherwise', async () => {
    const a = await values('finance.imf_arrangement_active');
    const v = (k: string) => a.get(k)?.value;
    expect([1951, 1952, 1959].map((y) => v(`AAA@${y}`))).toEqual([undefined, 0, 0]); // grid starts in 1952
    expect([1960, 1961, 1962, 1963, 1964].map((y) => v(`AAA@${y}`))).toEqual([1, 1, 1, 0, 0]);
    expect([2014, 2015, 2016].map((y) => v(`AAA@${y}`))).toEqual([0, 1, 1]);
    // Beyond the coverage: a known arrangement still counts; nothing known → NULL, never 0.
    expect(a.get('AAA@2017')).toMatchObject({ value: 1, flags: 'partial_coverage' });
    expect(a.get('AAA@2018')).toMatchObject({ value: 1, flags: 'out_of_coverage' });
    expect(a.get('CCC@2017')).toMatchObject({ value: null, flags: 'partial_coverage,missing:end_date' });
    // BBB existed 1990–1995 with no arrangement in this dataset (the other dataset's row is ignored).
    expect([1990, 1993, 1995].map((y) => v(`BBB@${y}`))).toEqual([0, 0, 0]);
    expect(a.has('BBB@1996')).toBe(false);
    // CCC: an arrangement without any end date counts in its approval year only; later years unknown.
    expect(a.get('CCC@2000')!.value).toBe(0);
    expect(a.get('CCC@2001')).toMatchObject({ value: 1, flags: '' });
    expect(a.get('CCC@2002')).toMatchObject({ value: null, flags: 'missing:end_date' });
    // Grid: AAA and CCC 1952–2018 (67 years each, 2018 = last year an arrangement is in force), BBB 1990–1995; no territory.
    expect(a.size).toBe(67 + 67 + 6);
    expect([...a.keys()].some((k) => k.startsWith('TER'))).toBe(false);
  });

  it('access in force as % of quota: concurrent arrangements add; NULL (with a lower bound) beyond coverage', async () => {
    const q = await values('finance.imf_arrangement_quota');
    expect([1959, 1960, 1961, 1962, 1963].map((y) => q.get(`AAA@${y}`)!.value)).toEqual([0, 50, 150, 100, 0]); // 1961: 50 + 100
    expect(q.get('AAA@2016')!.value).toBe(200);
    expect(q.get('AAA@2017')).toMatchObject({ value: null, low: 200, high: null, flags: 'partial_coverage' });
    expect(q.get('BBB@1993')).toMatchObject({ value: 0, low: null });
    expect(q.get('CCC@2001')).toMatchObject({ value: null, flags: 'missing:approved_pct_quota' });
    expect(q.get('CCC@2002')).toMatchObject({ value: null, low: 0, flags: 'missing:end_date' });
  });
});

// ---- SYNTHETIC inputs (seeded, not real data) ----

const CODES = ['BLR', 'RUS', 'UKR', 'POL', 'ARG', 'MEX', 'KOR', 'SUN', 'YUG', 'GRC', 'ISL', 'PAK'];

function syntheticFinance(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = (y: number) => `${y}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
  const states = CODES.map((c) => {
    const start = 1940 + Math.floor(r() * 60);
    return state(c, start, r() < 0.25 ? start + 5 + Math.floor(r() * 40) : null);
  });
  states.push(state('ABW', null, null, 'territory'), state('NUL', null, null));
  const imf_arrangement: Row[] = [];
  for (let i = 0; i < 60; i++) {
    const country = r() < 0.05 ? 'ZZZ' : CODES[Math.floor(r() * CODES.length)]!;
    const y0 = 1948 + Math.floor(r() * 70); // 1948–2017: a few before the grid, a few running past coverage
    const y1 = y0 + Math.floor(r() * 4);
    const none = r() < 0.08;
    const end = none ? {} : {
      actual: r() < 0.75 ? date(y1) : undefined,
      cancellation: r() < 0.2 ? date(y0 + Math.floor(r() * 2)) : undefined,
      expiration: r() < 0.9 ? date(y1 + 1) : undefined,
    };
    imf_arrangement.push(arrangement(country, date(y0), end, r() < 0.08 ? null : Math.round(r() * 6000) / 10, r() < 0.5 ? 'SBA' : 'EFF'));
  }
  imf_arrangement.push({ ...arrangement('BLR', '2000-01-01', { actual: '2001-01-01' }, 10), dataset: 'other' });
  const indicator: Row[] = [];
  for (const c of CODES) {
    for (let y = 1990; y < 2000; y++) {
      if (r() < 0.8) indicator.push(wdi(c, y, 'NY.GDP.MKTP.CD', r() < 0.03 ? 0 : 1e9 + r() * 1e12));
      if (r() < 0.7) indicator.push(wdi(c, y, 'DT.DOD.DIMF.CD', r() * 1e10));
      if (r() < 0.7) indicator.push(wdi(c, y, 'DT.DOD.DECT.CD', r() * 1e11));
    }
  }
  indicator.push(wdi('WLD', 1995, 'DT.DOD.DECT.CD', 1e13, true));
  return { state: states, imf_arrangement, indicator };
}

describe('finance metrics: SQL equals the TS reference on SYNTHETIC data', () => {
  const data = syntheticFinance(3);
  itMatchesReference(FINANCE_METRICS, data);
  it('the synthetic data exercise the missing-value paths', async () => {
    const flagsOf = async (id: string) => new Set((await runMetric(id, data)).sql.flatMap((r) => r.flags.split(',')));
    expect(await flagsOf('finance.imf_credit_gdp')).toContain('missing:gdp');
    expect(await flagsOf('finance.external_debt_gdp')).toContain('zero_gdp');
    const q = await flagsOf('finance.imf_arrangement_quota');
    for (const f of ['partial_coverage', 'out_of_coverage', 'missing:end_date', 'missing:approved_pct_quota']) expect(q).toContain(f);
  });
  it('an empty arrangements table gives no rows (not a panel of zeros)', async () => {
    const { sql, reference } = await runMetric('finance.imf_arrangement_active', { state: data.state! });
    expect(sql).toEqual([]);
    expect(reference).toEqual([]);
  });
});

describe('finance metrics: properties (SYNTHETIC data)', () => {
  const data = syntheticFinance(5);
  const byKey = (rows: MetricRow[]) => new Map(rows.map((r) => [`${r.subject}@${r.year}`, r]));

  it('active is 0, 1 or NULL; never 0 after the coverage; a NULL always carries a flag', async () => {
    const rows = (await runMetric('finance.imf_arrangement_active', data)).sql;
    expect(rows.filter((r) => r.value === 1).length).toBeGreaterThan(20);
    for (const r of rows) {
      expect([0, 1, null]).toContain(r.value);
      if (r.year > IMF_LAST_FULL_YEAR) expect(r.value).not.toBe(0);
      if (r.value === null) expect(r.flags).not.toBe('');
    }
  });

  it('quota is ≥ 0, is 0 exactly where active is 0, and is NULL or positive where active is 1', async () => {
    const active = byKey((await runMetric('finance.imf_arrangement_active', data)).sql);
    const quota = (await runMetric('finance.imf_arrangement_quota', data)).sql;
    expect(quota.length).toBe(active.size);
    for (const q of quota) {
      const a = active.get(`${q.subject}@${q.year}`)!;
      if (q.value !== null) expect(q.value).toBeGreaterThanOrEqual(0);
      if (a.value === 0) expect(q.value).toBe(0);
      if (q.value === 0) expect(a.value).toBe(0);
      if (q.value === null) expect(q.flags).not.toBe('');
      if (q.low !== null) expect(q.value).toBeNull();
    }
  });

  it('debt ratios scale with the debt and are NULL (flagged) exactly where GDP is missing or 0', async () => {
    for (const id of ['finance.imf_credit_gdp', 'finance.external_debt_gdp']) {
      for (const r of (await runMetric(id, data)).sql) {
        if (r.value === null) expect(r.flags).toMatch(/^(missing:gdp|zero_gdp)$/);
        else expect(r.value).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

// ---- real data: the bundled IMF arrangements and WDI (built database, loaded read-only into memory) ----

describe('finance metrics: real data (IMF Fund Arrangements since 1952, WDI)', () => {
  it('Belarus was under an IMF arrangement in 2009 and 2010 (SBA 2009-01-12 to 2010-03-30), not in 2012', async () => {
    const db = await Database.open(':memory:');
    try {
      await db.applySchema();
      await db.run(`ATTACH '${BUILT_DB}' AS built (READ_ONLY)`);
      for (const t of ['imf_arrangement', 'state', 'indicator']) await db.run(`INSERT INTO ${t} BY NAME SELECT * FROM built.${t}`);
      await db.run('DETACH built');
      await computeMetrics(db, FINANCE_METRICS, METRIC_INDEX, { source: 'default' });
      const get = (metric: string, year: number) => db.one<MetricRow & Row>(
        `SELECT subject, counterpart, year, value, low, high, flags FROM metric_value WHERE metric = ? AND subject = 'BLR' AND year = ?`, [metric, year]);
      expect(await get('finance.imf_arrangement_active', 2009)).toMatchObject({ value: 1, flags: '' });
      expect(await get('finance.imf_arrangement_active', 2010)).toMatchObject({ value: 1, flags: '' });
      expect(await get('finance.imf_arrangement_active', 2012)).toMatchObject({ value: 0, flags: '' });
      expect((await get('finance.imf_arrangement_active', 1995))!.value).toBe(1); // SBA 1995-09-12 to 1996-09-11
      expect((await get('finance.imf_arrangement_active', 2018))).toMatchObject({ value: null, flags: 'out_of_coverage' });
      // % of quota: the raw approved_pct_quota of the 2009 SBA (587.3494, exceptional access).
      const raw = await db.one<{ pct: number }>(`SELECT approved_pct_quota AS pct FROM imf_arrangement WHERE country = 'BLR' AND year = 2009`);
      expect((await get('finance.imf_arrangement_quota', 2009))!.value).toBeCloseTo(raw!.pct, 12);
      expect((await get('finance.imf_arrangement_quota', 2012))!.value).toBe(0);
      // Use of IMF credit / GDP 2010 against the raw WDI rows.
      const w = await db.one<{ imf: number; gdp: number; debt: number }>(
        `SELECT MAX(CASE WHEN code = 'DT.DOD.DIMF.CD' THEN value END) AS imf, MAX(CASE WHEN code = 'NY.GDP.MKTP.CD' THEN value END) AS gdp,
                MAX(CASE WHEN code = 'DT.DOD.DECT.CD' THEN value END) AS debt FROM indicator WHERE country = 'BLR' AND year = 2010`);
      expect((await get('finance.imf_credit_gdp', 2010))!.value).toBeCloseTo(w!.imf / w!.gdp, 14);
      expect((await get('finance.imf_credit_gdp', 2010))!.value).toBeGreaterThan(0.06); // ≈ 0.071 after the 2009 SBA
      expect((await get('finance.external_debt_gdp', 2010))!.value).toBeCloseTo(w!.debt / w!.gdp, 14);
    } finally {
      db.close();
    }
  });
});
