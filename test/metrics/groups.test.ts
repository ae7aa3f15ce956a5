// Country groups as counterparts (src/metrics/groups.ts): known answers on a hand-built fixture, SQL == TS reference on
// SYNTHETIC rows, the runner's handling (group rows added after derived metrics), and the real bundled data.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImporter } from '../../src/importers/engine.js';
import { countryGroupsImporter } from '../../src/importers/from-country-groups.js';
import { groupCounterpartRows, groupCounterpartSql, type GroupSpell } from '../../src/metrics/groups.js';
import { METRICS, METRIC_INDEX } from '../../src/metrics/registry.js';
import type { MetricDefinition, MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import { BUILT_DB } from '../helpers/built-db.js';
import { countries } from '../helpers/import-fixture.js';
import { loadTables, sameRows } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const order = (a: MetricRow, b: MetricRow) =>
  a.subject.localeCompare(b.subject) || (a.counterpart ?? '').localeCompare(b.counterpart ?? '') || a.year - b.year;

const mv = (subject: string, counterpart: string, year: number, value: number | null, low: number | null = null, high: number | null = null): Row => ({
  metric: 'test.base', version: '1.0.0', source: 'default', scenario: 'baseline', subject, counterpart, year, value, low, high, flags: 'x',
});
const spell = (group_id: string, member: string, from_year: number, to_year: number | null): Row & GroupSpell =>
  ({ dataset: 'test', group_id, member, from_year, to_year, source: 'fixture' });

/** Runs the group SQL over loaded metric_value and country_group rows, and the reference over the same rows. */
async function both(values: Row[], spells: Array<Row & GroupSpell>) {
  const db = await loadTables({ metric_value: values, country_group: spells });
  try {
    const sql = await db.all<MetricRow & Row>(`SELECT subject, counterpart, year, value, low, high, flags FROM (${groupCounterpartSql('test.base', '1.0.0', 'default')}) AS g`);
    const reference = groupCounterpartRows(values as unknown as MetricRow[], spells);
    return { sql: sql.sort(order), reference: [...reference].sort(order) };
  } finally {
    db.close();
  }
}

describe('group counterparts: known answers (hand-built fixture)', () => {
  // G = {A, B, C} in 2000; C leaves after 2000 (to_year 2000); D joins in 2001. Subject S; A is also a subject.
  const spells = [spell('G', 'A', 1990, null), spell('G', 'B', 1990, null), spell('G', 'C', 1990, 2000), spell('G', 'D', 2001, null), spell('H', 'A', 2000, 2000)];
  const values = [
    mv('S', 'A', 2000, 0.1, 0.05, 0.2), mv('S', 'B', 2000, 0.2, 0.1, 0.3), mv('S', 'C', 2000, 0.3, 0.3, 0.3), mv('S', 'X', 2000, 0.4),
    mv('S', 'A', 2001, 0.25), mv('S', 'C', 2001, 0.5), mv('S', 'D', 2001, null),
    mv('A', 'B', 2000, 0.6), mv('A', 'X', 2000, 0.4),
    mv('S', 'X', 2002, 1),
  ];

  it('sums the members of the year, leaves out non-members, absent members and the subject; NULL member → NULL + flag', async () => {
    const { sql, reference } = await both(values, spells);
    expect(sameRows(sql, reference)).toBeNull();
    const get = (s: string, g: string, y: number) => sql.find((r) => r.subject === s && r.counterpart === g && r.year === y);
    // S→G 2000: A 0.1 + B 0.2 + C 0.3 = 0.6 (X is no member); low 0.05 + 0.1 + 0.3 = 0.45; high 0.2 + 0.3 + 0.3 = 0.8.
    expect(get('S', 'G', 2000)!.value).toBeCloseTo(0.6, 12);
    expect(get('S', 'G', 2000)).toMatchObject({ flags: 'group' });
    expect(get('S', 'G', 2000)!.low).toBeCloseTo(0.45, 12);
    expect(get('S', 'G', 2000)!.high).toBeCloseTo(0.8, 12);
    // S→G 2001: A 0.25 + D NULL (C has left: its 0.5 is not counted) → NULL with missing:member_values.
    expect(get('S', 'G', 2001)).toMatchObject({ value: null, low: null, high: null, flags: 'group,missing:member_values' });
    // S→H 2000: only A, 0.1; low/high of A: 0.05 / 0.2.
    expect(get('S', 'H', 2000)).toMatchObject({ value: 0.1, low: 0.05, high: 0.2, flags: 'group' });
    // A→G 2000: A is a member itself and has no row with itself; B 0.6 only (its low/high are NULL, so theirs too).
    expect(get('A', 'G', 2000)).toMatchObject({ value: 0.6, low: null, high: null, flags: 'group' });
    // S in 2002 traded only with X: no group row at all (not 0); the same for A→H 2001 (H's spell ended).
    expect(get('S', 'G', 2002)).toBeUndefined();
    expect(sql).toHaveLength(4);
  });

  it('the runner adds group rows only for additive directed metrics, after the metrics derived from them', async () => {
    const base: MetricDefinition = {
      id: 'test.base', title: 'base', family: 'test', formula: '', description: '', citations: [], unit: 'share', range: { min: 0, max: 1 },
      direction: '', level: 'directed', inputs: [], version: '1.0.0', usesTradeSource: false, additiveOverCounterparts: true,
      sql: () => `SELECT subject, counterpart, year, value, CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, '' AS flags
                    FROM (VALUES ('S', 'A', 2000, 0.1), ('S', 'B', 2000, 0.2), ('S', 'X', 2000, 0.7)) AS t(subject, counterpart, year, value)`,
      reference: () => [],
    };
    // Derived: the number of counterparts of the subject in the base (must not count the group).
    const derived: MetricDefinition = {
      ...base, id: 'test.derived', additiveOverCounterparts: undefined, level: 'monadic', dependsOn: ['test.base'],
      sql: () => `SELECT subject, CAST(NULL AS VARCHAR) AS counterpart, year, CAST(COUNT(*) AS DOUBLE) AS value,
                         CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, '' AS flags
                    FROM metric_value WHERE metric = 'test.base' GROUP BY subject, year`,
    };
    const notAdditive: MetricDefinition = { ...base, id: 'test.plain', additiveOverCounterparts: false };
    const all = new Map([base, derived, notAdditive].map((m) => [m.id, m]));
    const db = await loadTables({ country_group: [spell('G', 'A', 1990, null), spell('G', 'B', 1990, null)] });
    try {
      // Twice: the second run must replace, not duplicate, the group rows.
      for (let i = 0; i < 2; i++) {
        const reports = await computeMetrics(db, [derived, notAdditive], all, { source: 'default' });
        expect(reports.map((r) => [r.metric, r.rows])).toEqual([['test.base', 4], ['test.derived', 1], ['test.plain', 3]]);
      }
      const rows = await db.all<Row>(`SELECT metric, subject, counterpart, value, flags FROM metric_value ORDER BY metric, counterpart`);
      expect(rows.filter((r) => r.metric === 'test.derived')).toEqual([{ metric: 'test.derived', subject: 'S', counterpart: null, value: 3, flags: '' }]);
      expect(rows.filter((r) => r.counterpart === 'G').map((r) => [r.metric, r.flags])).toEqual([['test.base', 'group']]);
      expect((rows.find((r) => r.counterpart === 'G')!.value as number)).toBeCloseTo(0.3, 12);
    } finally {
      db.close();
    }
  });
});

describe('group counterparts: SQL == TS reference (SYNTHETIC rows)', () => {
  it('agrees on random metric values with gaps, NULLs and changing memberships', async () => {
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const states = ['A', 'B', 'C', 'D', 'E', 'F'];
      const spells: Array<Row & GroupSpell> = [];
      for (const g of ['G1', 'G2', 'G3']) {
        for (const s of states) {
          if (r() < 0.5) continue;
          const from = 2000 + Math.floor(r() * 4);
          spells.push(spell(g, s, from, r() < 0.5 ? null : from + Math.floor(r() * 3)));
        }
      }
      const values: Row[] = [];
      for (let y = 2000; y <= 2006; y++) {
        for (const a of states) {
          for (const b of states) {
            if (a === b || r() < 0.3) continue;
            const v = r() < 0.1 ? null : r();
            values.push(mv(a, b, y, v, v === null || r() < 0.3 ? null : v / 2, v === null || r() < 0.3 ? null : v * 2));
          }
        }
      }
      const { sql, reference } = await both(values, spells);
      expect(sql.length).toBeGreaterThan(20);
      expect(sql.some((x) => x.value === null)).toBe(true);
      expect(sameRows(sql, reference)).toBeNull();
    }
  });
});

describe('group counterparts: registry', () => {
  it('flags exactly the additive directed metrics', () => {
    expect(METRICS.filter((m) => m.additiveOverCounterparts).map((m) => m.id).sort()).toEqual([
      'energy.gas_supplier_share', 'migration.remittance_share', 'migration.stock_share',
      'product.critical_import_share', 'product.dependent_import_share', 'security.arms_import_share',
      'trade.dependence_gdp', 'trade.export_dependence_gdp', 'trade.import_dependence_gdp',
      'trade.share_exports', 'trade.share_imports', 'trade.share_turnover',
    ]);
    for (const m of METRICS.filter((x) => x.additiveOverCounterparts)) expect(m.level).toBe('directed');
  });
});

// ---- real data: the bundled DOTS/COW trade and the bundled group list ----

const EU_2013 = [
  'AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GBR', 'GRC', 'HRV',
  'HUN', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE',
];

describe('group counterparts: real data', () => {
  let db: Database;
  beforeAll(async () => {
    db = await Database.open(':memory:');
    await db.applySchema();
    await db.run(`ATTACH '${BUILT_DB}' AS built (READ_ONLY)`);
    await db.run(`INSERT INTO trade BY NAME SELECT * FROM built.trade WHERE year = 2013`);
    await db.run(`INSERT INTO indicator BY NAME SELECT * FROM built.indicator WHERE year = 2013`);
    await db.run('DETACH built');
    await runImporter(db, countryGroupsImporter({ dataDir: 'data', countries: await countries() }));
    await computeMetrics(db, [METRIC_INDEX.get('trade.share_turnover')!, METRIC_INDEX.get('trade.dependence_gdp')!], METRIC_INDEX, { source: 'default' });
  }, 120_000);

  const value = async (metric: string, counterpart: string) => (await db.one<{ value: number | null; flags: string }>(
    `SELECT value, flags FROM metric_value WHERE metric = ? AND subject = 'BLR' AND counterpart = ? AND year = 2013`, [metric, counterpart]))!;
  const handSum = async (metric: string, members: string[]) => (await db.one<{ v: number; n: number }>(
    `SELECT SUM(value) AS v, CAST(COUNT(*) AS INTEGER) AS n FROM metric_value
      WHERE metric = ? AND subject = 'BLR' AND year = 2013 AND counterpart IN (${members.map(() => '?').join(', ')})`, [metric, ...members]))!;

  it("Belarus's 2013 trade share with the EU is the sum of its shares with the 28 members of 2013", async () => {
    for (const metric of ['trade.share_turnover', 'trade.dependence_gdp']) {
      const eu = await value(metric, 'EU');
      const hand = await handSum(metric, EU_2013);
      expect(eu.flags).toBe('group');
      expect(hand.n).toBeGreaterThan(20); // Belarus reports trade with most members (no row = no trade)
      expect(eu.value!).toBeCloseTo(hand.v, 12);
    }
    const eu = (await value('trade.share_turnover', 'EU')).value!;
    expect(eu).toBeGreaterThan(0.2);
    expect(eu).toBeLessThan(0.35);
  });

  it('EAEU in 2013 = its EurAsEC members BLR, KAZ, KGZ, RUS, TJK (BLR itself left out), more than Russia alone', async () => {
    const eaeu = (await value('trade.share_turnover', 'EAEU')).value!;
    expect(eaeu).toBeCloseTo((await handSum('trade.share_turnover', ['KAZ', 'KGZ', 'RUS', 'TJK'])).v, 12);
    expect(eaeu).toBeGreaterThan((await value('trade.share_turnover', 'RUS')).value!);
  });

  it('agrees with the stored member values of the built test database', async () => {
    // The built database (test/global-setup.ts) holds the same share values for the members, computed in the build.
    expect(existsSync(BUILT_DB)).toBe(true);
    const built = await Database.open(BUILT_DB, { readOnly: true });
    try {
      const row = await built.one<{ v: number }>(
        `SELECT SUM(value) AS v FROM metric_value WHERE metric = 'trade.share_turnover' AND source = 'default' AND scenario = 'baseline'
          AND subject = 'BLR' AND year = 2013 AND counterpart IN (${EU_2013.map(() => '?').join(', ')})`, EU_2013);
      expect((await value('trade.share_turnover', 'EU')).value!).toBeCloseTo(row!.v, 12);
    } finally {
      built.close();
    }
  });
});
