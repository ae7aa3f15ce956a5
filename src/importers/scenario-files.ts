// Scenario files: a user's YAML/JSON file or a built-in under scenarios/ at the repository root, read and validated
// (src/scenarios/schema.ts) — the file side of the scenario engine, shared by the CLI and the HTTP API.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../core/errors.js';
import { parseScenarioText, type Scenario } from '../scenarios/schema.js';

/** The built-in scenarios shipped in scenarios/ at the repository root. */
export const BUILTIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scenarios');

export function listBuiltins(dir = BUILTIN_DIR): Array<{ name: string; title: string; baseline_year: number; file: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => {
    const s = loadScenario(join(dir, f));
    return { name: s.name, title: s.title, baseline_year: s.baseline_year, file: `scenarios/${f}` };
  });
}

/** A scenario file path, or the name of a built-in scenario. */
export function loadScenario(fileOrName: string, dir = BUILTIN_DIR): Scenario {
  const builtin = ['.yaml', '.yml', '.json'].map((ext) => join(dir, `${fileOrName}${ext}`)).find(existsSync);
  const path = existsSync(fileOrName) ? fileOrName : builtin;
  if (!path) throw new UsageError(`no scenario file or built-in scenario "${fileOrName}"`, 'run `interdep scenario list` for the built-in names');
  return parseScenarioText(readFileSync(path, 'utf8'), existsSync(fileOrName) ? fileOrName : `scenarios/${basename(path)}`);
}
