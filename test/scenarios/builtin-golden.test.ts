// Golden results of every built-in scenario on the real test database (a read-only copy with the case datasets, see
// scenario-db.ts): numbers rounded to 6 significant digits; a mismatch writes <name>-changed.json next to the golden
// file for review (copy it over the golden file when the change is intended).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBuiltins, loadScenario } from '../../src/importers/scenario-files.js';
import { runScenario, scenarioActors, type ScenarioResult } from '../../src/scenarios/run-scenario.js';
import { Database } from '../../src/store/db.js';
import { scenarioDb } from './scenario-db.js';

const GOLDEN = join('test', 'scenarios', 'golden');
/** Draws per golden run: enough for stable intervals, few enough for a 2-core machine (shared: the hook allows 10 min). */
const RUNS = 100;

// |x| below 1e-12 is rounding noise (a delta of two sums taken in different orders, e.g. 1.1e-16): written as 0.
function normalise(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? (Math.abs(v) < 1e-12 ? 0 : Number(v.toPrecision(6))) : String(v);
  if (Array.isArray(v)) return v.map(normalise);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return v;
}

/**
 * The pinned view: everything but the metrics and intervals of pairs outside the scenario's named states (a market
 * loss moves the trade shares of every partner: those are pinned by their count and their sum of deltas).
 */
function pinned(r: ScenarioResult, actors: readonly string[]) {
  const named = (m: { subject: string; counterpart: string }) => actors.includes(m.subject) && actors.includes(m.counterpart);
  const other = r.metrics.filter((m) => !named(m));
  return {
    ...r,
    metrics: r.metrics.filter(named),
    other_metrics: { rows: other.length, sum_of_deltas: other.reduce((s, m) => s + (m.delta ?? 0), 0) },
    intervals: Object.fromEntries(Object.entries(r.intervals).filter(([k]) => !k.startsWith('metric.') || actors.some((a) => k.includes(`.${a}.`) && actors.filter((b) => b !== a).some((b) => k.includes(`.${b}.`))))),
  };
}

let db: Database;
const results = new Map<string, ScenarioResult>();
beforeAll(async () => {
  db = await Database.open(await scenarioDb(), { readOnly: true });
  for (const b of listBuiltins()) results.set(b.name, await runScenario(db, loadScenario(b.name), { runs: RUNS }));
}, 600_000);
afterAll(() => db?.close());

describe('built-in scenarios', () => {
  it('are the six of the issue', () => {
    expect([...results.keys()].sort()).toEqual([
      'eu-sanctions-potash-oil', 'gas-cut-2004', 'nord-stream-bypass', 'russia-market-loss-machinery-food', 'russian-gas-market-price', 'transfer-test',
    ]);
  });

  it.each(['eu-sanctions-potash-oil', 'gas-cut-2004', 'nord-stream-bypass', 'russia-market-loss-machinery-food', 'russian-gas-market-price', 'transfer-test'])(
    '%s matches its golden result and lists its assumptions with sources', (name) => {
      const r = results.get(name)!;
      expect(r.assumptions.length).toBeGreaterThan(3);
      for (const a of r.assumptions) expect(a.source.length).toBeGreaterThan(2);
      const got = JSON.stringify(normalise(pinned(r, scenarioActors(loadScenario(name)))), null, 1) + '\n';
      const file = join(GOLDEN, `${name}.json`);
      const want = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (got !== want) writeFileSync(join(GOLDEN, `${name}-changed.json`), got);
      expect(got).toBe(want);
    });
});

describe('what the scenarios show', () => {
  it('2004 gas cut: Belarus has no alternative within the day, so vulnerability = sensitivity', () => {
    const r = results.get('gas-cut-2004')!;
    const by = r.states.find((s) => s.state === 'BLR')!;
    expect(r.channels[0]!.substitution!.rho).toBe(0);
    expect(by.vulnerability_usd).toBe(by.sensitivity_usd);
    // need = 18.534 bcm (EI consumption 2004 × supply share 1) / 365 days
    expect(r.channels[0]!.substitution!.need).toBeCloseTo(18.534369 / 365, 8);
  });

  it('Nord Stream bypass lowers Belarus\'s transit leverage and raises Russia\'s power-to-dependence ratio over Belarus in every draw', () => {
    const r = results.get('nord-stream-bypass')!;
    const t = r.transit.find((x) => x.transit === 'BLR' && x.supplier === 'RUS')!;
    expect(t.after.tli).toBeLessThan(t.before.tli);
    const pdr = r.metrics.find((m) => m.metric === 'power.pdr' && m.subject === 'BLR' && m.counterpart === 'RUS')!;
    expect(pdr.scenario!).toBeGreaterThan(pdr.baseline!);
    expect(r.intervals['metric.power.pdr.BLR.RUS.delta']!.low).toBeGreaterThan(0);
    expect(r.intervals['metric.transit.leverage.BLR.RUS.delta']!.high).toBeLessThan(0);
  });

  it('Russian gas at market price costs Belarus (203 − 127) US$/1000 m3 on its 2019 imports', () => {
    const r = results.get('russian-gas-market-price')!;
    const c = r.channels.find((x) => x.channel === 'energy_price')!;
    // Q = 18.970753 bcm (EI 2019) → 18.970753e6 (1000 m3) × 76 US$
    expect(c.sensitivity_usd).toBeCloseTo(18.970753e6 * 76, -3);
  });

  it('a fixed seed gives identical results', async () => {
    const s = loadScenario('nord-stream-bypass');
    const a = await runScenario(db, s, { runs: 20, seed: 7 });
    const b = await runScenario(db, s, { runs: 20, seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = await runScenario(db, s, { runs: 20, seed: 8 });
    expect(JSON.stringify(c.intervals)).not.toBe(JSON.stringify(a.intervals));
  });
});
