// Sanctions family: known answers on a hand-built example, SQL = reference on generated cases, a GSDB import carrying
// sanctions.in_force past 2015, and Belarus on the real TIES/EUSANCT rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChdbEngine, chdbUnavailable } from '../../bench/chdb-engine.js';
import { runImporter } from '../../src/importers/engine.js';
import { eusanctImporter } from '../../src/importers/from-eusanct.js';
import { importUserFile } from '../../src/importers/import-user-file.js';
import { SANCTIONS_METRICS } from '../../src/metrics/families/sanctions.js';
import { METRIC_INDEX } from '../../src/metrics/registry.js';
import type { MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import { BUILT_DB } from '../helpers/built-db.js';
import { checkedValues, itMatchesReference, loadTables, sameRows } from '../helpers/metric-harness.js';
import { rng, syntheticTrade } from '../helpers/synthetic-trade.js';
import { emptyDb, USER_FIXTURES, userContext } from '../helpers/user-import.js';

const TIES = 'ties_sanctions_v4_1';
const EUSANCT = 'eusanct_sanctions';
const GSDB = 'user:gsdb:example.csv';

const state = (code: string, start_year: number | null, end_year: number | null = null, kind = 'state'): Row =>
  ({ code, name: code, start_year, end_year, historical: end_year !== null, kind });
const dataset = (id: string, year_from: number, year_to: number): Row => ({ id, year_from, year_to, bundled: true });
const kase = (ds: string, id: string, target: string | null, start: number, end: number | null, imposition = true): Row =>
  ({ dataset: ds, case_id: id, target, start_year: start, end_year: end, threat: null, imposition, attributes: '{}' });
const sender = (ds: string, id: string, code: string, start: number | null = null, end: number | null = null): Row =>
  ({ dataset: ds, case_id: id, sender: code, sender_kind: /^[A-Z]{3}$/.test(code) ? 'state' : 'institution', start_year: start, end_year: end });
const member = (group_id: string, code: string, from_year: number, to_year: number | null = null): Row =>
  ({ dataset: 'country_groups', group_id, member: code, from_year, to_year, source: 'test' });
const dots = (year: number, partner: string, exports: number | null, imports: number | null): Row =>
  ({ dataset: 'imf_dots_bilateral_trade', year, reporter: 'AAA', partner, exports, imports, exports_flag: 'reported', imports_flag: 'reported' });

// Hand-built example (made-up states AAA–GGG; not real data). Coverage: TIES 1990–2000 and EUSANCT 1995–2005 from
// their dataset rows; the GSDB import has none, so its cases' years give it: 2004–2008.
const HAND: Record<string, Row[]> = {
  state: [
    state('AAA', 1950), state('BBB', 1950, 1995), state('CCC', 1960), state('DDD', 1950), state('EEE', 1950), state('FFF', 2000),
    state('GGG', 1950), state('TER', null, null, 'territory'),
  ],
  dataset: [dataset(TIES, 1990, 2000), dataset(EUSANCT, 1995, 2005)],
  sanction_case: [
    kase(TIES, 'T1', 'AAA', 1992, 1994),
    kase(TIES, 'T2', 'AAA', 1993, null), // open: in force to TIES's last year (2000)
    kase(TIES, 'T3', 'AAA', 1991, 1991, false), // a threat only
    kase(TIES, 'T4', 'AAA', 1998, 2003), // ends after TIES's coverage: counts to 2000
    kase(TIES, 'T5', 'BBB', 1994, null), // BBB ceases in 1995
    kase(TIES, 'T6', 'AAA', 1999, 1999),
    kase(TIES, 'T7', null, 1996, 1997), // a target that is no state
    kase(EUSANCT, 'E1', 'AAA', 1993, null),
    // GSDB phases share a case id; the sender rows carry each phase's years.
    kase(GSDB, 'G1', 'AAA', 2004, 2006), kase(GSDB, 'G1', 'AAA', 2007, 2008),
    kase(GSDB, 'G2', 'CCC', 2005, null),
  ],
  sanction_sender: [
    sender(TIES, 'T1', 'DDD', 1992, 1994), sender(TIES, 'T1', 'EU', 1992, 1994),
    sender(TIES, 'T2', 'DDD', 1993, null), sender(TIES, 'T3', 'DDD', 1991, 1991), sender(TIES, 'T4', 'CCC', 1998, 2003),
    sender(TIES, 'T5', 'DDD', 1994, null), sender(TIES, 'T6', 'UN', 1999, 1999), sender(TIES, 'T7', 'DDD', 1996, 1997),
    // EUSANCT dates its main senders; a further sender without years takes the case's.
    sender(EUSANCT, 'E1', 'EU', 1993, 1996), sender(EUSANCT, 'E1', 'DDD', 1997, null), sender(EUSANCT, 'E1', 'EEE'),
    sender(GSDB, 'G1', 'DDD', 2004, 2006), sender(GSDB, 'G1', 'DDD', 2007, 2008), sender(GSDB, 'G1', 'FFF', 2007, 2008),
    sender(GSDB, 'G2', 'EU', 2005, null),
  ],
  country_group: [member('EU', 'CCC', 1990, 1994), member('EU', 'GGG', 1995), member('EU', 'AAA', 1995)],
  trade: [
    ...[1990, 1995, 1999, 2010].flatMap((y) => [dots(y, 'DDD', 10, 30), dots(y, 'CCC', 20, 0), dots(y, 'EEE', 5, 5), dots(y, 'GGG', 50, 50)]),
    dots(2007, 'DDD', null, 5), dots(2007, 'FFF', 10, 10), dots(2007, 'GGG', 30, 30),
  ],
};

const BOTH = `${EUSANCT},${TIES}`;

describe('sanctions metrics: known answers (hand-computed)', () => {
  it('in_force: cases per dataset, the largest count across datasets, spans cut at each dataset\'s coverage', async () => {
    const v = await checkedValues('sanctions.in_force', HAND);
    const series = (pair: string, years: number[]) => years.map((y) => v.get(`${pair}@${y}`)?.value);
    // AAA←DDD: T3 is a threat (1991: 0); T1 + T2 in 1993–94 (2, TIES); EUSANCT's E1 names DDD from 1997; TIES's
    // open T2 stops at 2000; 2001–03 EUSANCT alone; GSDB's G1 phases 2004–08 (one case, however many phases).
    expect(series('AAA>DDD', [1990, 1991, 1992, 1993, 1994, 1995, 1997, 2000, 2001, 2004, 2006, 2007, 2008]))
      .toEqual([0, 0, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(v.get('AAA>DDD@1993')!.flags).toBe(`${TIES},open_end`);
    expect(v.get('AAA>DDD@1992')!.flags).toBe(TIES);
    expect(v.get('AAA>DDD@1997')!.flags).toBe(`${BOTH},open_end`);
    expect(v.get('AAA>DDD@2004')!.flags).toBe(`${EUSANCT},user_sanctions,open_end`);
    expect(v.get('AAA>DDD@2006')!.flags).toBe('user_sanctions');
    // Nothing covers 1989 or 2009: no row, not 0.
    expect(v.has('AAA>DDD@1989')).toBe(false);
    expect(v.has('AAA>DDD@2009')).toBe(false);
    // EU as a sender: TIES 1992–94, then EUSANCT's own EU years 1995–96 (the case itself stays open).
    expect(series('AAA>EU', [1991, 1992, 1994, 1995, 1996, 1997])).toEqual([0, 1, 1, 1, 1, 0]);
    expect(v.get('AAA>EU@1996')!.flags).toBe(BOTH);
    // A sender without years in EUSANCT: the case's span (open), within EUSANCT's 1995–2005.
    expect(series('AAA>EEE', [1994, 1995, 2005, 2006])).toEqual([0, 1, 1, 0]);
    // T4 runs to 2003, but TIES covers to 2000: 2001 reads EUSANCT, which has no such case.
    expect(series('AAA>CCC', [1997, 1998, 2000, 2001, 2003])).toEqual([0, 1, 1, 0, 0]);
    // FFF exists from 2000: no rows before.
    expect(series('AAA>FFF', [1999, 2000, 2006, 2007, 2008])).toEqual([undefined, 0, 0, 1, 1]);
    // BBB ceases in 1995: its open case stops with it.
    expect(series('BBB>DDD', [1993, 1994, 1995, 1996])).toEqual([0, 1, 1, undefined]);
    // An open GSDB case runs to the GSDB's last year (2008); before it starts, 0 within the GSDB's coverage.
    expect(series('CCC>EU', [2004, 2005, 2008])).toEqual([0, 1, 1]);
    // Rows: 8 pairs. AAA with DDD, EU, EEE, CCC, UN: 19 years each (1990–2008); AAA>FFF 9; BBB>DDD 6; CCC>EU 19.
    expect(v.size).toBe(5 * 19 + 9 + 6 + 19);
  });

  it('senders: distinct senders pooled across the datasets covering the year', async () => {
    const v = await checkedValues('sanctions.senders', HAND);
    const series = (s: string, years: number[]) => years.map((y) => v.get(`${s}>@${y}`)?.value);
    // AAA: 1992 DDD, EU; 1995 DDD (T2), EU and EEE (E1); 1998 DDD, CCC, EEE; 1999 + UN; 2001 DDD, EEE; 2006 DDD; 2007 DDD, FFF.
    expect(series('AAA', [1990, 1992, 1995, 1998, 1999, 2001, 2006, 2007])).toEqual([0, 2, 3, 3, 4, 2, 1, 2]);
    // open_end only when some sender counts through open cases alone (1993: DDD also has the closed T1).
    expect(v.get('AAA>@1993')).toMatchObject({ value: 2, flags: TIES });
    expect(v.get('AAA>@1995')!.flags).toBe(`${BOTH},open_end`);
    expect(v.get('AAA>@2006')!.flags).toBe('user_sanctions');
    // Every state of the state table in every covered year it exists, 0 when nothing is in force; no territory.
    expect(v.get('DDD>@2000')).toMatchObject({ value: 0, flags: BOTH });
    expect(series('BBB', [1994, 1995, 1996])).toEqual([1, 1, undefined]);
    expect(series('FFF', [1999, 2000])).toEqual([undefined, 0]);
    expect([...v.keys()].some((k) => k.startsWith('TER'))).toBe(false);
    expect(v.size).toBe(5 * 19 + 6 + 9); // AAA, CCC, DDD, EEE, GGG 1990–2008; BBB 1990–95; FFF 2000–08
  });

  it('trade_share: trade shares summed over the sanctioning states, the EU as its members that year', async () => {
    const v = await checkedValues('sanctions.trade_share', HAND);
    // AAA's turnover each of 1990, 1995, 1999: DDD 40, CCC 20, EEE 10, GGG 100 = 170.
    // 1990: no sanction in force → 0 (a value, not NULL).
    expect(v.get('AAA>@1990')).toMatchObject({ value: 0, flags: TIES }); // no share summed: no trade origin
    // 1995: DDD, EEE, and the EU's members in 1995 (GGG; AAA itself excluded; CCC left in 1994) → (40 + 10 + 100) / 170.
    expect(v.get('AAA>@1995')!.value).toBeCloseTo(150 / 170, 14);
    expect(v.get('AAA>@1995')!.flags).toBe(`${BOTH},dots_own,open_end`);
    // 1999: DDD, CCC, EEE → 70 / 170; the UN is not expanded to its members.
    expect(v.get('AAA>@1999')!.value).toBeCloseTo(70 / 170, 14);
    expect(v.get('AAA>@1999')!.flags).toBe(`${BOTH},dots_own,open_end,unexpanded_senders`);
    // 2007: DDD's share is NULL (its exports are missing) → NULL.
    expect(v.get('AAA>@2007')).toMatchObject({ value: null, flags: 'user_sanctions,dots_own,missing:trade_values' });
    // 2010 is outside every dataset's coverage; partners with mirror rows only get rows too (DDD: 0).
    expect(v.has('AAA>@2010')).toBe(false);
    expect(v.get('DDD>@1995')!.value).toBe(0);
  });
});

// ---- generated cases: SQL = reference ----

/** SYNTHETIC sanctions panel: random cases in three datasets (one without a dataset row), phases, open ends, threats, states that cease. */
function syntheticSanctions(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const states = ['BLR', 'RUS', 'POL', 'DEU', 'CHN', 'UKR', 'LTU', 'KAZ'];
  const senders = [...states, 'EU', 'EEC', 'UN', 'NATO'];
  const cases: Row[] = [];
  const rows: Row[] = [];
  for (const [ds, from, to] of [[TIES, 2000, 2012], [EUSANCT, 2008, 2014], [GSDB, 2011, 2014]] as const) {
    for (let i = 0; i < 25; i++) {
      const id = `${ds}-${i}`;
      const target = r() < 0.05 ? null : pick(states);
      const phases = ds === GSDB && r() < 0.3 ? 2 : 1;
      let start = from - 2 + Math.floor(r() * (to - from + 3));
      for (let p = 0; p < phases; p++) {
        const end = r() < 0.3 ? null : start + Math.floor(r() * 5);
        cases.push(kase(ds, id, target, start, end, r() < 0.8));
        for (const s of new Set([pick(senders), pick(senders), pick(senders)])) {
          if (ds === EUSANCT) rows.push(r() < 0.5 ? sender(ds, id, s) : sender(ds, id, s, start + Math.floor(r() * 2), end === null ? null : end - Math.floor(r() * 2)));
          else rows.push(sender(ds, id, s, start, end));
        }
        start = (end ?? start) + 1;
      }
    }
  }
  const { trade } = syntheticTrade(seed, [2010, 2011, 2012, 2013, 2014]);
  return {
    state: [...states.map((s) => state(s, s === 'LTU' ? 2011 : 1950, s === 'KAZ' ? 2012 : null)), state('XXX', null, null, 'territory')],
    dataset: [dataset(TIES, 2000, 2010), dataset(EUSANCT, 2008, 2014)],
    sanction_case: cases,
    sanction_sender: rows,
    country_group: [member('EU', 'POL', 2004), member('EU', 'DEU', 1958), member('EU', 'LTU', 2004), member('NATO', 'DEU', 1955), member('NATO', 'POL', 1999, 2012)],
    trade,
  };
}

describe('sanctions metrics: SQL = reference on generated cases', () => {
  for (const seed of [3, 17]) {
    describe(`seed ${seed}`, () => itMatchesReference(SANCTIONS_METRICS, syntheticSanctions(seed)));
  }
});

const unavailable = await chdbUnavailable();
if (unavailable) console.warn(`sanctions.test: ClickHouse check skipped, ${unavailable}`);

describe.skipIf(unavailable !== null)('sanctions metric SQL: DuckDB = ClickHouse (chdb) on generated cases', () => {
  it('gives the same rows', async () => {
    const db = await loadTables(syntheticSanctions(3));
    const dir = mkdtempSync(join(tmpdir(), 'interdep-sanctions-chdb-'));
    const ch = await ChdbEngine.open({ max_threads: 1 });
    try {
      await computeMetrics(db, SANCTIONS_METRICS, METRIC_INDEX, { source: 'default' });
      for (const t of ['sanction_case', 'sanction_sender', 'dataset', 'state', 'country_group', 'metric_value']) {
        await db.run(`COPY (SELECT * ${t === 'sanction_case' ? 'EXCLUDE (attributes)' : ''} FROM ${t}) TO '${join(dir, `${t}.parquet`)}' (FORMAT parquet)`);
        ch.loadParquet(t, join(dir, `${t}.parquet`));
      }
      const order = (a: MetricRow, b: MetricRow) =>
        a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year;
      for (const m of SANCTIONS_METRICS) {
        const duck = await db.all<MetricRow & Row>('SELECT subject, counterpart, year, value, low, high, flags FROM metric_value WHERE metric = ?', [m.id]);
        const click = ch.metricRows(m.sql({ source: 'default' }));
        expect(duck.length, m.id).toBeGreaterThan(30);
        expect(sameRows(click.sort(order), duck.sort(order)), m.id).toBeNull();
      }
    } finally {
      ch.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---- a GSDB import carries sanctions.in_force past 2015 ----

async function inForce(db: Database, subject: string, counterpart: string, year: number): Promise<Pick<MetricRow, 'value' | 'flags'> | undefined> {
  return db.one<Pick<MetricRow, 'value' | 'flags'> & Row>(
    `SELECT value, flags FROM metric_value WHERE metric = 'sanctions.in_force' AND subject = ? AND counterpart = ? AND year = ?`,
    [subject, counterpart, year],
  );
}

describe('sanctions.in_force with a GSDB import (synthetic fixture, real importers)', () => {
  it('has no value after 2015 from the bundled EUSANCT alone; the imported GSDB cases count for their years', async () => {
    const db = await emptyDb();
    const ctx = await userContext();
    const metric = [METRIC_INDEX.get('sanctions.in_force')!];
    try {
      await db.run(`INSERT INTO state (code, name, start_year, end_year, historical, kind) VALUES
        ('BLR', 'Belarus', 1991, NULL, false, 'state'), ('RUS', 'Russia', 1992, NULL, false, 'state'),
        ('USA', 'United States', 1816, NULL, false, 'state'), ('SUN', 'USSR', 1816, 1991, true, 'state')`);
      await runImporter(db, eusanctImporter(ctx, { path: 'test/fixtures/eusanct_sanctions/eusanct_cases.csv', label: 'eusanct_cases.csv' }));
      // As `interdep build` records it (the coverage of the bundled file).
      await db.run(`INSERT INTO dataset (id, year_from, year_to, bundled) VALUES ('${EUSANCT}', 1989, 2015, true)`);
      await computeMetrics(db, metric, METRIC_INDEX, { source: 'default' });
      // EUSANCT's Belarus case 2004042801 (EU, US) is open: in force to 2015, never beyond.
      expect(await inForce(db, 'BLR', 'EU', 2015)).toEqual({ value: 1, flags: `${EUSANCT},open_end` });
      expect(await inForce(db, 'BLR', 'EU', 2021)).toBeUndefined();
      expect(await inForce(db, 'RUS', 'USA', 2021)).toBeUndefined();

      await importUserFile(db, { format: 'gsdb', path: `${USER_FIXTURES}/gsdb/GSDB_V4_synthetic.csv` }, ctx);
      await computeMetrics(db, metric, METRIC_INDEX, { source: 'default' });
      const user = 'user_sanctions';
      // GSDB 9001 (EU on Belarus 2020–2023) in 2021; 9001 and 9003 in 2022.
      expect(await inForce(db, 'BLR', 'EU', 2021)).toEqual({ value: 1, flags: user });
      expect(await inForce(db, 'BLR', 'EU', 2022)).toEqual({ value: 2, flags: user });
      expect(await inForce(db, 'RUS', 'USA', 2021)).toEqual({ value: 1, flags: user });
      // In 2015 both cover: EUSANCT's open case and nothing in the GSDB file for BLR←EU → max(1, 0) = 1.
      expect(await inForce(db, 'BLR', 'EU', 2015)).toEqual({ value: 1, flags: `${EUSANCT},${user},open_end` });
      // The GSDB file's coverage ends with its last year (2023).
      expect(await inForce(db, 'BLR', 'EU', 2024)).toBeUndefined();
    } finally {
      db.close();
    }
  });
});

// ---- real data: Belarus in TIES and EUSANCT ----

describe('sanctions metrics on the built database (TIES v4.1, EUSANCT)', () => {
  it('EU and US sanctions on Belarus, checked against the raw case rows', async () => {
    const db = await Database.open(':memory:');
    try {
      await db.applySchema();
      await db.run(`ATTACH '${BUILT_DB}' AS built (READ_ONLY)`);
      for (const t of ['sanction_case', 'sanction_sender', 'dataset', 'state', 'country_group']) await db.run(`INSERT INTO ${t} BY NAME SELECT * FROM built.${t}`);
      await db.run('DETACH built');
      await computeMetrics(db, SANCTIONS_METRICS.filter((m) => !m.dependsOn), METRIC_INDEX, { source: 'default' });
      const get = (metric: string, counterpart: string | null, year: number) => db.one<MetricRow & Row>(
        `SELECT value, flags FROM metric_value WHERE metric = ? AND subject = 'BLR' AND counterpart IS NOT DISTINCT FROM ? AND year = ?`,
        [metric, counterpart, year]);
      const cases = async (ds: string, sender: string, year: number) => (await db.all<{ id: string }>(
        `SELECT DISTINCT c.case_id AS id FROM sanction_case c JOIN sanction_sender s USING (dataset, case_id)
          WHERE c.dataset = ? AND c.target = 'BLR' AND s.sender = ? AND c.imposition
            AND c.start_year <= ? AND (c.end_year IS NULL OR c.end_year >= ?) ORDER BY id`, [ds, sender, year, year])).map((r) => r.id);
      // The raw rows: TIES has two imposed EU cases on Belarus in 2004–05 (2004042801, 2004072301), EUSANCT one (2004042801).
      expect(await cases(TIES, 'EU', 2005)).toEqual(['2004042801', '2004072301']);
      expect(await cases(EUSANCT, 'EU', 2005)).toEqual(['2004042801']);
      expect(await get('sanctions.in_force', 'EU', 2005)).toEqual({ value: 2, flags: `${BOTH},open_end` });
      // After TIES ends (2005), EUSANCT alone: its 2004 case, open to 2015.
      expect(await get('sanctions.in_force', 'EU', 2010)).toEqual({ value: 1, flags: `${EUSANCT},open_end` });
      expect(await get('sanctions.in_force', 'EU', 2015)).toEqual({ value: 1, flags: `${EUSANCT},open_end` });
      expect(await get('sanctions.in_force', 'EU', 2016)).toBeUndefined();
      // 1998: the same episode is TIES 1998071401 (no EU sender; France, UK, Greece, Italy, US) and EUSANCT 1998070901
      // (EU, US, ...): BLR←USA is 1, not 2.
      expect(await cases(TIES, 'USA', 1998)).toEqual(['1998071401']);
      expect(await cases(EUSANCT, 'USA', 1998)).toEqual(['1998070901']);
      expect(await get('sanctions.in_force', 'USA', 1998)).toEqual({ value: 1, flags: BOTH });
      expect(await get('sanctions.in_force', 'EU', 1998)).toEqual({ value: 1, flags: BOTH });
      expect(await get('sanctions.in_force', 'USA', 2000)).toEqual({ value: 0, flags: BOTH });
      // 2002: TIES 2002111403 and EUSANCT 2002111501 (EU, US, Czech Republic); EUSANCT's 2002022701 is a threat only.
      expect(await get('sanctions.in_force', 'USA', 2002)).toEqual({ value: 1, flags: BOTH });
      // Senders 1998: TIES {FRA, GBR, GRC, ITA, USA} ∪ EUSANCT {CYP, CZE, EU, ISL, NOR, USA} = 10.
      expect(await get('sanctions.senders', null, 1998)).toEqual({ value: 10, flags: BOTH });
      // 2010: EUSANCT 2004042801's senders ALB, BIH, COE, EU, LIE, NOR, USA.
      expect(await get('sanctions.senders', null, 2010)).toEqual({ value: 7, flags: `${EUSANCT},open_end` });
      expect(await get('sanctions.senders', null, 1995)).toEqual({ value: 0, flags: BOTH });
      expect(await get('sanctions.senders', null, 1990)).toBeUndefined(); // Belarus is a state from 1991
    } finally {
      db.close();
    }
  });

  it('trade_share of Belarus 2010 = its trade shares with the sanctioning states and the EU-27, from the built trade.share_turnover', async () => {
    const db = await Database.open(BUILT_DB, { readOnly: true });
    try {
      const def = METRIC_INDEX.get('sanctions.trade_share')!;
      const got = await db.one<MetricRow & Row>(`SELECT value, flags FROM (${def.sql({ source: 'default' })}) AS m WHERE subject = 'BLR' AND year = 2010`);
      const expected = await db.one<{ v: number; n: number }>(
        `SELECT SUM(value) AS v, COUNT(*)::INTEGER AS n FROM metric_value
          WHERE metric = 'trade.share_turnover' AND source = 'default' AND scenario = 'baseline' AND subject = 'BLR' AND year = 2010
            AND (counterpart IN ('ALB', 'BIH', 'LIE', 'NOR', 'USA')
                 OR counterpart IN (SELECT member FROM country_group WHERE group_id = 'EU' AND from_year <= 2010 AND COALESCE(to_year, 9999) >= 2010))`);
      expect(expected!.n).toBeGreaterThan(20);
      expect(got!.value).toBeCloseTo(expected!.v, 12);
      // The EU and the Council of Europe are organisations: only the EU is expanded to its members.
      expect(got!.flags).toMatch(/^eusanct_sanctions,.*open_end,unexpanded_senders$/);
      expect(got!.value).toBeGreaterThan(0.2);
      expect(got!.value).toBeLessThan(0.6);
    } finally {
      db.close();
    }
  });
});
