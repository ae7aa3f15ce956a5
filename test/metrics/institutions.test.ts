import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOC_IGOS, BLOC_ORGANISATIONS, NOT_BLOC_ORGANISATIONS } from '../../src/metrics/data/igo-blocs.js';
import { INSTITUTIONS_METRICS } from '../../src/metrics/families/institutions.js';
import type { MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';
import { checkedValues, itMatchesReference, runMetric } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const COW = 'cow_igo_v3';
const m = (year: number, state: string, igo: string, status: string) => ({ dataset: COW, year, state, igo, status });

// Hand-built fixture. 2014: ICAO is 'missing' (COW −9) for BLR and RUS, so every 2014 count of theirs is uncertain.
// 2013 has no unknown status; KAZ is only a WTO observer (no full membership).
const HAND = {
  igo_membership: [
    m(2014, 'BLR', 'UN', 'full'), m(2014, 'RUS', 'UN', 'full'), m(2014, 'POL', 'UN', 'full'),
    m(2014, 'BLR', 'CIS', 'full'), m(2014, 'RUS', 'CIS', 'full'),
    m(2014, 'BLR', 'CSTO', 'full'), m(2014, 'RUS', 'CSTO', 'full'),
    m(2014, 'BLR', 'EAEC', 'full'), m(2014, 'RUS', 'EAEC', 'full'),
    m(2014, 'RUS', 'COE', 'full'), m(2014, 'POL', 'COE', 'full'),
    m(2014, 'POL', 'EU', 'full'), m(2014, 'POL', 'NATO', 'full'),
    m(2014, 'RUS', 'WTO', 'full'), m(2014, 'BLR', 'WTO', 'observer'),
    m(2014, 'BLR', 'CEI', 'associate'), m(2014, 'POL', 'CEI', 'full'),
    m(2014, 'BLR', 'ICAO', 'missing'), m(2014, 'RUS', 'ICAO', 'missing'), m(2014, 'POL', 'ICAO', 'full'),
    m(2013, 'BLR', 'UN', 'full'), m(2013, 'RUS', 'UN', 'full'), m(2013, 'POL', 'UN', 'full'),
    m(2013, 'BLR', 'CIS', 'full'), m(2013, 'RUS', 'CIS', 'full'),
    m(2013, 'RUS', 'COE', 'full'), m(2013, 'POL', 'COE', 'full'), m(2013, 'POL', 'NATO', 'full'),
    m(2013, 'KAZ', 'WTO', 'observer'),
  ],
};

const values = (id: string, tables: Record<string, Row[]> = HAND) => checkedValues(id, tables);

// After COW ends (2014) memberships come from the CIA World Factbook. 2015 full members: UN {BLR, RUS}, EAEU {BLR, RUS},
// CSTO {BLR, RUS}, COE {RUS}; BLR is a WTO observer. A Factbook row in a COW year (BLR in the EU, 2014) must be ignored.
const FACTBOOK = 'cia_factbook_igo_trade_partners_1990_2025';
const f = (year: number, state: string, igo: string, status: string) => ({ dataset: FACTBOOK, year, state, igo, status });
const WITH_FACTBOOK = {
  igo_membership: [
    ...HAND.igo_membership,
    f(2015, 'BLR', 'UN', 'full'), f(2015, 'RUS', 'UN', 'full'), f(2015, 'BLR', 'EAEU', 'full'), f(2015, 'RUS', 'EAEU', 'full'),
    f(2015, 'BLR', 'CSTO', 'full'), f(2015, 'RUS', 'CSTO', 'full'), f(2015, 'RUS', 'COE', 'full'), f(2015, 'BLR', 'WTO', 'observer'),
    f(2014, 'BLR', 'EU', 'full'),
  ],
};

describe('institutions: known answers (hand-computed)', () => {
  it('counts of full and of any memberships, with bounds and missing:status where a status is unknown', async () => {
    const full = await values('igo.count_full');
    // BLR 2014 full: UN, CIS, CSTO, EAEC = 4; ICAO unknown → [4, 5]
    expect(full.get('BLR>@2014')).toMatchObject({ value: 4, low: 4, high: 5, flags: 'missing:status' });
    // RUS 2014 full: UN, CIS, CSTO, EAEC, COE, WTO = 6; ICAO unknown → [6, 7]
    expect(full.get('RUS>@2014')).toMatchObject({ value: 6, low: 6, high: 7, flags: 'missing:status' });
    // POL 2014 full: UN, COE, EU, NATO, CEI, ICAO = 6, nothing unknown
    expect(full.get('POL>@2014')).toMatchObject({ value: 6, low: null, high: null, flags: '' });
    expect(full.get('KAZ>@2013')).toMatchObject({ value: 0, flags: '' });
    const any = await values('igo.count_any');
    // BLR 2014 any: the 4 full + WTO observer + CEI associate = 6
    expect(any.get('BLR>@2014')).toMatchObject({ value: 6, low: 6, high: 7, flags: 'missing:status' });
    expect(any.get('KAZ>@2013')).toMatchObject({ value: 1, flags: '' });
  });

  it('shared full memberships, equal in both orders; an IGO unknown for one side widens the bounds', async () => {
    const s = await values('igo.shared_full');
    // BLR–RUS 2014: UN, CIS, CSTO, EAEC = 4; ICAO unknown for both → high 5
    expect(s.get('BLR>RUS@2014')).toMatchObject({ value: 4, low: 4, high: 5, flags: 'missing:status' });
    expect(s.get('RUS>BLR@2014')).toMatchObject({ value: 4, low: 4, high: 5, flags: 'missing:status' });
    // BLR–POL 2014: UN = 1 (CEI: BLR only associate, not counted); ICAO full for POL, unknown for BLR → high 2
    expect(s.get('POL>BLR@2014')).toMatchObject({ value: 1, low: 1, high: 2, flags: 'missing:status' });
    // 2013: RUS–POL UN, COE = 2, nothing unknown; KAZ shares nothing: 0, not missing
    expect(s.get('RUS>POL@2013')).toMatchObject({ value: 2, low: null, high: null, flags: '' });
    expect(s.get('KAZ>BLR@2013')).toMatchObject({ value: 0, flags: '' });
    expect(s.size).toBe(6 + 12); // 2014: 3 states → 6 ordered pairs; 2013: 4 states → 12
  });

  it('shared share is asymmetric: BLR 4/4 = 1 on RUS, RUS 4/6 on BLR; NULL with zero_total for a subject without full membership', async () => {
    const s = await values('igo.shared_share');
    expect(s.get('BLR>RUS@2014')).toMatchObject({ value: 1, flags: 'missing:status' });
    expect(s.get('RUS>BLR@2014')!.value).toBeCloseTo(4 / 6, 12);
    // POL itself has no unknown status, but ICAO (unknown for RUS, full for POL) could be shared: flagged
    expect(s.get('POL>RUS@2014')).toMatchObject({ flags: 'missing:status' });
    expect(s.get('POL>RUS@2014')!.value).toBeCloseTo(2 / 6, 12);
    expect(s.get('RUS>POL@2013')!.value).toBeCloseTo(2 / 3, 12); // UN, COE of RUS's UN, CIS, COE
    expect(s.get('KAZ>BLR@2013')).toMatchObject({ value: null, flags: 'zero_total' });
    expect(s.get('BLR>KAZ@2013')).toMatchObject({ value: 0, flags: '' });
  });

  it('co-member share 2013: each organisation split among its other full members; shares of a subject sum to 1', async () => {
    // 2013 full members: UN {BLR, RUS, POL} (m 3), CIS {BLR, RUS} (2), COE {RUS, POL} (2), NATO {POL} (1, not counted).
    // BLR: N* = 2 (UN, CIS); on RUS (1/2 + 1/1) / 2 = 0.75; on POL (1/2) / 2 = 0.25; on KAZ 0.
    // RUS: N* = 3; on BLR (1/2 + 1) / 3 = 0.5; on POL (1/2 + 1) / 3 = 0.5.  POL: N* = 2 (NATO has no other member);
    // on RUS (1/2 + 1) / 2 = 0.75. KAZ (observer only): NULL + zero_total.
    const v = await values('igo.comember_share');
    expect(v.get('BLR>RUS@2013')!.value).toBeCloseTo(0.75, 15);
    expect(v.get('BLR>POL@2013')!.value).toBeCloseTo(0.25, 15);
    expect(v.get('BLR>KAZ@2013')).toMatchObject({ value: 0, flags: '' });
    expect(v.get('RUS>BLR@2013')!.value).toBeCloseTo(0.5, 15);
    expect(v.get('RUS>POL@2013')!.value).toBeCloseTo(0.5, 15);
    expect(v.get('POL>RUS@2013')!.value).toBeCloseTo(0.75, 15);
    expect(v.get('KAZ>BLR@2013')).toMatchObject({ value: null, flags: 'zero_total' });
    // 2014: ICAO is unknown for BLR and RUS: their rows carry missing:status
    expect(v.get('BLR>RUS@2014')!.flags).toBe('missing:status');
  });

  it('bloc share: BLR 3/4 in bodies including RUS (CIS, CSTO, EAEC), POL 1/6 (COE) on RUS; counterparts outside every bloc body have no row', async () => {
    const b = await values('igo.bloc_share');
    expect(b.get('BLR>RUS@2014')).toMatchObject({ value: 0.75, flags: 'missing:status' });
    expect(b.get('RUS>BLR@2014')).toMatchObject({ value: 0.5, flags: 'missing:status' }); // 3 of RUS's 6
    expect(b.get('POL>RUS@2014')!.value).toBeCloseTo(1 / 6, 12);
    expect(b.get('POL>RUS@2014')!.flags).toBe(''); // POL has no unknown status, and no listed body is unknown
    expect(b.get('BLR>POL@2014')).toMatchObject({ value: 0, flags: 'missing:status' });
    expect(b.get('POL>BLR@2014')).toMatchObject({ value: 0, flags: '' });
    expect(b.get('BLR>RUS@2013')).toMatchObject({ value: 0.5, flags: '' }); // CIS of UN, CIS
    expect(b.get('KAZ>BLR@2013')).toMatchObject({ value: null, flags: 'zero_total' });
    expect(b.has('BLR>KAZ@2013')).toBe(false); // KAZ is in no listed body in 2013
  });
});

describe('institutions: Factbook years after COW (hand-computed)', () => {
  const SRC = 'source:cia_factbook';
  it('counts and shared counts of 2015 come from the Factbook and say so; a Factbook row in a COW year changes nothing', async () => {
    const full = await values('igo.count_full', WITH_FACTBOOK);
    expect(full.get('BLR>@2015')).toMatchObject({ value: 3, low: null, high: null, flags: SRC }); // UN, EAEU, CSTO
    expect(full.get('RUS>@2015')).toMatchObject({ value: 4, flags: SRC }); // + COE
    expect(full.get('BLR>@2014')).toMatchObject({ value: 4, low: 4, high: 5, flags: 'missing:status' }); // as without the Factbook
    expect((await values('igo.count_any', WITH_FACTBOOK)).get('BLR>@2015')).toMatchObject({ value: 4, flags: SRC });
    const shared = await values('igo.shared_full', WITH_FACTBOOK);
    expect(shared.get('BLR>RUS@2015')).toMatchObject({ value: 3, flags: SRC });
    expect(shared.get('BLR>RUS@2014')).toMatchObject({ value: 4, flags: 'missing:status' });
  });

  it('shares of 2015: shared 3/3 and 3/4, bloc 2/3 (EAEU, CSTO) and 2/4, co-member 1 each way (every shared body has 2 members)', async () => {
    const share = await values('igo.shared_share', WITH_FACTBOOK);
    expect(share.get('BLR>RUS@2015')).toMatchObject({ value: 1, flags: SRC });
    expect(share.get('RUS>BLR@2015')).toMatchObject({ value: 0.75, flags: SRC });
    const bloc = await values('igo.bloc_share', WITH_FACTBOOK);
    expect(bloc.get('BLR>RUS@2015')!.value).toBeCloseTo(2 / 3, 15);
    expect(bloc.get('BLR>RUS@2015')!.flags).toBe(SRC);
    expect(bloc.get('RUS>BLR@2015')).toMatchObject({ value: 0.5, flags: SRC });
    expect(bloc.get('BLR>RUS@2014')).toMatchObject({ value: 0.75, flags: 'missing:status' }); // the EU row of the Factbook is not used
    const co = await values('igo.comember_share', WITH_FACTBOOK);
    expect(co.get('BLR>RUS@2015')).toMatchObject({ value: 1, flags: SRC });
    expect(co.get('RUS>BLR@2015')).toMatchObject({ value: 1, flags: SRC }); // COE has no other member: not in N*
  });
});

// ---- SYNTHETIC data (seeded; not real memberships) ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'UKR', 'KAZ', 'USA', 'CHN'];
const IGOS = ['CIS', 'EAEC', 'CSTO', 'NATO', 'EU', 'COE', 'UN', 'WTO', 'ICAO', 'OSCE', 'SCO'];

function syntheticMemberships(seed: number): { igo_membership: Row[] } {
  const r = rng(seed);
  const rows: Row[] = [];
  for (const year of [2012, 2013, 2014]) {
    for (const state of STATES) {
      for (const igo of IGOS) {
        if (r() < 0.45) continue;
        const u = r();
        rows.push(m(year, state, igo, u < 0.65 ? 'full' : u < 0.72 ? 'associate' : u < 0.82 ? 'observer' : 'missing'));
      }
    }
  }
  // a year after COW from the Factbook (no unknown statuses there), and a Factbook row in a COW year that must be ignored
  for (const state of STATES) {
    for (const igo of [...IGOS, 'EAEU']) {
      if (r() < 0.45) continue;
      const u = r();
      rows.push(f(2015, state, igo, u < 0.75 ? 'full' : u < 0.85 ? 'associate' : 'observer'));
    }
  }
  rows.push(f(2013, 'KAZ', 'EAEU', 'full'));
  // a state-year with no full membership at all (zero_total paths), and a row of another dataset that must be ignored
  rows.push(m(2014, 'MDA', 'CIS', 'observer'), m(2014, 'MDA', 'ICAO', 'missing'));
  rows.push({ dataset: 'other_igo_source', year: 2014, state: 'BLR', igo: 'EU', status: 'full' });
  return { igo_membership: rows };
}

describe('institutions: SQL equals the TS reference on SYNTHETIC memberships', () => {
  const data = syntheticMemberships(7);
  itMatchesReference(INSTITUTIONS_METRICS, data);
});

describe('institutions: properties (SYNTHETIC data)', () => {
  const data = syntheticMemberships(11);
  const key = (r: MetricRow) => `${r.subject}|${r.counterpart}|${r.year}`;

  it('shared_full is equal for (A,B) and (B,A), and every pair of states of a year has a row', async () => {
    const { sql } = await runMetric('igo.shared_full', data);
    const byKey = new Map(sql.map((r) => [key(r), r]));
    for (const r of sql) expect(byKey.get(`${r.counterpart}|${r.subject}|${r.year}`)).toMatchObject({ value: r.value, low: r.low, high: r.high, flags: r.flags });
    const states = (y: number) => new Set((data.igo_membership as Array<{ year: number; state: string; dataset: string }>).filter((x) => x.year === y && x.dataset === (y > 2014 ? FACTBOOK : COW)).map((x) => x.state)).size;
    for (const y of [2012, 2013, 2014, 2015]) expect(sql.filter((r) => r.year === y).length).toBe(states(y) * (states(y) - 1));
  });

  it('comember_share: the shares of each subject-year with a value sum to 1 (1e-12)', async () => {
    const { sql } = await runMetric('igo.comember_share', data);
    const sums = new Map<string, number>();
    for (const r of sql) if (r.value !== null) sums.set(`${r.subject}|${r.year}`, (sums.get(`${r.subject}|${r.year}`) ?? 0) + r.value);
    expect(sums.size).toBeGreaterThan(10);
    for (const [k, s] of sums) expect(Math.abs(s - 1), k).toBeLessThan(1e-12);
  });

  it('counts: 0 ≤ full ≤ any; bounds low = value ≤ high exactly when missing:status', async () => {
    const full = (await runMetric('igo.count_full', data)).sql;
    const any = new Map((await runMetric('igo.count_any', data)).sql.map((r) => [key(r), r]));
    for (const r of full) {
      expect(r.value!).toBeGreaterThanOrEqual(0);
      expect(r.value!).toBeLessThanOrEqual(any.get(key(r))!.value!);
      if (r.flags === 'missing:status') expect(r.low! === r.value && r.high! > r.value!).toBe(true);
      else expect([r.low, r.high, r.flags]).toEqual([null, null, r.year > 2014 ? 'source:cia_factbook' : '']);
    }
  });

  it('shares lie in [0, 1], bloc_share ≤ shared_share (bloc bodies are a subset), and a subject without full membership gets NULL + zero_total', async () => {
    const shared = new Map((await runMetric('igo.shared_share', data)).sql.map((r) => [key(r), r]));
    const bloc = (await runMetric('igo.bloc_share', data)).sql;
    for (const r of [...shared.values(), ...bloc]) {
      if (r.value === null) expect(r.flags).toContain('zero_total');
      else expect(r.value >= 0 && r.value <= 1).toBe(true);
    }
    for (const r of bloc) if (r.value !== null) expect(r.value).toBeLessThanOrEqual(shared.get(key(r))!.value! + 1e-12);
    expect(bloc.filter((r) => r.subject === 'MDA').every((r) => r.value === null && r.flags === 'missing:status,zero_total')).toBe(true);
  });
});

describe('institutions: the documented bloc list', () => {
  it('has each organisation once, with a reason, and none both listed and excluded', () => {
    expect(new Set(BLOC_IGOS).size).toBe(BLOC_IGOS.length);
    for (const o of BLOC_ORGANISATIONS) expect(o.why.length).toBeGreaterThan(20);
    for (const o of NOT_BLOC_ORGANISATIONS) expect(BLOC_IGOS).not.toContain(o.igo);
  });
});

// ---- real data: COW IGO v3 in the built database ----

describe('institutions: real data (COW IGO v3)', () => {
  // the global setup built the real database with every metric computed, as `interdep build` does
  let db: Database;
  beforeAll(async () => {
    db = await openBuiltDb();
  });
  afterAll(() => db?.close());

  const value = async (metric: string, subject: string, counterpart: string | null) =>
    db.one<MetricRow & Row>(
      `SELECT subject, counterpart, year, value, low, high, flags FROM metric_value
        WHERE metric = ? AND subject = ? AND counterpart IS NOT DISTINCT FROM ? AND year = 2014`,
      [metric, subject, counterpart],
    );

  it('every short name of the bloc list (and of the exclusions) exists in the igo table', async () => {
    const names = new Set((await db.all<{ igo: string }>(`SELECT igo FROM igo`)).map((r) => r.igo));
    for (const o of [...BLOC_ORGANISATIONS, ...NOT_BLOC_ORGANISATIONS]) expect(names.has(o.igo), o.igo).toBe(true);
  });

  it('Belarus shares CIS, EAEC and CSTO with Russia in 2014: bloc_share = 3 / its 48 full memberships', async () => {
    const raw = await db.all<{ igo: string }>(
      `SELECT b.igo FROM igo_membership AS b JOIN igo_membership AS r ON r.igo = b.igo AND r.year = b.year
        WHERE b.state = 'BLR' AND r.state = 'RUS' AND b.year = 2014 AND b.status = 'full' AND r.status = 'full'
          AND b.igo IN (${BLOC_IGOS.map((o) => `'${o}'`).join(', ')}) ORDER BY b.igo`,
    );
    expect(raw.map((r) => r.igo)).toEqual(['CIS', 'CSTO', 'EAEC']);
    const count = await value('igo.count_full', 'BLR', null);
    expect(count!.value).toBe(48);
    // COW codes some IGOs −9 for every state in 2014 (e.g. ICAO): such IGO-years carry no information and are left
    // out, so Belarus's count is not flagged; a −9 where other states' statuses are known would flag it
    expect(count!.flags).toBe('');
    const allUnknown = await db.one<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM igo_membership WHERE state = 'BLR' AND year = 2014 AND igo = 'ICAO' AND status = 'missing'`,
    );
    expect(allUnknown!.n).toBe(1);
    expect((await value('igo.bloc_share', 'BLR', 'RUS'))!.value).toBeCloseTo(3 / 48, 12);
    // Russia: 3 of its 88 full memberships are in bodies including Belarus
    expect((await value('igo.bloc_share', 'RUS', 'BLR'))!.value).toBeCloseTo(3 / 88, 12);
  });

  it('after COW, the Factbook: Belarus 29 full memberships in 2015 and 30 in 2016, when CIS, CSTO and the EAEU make bloc_share on RUS 3/30', async () => {
    const at = (metric: string, subject: string, counterpart: string | null, year: number) =>
      db.one<MetricRow & Row>(`SELECT value, flags FROM metric_value WHERE metric = ? AND subject = ? AND counterpart IS NOT DISTINCT FROM ? AND year = ?`,
        [metric, subject, counterpart, year]);
    expect(await at('igo.count_full', 'BLR', null, 2015)).toMatchObject({ value: 29, flags: 'source:cia_factbook' });
    expect(await at('igo.count_full', 'BLR', null, 2016)).toMatchObject({ value: 30, flags: 'source:cia_factbook' });
    // the 2015 edition does not list Belarus in the EAEU yet (the Factbook's lists lag): 2 of 29 (CIS, CSTO)
    expect((await at('igo.bloc_share', 'BLR', 'RUS', 2015))!.value).toBeCloseTo(2 / 29, 12);
    expect((await at('igo.bloc_share', 'BLR', 'RUS', 2016))!.value).toBeCloseTo(3 / 30, 12);
  });

  it('Belarus–Russia 2014: 45 shared full memberships; 45/48 of Belarus\'s, 45/88 of Russia\'s', async () => {
    const [n] = await db.all<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM igo_membership AS b JOIN igo_membership AS r ON r.igo = b.igo AND r.year = b.year
        WHERE b.state = 'BLR' AND r.state = 'RUS' AND b.year = 2014 AND b.status = 'full' AND r.status = 'full'`,
    );
    expect(n!.n).toBe(45);
    expect((await value('igo.shared_full', 'BLR', 'RUS'))!.value).toBe(45);
    expect((await value('igo.shared_full', 'RUS', 'BLR'))!.value).toBe(45);
    expect((await value('igo.shared_share', 'BLR', 'RUS'))!.value).toBeCloseTo(45 / 48, 12);
    expect((await value('igo.shared_share', 'RUS', 'BLR'))!.value).toBeCloseTo(45 / 88, 12);
  });
});
