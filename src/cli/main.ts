// The interdep command line: parse, dispatch to a command, turn errors into one line and an exit code.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { InterdepError } from '../core/errors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerBuild } from './commands/build.js';
import { registerCite } from './commands/cite.js';
import { registerCompare } from './commands/compare.js';
import { registerCountries } from './commands/countries.js';
import { registerExplain } from './commands/explain.js';
import { registerExport } from './commands/export.js';
import { registerFetch } from './commands/fetch.js';
import { registerImport } from './commands/import.js';
import { registerMetrics } from './commands/metrics.js';
import { registerNetworkCommands } from './commands/network.js';
import { registerPanel } from './commands/panel.js';
import { registerQuarantine } from './commands/quarantine.js';
import { registerQuery } from './commands/query.js';
import { registerReport } from './commands/report.js';
import { registerScenario } from './commands/scenario.js';
import { registerScreen } from './commands/screen.js';
import { registerServe } from './commands/serve.js';
import { registerSources } from './commands/sources.js';
import { registerStability } from './commands/stability.js';
import { registerStart } from './commands/start.js';
import { registerSummary } from './commands/summary.js';

export function createProgram(): Command {
  const program = new Command('interdep')
    .description('dependence, power and interdependence between states, from real data')
    .version('0.1.0')
    .option('--debug', 'print stack traces')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  registerStart(program);
  registerBuild(program);
  registerImport(program);
  registerQuarantine(program);
  registerFetch(program);
  registerSources(program);
  registerCountries(program);
  registerSummary(program);
  registerMetrics(program);
  registerQuery(program);
  registerExplain(program);
  registerCompare(program);
  registerServe(program);
  registerExport(program);
  registerStability(program);
  registerAnalyze(program);
  registerReport(program);
  registerCite(program);
  registerPanel(program);
  registerNetworkCommands(program);
  registerScenario(program);
  registerScreen(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
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
