// interdep report: a country report answering the seed thesis's five research questions with numbers, charts
// (inline SVG) and a methods appendix, as Markdown or a self-contained HTML page.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { gatherCountryReport } from '../../report/country-data.js';
import { buildReport } from '../../report/narrative.js';
import { renderHtml, renderMarkdown } from '../../report/render.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('country report: the five research questions answered with numbers, charts and a methods appendix')
    .argument('<country>', 'ISO3 code or name')
    .option('--year <year>', 'data year (default: the latest year with trade data)')
    .option('--format <format>', 'md or html', 'md')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--analyses <dir>', 'directory of hypothesis specifications (default: the analyses/ shipped with interdep)')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .action(async (country: string, opts: { year?: string; format: string; out?: string; analyses?: string; db?: string; data: string }) => {
      if (opts.format !== 'md' && opts.format !== 'html') throw new UsageError(`--format must be md or html, got "${opts.format}"`);
      const year = parseYear(opts.year, '--year');
      if (opts.out !== undefined && !existsSync(dirname(resolve(opts.out)))) {
        throw new UsageError(`--out: directory ${dirname(resolve(opts.out))} does not exist`, 'create it first or choose another path');
      }
      const code = (await loadCountryResolver(opts.data)).resolve(country, { year }).code;
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let text: string;
      try {
        const doc = buildReport(await gatherCountryReport(db, code, { year, analysesDir: opts.analyses }));
        // Markdown written to a file links its charts as sibling SVG files (GitHub and most viewers show those).
        const out = opts.out;
        const chartLink = out === undefined ? undefined : (figure: number, svg: string) => {
          const file = `${basename(out).replace(/\.[^.]*$/, '')}-fig${figure}.svg`;
          writeFileSync(join(dirname(out), file), svg);
          return file;
        };
        text = opts.format === 'html' ? renderHtml(doc) : renderMarkdown(doc, chartLink);
      } finally {
        db.close();
      }
      if (opts.out) {
        writeFileSync(opts.out, text);
        console.error(`wrote ${opts.out} (${text.length.toLocaleString('en-US')} characters)`);
      } else process.stdout.write(text);
    });
}
