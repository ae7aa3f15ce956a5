// interdep fetch <source>: download a newer public release (CEPII BACI, World Bank WDI, IMF IMTS), check it, and
// import it through the same validating importer as `interdep import`, all or nothing.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { BACI_BASE_URL, prepareBaci } from '../../fetch/baci.js';
import { fetchAndImport, type FetchContext, type FetchResult, type Prepared } from '../../fetch/fetch-source.js';
import { IMF_BASE_URL, prepareImf } from '../../fetch/imf.js';
import { expectations, readManifest } from '../../fetch/manifest.js';
import { WDI_BASE_URL, prepareWdi } from '../../fetch/wdi.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { listQuarantine } from '../../store/queries/quarantine.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { parseYear } from '../options.js';
import { formatTable, printJson } from '../output.js';
import { DEFAULT_DATA_DIR } from './build.js';
import { IMPORT_QUARANTINE_SHOWN, importQuarantineLines, parseLimit } from './quarantine.js';

/** Each source: its default location and the environment variable that overrides it (tests, mirrors). */
export const FETCH_SOURCES = {
  baci: { baseUrl: BACI_BASE_URL, env: 'INTERDEP_BACI_URL', what: 'CEPII BACI release zip (HS6 trade by product)' },
  wdi: { baseUrl: WDI_BASE_URL, env: 'INTERDEP_WDI_URL', what: 'World Bank WDI indicators (API v2)' },
  imf: { baseUrl: IMF_BASE_URL, env: 'INTERDEP_IMF_URL', what: 'IMF bilateral goods trade, IMTS (SDMX 3.0 API)' },
} as const;
type SourceName = keyof typeof FETCH_SOURCES;

interface FetchOpts {
  release?: string;
  hs: string;
  years?: string;
  indicator?: string[];
  reporter?: string[];
  partner?: string[];
  from?: string;
  to?: string;
  perPage?: string;
  baseUrl?: string;
  sha256?: string;
  size?: string;
  manifest?: string;
  dataset?: string;
  db?: string;
  data: string;
  showQuarantined?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function parseYears(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').flatMap((part) => {
    const [a, b] = part.trim().split(/[-–]/);
    const from = parseYear(a, '--years')!;
    const to = b === undefined ? from : parseYear(b, '--years')!;
    if (to < from) throw new UsageError(`--years range ${part} runs backwards`);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

export function registerFetch(program: Command): void {
  program
    .command('fetch')
    .description('download a newer public release and import it through the validating importers (needs the network)')
    .argument('<source>', Object.entries(FETCH_SOURCES).map(([k, s]) => `${k}: ${s.what}`).join('; '))
    .option('--release <name>', 'baci: release, e.g. 202501 (file BACI_HS92_V202501.zip)')
    .option('--hs <revision>', 'baci: HS revision', 'HS92')
    .option('--years <list>', 'baci: only these years, e.g. 2021,2022 or 2019-2023 (default: all in the release)')
    .option('--indicator <code>', 'wdi: indicator code, repeatable or comma-separated (e.g. NY.GDP.MKTP.CD)', collect)
    .option('--reporter <country>', 'imf: reporting state, repeatable or comma-separated', collect)
    .option('--partner <country>', 'imf: partner state, World or EU (default: all partners)', collect)
    .option('--from <year>', 'wdi, imf: first year')
    .option('--to <year>', 'wdi, imf: last year')
    .option('--per-page <n>', 'wdi: observations per API page')
    .option('--base-url <url>', 'where the source lives (default: its public site; or $INTERDEP_<SOURCE>_URL)')
    .option('--sha256 <hex>', 'sha256 the downloaded file must have (one-file sources: baci, imf)')
    .option('--size <bytes>', 'size in bytes the downloaded file must have (one-file sources: baci, imf)')
    .option('--manifest <file>', 'JSON file of expected { "<file name>": { "sha256": …, "bytes": … } }')
    .option('--dataset <id>', 'dataset id (default: fetch:<source>:…)')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data (for country codes)', DEFAULT_DATA_DIR)
    .option('--show-quarantined <n>', `print the first n quarantined rows (default ${IMPORT_QUARANTINE_SHOWN}; 0 for none)`)
    .option('--json', 'machine-readable report')
    .action(async (source: string, opts: FetchOpts) => {
      if (!(source in FETCH_SOURCES)) throw new UsageError(`unknown source "${source}"`, `use one of: ${Object.keys(FETCH_SOURCES).join(', ')}`);
      const name = source as SourceName;
      const from = parseYear(opts.from, '--from');
      const to = parseYear(opts.to, '--to');
      const bytes = opts.size === undefined ? undefined : parseLimit(opts.size, '--size');
      if (name === 'wdi' && (opts.sha256 !== undefined || bytes !== undefined)) {
        throw new UsageError('--sha256 and --size check one file, and the WDI API answers in pages', 'use --manifest with the page names (wdi_<indicator>_page<n>.json)');
      }
      if (name === 'baci' && opts.release === undefined) throw new UsageError('fetch baci needs --release (e.g. 202501)');
      const expected = expectations({ sha256: opts.sha256, bytes, manifest: opts.manifest ? readManifest(opts.manifest) : undefined });
      const shown = parseLimit(opts.showQuarantined, '--show-quarantined') ?? IMPORT_QUARANTINE_SHOWN;
      const baseUrl = opts.baseUrl ?? process.env[FETCH_SOURCES[name].env] ?? FETCH_SOURCES[name].baseUrl;

      const countries = await loadCountryResolver(opts.data);
      // Opened first: a missing or locked database should stop the run before a long download.
      const db = await openBuilt(resolveDbPath(opts.db));
      try {
        const prepare = (fetch: FetchContext): Promise<Prepared> => {
          if (name === 'baci') return prepareBaci({ release: opts.release!, hs: opts.hs, years: parseYears(opts.years) }, fetch);
          if (name === 'wdi') {
            const perPage = opts.perPage === undefined ? undefined : parseLimit(opts.perPage, '--per-page');
            return prepareWdi({ indicators: opts.indicator ?? [], from, to, perPage: perPage || undefined }, fetch);
          }
          return prepareImf({ reporters: opts.reporter ?? [], partners: opts.partner, from, to }, countries, fetch);
        };
        const result: FetchResult = await fetchAndImport(db, { dataDir: opts.data, countries }, prepare, { baseUrl, expected, dataset: opts.dataset });
        const q = result.reports.reduce((a, r) => a + r.quarantined, 0);
        const first = q && shown ? await listQuarantine(db, { dataset: result.dataset, limit: shown }) : [];
        if (opts.json) return printJson({ ...result, downloads: result.downloads.map(({ path: _path, ...d }) => d), quarantine: first });
        console.log(formatTable(['downloaded', 'bytes', 'sha256'], result.downloads.map((d) => [d.url, d.bytes, d.sha256])));
        console.log('');
        console.log(formatTable(['file', 'read', 'loaded', 'quarantined'], result.reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])));
        console.log(`\nimported into dataset ${result.dataset}`);
        if (q) console.log(['', ...importQuarantineLines(result.dataset, q, first, opts.db)].join('\n'));
      } finally {
        db.close();
      }
    });
}
