// The hypothesis specifications (analyses/*.yaml) run on the real built database (read-only); their results,
// rounded to 8 significant digits, are pinned as golden JSON. A mismatch writes <id>-changed.json next to the
// golden file for review; INTERDEP_UPDATE_GOLDEN=1 rewrites the golden files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitFixedEffects } from '../../src/analysis/fixed-effects.js';
import { parseHypothesisSpec } from '../../src/analysis/parse-spec.js';
import { runHypothesisOnStore } from '../../src/report/hypothesis-service.js';
import type { Database } from '../../src/store/db.js';
import { queryMetricValues } from '../../src/store/queries/metric-values.js';
import { openBuiltDb } from '../helpers/built-db.js';

const GOLDEN = 'test/fixtures/analysis/golden';
const SPECS = readdirSync('analyses').filter((f) => f.endsWith('.yaml')).sort();

const round = (v: unknown): unknown => {
  if (typeof v === 'number') return Number.isFinite(v) ? Number(v.toPrecision(8)) : String(v);
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  return v;
};

let db: Database;
beforeAll(async () => {
  db = await openBuiltDb();
});
afterAll(() => db?.close());

describe('hypothesis specifications on the built database', () => {
  it('there are the four the issue asks for: H1a, H1b, H2, H-rev', () => {
    const ids = SPECS.map((f) => parseHypothesisSpec(readFileSync(join('analyses', f), 'utf8'), f).id).sort();
    expect(ids).toEqual(['H-rev', 'H1a', 'H1b', 'H2']);
  });

  for (const file of SPECS) {
    it(`${file}: matches its golden output`, async () => {
      const spec = parseHypothesisSpec(readFileSync(join('analyses', file), 'utf8'), file);
      const result = round(await runHypothesisOnStore(db, spec, file));
      const golden = join(GOLDEN, `${spec.id}.json`);
      const text = JSON.stringify(result, null, 2) + '\n';
      if (!existsSync(golden) || process.env.INTERDEP_UPDATE_GOLDEN === '1') writeFileSync(golden, text);
      const expected = readFileSync(golden, 'utf8');
      if (expected !== text) writeFileSync(join(GOLDEN, `${spec.id}-changed.json`), text);
      expect(JSON.parse(text)).toEqual(JSON.parse(expected));
      // every estimate carries N, an interval or a warning, and the reading never claims proof
      const r = result as { timeseries: { n: number; verdict: string | null }; panel: { fit: { n: number } | null; verdict: string | null } };
      expect(r.timeseries.n).toBeGreaterThan(0);
      expect(r.panel.fit!.n).toBeGreaterThan(100);
      expect(`${r.timeseries.verdict} ${r.panel.verdict}`).not.toMatch(/proven|confirmed/i);
    });
  }

  it('H1a panel = an independent re-assembly: metric rows read with queryMetricValues, lag and difference built here', async () => {
    const spec = parseHypothesisSpec(readFileSync('analyses/h1a-io-engagement.yaml', 'utf8'), 'h1a');
    const r = await runHypothesisOnStore(db, spec, 'h1a');
    const units = r.panel.units;
    const get = async (metric: string, subject: string, counterpart?: string) => {
      const rows = await queryMetricValues(db, { metric, subject, counterpart, from: 1990, to: 2014 });
      return new Map(rows.filter((x) => (counterpart ? x.counterpart === counterpart : x.counterpart === null) && x.value !== null).map((x) => [x.year, x.value!]));
    };
    const obs = [];
    for (const u of units) {
      const count = await get('igo.count_full', u);
      const shared = await get('igo.shared_full', u, 'RUS');
      const cdi = await get('composite.dependence', u, 'RUS');
      for (let year = 1993; year <= 2014; year++) {
        const y = count.has(year) && shared.has(year) ? count.get(year)! - shared.get(year)! : undefined;
        const x = cdi.get(year - 1);
        if (y !== undefined && x !== undefined) obs.push({ unit: u, time: year, y, x: [x] });
      }
    }
    const fit = fitFixedEffects(obs, ['cdi_rus_l1']);
    expect(r.panel.fit!.n).toBe(obs.length);
    expect(r.panel.fit!.clusters).toBe(14);
    expect(r.panel.fit!.estimates[0]!.estimate).toBeCloseTo(fit.estimates[0]!.estimate, 10);
    expect(r.panel.fit!.estimates[0]!.se).toBeCloseTo(fit.estimates[0]!.se!, 10);
    expect(r.panel.fit!.warnings.join(' ')).toMatch(/few clusters: G = 14/);
  });
});

describe('specification validation', () => {
  it('an unknown key is refused with file:line and field', () => {
    const text = readFileSync('analyses/h1b-partner-choice.yaml', 'utf8').replace('expected_sign:', 'colour: red\nexpected_sign:');
    expect(() => parseHypothesisSpec(text, 'bad.yaml')).toThrow(/bad\.yaml:\d+.*(colour|Unrecognized)/);
  });
  it('a wrong expected sign names the field and its line', () => {
    const text = readFileSync('analyses/h2-conflict-west.yaml', 'utf8').replace("expected_sign: '-'", "expected_sign: negative");
    const line = text.split('\n').findIndex((l) => l.startsWith('expected_sign')) + 1;
    expect(() => parseHypothesisSpec(text, 'h2.yaml')).toThrow(new RegExp(`h2\\.yaml:${line} field "expected_sign"`));
  });
});
