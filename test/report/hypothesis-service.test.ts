// The hypothesis service on a small in-memory store (schema applied, hand-made metric values, groups and dated
// events): the event study reads the event table, one episode per state-year, and its shift is computed by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hypothesisSpecSchema } from '../../src/analysis/spec.js';
import { formatHypothesis } from '../../src/report/format-hypothesis.js';
import { runHypothesisOnStore } from '../../src/report/hypothesis-service.js';
import { buildReport } from '../../src/report/narrative.js';
import { renderMarkdown } from '../../src/report/render.js';
import { Database } from '../../src/store/db.js';

let db: Database;
const UNITS = ['AAA', 'BBB', 'CCC'];

beforeAll(async () => {
  db = await Database.open(':memory:');
  await db.applySchema();
  for (const u of UNITS) {
    await db.run(`INSERT INTO country_group (dataset, group_id, member, from_year, to_year, source) VALUES ('test', 'TST', ?, 1990, NULL, 'synthetic')`, [u]);
    for (let year = 2000; year <= 2010; year++) {
      // outcome (synthetic): AAA steps from 1 to 3 in 2005; others flat with a slope on x
      const x = 0.1 * ((year * 7 + u.charCodeAt(0)) % 5);
      const y = u === 'AAA' ? (year >= 2005 ? 3 : 1) : 2 - x;
      await db.run(
        `INSERT INTO metric_value VALUES ('composite.partner_choice', '1.0.0', 'default', 'baseline', ?, NULL, ?, ?, NULL, NULL, ''),
                                         ('composite.dependence', '1.0.0', 'default', 'baseline', ?, 'RUS', ?, ?, NULL, NULL, '')`,
        [u, year, y, u, year, x],
      );
    }
  }
  const ev = `INSERT INTO event (event_id, date, date_precision, year, actor_a, actor_b, type, weight, description, source, dataset) VALUES (?, ?, 'day', ?, ?, 'EU', ?, -1, 'synthetic', 'test', 'test')`;
  await db.run(ev, ['e1', '2005-03-01', 2005, 'AAA', 'sanctions']);
  await db.run(ev, ['e2', '2005-09-01', 2005, 'AAA', 'sanctions']); // same state-year: one episode
  await db.run(ev, ['e3', '2008-01-01', 2008, 'AAA', 'treaty']); // another type: not read
});
afterAll(() => db?.close());

const spec = hypothesisSpecSchema.parse({
  id: 'T1', title: 'synthetic', claim: 'synthetic test', source: 'test',
  outcome: { name: 'pc', metric: 'composite.partner_choice' },
  predictor: { name: 'cdi_l1', metric: 'composite.dependence', counterpart: 'RUS', lag: 1 },
  expected_sign: '-', years: { from: 2001, to: 2010 },
  timeseries: { unit: 'AAA' }, panel: { group: 'TST' },
  events: { types: ['sanctions'], pre: 2, post: 1 },
});

describe('runHypothesisOnStore with an event table', () => {
  it('AAA 2005 sanctions: baseline mean(2003, 2004) = 1, AR(0) = AR(1) = 2 → shift 2; one episode, no interval', async () => {
    const r = await runHypothesisOnStore(db, spec, 'synthetic.yaml');
    const es = r.eventStudy!;
    expect('unavailable' in es).toBe(false);
    if ('unavailable' in es) return;
    expect(es.events).toBe(1);
    expect(es.shift.estimate).toBeCloseTo(2, 12);
    expect(es.shift.low).toBeNull();
    expect(es.path.map((p) => p.mean)).toEqual([0, 0, 2, 2]);
    expect(es.warnings.join(' ')).toMatch(/one event or none/);
  });
  it('panel: 3 states × 10 years; BBB and CCC have y = 2 − x_t, so the lagged x is no exact fit and N = 30', async () => {
    const r = await runHypothesisOnStore(db, spec, 'synthetic.yaml');
    expect(r.panel.units).toEqual(UNITS);
    expect(r.panel.fit!.n).toBe(30);
    expect(r.panel.fit!.clusters).toBe(3);
  });
  it('the event study reaches the text: analyze output and the report paragraph (H1a slot)', async () => {
    const r = await runHypothesisOnStore(db, { ...spec, id: 'H1a' }, 'synthetic.yaml');
    expect(formatHypothesis(r)).toContain('1 event(s); post-event shift = 2 (se –, 95% CI [no interval]');
    const md = renderMarkdown(buildReport({
      state: 'AAA', name: 'Aland', year: 2010, focus: 'RUS', peerGroup: 'TST', names: {}, shares: [], sharePartners: [], domains: [],
      domainPartners: [], asymmetry: [], peers: [], series: [], imfYears: [], hypotheses: [r], claims: [], events: [],
      sources: [], datasets: [], citations: [],
    }));
    expect(md).toContain('Around 1 dated sanctions event year(s) of Aland, pc moved on average by 2 (95% interval – to –)');
  });
  it('an unknown metric in a spec is an input error naming the variable', async () => {
    const bad = { ...spec, outcome: { ...spec.outcome, metric: 'no.such_metric' } };
    await expect(runHypothesisOnStore(db, bad, 'bad.yaml')).rejects.toThrow(/bad\.yaml field "pc": unknown metric "no\.such_metric"/);
  });
});
