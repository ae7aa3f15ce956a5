// interdep analyze: run a hypothesis specification (analyses/*.yaml) on the database and print estimates with
// intervals, N, warnings and the reading against the expected sign.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { parseHypothesisSpec } from '../../analysis/parse-spec.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { formatHypothesis } from '../../report/format-hypothesis.js';
import { runHypothesisOnStore } from '../../report/hypothesis-service.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { printJson } from '../output.js';
import { DEFAULT_DATA_DIR } from './build.js';

function readSpecFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new InputError({ file }, 'cannot read the specification file', 'give a path such as analyses/h1a-io-engagement.yaml');
  }
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('run a hypothesis specification (analyses/*.yaml): time series for one state, fixed-effects panel for a group')
    .argument('<files...>', 'specification files')
    .option('--unit <country>', "run the time series for this state instead of the file's timeseries.unit")
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (files: string[], opts: { unit?: string; db?: string; data: string; json?: boolean }) => {
      const unit = opts.unit === undefined ? undefined : (await loadCountryResolver(opts.data)).resolve(opts.unit).code;
      const specs = files.map((f) => {
        const spec = parseHypothesisSpec(readSpecFile(f), f);
        return { file: f, spec: unit ? { ...spec, timeseries: { ...spec.timeseries, unit } } : spec };
      });
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      const results = [];
      try {
        for (const { file, spec } of specs) results.push(await runHypothesisOnStore(db, spec, file));
      } finally {
        db.close();
      }
      if (opts.json) return printJson(files.length === 1 ? results[0] : results);
      console.log(results.map(formatHypothesis).join('\n\n' + '='.repeat(78) + '\n\n'));
    });
}
