// interdep cite: the full references of the metrics (src/metrics/registry.ts) and the statistical methods
// (src/analysis/citations.ts), as text or BibTeX; --metric limits them to one metric's works.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { ANALYSIS_CITATIONS } from '../../analysis/citations.js';
import { CITATIONS, getMetric } from '../../metrics/registry.js';
import { formatCitation, toBibtex } from '../../report/bibtex.js';

export function registerCite(program: Command): void {
  program
    .command('cite')
    .description('references of the metrics and methods, as text or BibTeX')
    .option('--metric <id>', 'only the works one metric cites')
    .option('--format <format>', 'text or bibtex', 'text')
    .action((opts: { metric?: string; format: string }) => {
      if (opts.format !== 'text' && opts.format !== 'bibtex') throw new UsageError(`--format must be text or bibtex, got "${opts.format}"`);
      const all = { ...CITATIONS, ...ANALYSIS_CITATIONS };
      let keys = Object.keys(all).sort();
      if (opts.metric !== undefined) {
        const m = getMetric(opts.metric);
        if (!m) throw new UsageError(`unknown metric "${opts.metric}"`, 'run `interdep metrics` for the ids');
        keys = [...m.citations];
      }
      const works = keys.map((k) => all[k]!);
      process.stdout.write((opts.format === 'bibtex' ? works.map(toBibtex).join('\n\n') : works.map(formatCitation).join('\n')) + '\n');
    });
}
