// The metric runner's TS steps: each year of the input is computed on its own (Node holds one year, not the panel),
// the output lands sorted by subject, counterpart, year, intervals overwrite low/high, the scratch tables are gone
// afterwards, and the progress hooks see every metric in dependency order.
import { describe, expect, it } from 'vitest';
import type { MetricDefinition, MetricRow } from '../../src/metrics/types.js';
import { computeMetrics } from '../../src/store/metric-runner.js';
import { loadTables } from '../helpers/metric-harness.js';

const indicator = (country: string, year: number, value: number) =>
  ({ dataset: 'test', country, code: 'X', year, value, is_aggregate: false, flags: '' });

const base = {
  family: 'test', formula: 'x', description: 'x', citations: [], unit: 'x', range: { min: null, max: null }, direction: 'x',
  level: 'monadic', inputs: ['indicator'], version: '1.0.0', usesTradeSource: false,
  sql: () => { throw new Error('computed in TS'); }, reference: () => [],
} satisfies Omit<MetricDefinition, 'id' | 'title'>;

describe('store/metric-runner: TS steps', () => {
  it('computes each year on its own rows, stores them sorted, and applies intervals per year', async () => {
    const db = await loadTables({
      indicator: [indicator('BBB', 2001, 2), indicator('AAA', 2001, 1), indicator('AAA', 2000, 5), indicator('CCC', 2002, 7), indicator('AAA', 2002, 3)],
    });
    const calls: number[][] = [];
    const doubled: MetricDefinition = {
      ...base, id: 'test.doubled', title: 'doubled',
      compute: {
        input: () => "SELECT country, year, value FROM indicator WHERE code = 'X'",
        compute: (rows) => {
          calls.push([...new Set(rows.map((r) => Number(r.year)))]);
          // Sum over the rows given: equals the year's total only if the runner passes exactly that year's rows.
          const total = rows.reduce((s, r) => s + Number(r.value), 0);
          return rows.map((r): MetricRow => ({ subject: String(r.country), counterpart: null, year: Number(r.year), value: total, low: null, high: null, flags: '' }));
        },
      },
      intervals: {
        input: () => "SELECT country, year, value FROM indicator WHERE code = 'X'",
        compute: (rows) => rows.map((r) => ({ subject: String(r.country), counterpart: null, year: Number(r.year), low: Number(r.value) - 1, high: Number(r.value) + 1 })),
      },
    };
    const started: string[] = [];
    const [report] = await computeMetrics(db, [doubled], new Map([[doubled.id, doubled]]), {
      source: 'default', onMetricStart: (id, index, total) => started.push(`${id} ${index}/${total}`),
    });
    expect(report!.rows).toBe(5);
    expect(calls).toEqual([[2000], [2001], [2002]]);
    expect(started).toEqual(['test.doubled 1/1']);
    const stored = await db.all("SELECT subject, year, value, low, high FROM metric_value WHERE metric = 'test.doubled'");
    // Insertion order is the stored order: sorted by subject, then year.
    expect(stored).toEqual([
      { subject: 'AAA', year: 2000, value: 5, low: 4, high: 6 },
      { subject: 'AAA', year: 2001, value: 3, low: 0, high: 2 },
      { subject: 'AAA', year: 2002, value: 10, low: 2, high: 4 },
      { subject: 'BBB', year: 2001, value: 3, low: 1, high: 3 },
      { subject: 'CCC', year: 2002, value: 10, low: 6, high: 8 },
    ]);
    const scratch = await db.all("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'scratch%' OR table_name = 'step_input'");
    expect(scratch).toEqual([]);
    db.close();
  });

  it('a run with --from/--to reads only those years', async () => {
    const db = await loadTables({ indicator: [indicator('AAA', 2000, 5), indicator('AAA', 2001, 1), indicator('AAA', 2002, 3)] });
    const years: number[] = [];
    const m: MetricDefinition = {
      ...base, id: 'test.years', title: 'years',
      compute: {
        input: () => "SELECT country, year, value FROM indicator",
        compute: (rows) => rows.map((r) => {
          years.push(Number(r.year));
          return { subject: String(r.country), counterpart: null, year: Number(r.year), value: Number(r.value), low: null, high: null, flags: '' };
        }),
      },
    };
    await computeMetrics(db, [m], new Map([[m.id, m]]), { source: 'default', from: 2001, to: 2001 });
    expect(years).toEqual([2001]);
    expect(await db.all("SELECT year, value FROM metric_value WHERE metric = 'test.years'")).toEqual([{ year: 2001, value: 1 }]);
    db.close();
  });
});
