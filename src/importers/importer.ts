// The contract every importer fulfils: which files it reads, how a row is validated and where it lands.
import type { z } from 'zod';
import type { Row } from '../store/db.js';

/** A row the mapper refuses, with the field to blame. */
export interface Rejection {
  field: string | null;
  reason: string;
}

export type Emit = (table: string, values: Row) => void;

export interface FileSpec<T = any> {
  /** Path to read (CSV or CSV.gz). */
  path: string;
  /** Name recorded in reports and the quarantine (a path relative to the data dir for bundled files). */
  label: string;
  /** The columns the file must have; extra columns are ignored. */
  columns: readonly string[];
  delimiter?: string;
  /**
   * For files with a preamble before the header (World Bank API CSVs): true for the header record. Records before
   * it are skipped and not counted as read; line numbers stay those of the file. Default: the first record.
   */
  headerLine?: (fields: string[]) => boolean;
  /** Validates one record (an object keyed by column name, every value a string). */
  schema: z.ZodType<T, any>;
  /** Identity of a row within the file; a second row with the same key is quarantined. */
  key?: { fields: string; of: (row: T) => string };
  /** Turns a valid row into table rows via emit, or rejects it. */
  map: (row: T, emit: Emit) => Rejection | void;
}

export interface Importer {
  /** Dataset id stored on every row (for bundled data: the folder name in data/). */
  dataset: string;
  /** Tables this importer writes; their rows of this dataset are replaced on re-import. */
  tables: readonly string[];
  files: readonly FileSpec[];
}

export interface FileReport {
  dataset: string;
  file: string;
  read: number;
  loaded: number;
  quarantined: number;
  /** Rows written per table (one source row may give several, e.g. both directions of a dyad). */
  written: Record<string, number>;
}

export function reject(field: string | null, reason: string): Rejection {
  return { field, reason };
}
