// Metric values → a Parquet file, written by DuckDB itself (COPY … TO … (FORMAT PARQUET)) through the store.
import type { Database } from '../store/db.js';
import { copyToParquet, type ExportFilter } from '../store/queries/api-export.js';

export function toParquet(db: Database, filter: ExportFilter, path: string): Promise<number> {
  return copyToParquet(db, filter, path);
}
