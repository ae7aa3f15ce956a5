import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv-reader.js';
import { BUILT_DB } from '../helpers/built-db.js';

function interdep(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', INTERDEP_DB: BUILT_DB },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Belarus's own 2020 DOTS reports, read straight from the bundled file (independent of the importer). */
async function rawBelarus2020() {
  let rus = 0;
  for await (const r of readCsv('data/imf_dots_bilateral_trade/dots_bilateral_trade.csv.gz')) {
    if (r.fields[0] === 'BLR' && r.fields[1] === 'RUS' && r.fields[2] === '2020') rus = Number(r.fields[3]) + Number(r.fields[4]);
  }
  let world = 0;
  for await (const r of readCsv('data/imf_dots_bilateral_trade/dots_reporter_totals_world_eu.csv.gz')) {
    if (r.fields[0] === 'BLR' && r.fields[1] === 'WLD' && r.fields[2] === '2020') world = Number(r.fields[3]) + Number(r.fields[4]);
  }
  return { rus, world };
}

describe('interdep CLI', () => {
  it('the installed bin runs the CLI in its own process: a command answers, an unknown one exits 2 and names it', () => {
    const env = { ...process.env, TZ: 'UTC', INTERDEP_DB: BUILT_DB };
    const ok = spawnSync(process.execPath, ['bin/interdep.js', 'query', '--metric', 'trade.share_turnover', '--subject', 'BLR', '--counterpart', 'RUS', '--year', '2013', '--json'], { encoding: 'utf8', env });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)[0].value).toBeCloseTo(0.5038806854938196, 12); // BLR's own DOTS report (docs/api.md)
    const bad = spawnSync(process.execPath, ['bin/interdep.js', 'nonsense'], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command 'nonsense'/);
  });

  it('sources --json lists every bundled dataset with its licence, and row counts that match the database', () => {
    const { code, stdout } = interdep('sources', '--json');
    expect(code).toBe(0);
    const sources = JSON.parse(stdout) as Array<{ id: string; licence: string | null; files: Array<{ path: string; rows: number; rows_read: number; rows_loaded: number; rows_quarantined: number; matches_database: boolean }> }>;
    expect(sources).toHaveLength(30);
    expect(sources.find((s) => s.id === 'worldbank_wdi')!.licence).toMatch(/CC-BY-4\.0|CC BY 4\.0/);
    const files = sources.flatMap((s) => s.files);
    expect(files).toHaveLength(54);
    for (const f of files) {
      expect({ path: f.path, matches: f.matches_database }).toEqual({ path: f.path, matches: true });
      expect(f.rows_loaded + f.rows_quarantined).toBe(f.rows_read);
    }
    const trade = files.find((f) => f.path === 'cow_trade_v4/dyadic_trade_1870_2014.csv.gz')!;
    expect([trade.rows, trade.rows_loaded]).toEqual([673_654, 673_654]);
  });

  it('summary --json gives Belarus its top partner and share, equal to the raw DOTS file', async () => {
    const { code, stdout } = interdep('summary', 'Belarus', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.subject).toBe('BLR');
    expect(summary.trade.year).toBe(2020);
    const top = summary.trade.partners[0];
    expect(top.partner).toBe('RUS');
    const raw = await rawBelarus2020();
    expect(top.turnover).toBeCloseTo(raw.rus, 6);
    expect(top.share).toBeCloseTo(raw.rus / raw.world, 12);
    // Energy Institute 2024 edition, 2023 data: all of Belarus's gas imports are Russian pipeline gas
    expect(summary.gas.year).toBe(2023);
    expect(summary.gas.suppliers).toHaveLength(1);
    expect(summary.gas.suppliers[0].exporter).toBe('RUS');
    expect(summary.gas.suppliers[0].bcm).toBeCloseTo(16.79, 2);
    const russia = summary.igo.shared.find((s: { partner: string }) => s.partner === 'RUS');
    expect(summary.igo.year).toBe(2014);
    expect(russia.igos).toEqual(expect.arrayContaining(['CIS', 'CSTO', 'EAEC']));
  });

  it('countries resolves name variants and codes of every scheme, aware of the year', () => {
    const blr = JSON.parse(interdep('countries', 'Byelorussia', '--json').stdout);
    expect([blr.code, blr.cow, blr.imf, blr.isoNumeric]).toEqual(['BLR', 370, 913, 112]);
    expect(JSON.parse(interdep('countries', 'cow:365', '--year', '1991', '--json').stdout).code).toBe('SUN');
    expect(JSON.parse(interdep('countries', 'cow:365', '--year', '1992', '--json').stdout).code).toBe('RUS');
  });

  it('reports an ambiguous or unknown country on one stderr line with candidates, exit 1', () => {
    const congo = interdep('countries', 'Congo');
    expect(congo.code).toBe(1);
    expect(congo.stdout).toBe('');
    expect(congo.stderr.trim().split('\n')).toHaveLength(1);
    expect(congo.stderr).toMatch(/^interdep: ambiguous country "Congo"; closest: .*COG.*COD|^interdep: ambiguous country "Congo"; closest: .*COD.*COG/);
    const atlantis = interdep('countries', 'Belarusia');
    expect(atlantis.code).toBe(1);
    expect(atlantis.stderr).toMatch(/^interdep: unknown country "Belarusia"; closest: Belarus/);
  });

  it('exits 2 on usage errors and 1 with a fix when the database is missing', () => {
    expect(interdep('build', '--no-such-flag').code).toBe(2);
    const fmt = interdep('import', 'xml', 'file.xml');
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/unknown format "xml"/);
    const missing = interdep('summary', '--db', '.tmp/does-not-exist.duckdb');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/database .*does-not-exist\.duckdb not found \(run `interdep build` first/);
  });
});
