// CEPII BACI (Gaulier & Zignago 2010, CEPII WP 2010-23): a release is one zip per HS revision on cepii.fr,
// <base>/BACI_<HS>_V<release>.zip (e.g. BACI_HS92_V202501.zip), holding one BACI_<HS>_Y<year>_V<release>.csv per
// year besides country_codes_V<release>.csv, product_codes_<HS>_V<release>.csv and a Readme. The year files go
// through the `baci` importer; the code lists are not needed (the importer resolves BACI's country codes).
import { basename, join } from 'node:path';
import { FetchError, UsageError } from '../core/errors.js';
import { download } from './download.js';
import type { FetchContext, Prepared } from './fetch-source.js';
import { extractEntry, listZip } from './zip.js';

export const BACI_BASE_URL = 'https://www.cepii.fr/DATA_DOWNLOAD/baci/data';

export interface BaciRequest {
  /** Release as CEPII names it: 202501 (V202501), or with a letter for a corrected one (202401b). */
  release: string;
  /** HS revision: HS92 (the longest series, from 1995), HS96, HS02, HS07, HS12, HS17, HS22. */
  hs: string;
  /** Only these years of the release (default: every year in the zip). */
  years?: readonly number[];
}

const HS = ['HS92', 'HS96', 'HS02', 'HS07', 'HS12', 'HS17', 'HS22'];

export function checkBaciRequest(request: BaciRequest): { release: string; hs: string } {
  const release = request.release.replace(/^V/i, '');
  if (!/^\d{6}[a-z]?$/.test(release)) throw new UsageError(`--release must look like 202501 (or 202401b), got "${request.release}"`);
  const hs = request.hs.toUpperCase();
  if (!HS.includes(hs)) throw new UsageError(`--hs must be one of ${HS.join(', ')}, got "${request.hs}"`);
  return { release, hs };
}

export function baciZipName(hs: string, release: string): string {
  return `BACI_${hs}_V${release}.zip`;
}

export async function prepareBaci(request: BaciRequest, fetch: FetchContext): Promise<Prepared> {
  const { release, hs } = checkBaciRequest(request);
  const name = baciZipName(hs, release);
  const zip = await download(`${fetch.baseUrl}/${name}`, join(fetch.dir, name), {
    expected: fetch.expected(name),
    notFoundHint: `no release ${release} for ${hs}: check the release name on https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37`,
  });
  const pattern = new RegExp(`^BACI_${hs}_Y(\\d{4})_V${release}\\.csv$`);
  const byYear = new Map<number, Awaited<ReturnType<typeof listZip>>[number]>();
  for (const entry of await listZip(zip.path, name)) {
    const m = pattern.exec(basename(entry.name));
    if (m) byYear.set(Number(m[1]), entry);
  }
  if (byYear.size === 0) {
    throw new FetchError(`${name}: no BACI_${hs}_Y<year>_V${release}.csv in the archive`, 'the archive does not have the layout of a BACI release');
  }
  const years = request.years ? [...new Set(request.years)].sort((a, b) => a - b) : [...byYear.keys()].sort((a, b) => a - b);
  const missing = years.filter((y) => !byYear.has(y));
  if (missing.length) {
    const have = [...byYear.keys()].sort((a, b) => a - b);
    throw new UsageError(`${name} has no year ${missing.join(', ')}`, `it covers ${have[0]}–${have[have.length - 1]}`);
  }
  const files: Prepared['files'] = [];
  for (const y of years) {
    const entry = byYear.get(y)!;
    const label = basename(entry.name);
    const path = join(fetch.dir, label);
    await extractEntry(zip.path, entry, path, name);
    files.push({ path, label });
  }
  return {
    format: 'baci',
    dataset: `fetch:baci:${hs}:V${release}`,
    files,
    downloads: [zip],
    provenance: {
      title: `CEPII BACI, ${hs}, release V${release}${request.years ? ` (years ${years.join(', ')})` : ''}`,
      publisher: 'CEPII',
      version: `V${release}`,
      citation: 'Gaulier, G. & Zignago, S. (2010), BACI: International Trade Database at the Product-Level. The 1994-2007 Version, CEPII Working Paper 2010-23',
    },
  };
}
