// The provenance manifest written beside every export: what the file holds (rows, sha256), which metric versions and
// datasets (with their versions and file checksums) it comes from, and the parameters that selected it. No wall-clock
// time, so the same export of the same database gives the same manifest.
import { createHash } from 'node:crypto';
import type { Database } from '../store/db.js';
import { listDatasetFiles, listDatasets } from '../store/queries/provenance.js';
import { metricVersions } from '../store/queries/api-states.js';

export const GENERATOR = 'interdep 0.1.0';

export interface Manifest {
  generator: string;
  file: string;
  format: string;
  rows: number;
  sha256: string;
  bytes: number;
  parameters: Record<string, unknown>;
  metrics: Array<{ id: string; version: string; title: string }>;
  datasets: Array<{ id: string; title: string | null; version: string | null; licence: string | null; files: Array<{ path: string; sha256: string | null }> }>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Metric versions and every dataset of the database (the store the values were computed from). */
export async function provenance(db: Database, metricIds: readonly string[]): Promise<Pick<Manifest, 'metrics' | 'datasets'>> {
  const files = await listDatasetFiles(db);
  const datasets = (await listDatasets(db)).map((d) => ({
    id: d.id, title: d.title, version: d.version, licence: d.licence,
    files: files.filter((f) => f.dataset === d.id).map((f) => ({ path: f.path, sha256: f.sha256 })),
  }));
  return { metrics: await metricVersions(db, metricIds), datasets };
}

export function buildManifest(
  file: string, format: string, content: Uint8Array | string, rows: number,
  parameters: Record<string, unknown>, prov: Pick<Manifest, 'metrics' | 'datasets'>,
): Manifest {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return { generator: GENERATOR, file, format, rows, sha256: sha256(content), bytes, parameters, ...prov };
}
