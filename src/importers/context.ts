// What every importer factory receives: where the data lives and the one country resolver.
import { join } from 'node:path';
import type { CountryResolver } from '../core/countries/resolver.js';

export interface ImportContext {
  /** Directory holding the bundled data (data/ in the repository). */
  dataDir: string;
  countries: CountryResolver;
}

/** Path of a bundled file and the label recorded for it (relative to the data dir). */
export function bundled(ctx: ImportContext, relative: string): { path: string; label: string } {
  return { path: join(ctx.dataDir, relative), label: relative };
}
