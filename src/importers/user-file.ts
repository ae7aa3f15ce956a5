// What an importer of a user's own file receives and returns, plus the pieces those importers share: reading
// the header to pick a layout, exact decimal unit changes, and merging partial trade rows.
import { open } from 'node:fs/promises';
import { constants, gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { guessDelimiter, splitQuoted } from './csv-reader.js';
import { NUMBER } from './fields.js';
import type { Database } from '../store/db.js';
import type { ImportContext } from './context.js';
import type { Importer } from './importer.js';

export interface UserFile {
  path: string;
  /** Name recorded in reports and the quarantine: the file name, never the user's absolute path. */
  label: string;
  dataset: string;
  delimiter?: string;
}

export interface UserImporter extends Importer {
  /** Runs after every row is written, in the same transaction (e.g. merges the partial rows of one dyad). */
  finish?: (db: Database) => Promise<void>;
}

export type UserImporterFactory = (ctx: ImportContext, file: UserFile) => Promise<UserImporter>;

export interface Header {
  /** 1-based line of the file the header is on. */
  line: number;
  fields: string[];
}

// The header is read from the first bytes only; reading the file through readCsv and stopping early would
// leave its descriptor open.
const SNIFF_BYTES = 1 << 20;

async function headText(path: string, label: string): Promise<{ text: string; complete: boolean }> {
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      let bytes = buffer.subarray(0, bytesRead);
      const complete = bytesRead < SNIFF_BYTES;
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
      return { text: bytes.toString('utf8'), complete };
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError({ file: label }, 'file not found', 'check the path');
    throw new InputError({ file: label }, `cannot read the file: ${(err as Error).message}`);
  }
}

/**
 * The header record of a CSV(.gz): the first non-empty record, or the first for which `isHeader` holds
 * (files with a preamble). Fields are trimmed. Throws an InputError when the file is unreadable or has none.
 */
export async function readHeader(
  file: UserFile,
  isHeader: (fields: string[]) => boolean = () => true,
  expected?: string,
): Promise<Header> {
  const { text, complete } = await headText(file.path, file.label);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!complete) lines.pop();
  const delimiter = file.delimiter ?? ',';
  let pending: string | null = null;
  let start = 0;
  for (const [i, line] of lines.entries()) {
    if (pending === null && line === '') continue;
    if (pending === null) start = i + 1;
    pending = pending === null ? line : `${pending}\n${line}`;
    const split = splitQuoted(pending, delimiter);
    if (split === null) continue;
    const fields = split.map((f) => f.trim());
    pending = null;
    if (isHeader(fields)) return { line: start, fields };
  }
  if (complete && text.trim() === '') throw new InputError({ file: file.label }, 'file is empty', 'a header row is required');
  throw new InputError({ file: file.label }, 'header row not found', expected && `expected a row with ${expected}`);
}

/** The error for a header that matches none of a format's layouts, with a delimiter hint when one fits. */
export function layoutError(
  file: UserFile,
  header: Header,
  format: string,
  layouts: Record<string, readonly string[]>,
): InputError {
  const delimiter = file.delimiter ?? ',';
  const guess = guessDelimiter(header.fields, delimiter);
  const [name, columns] = Object.entries(layouts)[0]!;
  const missing = columns.filter((c) => !header.fields.includes(c));
  const which = Object.keys(layouts).length > 1 ? ` of the ${name} layout, and no other layout matches` : '';
  const hint = guess
    ? `the file seems to use ${JSON.stringify(guess)} as delimiter; pass --delimiter ${JSON.stringify(guess)}`
    : Object.entries(layouts)
        .map(([layout, cols]) => `${layout} layout: ${cols.join(', ')}`)
        .join('; ');
  return new InputError(
    { file: file.label, line: header.line, field: missing[0] },
    `not a ${format} file: missing column(s) ${missing.join(', ')}${which}`,
    hint,
  );
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

function decimalIssue(value: string, ctx: z.RefinementCtx): string {
  const t = value.trim();
  if (t === '') ctx.addIssue({ code: 'custom', message: 'missing value' });
  else if (!NUMBER.test(t)) ctx.addIssue({ code: 'custom', message: `not a number: "${value}"` });
  else return t;
  return z.NEVER;
}

/** A required number kept as its text, so that a change of unit is an exact decimal shift (see `shiftDecimal`). */
export const decimalText = z.string().transform((v, ctx) => decimalIssue(v, ctx));

/** An optional number kept as text: '' and the given missing-value codes become null. */
export function optDecimalText(missing: readonly string[] = []) {
  return z.string().transform((v, ctx) => {
    const t = v.trim();
    if (t === '' || missing.includes(t)) return null;
    return decimalIssue(t, ctx);
  });
}

/**
 * value × 10^power computed on the decimal text ("5.5", 3 → 5500; "22905000000", -6 → 22905), so thousands of
 * US$ or US$ become US$ or million US$ without binary rounding noise. Exponent notation falls back to floats.
 */
export function shiftDecimal(text: string, power: number): number {
  const m = DECIMAL.exec(text);
  if (!m) return Number(text) * 10 ** power;
  const [, sign, intPart = '', fracPart = ''] = m;
  let digits = intPart + fracPart;
  let point = intPart.length + power;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return Number(`${sign}${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`);
}

/**
 * Sources that publish exports and imports of a dyad on separate rows (Comtrade flows, IMF indicator rows) are
 * emitted as partial rows, one side each; this folds them into one row per (year, reporter, partner or group).
 * The importers refuse a second value for the same side before it gets here, so max() picks the only one.
 */
export async function mergePartialTrade(db: Database, dataset: string): Promise<void> {
  const tables = [
    { table: 'trade', key: ['year', 'reporter', 'partner'], values: ['exports', 'imports', 'exports_flag', 'imports_flag', 'exports_smoothed', 'imports_smoothed'] },
    { table: 'trade_total', key: ['year', 'reporter', 'partner_group'], values: ['exports', 'imports', 'exports_flag', 'imports_flag'] },
  ];
  for (const { table, key, values } of tables) {
    const groupBy = ['dataset', ...key].join(', ');
    const merged = `merged_${table}`;
    await db.run(
      `CREATE TEMP TABLE ${merged} AS SELECT ${groupBy}, ${values.map((v) => `max(${v}) AS ${v}`).join(', ')}
       FROM "${table}" WHERE dataset = ? GROUP BY ${groupBy}`,
      [dataset],
    );
    await db.run(`DELETE FROM "${table}" WHERE dataset = ?`, [dataset]);
    await db.run(`INSERT INTO "${table}" (${groupBy}, ${values.join(', ')}) SELECT * FROM ${merged}`);
    await db.run(`DROP TABLE ${merged}`);
  }
}
