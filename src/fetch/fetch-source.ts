// Fetching a newer release of a public source: the source module downloads and checks its files into a temporary
// directory, then they go through the same validating importer as `interdep import`, in one transaction. Nothing
// touches the database until every download has arrived whole and matched what was expected; a failed import
// rolls back; the temporary files are removed either way.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportContext } from '../importers/context.js';
import { importUserFiles, type UserFilesOptions, type UserFilesResult } from '../importers/import-user-file.js';
import type { Database } from '../store/db.js';
import type { Downloaded, Expected } from './download.js';

export interface FetchContext {
  /** Where the source lives (its default, or --base-url / the source's environment variable). */
  baseUrl: string;
  /** Temporary directory for this run's files. */
  dir: string;
  /** Size and checksum a downloaded file must have (from --sha256, --size or a manifest). */
  expected: (name: string) => Expected;
}

/** What a source hands over once its files are downloaded and checked. */
export interface Prepared {
  /** The user format whose importer reads the files (baci, wdi, dots). */
  format: string;
  /** Default dataset id. */
  dataset: string;
  files: Array<{ path: string; label: string }>;
  downloads: Downloaded[];
  provenance: NonNullable<UserFilesOptions['provenance']>;
}

export interface FetchResult extends UserFilesResult {
  downloads: Downloaded[];
}

export interface FetchOptions {
  baseUrl: string;
  expected: (name: string) => Expected;
  /** Dataset id instead of the source's default. */
  dataset?: string;
  /** Day the files were retrieved, recorded in the provenance (default: today, UTC). */
  retrieved?: string;
}

export async function fetchAndImport(
  db: Database,
  ctx: ImportContext,
  prepare: (fetch: FetchContext) => Promise<Prepared>,
  options: FetchOptions,
): Promise<FetchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'interdep-fetch-'));
  try {
    const prepared = await prepare({ baseUrl: options.baseUrl.replace(/\/+$/, ''), dir, expected: options.expected });
    const retrieved = options.retrieved ?? new Date().toISOString().slice(0, 10);
    // Same shape as a bundled dataset's origin: one record per file taken from upstream.
    const origin = JSON.stringify(prepared.downloads.map((d) => ({ url: d.url, file: d.name, bytes: d.bytes, sha256: d.sha256, retrieved })));
    const result = await importUserFiles(
      db,
      { format: prepared.format, files: prepared.files, dataset: options.dataset ?? prepared.dataset, provenance: { ...prepared.provenance, origin } },
      ctx,
    );
    return { ...result, downloads: prepared.downloads };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
