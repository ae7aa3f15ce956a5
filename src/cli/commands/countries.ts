// interdep countries <query>: resolve a name or code of any scheme, with the state's codes and history.
import type { Command } from 'commander';
import type { StateRecord } from '../../core/countries/types.js';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { formatTable, printJson } from '../output.js';
import { DEFAULT_DATA_DIR } from './build.js';

function describe(s: StateRecord): Array<[string, string | number | null]> {
  return [
    ['code', s.code],
    ['name', s.name],
    ['ISO3', s.iso3],
    ['ISO numeric', s.isoNumeric],
    ['COW', s.cow],
    ['Gleditsch-Ward', s.gw],
    ['IMF', s.imf],
    ['World Bank', s.wb],
    ['years', `${s.startYear ?? '?'}–${s.endYear ?? ''}`],
  ];
}

export function registerCountries(program: Command): void {
  program
    .command('countries')
    .description('resolve a country name or code (ISO3, ISO numeric, COW, G-W, IMF, World Bank)')
    .argument('<query>', 'a name ("Byelorussia") or code ("BLR", "370", "913")')
    .option('--year <year>', 'interpret numeric codes as of this year (COW 365 is the USSR in 1991, Russia in 1992)')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (query: string, opts: { year?: string; data: string; json?: boolean }) => {
      const year = opts.year === undefined ? undefined : Number(opts.year);
      if (year !== undefined && !Number.isInteger(year)) throw new UsageError(`--year must be a year, got "${opts.year}"`);
      const countries = await loadCountryResolver(opts.data);
      const state = countries.resolve(query, { year });
      const successors = countries.successors(state.code);
      const predecessors = countries.predecessors(state.code);
      if (opts.json) return printJson({ ...state, successors, predecessors });
      console.log(formatTable(['field', 'value'], describe(state)));
      if (predecessors.length) console.log(`predecessors: ${predecessors.map((p) => `${p.code} (${p.year})`).join(', ')}`);
      if (successors.length) console.log(`successors: ${successors.map((p) => `${p.code} (${p.year})`).join(', ')}`);
      if (state.aliases.length) console.log(`also known as: ${state.aliases.slice(0, 12).join('; ')}`);
    });
}
