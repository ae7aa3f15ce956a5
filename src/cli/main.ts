// The interdep command line: parse, dispatch to a command, turn errors into one line and an exit code.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { InterdepError } from '../core/errors.js';

type Register = (program: Command) => void;

/**
 * The command modules in help order, each with the top-level commands it registers. A run loads only the module of
 * its command: loading all of them (DuckDB, Hono, the scenario and analysis engines, …) cost about 2 s of every CLI
 * call, more than most commands take.
 */
const COMMAND_MODULES: ReadonlyArray<{ names: readonly string[]; load: () => Promise<Register> }> = [
  { names: ['start'], load: async () => (await import('./commands/start.js')).registerStart },
  { names: ['build'], load: async () => (await import('./commands/build.js')).registerBuild },
  { names: ['import'], load: async () => (await import('./commands/import.js')).registerImport },
  { names: ['quarantine'], load: async () => (await import('./commands/quarantine.js')).registerQuarantine },
  { names: ['fetch'], load: async () => (await import('./commands/fetch.js')).registerFetch },
  { names: ['sources'], load: async () => (await import('./commands/sources.js')).registerSources },
  { names: ['countries'], load: async () => (await import('./commands/countries.js')).registerCountries },
  { names: ['summary'], load: async () => (await import('./commands/summary.js')).registerSummary },
  { names: ['metrics', 'compute'], load: async () => (await import('./commands/metrics.js')).registerMetrics },
  { names: ['query', 'dyad', 'country', 'rank'], load: async () => (await import('./commands/query.js')).registerQuery },
  { names: ['explain'], load: async () => (await import('./commands/explain.js')).registerExplain },
  { names: ['compare'], load: async () => (await import('./commands/compare.js')).registerCompare },
  { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServe },
  { names: ['export'], load: async () => (await import('./commands/export.js')).registerExport },
  { names: ['stability'], load: async () => (await import('./commands/stability.js')).registerStability },
  { names: ['analyze'], load: async () => (await import('./commands/analyze.js')).registerAnalyze },
  { names: ['report'], load: async () => (await import('./commands/report.js')).registerReport },
  { names: ['cite'], load: async () => (await import('./commands/cite.js')).registerCite },
  { names: ['panel'], load: async () => (await import('./commands/panel.js')).registerPanel },
  { names: ['network', 'paths', 'blocs'], load: async () => (await import('./commands/network.js')).registerNetworkCommands },
  { names: ['scenario'], load: async () => (await import('./commands/scenario.js')).registerScenario },
  { names: ['screen'], load: async () => (await import('./commands/screen.js')).registerScreen },
];

/** The program with the commands of `argv` (every command when argv names none of them: help, version, a typo). */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('interdep')
    .description('dependence, power and interdependence between states, from real data')
    .version('0.1.0')
    .option('--debug', 'print stack traces')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  const name = argv.find((a) => !a.startsWith('-'));
  const only = COMMAND_MODULES.filter((m) => name !== undefined && m.names.includes(name));
  for (const m of only.length > 0 ? only : COMMAND_MODULES) (await m.load())(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await createProgram(argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version are "errors" to commander but successes to the user
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    const debug = argv.includes('--debug');
    if (err instanceof InterdepError) {
      process.stderr.write(`interdep: ${err.toLine()}\n`);
      if (debug) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    process.stderr.write(`interdep: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('(run again with --debug for the stack trace)\n');
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
