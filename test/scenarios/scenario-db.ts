// The real test database plus the case datasets the built-in scenarios read (belarus_case_energy, belarus_case_events,
// pipeline_routes), which the shared test database predates: a copy of it, made once per source file version, with
// those importers run into it; the tests then open the copy read-only. The shared database itself is never written.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runImporter } from '../../src/importers/engine.js';
import { belarusCaseEnergyImporter } from '../../src/importers/from-belarus-case-energy.js';
import { belarusCaseEventsImporter } from '../../src/importers/from-belarus-case-events.js';
import { pipelineRoutesImporter } from '../../src/importers/from-pipeline-routes.js';
import { loadCountryResolver } from '../../src/importers/load-country-tables.js';
import { Database } from '../../src/store/db.js';
import { BUILT_DB } from '../helpers/built-db.js';

export const SCENARIO_DB = resolve(join('.tmp', 'scenario-test', 'interdep.duckdb'));

/** Makes (or reuses) the copy and returns its path. */
export async function scenarioDb(): Promise<string> {
  if (existsSync(SCENARIO_DB) && statSync(SCENARIO_DB).mtimeMs > statSync(BUILT_DB).mtimeMs) return SCENARIO_DB;
  mkdirSync(join('.tmp', 'scenario-test'), { recursive: true });
  copyFileSync(BUILT_DB, SCENARIO_DB);
  const db = await Database.open(SCENARIO_DB);
  try {
    await db.applySchema();
    const ctx = { dataDir: 'data', countries: await loadCountryResolver('data') };
    for (const table of ['case_energy_fact', 'event', 'route', 'route_transit']) await db.run(`DELETE FROM ${table}`);
    for (const importer of [belarusCaseEnergyImporter(ctx), belarusCaseEventsImporter(ctx), pipelineRoutesImporter(ctx)]) await runImporter(db, importer);
    await db.checkpoint();
  } finally {
    db.close();
  }
  return SCENARIO_DB;
}
