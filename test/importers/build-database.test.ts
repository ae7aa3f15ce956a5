import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatabase } from '../../src/importers/build-database.js';
import { Database } from '../../src/store/db.js';
import { BUILT_DB } from '../helpers/built-db.js';

async function tradeRows(path: string): Promise<number> {
  const db = await Database.open(path, { readOnly: true });
  try {
    return (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM trade'))!.n;
  } finally {
    db.close();
  }
}

function previousDatabase(): { dir: string; path: string } {
  const dir = mkdtempSync(join(resolve('.tmp'), 'build-test-'));
  const path = join(dir, 'interdep.duckdb');
  copyFileSync(BUILT_DB, path);
  return { dir, path };
}

describe('buildDatabase', () => {
  it('leaves the previous database intact when a build fails midway, and cleans its temporary file', async () => {
    const { dir, path } = previousDatabase();
    const before = await tradeRows(path);
    expect(before).toBeGreaterThan(1_000_000);
    // crash in the middle of the first big file, after 100,000 of its rows were written
    let crashedAt: [string, number] | null = null;
    await expect(
      buildDatabase({
        dataDir: 'data',
        dbPath: path,
        onProgress: (file, read) => {
          if (read >= 100_000) {
            crashedAt = [file, read];
            throw new Error('simulated crash');
          }
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(crashedAt).toEqual(['cow_trade_v4/dyadic_trade_1870_2014.csv.gz', 100_000]);
    expect(await tradeRows(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['interdep.duckdb']);
  });

  it('survives kill -9 in the middle of a build; the next build removes the stale temporary file', async () => {
    const { dir, path } = previousDatabase();
    const before = await tradeRows(path);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', '--db', path], { stdio: 'ignore' });
    const tmp = `${path}.building-${child.pid}`;
    // wait until the child is writing a sizeable temporary database, then kill it without warning
    const deadline = Date.now() + 60_000;
    while (!(existsSync(tmp) && statSync(tmp).size > 4_000_000) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(existsSync(tmp)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(await tradeRows(path)).toBe(before);
    expect(existsSync(tmp)).toBe(true);
    await expect(
      buildDatabase({ dataDir: 'data', dbPath: path, onDataset: () => { throw new Error('stop early'); } }),
    ).rejects.toThrow('stop early');
    expect(readdirSync(dir)).toEqual(['interdep.duckdb']);
    expect(await tradeRows(path)).toBe(before);
  });
});
