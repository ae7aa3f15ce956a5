// interdep quarantine: the rows importers rejected, each with file:line, field and reason (and the raw text in --json);
// plus the lines `import` and `build` print about them.
import type { Command } from 'commander';
import { formatLocation, UsageError } from '../../core/errors.js';
import type { FileReport } from '../../importers/importer.js';
import { countQuarantine, listQuarantine, type QuarantinedRow } from '../../store/queries/quarantine.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatCount, printJson } from '../output.js';

/** How many quarantined rows `interdep import` prints by default. */
export const IMPORT_QUARANTINE_SHOWN = 10;

/** A non-negative integer option (0 allowed: "none"). */
export function parseLimit(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`${flag} must be a whole number ≥ 0, got "${value}"`);
  return n;
}

/** `file:line field "f": reason`, as InputError messages name places. */
export function formatQuarantined(row: Pick<QuarantinedRow, 'file' | 'line' | 'field' | 'reason'>): string {
  return `${formatLocation({ file: row.file, line: row.line, field: row.field ?? undefined })}: ${row.reason}`;
}

/** A shell word: quoted only when it needs to be. */
function shellWord(value: string): string {
  return /^[\w.:@/+=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The command that lists the quarantine (of one dataset), naming --db when the user gave one. */
export function quarantineCommand(dataset?: string, db?: string): string {
  return ['interdep quarantine', dataset && `--dataset ${shellWord(dataset)}`, db && `--db ${shellWord(db)}`].filter(Boolean).join(' ');
}

/** What `interdep import` prints after its report: the first rows, and how to list them all. */
export function importQuarantineLines(dataset: string, total: number, first: readonly QuarantinedRow[], db?: string): string[] {
  if (total === 0) return [];
  const lines = [`${formatCount(total)} row(s) quarantined in dataset ${dataset}${first.length < total ? `; the first ${first.length}` : ''}:`];
  for (const row of first) lines.push(`  ${formatQuarantined(row)}`);
  lines.push(`list them all with: ${quarantineCommand(dataset, db)}`);
  return lines;
}

/** What `interdep build` prints after its summary: the quarantine total by dataset count, and how to list it. */
export function buildQuarantineLines(files: readonly FileReport[], db?: string): string[] {
  const byDataset = new Map<string, number>();
  for (const f of files) if (f.quarantined) byDataset.set(f.dataset, (byDataset.get(f.dataset) ?? 0) + f.quarantined);
  const total = [...byDataset.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return ['no rows quarantined'];
  return [
    `${formatCount(total)} row(s) quarantined in ${byDataset.size} dataset(s): list them with ${quarantineCommand(undefined, db)}` +
      ' (--dataset ID for one dataset, --json for the raw rows)',
  ];
}

export function registerQuarantine(program: Command): void {
  program
    .command('quarantine')
    .description('list the rows importers rejected, with file:line, field and reason')
    .option('--dataset <id>', 'only this dataset (see `interdep sources`, or the id `interdep import` printed)')
    .option('--limit <n>', 'at most n rows (default: all)')
    .option('--db <file>', 'database file')
    .option('--json', 'machine-readable rows, with the raw text of each')
    .action(async (opts: { dataset?: string; limit?: string; db?: string; json?: boolean }) => {
      const limit = parseLimit(opts.limit, '--limit');
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      try {
        if (opts.dataset !== undefined && !(await db.one('SELECT 1 AS x FROM dataset WHERE id = ?', [opts.dataset]))) {
          throw new UsageError(`no dataset "${opts.dataset}" in the database`, 'see `interdep sources`, or the id `interdep import` printed');
        }
        const counts = await countQuarantine(db, opts.dataset);
        const rows = await listQuarantine(db, { dataset: opts.dataset, limit });
        if (opts.json) return printJson(rows);
        const total = counts.reduce((a, c) => a + c.rows, 0);
        if (total === 0) {
          console.log(opts.dataset === undefined ? 'no rows quarantined' : `no rows quarantined in dataset ${opts.dataset}`);
          return;
        }
        const perDataset = new Map(counts.map((c) => [c.dataset, c.rows]));
        let current: string | undefined;
        for (const row of rows) {
          if (row.dataset !== current) {
            current = row.dataset;
            console.log(`${current} (${formatCount(perDataset.get(current)!)} row(s))`);
          }
          console.log(`  ${formatQuarantined(row)}`);
        }
        if (rows.length < total) console.log(`(${formatCount(total - rows.length)} more; raise --limit or leave it out)`);
      } finally {
        db.close();
      }
    });
}
