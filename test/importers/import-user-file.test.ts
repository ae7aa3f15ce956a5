// importUserFile: one transaction per file (a failure leaves the database exactly as before), idempotent
// re-import, provenance rows with the file's sha256, and the guards on format, path and dataset id.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/core/errors.js';
import { importUserFile } from '../../src/importers/import-user-file.js';
import { sha256File } from '../../src/importers/sources.js';
import type { Database } from '../../src/store/db.js';
import { USER_FIXTURES, emptyDb, userContext } from '../helpers/user-import.js';

const BACI = 'BACI_HS92_Y2021_V202401.csv';
const DATASET = 'my-baci';

/** Every row of every table a user import touches, in a stable order. */
async function snapshot(db: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['trade_product', 'trade', 'trade_total', 'quarantine', 'dataset', 'dataset_file']) {
    out[table] = await db.all(`SELECT * FROM "${table}" ORDER BY ALL`);
  }
  return out;
}

describe('importUserFile', () => {
  let db: Database;
  let dir: string;
  beforeEach(async () => {
    db = await emptyDb();
    dir = mkdtempSync(join(tmpdir(), 'interdep-user-'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records the dataset (not bundled, file name as title) and the file with its sha256', async () => {
    const path = join(USER_FIXTURES, 'baci', BACI);
    const result = await importUserFile(db, { format: 'baci', path }, await userContext());
    const sha = await sha256File(path);
    expect(result).toMatchObject({ dataset: `user:baci:${BACI}`, sha256: sha });
    expect(await db.all('SELECT id, title, publisher, origin, year_from, year_to, bundled FROM dataset')).toEqual([
      { id: `user:baci:${BACI}`, title: BACI, publisher: 'CEPII', origin: 'user file (baci)', year_from: 2021, year_to: 2021, bundled: false },
    ]);
    expect(await db.all('SELECT dataset, path, sha256, rows_read, rows_loaded, rows_quarantined FROM dataset_file')).toEqual([
      { dataset: `user:baci:${BACI}`, path: BACI, sha256: sha, rows_read: 12, rows_loaded: 6, rows_quarantined: 6 },
    ]);
  });

  it('is idempotent: importing the same file twice gives the same rows', async () => {
    const ctx = await userContext();
    const path = join(USER_FIXTURES, 'comtrade', 'comtrade_plus.csv');
    await importUserFile(db, { format: 'comtrade', path, dataset: DATASET }, ctx);
    const first = await snapshot(db);
    expect(first.trade_product).toHaveLength(4);
    expect(first.quarantine).toHaveLength(10);
    await importUserFile(db, { format: 'comtrade', path, dataset: DATASET }, ctx);
    expect(await snapshot(db)).toEqual(first);
  });

  it('leaves the database exactly as before when a file fails after rows were written', async () => {
    const ctx = await userContext();
    const good = join(dir, BACI);
    copyFileSync(join(USER_FIXTURES, 'baci', BACI), good);
    await importUserFile(db, { format: 'baci', path: good, dataset: DATASET }, ctx);
    const before = await snapshot(db);
    expect(before.trade_product).toHaveLength(6);

    // Same dataset and file name: a valid header and a row, then a quote that never closes, so the failure
    // comes after the dataset's rows were deleted and new ones appended.
    mkdirSync(join(dir, 'v2'));
    const broken = join(dir, 'v2', BACI);
    writeFileSync(broken, 't,i,j,k,v,q\n2021,112,643,271111,1,1\n2021,643,112,"010121,2,2\n');
    const err = await importUserFile(db, { format: 'baci', path: broken, dataset: DATASET }, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(`${BACI}:3: quoted field is never closed`);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database exactly as before when a column is missing', async () => {
    const ctx = await userContext();
    await importUserFile(db, { format: 'baci', path: join(USER_FIXTURES, 'baci', BACI), dataset: DATASET }, ctx);
    const before = await snapshot(db);
    const noValue = join(dir, 'no-value.csv');
    writeFileSync(noValue, 't,i,j,k,q\n2021,112,643,271111,1\n');
    const err = await importUserFile(db, { format: 'baci', path: noValue, dataset: DATASET }, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe('no-value.csv:1 field "v": not a BACI file: missing column(s) v');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an unreadable file, an unknown format and a bundled dataset id, changing nothing', async () => {
    const ctx = await userContext();
    const missing = await importUserFile(db, { format: 'baci', path: join(dir, 'nope.csv') }, ctx).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(InputError);
    expect((missing as InputError).message).toBe('nope.csv: file not found');

    const format = await importUserFile(db, { format: 'xlsx', path: join(dir, 'nope.csv') }, ctx).catch((e: unknown) => e);
    expect(format).toBeInstanceOf(UsageError);
    expect((format as UsageError).toLine()).toBe('unknown format "xlsx" (use one of: comtrade, baci, dots, wdi, gsdb)');

    await db.run(`INSERT INTO dataset (id, title, bundled) VALUES ('imf_dots_bilateral_trade', 'IMF DOTS', true)`);
    const path = join(USER_FIXTURES, 'dots', 'dots_bilateral_trade.csv');
    const bundled = await importUserFile(db, { format: 'dots', path, dataset: 'imf_dots_bilateral_trade' }, ctx).catch((e: unknown) => e);
    expect(bundled).toBeInstanceOf(UsageError);
    expect((bundled as UsageError).message).toBe('dataset "imf_dots_bilateral_trade" is a bundled dataset');
    expect(await db.all('SELECT id, bundled FROM dataset')).toEqual([{ id: 'imf_dots_bilateral_trade', bundled: true }]);
    expect(await db.all('SELECT * FROM trade')).toEqual([]);
  });
});
