// Exports: CSV/JSON/Parquet files of one metric with a manifest whose rows and sha256 match the file written.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { exportToFile } from '../../src/exports/export-metric.js';
import { toCsv } from '../../src/exports/to-csv.js';
import { toJson } from '../../src/exports/to-json.js';
import type { Database } from '../../src/store/db.js';
import { BUILT_DB, openBuiltDb } from '../helpers/built-db.js';

let db: Database;
let dir: string;
const filter = { metric: 'trade.share_turnover', source: 'default', subject: 'BLR', from: 2012, to: 2013 };
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  db = await openBuiltDb();
  dir = mkdtempSync(join(tmpdir(), 'interdep-export-'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('to-csv / to-json', () => {
  it('quotes fields with commas, quotes and newlines; NULL is empty', () => {
    const rows = [{ a: 'x,y', b: 'say "hi"', c: null }, { a: 'line\nbreak', b: 1.5, c: 0 }];
    expect(toCsv(rows, ['a', 'b', 'c'])).toBe('a,b,c\n"x,y","say ""hi""",\n"line\nbreak",1.5,0\n');
    expect(JSON.parse(toJson(rows, ['c', 'a']))).toEqual([{ c: null, a: 'x,y' }, { c: 0, a: 'line\nbreak' }]);
  });
});

describe('exportToFile', () => {
  it.each(['csv', 'json', 'parquet'] as const)('%s: the manifest rows and sha256 match the file', async (format) => {
    const out = join(dir, `blr.${format}`);
    const manifest = await exportToFile(db, filter, format, out);
    const written = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(manifest)));
    expect(manifest.sha256).toBe(sha(out));
    expect(manifest.bytes).toBe(readFileSync(out).byteLength);
    const stored = await db.one<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM metric_value WHERE metric = ? AND source = 'default' AND scenario = 'baseline' AND subject = 'BLR' AND year BETWEEN 2012 AND 2013`,
      ['trade.share_turnover'],
    );
    expect(manifest.rows).toBe(stored!.n);
    expect(manifest.metrics).toEqual([{ id: 'trade.share_turnover', version: '1.0.0', title: 'Share of trade with counterpart' }]);
    expect(manifest.parameters).toMatchObject({ metric: 'trade.share_turnover', subject: 'BLR', from: 2012, to: 2013 });
    expect(manifest.datasets.find((d) => d.id === 'imf_dots_bilateral_trade')?.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    if (format === 'csv') {
      const lines = readFileSync(out, 'utf8').trim().split('\n');
      expect(lines.length - 1).toBe(manifest.rows);
      // the value to 1e-13 (DuckDB's parallel SUM may differ in the last bits between builds)
      const brus = lines.find((l) => l.startsWith('trade.share_turnover,1.0.0,default,BLR,RUS,2013,'))!.split(',');
      expect(Number(brus[6])).toBeCloseTo(0.50388068549382, 13);
      expect(brus.slice(7)).toEqual(['', '', 'dots_own']);
    }
    if (format === 'json') {
      const rows = JSON.parse(readFileSync(out, 'utf8'));
      expect(rows).toHaveLength(manifest.rows);
      expect(rows.find((r: any) => r.counterpart === 'RUS' && r.year === 2013).value).toBeCloseTo(0.50388, 4);
    }
    if (format === 'parquet') {
      const back = await db.all<{ n: number; v: number }>(
        `SELECT count(*)::INTEGER AS n, max(CASE WHEN counterpart = 'RUS' AND year = 2013 THEN value END) AS v FROM read_parquet(?)`, [out],
      );
      expect(back[0]).toMatchObject({ n: manifest.rows });
      expect(back[0]!.v).toBeCloseTo(0.50388, 4);
    }
  });

  it('the same export twice gives the same bytes and manifest (no wall-clock)', async () => {
    const a = await exportToFile(db, filter, 'csv', join(dir, 'a.csv'));
    const b = await exportToFile(db, filter, 'csv', join(dir, 'a.csv'));
    expect(b).toEqual(a);
  });
});

describe('interdep export', () => {
  it('writes the file and its manifest; a bad format is a usage error (exit 2)', async () => {
    const out = join(dir, 'cinc.csv');
    expect(await main(['export', '--metric', 'power.cinc', '--format', 'csv', '--out', out, '--from', '2013', '--to', '2013', '--db', BUILT_DB])).toBe(0);
    const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'));
    expect(manifest.sha256).toBe(sha(out));
    expect(manifest.rows).toBe(readFileSync(out, 'utf8').trim().split('\n').length - 1);
    expect(await main(['export', '--metric', 'power.cinc', '--format', 'xlsx', '--out', out, '--db', BUILT_DB])).toBe(2);
  });
});
