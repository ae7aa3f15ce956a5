import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runImporter } from '../../src/importers/engine.js';
import { optNum, text, year } from '../../src/importers/fields.js';
import { reject, type Importer } from '../../src/importers/importer.js';
import { Database } from '../../src/store/db.js';

const KNOWN = new Set(['BLR', 'RUS', 'POL', 'DEU', 'CHN', 'UKR', 'LTU']);
const row = z.object({ reporter: text, partner: text, year, value: optNum() });

function flowsImporter(path: string, delimiter?: string): Importer {
  return {
    dataset: 'test_flows',
    tables: ['trade'],
    files: [
      {
        path,
        label: path.split('/').pop()!,
        columns: ['reporter', 'partner', 'year', 'value'],
        delimiter,
        schema: row,
        key: { fields: 'reporter, partner, year', of: (r) => `${r.reporter},${r.partner},${r.year}` },
        map: (r, emit) => {
          if (!KNOWN.has(r.partner)) return reject('partner', `unknown country code ${r.partner}`);
          emit('trade', { dataset: 'test_flows', year: r.year, reporter: r.reporter, partner: r.partner, imports: r.value, imports_flag: 'reported' });
        },
      },
    ],
  };
}

async function fresh(): Promise<Database> {
  const db = await Database.open(':memory:');
  await db.applySchema();
  return db;
}

describe('runImporter', () => {
  it('loads good rows and quarantines each bad row with file, line, field and reason', async () => {
    const db = await fresh();
    const [report] = await runImporter(db, flowsImporter('test/fixtures/engine/flows.csv'));
    expect(report).toEqual({ dataset: 'test_flows', file: 'flows.csv', read: 8, loaded: 2, quarantined: 6, written: { trade: 2 } });
    const q = await db.all('SELECT file, line, field, reason, raw FROM quarantine ORDER BY line');
    expect(q).toEqual([
      { file: 'flows.csv', line: 3, field: null, reason: 'expected 4 fields, found 1 (delimiter ";"?)', raw: 'BLR;POL;2013;1200' },
      { file: 'flows.csv', line: 4, field: null, reason: 'expected 4 fields, found 3', raw: 'BLR,DEU,2013' },
      { file: 'flows.csv', line: 5, field: 'value', reason: 'not a number: "abc"', raw: 'BLR,CHN,2013,abc' },
      {
        file: 'flows.csv', line: 6, field: 'reporter, partner, year',
        reason: 'duplicate key (reporter, partner, year) = (BLR,RUS,2013), first seen at line 2', raw: 'BLR,RUS,2013,1.0',
      },
      { file: 'flows.csv', line: 7, field: 'partner', reason: 'unknown country code XXX', raw: 'BLR,XXX,2013,5' },
      { file: 'flows.csv', line: 8, field: 'value', reason: 'not a number: "4,5"', raw: '"BLR","UKR",2013,"4,5"' },
    ]);
    const rows = await db.all('SELECT partner, imports FROM trade ORDER BY partner');
    // the empty LTU value stays missing (NULL), never 0
    expect(rows).toEqual([
      { partner: 'LTU', imports: null },
      { partner: 'RUS', imports: 22905.1 },
    ]);
    db.close();
  });

  it('fails the whole file when a column is missing, suggesting the delimiter', async () => {
    const db = await fresh();
    await expect(runImporter(db, flowsImporter('test/fixtures/engine/semicolon.csv'))).rejects.toMatchObject({
      message: 'semicolon.csv:1 field "reporter": missing column(s) reporter, partner, year, value',
      hint: 'the file seems to use ";" as delimiter; pass --delimiter ";"',
    });
    db.close();
  });

  it('reads the file with the delimiter given', async () => {
    const db = await fresh();
    const [report] = await runImporter(db, flowsImporter('test/fixtures/engine/semicolon.csv', ';'));
    expect(report!.loaded).toBe(1);
    db.close();
  });

  it('is idempotent: importing twice leaves one copy of each row', async () => {
    const db = await fresh();
    await runImporter(db, flowsImporter('test/fixtures/engine/flows.csv'));
    await runImporter(db, flowsImporter('test/fixtures/engine/flows.csv'));
    expect(await db.one('SELECT count(*)::INTEGER AS n FROM trade')).toEqual({ n: 2 });
    expect(await db.one('SELECT count(*)::INTEGER AS n FROM quarantine')).toEqual({ n: 6 });
    expect(await db.one('SELECT count(*)::INTEGER AS n FROM dataset_file')).toEqual({ n: 1 });
    db.close();
  });

  it('rolls back everything when a file fails inside a transaction', async () => {
    const db = await fresh();
    await runImporter(db, flowsImporter('test/fixtures/engine/flows.csv'));
    await expect(db.transaction(() => runImporter(db, flowsImporter('test/fixtures/engine/semicolon.csv')))).rejects.toThrow(/missing column/);
    expect(await db.one('SELECT count(*)::INTEGER AS n FROM trade')).toEqual({ n: 2 });
    expect(await db.one('SELECT count(*)::INTEGER AS n FROM quarantine')).toEqual({ n: 6 });
    db.close();
  });
});
