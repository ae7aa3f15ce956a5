// Baseline for the build benchmark: DuckDB's own CSV reader loads every bundled file into a table, with no
// validation, no code mapping and no quarantine — the floor any importer of the same files stands on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../src/importers/sources.js';
import { Database } from '../src/store/db.js';

const dataDir = process.argv[2] ?? 'data';
const dir = mkdtempSync(join(tmpdir(), 'interdep-baseline-'));
const db = await Database.open(join(dir, 'baseline.duckdb'));
let rows = 0;
for (const source of readSources(dataDir)) {
  for (const [i, file] of source.files.entries()) {
    const table = `${source.id}_${i}`;
    await db.run(
      `CREATE TABLE "${table}" AS SELECT * FROM read_csv(?, header = true, all_varchar = true, strict_mode = false)`,
      [join(dataDir, file.path)],
    );
    rows += (await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${table}"`))!.n;
  }
}
await db.checkpoint();
db.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ rows }));
