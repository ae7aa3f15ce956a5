// Product-level trade as the product metrics read it (families/product.ts), in SQL and as TS mirrors for the
// references: one set of bilateral flows per year from trade_product (BACI, Comtrade, …), exports to the world
// (OTS, Comtrade exports to World), HS → BEC end-use classes (UN Statistics Division correspondence, data-src/
// unsd_hs2017_bec4) and the per-good quantities of the strategic-dependency screen (European Commission 2021,
// SWD(2021) 352; CEPII GeoDep, Lefebvre & Wibaux 2024). Every SQL builder is a function in the portable subset
// (standard SQL, WITH, CASE, COALESCE, SUBSTR, LENGTH, aggregates, ROW_NUMBER/MIN/MAX windows, equality joins), so the
// same text can run on DuckDB and ClickHouse; LEFT JOIN results are read through COALESCE(…, 0) or equality tests, never
// IS NULL, so they do not depend on ClickHouse's join_use_nulls.
//
// Rules (the same in SQL and TS):
// - Rows: value_usd > 0 (missing or zero values are no flow), HS chapter 99 (not classified by product) left out.
// - Bilateral rows (importer not NULL, exporter ≠ importer): one dataset per year, the one covering the most
//   importers (then most rows, then the smaller id), so two imports of the same year are never added up. Within it,
//   only the rows with the longest product code of that year (a file mixing HS2 totals and HS6 lines is read at HS6;
//   the coarser rows are taken to be totals of the finer ones). Per dyad one declaration: the importer's own (UN
//   Comtrade reporter = importer, CIF), else a reconciled figure (BACI, reporter NULL), else the exporter's
//   (reporter = exporter, FOB; flag exporter_declared).
// - Exports to the world (importer NULL): one dataset per year, the one covering the most exporters, at its longest
//   code length.
import type { ReferenceInput } from './types.js';

/** Dataset id of the HS → BEC correspondence (data-src/unsd_hs2017_bec4; importers/from-unsd-hs-bec.ts). */
export const HS_BEC_DATASET = 'unsd_hs2017_bec4';

/** Thresholds of the screen (SWD(2021) 352 and GeoDep): a good is a dependence when all three are exceeded. */
export const SCREEN_THRESHOLDS = { supplierHhi: 0.4, worldHhi: 0.4, importExportRatio: 1 } as const;

export const END_USE_CLASSES = ['primary', 'intermediate', 'capital', 'consumption'] as const;
export type EndUseClass = (typeof END_USE_CLASSES)[number] | 'unallocated';

/**
 * BEC Rev.4 category → end-use class: the SNA basic classes of BEC Rev.4 (capital 41, 521; intermediate 111, 121, 21,
 * 22, 31, 322, 42, 53; consumption 112, 122, 522, 61, 62, 63; 321, 51, 7 unassigned), with the intermediate class
 * split by BEC's primary/processed distinction. 32 (motor fuels not split into 321/322) is unassigned.
 */
export const BEC_END_USE: Readonly<Record<string, EndUseClass>> = {
  '111': 'primary', '21': 'primary', '31': 'primary',
  '121': 'intermediate', '22': 'intermediate', '322': 'intermediate', '42': 'intermediate', '53': 'intermediate',
  '41': 'capital', '521': 'capital',
  '112': 'consumption', '122': 'consumption', '522': 'consumption', '61': 'consumption', '62': 'consumption', '63': 'consumption',
  '32': 'unallocated', '321': 'unallocated', '51': 'unallocated', '7': 'unallocated',
};

// ---- SQL ----

const kept = (t: string) => `${t}.value_usd > 0 AND SUBSTR(${t}.product, 1, 2) <> '99'`;
const bilateral = (t: string) => `${t}.importer IS NOT NULL AND ${t}.exporter <> ${t}.importer AND ${kept(t)}`;
const toWorld = (t: string) => `${t}.importer IS NULL AND ${kept(t)}`;

/** (year, dataset): the dataset read in each year, for bilateral rows or for exports to the world. */
export function chosenDatasetSql(world: boolean): string {
  const covered = world ? 'exporter' : 'importer';
  return `
    (SELECT r.year, r.dataset FROM (
       SELECT c.year, c.dataset, ROW_NUMBER() OVER (PARTITION BY c.year ORDER BY c.covered DESC, c.n DESC, c.dataset) AS rn
         FROM (SELECT t.year, t.dataset, COUNT(DISTINCT t.${covered}) AS covered, COUNT(*) AS n
                 FROM trade_product AS t WHERE ${world ? toWorld('t') : bilateral('t')}
                GROUP BY t.year, t.dataset) AS c) AS r
      WHERE r.rn = 1)`;
}

/**
 * Bilateral flows: (year, exporter, importer, product, value US$, lvl = digits of the product code, mirror = 1 when
 * the dyad's figures are the exporter's declaration). One row per year, dyad and product.
 */
export function productFlowSql(): string {
  return `
  (SELECT c.year, c.exporter, c.importer, c.product, SUM(c.value_usd) AS value, MAX(c.lvl) AS lvl,
          MAX(CASE WHEN c.decl = 3 THEN 1 ELSE 0 END) AS mirror
     FROM (SELECT b.year, b.exporter, b.importer, b.product, b.value_usd, b.lvl, b.decl,
                  MIN(b.decl) OVER (PARTITION BY b.year, b.exporter, b.importer) AS best
             FROM (SELECT r.year, r.exporter, r.importer, r.product, r.value_usd, r.lvl,
                          CASE WHEN r.reporter = r.importer THEN 1 WHEN r.reporter IS NULL THEN 2 ELSE 3 END AS decl
                     FROM ${longestCodeRowsSql(false)} AS r) AS b) AS c
    WHERE c.decl = c.best
    GROUP BY c.year, c.exporter, c.importer, c.product)`;
}

/** Exports to the world: (year, exporter, product, value US$, lvl). */
export function worldExportSql(): string {
  return `
  (SELECT r.year, r.exporter, r.product, SUM(r.value_usd) AS value, MAX(r.lvl) AS lvl
     FROM ${longestCodeRowsSql(true)} AS r
    GROUP BY r.year, r.exporter, r.product)`;
}

/**
 * The kept rows of each year's chosen dataset (bilateral or to the world) at that year's longest product code, with
 * lvl = the code's length. The longest length comes from a grouped join rather than a window over every row: 2.5×
 * faster on a BACI-sized year in DuckDB (bench/product.bench.ts).
 */
function longestCodeRowsSql(world: boolean): string {
  const rows = `
      (SELECT t.year, t.exporter, t.importer, t.reporter, t.product, t.value_usd, LENGTH(t.product) AS lvl
         FROM trade_product AS t
         JOIN ${chosenDatasetSql(world)} AS d ON d.year = t.year AND d.dataset = t.dataset
        WHERE ${world ? toWorld('t') : bilateral('t')})`;
  return `
    (SELECT a.year, a.exporter, a.importer, a.reporter, a.product, a.value_usd, a.lvl
       FROM ${rows} AS a
       JOIN (SELECT x.year, MAX(x.lvl) AS top FROM ${rows} AS x GROUP BY x.year) AS l ON l.year = a.year AND l.top = a.lvl)`;
}

const becClassSql = (col: string) => {
  const groups = new Map<EndUseClass, string[]>();
  for (const [bec, cls] of Object.entries(BEC_END_USE)) groups.set(cls, [...(groups.get(cls) ?? []), bec]);
  const whens = [...groups].filter(([cls]) => cls !== 'unallocated').map(([cls, becs]) => `WHEN ${col} IN (${becs.map((b) => `'${b}'`).join(', ')}) THEN '${cls}'`);
  return `CASE ${whens.join(' ')} ELSE 'unallocated' END`;
};

/**
 * (code, cls): the end-use class of every HS 2017 subheading, heading and chapter of the correspondence; a code
 * whose subheadings (or BEC rows) fall into more than one class is 'unallocated'.
 */
export function endUseClassSql(): string {
  const part = (code: string) => `SELECT ${code} AS code, ${becClassSql('bec')} AS cls FROM hs_bec WHERE dataset = '${HS_BEC_DATASET}'`;
  return `
  (SELECT u.code, CASE WHEN MIN(u.cls) = MAX(u.cls) THEN MIN(u.cls) ELSE 'unallocated' END AS cls
     FROM (${part('SUBSTR(hs6, 1, 2)')} UNION ALL ${part('SUBSTR(hs6, 1, 4)')} UNION ALL ${part('hs6')}) AS u
    GROUP BY u.code)`;
}

/** The code an end-use lookup uses: the product code, cut to HS6 when longer (CN8 and national tariff lines). */
export const endUseKeySql = (product: string, lvl: string) => `CASE WHEN ${lvl} > 6 THEN SUBSTR(${product}, 1, 6) ELSE ${product} END`;

/** The CTEs a product metric's WITH clause can define beyond pf_flow (see productWithSql). */
export type ProductCte = 'pf_exports' | 'pf_world_hhi' | 'pf_has_exports' | 'pf_goods' | 'pf_total' | 'pf_world_exports' | 'pf_end_use';

const CTE_NEEDS: Readonly<Record<ProductCte, readonly ProductCte[]>> = {
  pf_exports: [], pf_world_hhi: ['pf_exports'], pf_has_exports: ['pf_exports'],
  pf_goods: ['pf_exports', 'pf_world_hhi', 'pf_has_exports'], pf_total: [], pf_world_exports: [], pf_end_use: [],
};

/**
 * The WITH clause a product metric starts with, so that the flows are computed once per statement (DuckDB
 * materialises a CTE read more than once; ClickHouse inlines it, which gives the same rows). It always defines
 * pf_flow (productFlowSql()), and the asked CTEs with those they read:
 * - pf_exports (year, exporter, product, x): each state's exports of each good, summed over importers;
 * - pf_world_hhi (year, product, world_hhi): the good's world-export concentration, Σ x² / (Σ x)² over exporters;
 * - pf_has_exports (year, exporter, one): states that export anything in the year's flows;
 * - pf_goods (year, importer, product, m, supplier_hhi, x, world_hhi, has_exports, lvl, dependent): per importer and
 *   good, the three screen quantities and dependent = 1 when all three thresholds are exceeded (x = 0 passes the
 *   ratio test, as GeoDep's 9999);
 * - pf_total (year, importer, total): the importer's total imports in the year's flows;
 * - pf_world_exports: worldExportSql(); pf_end_use: endUseClassSql() (reads hs_bec).
 */
export function productWithSql(...asked: ProductCte[]): string {
  const t = SCREEN_THRESHOLDS;
  const body: Record<ProductCte, string> = {
    pf_exports: `(SELECT f.year, f.exporter, f.product, SUM(f.value) AS x FROM pf_flow AS f GROUP BY f.year, f.exporter, f.product)`,
    pf_world_hhi: `(SELECT e.year, e.product, SUM(e.x * e.x) / (SUM(e.x) * SUM(e.x)) AS world_hhi FROM pf_exports AS e GROUP BY e.year, e.product)`,
    pf_has_exports: `(SELECT e.year, e.exporter, 1 AS one FROM pf_exports AS e GROUP BY e.year, e.exporter)`,
    pf_goods: `(
       SELECT g.year, g.importer, g.product, g.m, g.sq / (g.m * g.m) AS supplier_hhi, COALESCE(x.x, 0.0) AS x, w.world_hhi,
              COALESCE(h.one, 0) AS has_exports, g.lvl,
              CASE WHEN g.sq / (g.m * g.m) > ${t.supplierHhi} AND w.world_hhi > ${t.worldHhi} AND g.m > ${t.importExportRatio} * COALESCE(x.x, 0.0)
                   THEN 1 ELSE 0 END AS dependent
         FROM (SELECT f.year, f.importer, f.product, SUM(f.value) AS m, SUM(f.value * f.value) AS sq, MAX(f.lvl) AS lvl
                 FROM pf_flow AS f GROUP BY f.year, f.importer, f.product) AS g
         JOIN pf_world_hhi AS w ON w.year = g.year AND w.product = g.product
         LEFT JOIN pf_exports AS x ON x.year = g.year AND x.exporter = g.importer AND x.product = g.product
         LEFT JOIN pf_has_exports AS h ON h.year = g.year AND h.exporter = g.importer)`,
    pf_total: `(SELECT f.year, f.importer, SUM(f.value) AS total FROM pf_flow AS f GROUP BY f.year, f.importer)`,
    pf_world_exports: worldExportSql(),
    pf_end_use: endUseClassSql(),
  };
  const wanted = new Set<ProductCte>();
  const add = (c: ProductCte) => {
    for (const d of CTE_NEEDS[c]) add(d);
    wanted.add(c);
  };
  asked.forEach(add);
  const order = Object.keys(CTE_NEEDS) as ProductCte[];
  return `WITH pf_flow AS ${productFlowSql()}${order.filter((c) => wanted.has(c)).map((c) => `,\n  ${c} AS ${body[c]}`).join('')}`;
}

/** Flag token of a product-code length: hs2, hs4, hs6, or hs6+ (CN8 and longer national lines). */
export const levelTokenSql = (lvl: string) => `CASE ${lvl} WHEN 2 THEN 'hs2' WHEN 4 THEN 'hs4' WHEN 6 THEN 'hs6' ELSE 'hs6+' END`;

// ---- TS mirrors (for the references) ----

export interface ProductFlow {
  year: number;
  exporter: string;
  importer: string;
  product: string;
  value: number;
  lvl: number;
  mirror: 0 | 1;
}

export interface WorldExport {
  year: number;
  exporter: string;
  product: string;
  value: number;
  lvl: number;
}

export const levelToken = (lvl: number) => (lvl === 2 ? 'hs2' : lvl === 4 ? 'hs4' : lvl === 6 ? 'hs6' : 'hs6+');

interface TradeProductRow {
  dataset: string;
  year: number;
  exporter: string;
  importer: string | null;
  product: string;
  value_usd: number | null;
  reporter: string | null;
}

const rowsOf = (input: ReferenceInput) => (input.trade_product ?? []) as unknown as TradeProductRow[];
const isKept = (r: TradeProductRow) => r.value_usd !== null && r.value_usd > 0 && r.product.slice(0, 2) !== '99';

function group<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** Rows of the chosen dataset of each year, at that year's longest code (mirror of chosenDatasetSql + top filter). */
function chosenRows(rows: TradeProductRow[], covered: 'importer' | 'exporter'): TradeProductRow[] {
  const out: TradeProductRow[] = [];
  for (const yearRows of group(rows, (r) => String(r.year)).values()) {
    const stats = [...group(yearRows, (r) => r.dataset)].map(([dataset, rs]) => ({ dataset, covered: new Set(rs.map((r) => r[covered])).size, n: rs.length, rs }));
    stats.sort((a, b) => b.covered - a.covered || b.n - a.n || (a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : 0));
    const chosen = stats[0]!.rs;
    const top = Math.max(...chosen.map((r) => r.product.length));
    out.push(...chosen.filter((r) => r.product.length === top));
  }
  return out;
}

export function productFlowTs(input: ReferenceInput): ProductFlow[] {
  const rows = rowsOf(input).filter((r) => r.importer !== null && r.exporter !== r.importer && isKept(r));
  const decl = (r: TradeProductRow) => (r.reporter === r.importer ? 1 : r.reporter === null ? 2 : 3);
  const out = new Map<string, ProductFlow>();
  for (const dyad of group(chosenRows(rows, 'importer'), (r) => `${r.year}|${r.exporter}|${r.importer}`).values()) {
    const best = Math.min(...dyad.map(decl));
    for (const r of dyad.filter((x) => decl(x) === best)) {
      const k = `${r.year}|${r.exporter}|${r.importer}|${r.product}`;
      const f = out.get(k) ?? { year: r.year, exporter: r.exporter, importer: r.importer!, product: r.product, value: 0, lvl: r.product.length, mirror: best === 3 ? 1 : 0 };
      f.value += r.value_usd!;
      out.set(k, f);
    }
  }
  return [...out.values()];
}

export function worldExportTs(input: ReferenceInput): WorldExport[] {
  const rows = rowsOf(input).filter((r) => r.importer === null && isKept(r));
  const out = new Map<string, WorldExport>();
  for (const r of chosenRows(rows, 'exporter')) {
    const k = `${r.year}|${r.exporter}|${r.product}`;
    const w = out.get(k) ?? { year: r.year, exporter: r.exporter, product: r.product, value: 0, lvl: r.product.length };
    w.value += r.value_usd!;
    out.set(k, w);
  }
  return [...out.values()];
}

/** Code (2, 4 or 6 digits) → end-use class; empty when the correspondence is not loaded. */
export function endUseClassTs(input: ReferenceInput): Map<string, EndUseClass> {
  const seen = new Map<string, Set<EndUseClass>>();
  for (const r of (input.hs_bec ?? []) as Array<Record<string, unknown>>) {
    if (r.dataset !== HS_BEC_DATASET) continue;
    const hs6 = r.hs6 as string;
    const cls = BEC_END_USE[r.bec as string] ?? 'unallocated';
    for (const code of [hs6.slice(0, 2), hs6.slice(0, 4), hs6]) seen.set(code, (seen.get(code) ?? new Set()).add(cls));
  }
  return new Map([...seen].map(([code, s]) => [code, s.size === 1 ? [...s][0]! : 'unallocated']));
}

export const endUseKey = (product: string) => (product.length > 6 ? product.slice(0, 6) : product);

/** Σ v² / (Σ v)², the Herfindahl index of the values' shares, computed as the SQL does. */
export function hhiOf(values: readonly number[]): number {
  let s = 0;
  let sq = 0;
  for (const v of values) {
    s += v;
    sq += v * v;
  }
  return sq / (s * s);
}

export interface ProductGood {
  year: number;
  importer: string;
  product: string;
  m: number;
  supplierHhi: number;
  x: number;
  worldHhi: number;
  hasExports: boolean;
  lvl: number;
  dependent: boolean;
}

/** Mirror of pf_goods (productWithSql). */
export function productGoodsTs(flows: readonly ProductFlow[]): ProductGood[] {
  const world = new Map<string, number>();
  for (const [k, fs] of group(flows, (f) => `${f.year}|${f.product}`)) {
    const byExporter = [...group(fs, (f) => f.exporter).values()].map((xs) => xs.reduce((a, f) => a + f.value, 0));
    world.set(k, hhiOf(byExporter));
  }
  const exports = new Map<string, number>();
  const exporters = new Set<string>();
  for (const f of flows) {
    exports.set(`${f.year}|${f.exporter}|${f.product}`, (exports.get(`${f.year}|${f.exporter}|${f.product}`) ?? 0) + f.value);
    exporters.add(`${f.year}|${f.exporter}`);
  }
  const t = SCREEN_THRESHOLDS;
  return [...group(flows, (f) => `${f.year}|${f.importer}|${f.product}`).values()].map((fs) => {
    const { year, importer, product } = fs[0]!;
    const m = fs.reduce((a, f) => a + f.value, 0);
    const supplierHhi = hhiOf(fs.map((f) => f.value));
    const x = exports.get(`${year}|${importer}|${product}`) ?? 0;
    const worldHhi = world.get(`${year}|${product}`)!;
    const dependent = supplierHhi > t.supplierHhi && worldHhi > t.worldHhi && m > t.importExportRatio * x;
    return { year, importer, product, m, supplierHhi, x, worldHhi, hasExports: exporters.has(`${year}|${importer}`), lvl: Math.max(...fs.map((f) => f.lvl)), dependent };
  });
}
