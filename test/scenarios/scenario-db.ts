// The real test database plus the datasets the built-in scenarios read that the shared test database may predate
// (belarus_case_energy, belarus_case_events, pipeline_routes, the Comext exports of sanctioned goods): a copy of it,
// made once per source file version (or when it lacks one of those datasets), with those importers run into it; the
// tests then open the copy read-only. The shared database itself is never written. INTERDEP_SCENARIO_DB moves the copy.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runImporter } from '../../src/importers/engine.js';
import { belarusCaseEnergyImporter } from '../../src/importers/from-belarus-case-energy.js';
import { belarusCaseEventsImporter } from '../../src/importers/from-belarus-case-events.js';
import { comextSanctionedImporter } from '../../src/importers/from-comext-sanctioned.js';
import { pipelineRoutesImporter } from '../../src/importers/from-pipeline-routes.js';
import { loadCountryResolver } from '../../src/importers/load-country-tables.js';
import { Database } from '../../src/store/db.js';
import { BUILT_DB } from '../helpers/built-db.js';

export const SCENARIO_DB = resolve(process.env.INTERDEP_SCENARIO_DB ?? join('.tmp', 'scenario-test', 'interdep.duckdb'));

/** Datasets the copy must hold (their importers are run into it). */
const ADDED = ['belarus_case_energy', 'belarus_case_events', 'pipeline_routes', 'eurostat_comext_eu_exports_sanctioned_codes_2020_2022'];

async function hasAll(path: string): Promise<boolean> {
  const db = await Database.open(path, { readOnly: true });
  try {
    const rows = await db.all<{ dataset: string }>(`SELECT DISTINCT dataset FROM dataset_file`);
    const have = new Set(rows.map((r) => r.dataset));
    return ADDED.every((d) => have.has(d));
  } finally {
    db.close();
  }
}

/** Makes (or reuses) the copy and returns its path. */
export async function scenarioDb(): Promise<string> {
  if (existsSync(SCENARIO_DB) && statSync(SCENARIO_DB).mtimeMs > statSync(BUILT_DB).mtimeMs && (await hasAll(SCENARIO_DB))) return SCENARIO_DB;
  mkdirSync(dirname(SCENARIO_DB), { recursive: true });
  copyFileSync(BUILT_DB, SCENARIO_DB);
  const db = await Database.open(SCENARIO_DB);
  try {
    await db.applySchema();
    const ctx = { dataDir: 'data', countries: await loadCountryResolver('data') };
    for (const table of ['case_energy_fact', 'event', 'route', 'route_transit']) await db.run(`DELETE FROM ${table}`);
    const importers = [belarusCaseEnergyImporter(ctx), belarusCaseEventsImporter(ctx), pipelineRoutesImporter(ctx), comextSanctionedImporter(ctx)];
    for (const importer of importers) await runImporter(db, importer);
    await db.checkpoint();
  } finally {
    db.close();
  }
  return SCENARIO_DB;
}
