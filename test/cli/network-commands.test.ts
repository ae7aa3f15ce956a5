// The network commands on the real database (test/global-setup.ts builds it): the Belarus case end to end —
// Belarus's 2013 indirect trade dependence on Germany via Russia (paths), the blocs of the post-Soviet space for each
// year 1995–2014 (blocs --group FSU15), node measures (network trade) and the gas-transit share of Russia's route
// capacity to Germany that crosses Belarus (network pipeline, on a database holding the bundled route table).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineRoutesImporter } from '../../src/importers/from-pipeline-routes.js';
import { runImporter } from '../../src/importers/engine.js';
import { buildLayer } from '../../src/network/graph.js';
import { blocsOf, subLayer } from '../../src/network/summaries.js';
import { Database } from '../../src/store/db.js';
import { groupMembers, readLayerEdges } from '../../src/store/queries/network-layers.js';
import { BUILT_DB, openBuiltDb } from '../helpers/built-db.js';
import { countries } from '../helpers/import-fixture.js';

function interdep(db: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', INTERDEP_DB: db },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('interdep paths BLR DEU --year 2013', () => {
  it("reports Belarus's direct and total dependence on Germany and the path via Russia = β · D(BLR,RUS) · D(RUS,DEU)", async () => {
    const run = interdep(BUILT_DB, 'paths', 'BLR', 'DEU', '--year', '2013', '--json');
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      direct: number; total: number; beta: number; indirectShare: number; paths: Array<{ path: string[]; weight: number }>;
      structural_equivalence: Record<string, number>;
    };
    // The two shares, read independently from trade_flow: turnover with the partner / turnover with all partners.
    const db = await openBuiltDb();
    const share = async (a: string, b: string) => (await db.one<{ s: number }>(
      `SELECT SUM(CASE WHEN partner = ? THEN COALESCE(exports, 0) + COALESCE(imports, 0) END) / SUM(COALESCE(exports, 0) + COALESCE(imports, 0)) AS s
         FROM trade_flow WHERE source = 'default' AND year = 2013 AND reporter = ? AND partner <> reporter`, [b, a]))!.s;
    const [blrRus, rusDeu, blrDeu] = [await share('BLR', 'RUS'), await share('RUS', 'DEU'), await share('BLR', 'DEU')];
    db.close();
    expect(out.direct).toBeCloseTo(blrDeu, 12);
    expect(out.beta).toBeCloseTo(0.5, 12);
    expect(out.total).toBeGreaterThan(out.direct);
    expect(out.indirectShare).toBeCloseTo((out.total - out.direct) / out.total, 12);
    const viaRussia = out.paths.find((p) => p.path.join('>') === 'BLR>RUS>DEU')!;
    expect(viaRussia.weight).toBeCloseTo(0.5 * blrRus * rusDeu, 12);
    // Russia is Belarus's strongest intermediary: the heaviest indirect path runs through it.
    expect(out.paths.filter((p) => p.path.length > 2)[0]!.path).toEqual(['BLR', 'RUS', 'DEU']);
    expect(Object.keys(out.structural_equivalence).sort()).toEqual(['alliance', 'combined', 'igo', 'trade']);
    for (const v of Object.values(out.structural_equivalence)) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    const table = interdep(BUILT_DB, 'paths', 'Belarus', 'Germany', '--year', '2013');
    expect(table.stdout).toMatch(/BLR → RUS → DEU/);
  });
});

describe('blocs of the post-Soviet space, 1995–2014', () => {
  it('partitions the FSU15 states each year; Belarus and Russia share a bloc every year, the Baltic states form their own from 1997', async () => {
    const db = await openBuiltDb();
    try {
      for (let year = 1995; year <= 2014; year++) {
        const members = await groupMembers(db, 'FSU15', year);
        expect(members).toHaveLength(15);
        const g = buildLayer(subLayer(buildLayer(await readLayerEdges(db, 'trade', year), true), new Set(members)), true);
        const { blocs } = blocsOf(g, 1);
        expect(blocs.flatMap((b) => b.members).sort(), String(year)).toEqual(members);
        const of = (s: string) => blocs.find((b) => b.members.includes(s))!.bloc;
        expect(of('BLR'), String(year)).toBe(of('RUS'));
        if (year >= 1997) expect(blocs.find((b) => b.members.includes('LTU'))!.members, String(year)).toEqual(['EST', 'LTU', 'LVA']);
      }
    } finally {
      db.close();
    }
    const cli = JSON.parse(interdep(BUILT_DB, 'blocs', '--layer', 'trade', '--year', '2013', '--group', 'fsu15', '--json').stdout);
    expect(cli.blocs.map((b: { members: string[] }) => b.members.join(' '))).toContain('EST LTU LVA');
  });
  it('rejects an unknown layer and group with a usage error (exit 2)', () => {
    expect(interdep(BUILT_DB, 'blocs', '--layer', 'fish', '--year', '2013').code).toBe(2);
    expect(interdep(BUILT_DB, 'blocs', '--layer', 'trade', '--year', '2013', '--group', 'NOPE').stderr).toMatch(/unknown country group/);
  });
});

describe('interdep network trade --year 2013', () => {
  it('lists states by PageRank with measures that sum as they must', () => {
    const run = interdep(BUILT_DB, 'network', 'trade', '--year', '2013', '--json');
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { nodes: number; ties: number; density: number; measures: Array<{ state: string; pagerank: number; strength_out: number }> };
    expect(out.measures).toHaveLength(out.nodes);
    expect(out.density).toBeCloseTo(out.ties / (out.nodes * (out.nodes - 1)), 12);
    expect(out.measures.reduce((s, r) => s + r.pagerank, 0)).toBeCloseTo(1, 9);
    // Every reporter's shares sum to 1 (row-normalised D); partner-only states have no out-ties.
    expect(out.measures.every((r) => r.strength_out === 0 || Math.abs(r.strength_out - 1) < 1e-9)).toBe(true);
    const top = interdep(BUILT_DB, 'network', 'trade', '--year', '2013', '--top', '3').stdout.split('\n');
    expect(top).toHaveLength(2 + 2 + 3 + 1);
  });
  it('--group FSU15: the post-Soviet subgraph, where Russia is the hub (highest eigenvector centrality and PageRank)', () => {
    const out = JSON.parse(interdep(BUILT_DB, 'network', 'trade', '--year', '2013', '--group', 'FSU15', '--json').stdout) as
      { group: string; nodes: number; measures: Array<{ state: string; eigenvector: number }> };
    expect(out).toMatchObject({ group: 'FSU15', nodes: 15 });
    expect(out.measures[0]!.state).toBe('RUS');
    expect(Math.max(...out.measures.map((r) => r.eigenvector))).toBe(out.measures[0]!.eigenvector);
  });
});

describe('interdep network pipeline', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'interdep-routes-'));
    db = join(dir, 'routes.duckdb');
    const store = await Database.open(db);
    await store.applySchema();
    await runImporter(store, pipelineRoutesImporter({ dataDir: 'data', countries: await countries() }));
    store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the share of Russia's gas route capacity to Germany crossing Belarus: 1 (2010), 33/60.5 (2011), 33/88 (2013)", () => {
    const blr = (year: number) => {
      const run = interdep(db, 'network', 'pipeline', '--year', String(year), '--json');
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as Array<{ fuel: string; supplier: string; destination: string; transit: string; share: number | null }>)
        .find((r) => r.fuel === 'gas' && r.supplier === 'RUS' && r.destination === 'DEU' && r.transit === 'BLR');
    };
    expect(blr(2010)!.share).toBe(1);
    expect(blr(2011)!.share).toBeCloseTo(33 / 60.5, 12);
    expect(blr(2013)!.share).toBeCloseTo(33 / 88, 12);
    expect(blr(1998)).toBeUndefined();
    expect(interdep(db, 'network', 'pipeline', '--year', '2013').stdout).toMatch(/gas\s+RUS\s+DEU\s+BLR\s+0\.375/);
  });
});
