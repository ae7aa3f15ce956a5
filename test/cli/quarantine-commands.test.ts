// What the command line tells a user about rejected rows: `import` and `fetch` print the first quarantined rows with
// file:line, field and reason; `quarantine` lists them all (--dataset, --limit, --json); `build` prints the total
// and how to list it. Runs on a fresh database file, not the shared test database.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuarantineLines } from '../../src/cli/commands/quarantine.js';
import { Database } from '../../src/store/db.js';
import { startFetchServer, type FetchServer } from '../helpers/fetch-server.js';
import { USER_FIXTURES } from '../helpers/user-import.js';

const run = promisify(execFile);
const GSDB = join(USER_FIXTURES, 'gsdb', 'GSDB_V4_synthetic.csv');
const DATASET = 'user:gsdb:GSDB_V4_synthetic.csv';
const PORT = 8241;

let dir: string;
let db: string;
let server: FetchServer;

/** Runs the CLI without blocking this process (the fetch server answers from it). */
async function interdep(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--db', db], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'interdep-cli-quarantine-'));
  db = join(dir, 'test.duckdb');
  const store = await Database.open(db);
  await store.applySchema();
  await store.run(`INSERT INTO meta VALUES ('schema_version', '1')`);
  store.close();
  server = await startFetchServer(PORT);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('quarantined rows on the command line', () => {
  it('import prints the first rows with file:line, field and reason, and the command that lists them all', async () => {
    const { code, stdout, stderr } = await interdep('import', 'gsdb', GSDB, '--show-quarantined', '3');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')).toEqual([
      'file                   read  loaded  quarantined',
      '---------------------  ----  ------  -----------',
      'GSDB_V4_synthetic.csv    14       6            8',
      '',
      `8 row(s) quarantined in dataset ${DATASET}; the first 3:`,
      '  GSDB_V4_synthetic.csv:8 field "end": end 2019 is before begin 2021',
      '  GSDB_V4_synthetic.csv:9 field "sanctioning_state": "Atlantis" is not a state or an organisation this importer knows (in 2021)',
      '  GSDB_V4_synthetic.csv:10 field "financial": expected 0 or 1: "2"',
      `list them all with: interdep quarantine --dataset ${DATASET} --db ${db}`,
      '',
    ]);
  });

  it('quarantine lists every row of every dataset; --dataset, --limit and --json narrow or change that', async () => {
    const all = await interdep('quarantine');
    expect({ code: all.code, stderr: all.stderr }).toEqual({ code: 0, stderr: '' });
    expect(all.stdout.split('\n')).toEqual([
      `${DATASET} (8 row(s))`,
      '  GSDB_V4_synthetic.csv:8 field "end": end 2019 is before begin 2021',
      '  GSDB_V4_synthetic.csv:9 field "sanctioning_state": "Atlantis" is not a state or an organisation this importer knows (in 2021)',
      '  GSDB_V4_synthetic.csv:10 field "financial": expected 0 or 1: "2"',
      '  GSDB_V4_synthetic.csv:11 field "trade": no sanction type: trade, arms, military, financial, travel, other are all 0',
      '  GSDB_V4_synthetic.csv:12 field "case_id, begin, end, sanctioned_state, sanctioning_state": duplicate key (case_id, begin, end, ' +
        'sanctioned_state, sanctioning_state) = (9001|2020|2023|Belarus|EU), first seen at line 2',
      '  GSDB_V4_synthetic.csv:13 field "descr_trade": unknown trade sanction kind "exp_total" (expected exp_compl, imp_compl, exp_part, imp_part)',
      '  GSDB_V4_synthetic.csv:14 field "begin": not a number: "20x0"',
      '  GSDB_V4_synthetic.csv:15: expected 16 fields, found 4',
      '',
    ]);
    const limited = await interdep('quarantine', '--dataset', DATASET, '--limit', '2');
    expect(limited.stdout.split('\n')).toEqual([
      `${DATASET} (8 row(s))`,
      '  GSDB_V4_synthetic.csv:8 field "end": end 2019 is before begin 2021',
      '  GSDB_V4_synthetic.csv:9 field "sanctioning_state": "Atlantis" is not a state or an organisation this importer knows (in 2021)',
      '(6 more; raise --limit or leave it out)',
      '',
    ]);
    const json = JSON.parse((await interdep('quarantine', '--dataset', DATASET, '--limit', '1', '--json')).stdout);
    expect(json).toEqual([
      { dataset: DATASET, file: 'GSDB_V4_synthetic.csv', line: 8, field: 'end', reason: 'end 2019 is before begin 2021', raw: '9007,Belarus,EU,2021,2019,0,,0,0,1,0,0,0,0,democracy,ongoing' },
    ]);
    const unknown = await interdep('quarantine', '--dataset', 'nope');
    expect([unknown.code, unknown.stderr]).toEqual([2, 'interdep: no dataset "nope" in the database (see `interdep sources`, or the id `interdep import` printed)\n']);
  });

  it('fetch prints what it downloaded, the import report and the first quarantined rows; offline it fails in one line', async () => {
    const ok = await interdep('fetch', 'wdi', '--indicator', 'NY.GDP.MKTP.CD', '--from', '2021', '--to', '2022', '--per-page', '3', '--base-url', `${server.baseUrl}/wdi`);
    expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = ok.stdout.split('\n');
    expect(lines[0]).toMatch(/^downloaded\s+bytes\s+sha256$/);
    expect(lines[2]).toMatch(new RegExp(`^${server.baseUrl}/wdi/country/all/indicator/NY\\.GDP\\.MKTP\\.CD\\?format=json&per_page=3&page=1&date=2021%3A2022\\s+\\d+\\s+[0-9a-f]{64}$`));
    expect(lines.slice(4)).toEqual([
      '',
      'file                             read  loaded  quarantined',
      '-------------------------------  ----  ------  -----------',
      'API_NY.GDP.MKTP.CD_from_api.csv     3       2            1',
      '',
      'imported into dataset fetch:wdi:NY.GDP.MKTP.CD:2021-2022',
      '',
      '1 row(s) quarantined in dataset fetch:wdi:NY.GDP.MKTP.CD:2021-2022:',
      '  API_NY.GDP.MKTP.CD_from_api.csv:4 field "Country Code": unknown country or aggregate code ZZZ',
      `list them all with: interdep quarantine --dataset fetch:wdi:NY.GDP.MKTP.CD:2021-2022 --db ${db}`,
      '',
    ]);
    const before = (await interdep('quarantine', '--json')).stdout;
    const offline = await interdep('fetch', 'baci', '--release', '202401', '--base-url', 'http://127.0.0.1:8248/baci');
    expect(offline.code).toBe(1);
    expect(offline.stdout).toBe('');
    expect(offline.stderr).toBe(
      'interdep: cannot reach 127.0.0.1:8248: connection refused (http://127.0.0.1:8248/baci/BACI_HS92_V202401.zip) ' +
        '(interdep fetch needs the network: check the connection, or point --base-url at a reachable mirror)\n',
    );
    expect((await interdep('quarantine', '--json')).stdout).toBe(before);
  });

  it('build prints the quarantine total and how to list it', () => {
    const file = (dataset: string, quarantined: number) => ({ dataset, file: `${dataset}.csv`, read: 10, loaded: 10 - quarantined, quarantined, written: {} });
    expect(buildQuarantineLines([file('a', 2), file('a', 1), file('b', 0), file('c', 1_200)])).toEqual([
      '1,203 row(s) quarantined in 2 dataset(s): list them with interdep quarantine (--dataset ID for one dataset, --json for the raw rows)',
    ]);
    expect(buildQuarantineLines([file('a', 2)], 'my db.duckdb')).toEqual([
      "2 row(s) quarantined in 1 dataset(s): list them with interdep quarantine --db 'my db.duckdb' (--dataset ID for one dataset, --json for the raw rows)",
    ]);
    expect(buildQuarantineLines([file('a', 0)])).toEqual(['no rows quarantined']);
  });
});
