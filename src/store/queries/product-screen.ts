// The strategic-dependency screen of one importer and year (interdep screen): the goods whose supplier concentration,
// world-export concentration and import/export ratio all exceed the thresholds of the European Commission's SWD(2021)
// 352 and CEPII's GeoDep, each with its main supplier. Reads trade_product through the same SQL as the product metrics
// (metrics/product-flow.ts), so the screen and product.dependent_import_share always agree.
import {
  chosenDatasetSql, endUseKeySql, HS_BEC_DATASET, productFlowSql, productWithSql, SCREEN_THRESHOLDS, type EndUseClass,
} from '../../metrics/product-flow.js';
import type { Database } from '../db.js';

export interface ScreenGood {
  product: string;
  /** HS section of the good's chapter (OTS lookup), when known. */
  section: string | null;
  /** BEC end-use class, or null when the HS–BEC table is not loaded. */
  endUse: EndUseClass | null;
  /** The importer's imports of the good, US$. */
  imports: number;
  /** Share of the importer's total imports in the year's data. */
  importShare: number;
  /** The importer's exports of the good, US$ (0 when none in the data). */
  exports: number;
  suppliers: number;
  mainSupplier: string;
  mainSupplierShare: number;
  supplierHhi: number;
  worldHhi: number;
}

export interface ProductScreen {
  country: string;
  year: number;
  dataset: string;
  /** Digits of the product codes read (6 for BACI). */
  digits: number;
  thresholds: typeof SCREEN_THRESHOLDS;
  totalImports: number;
  goodsImported: number;
  /** False when the importer exports nothing at all in the data: the ratio test then passes by rule. */
  hasExports: boolean;
  goods: ScreenGood[];
  dependentImports: number;
}

/** Years in which the country imports something in the product data (bilateral rows), latest first. */
export async function screenYears(db: Database, country: string): Promise<number[]> {
  const rows = await db.all<{ year: number }>(
    `SELECT f.year FROM ${productFlowSql()} AS f WHERE f.importer = ? GROUP BY f.year ORDER BY f.year DESC`, [country]);
  return rows.map((r) => Number(r.year));
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** The screen of `country` in `year`; null when the country imports nothing in that year's product data. */
export async function productScreen(db: Database, country: string, year: number): Promise<ProductScreen | null> {
  const summary = await db.one<{ total: number | null; goods: number; has_exports: number | null; digits: number | null; dependent: number | null }>(
    `${productWithSql('pf_goods')}
     SELECT SUM(g.m) AS total, CAST(COUNT(*) AS INTEGER) AS goods, MAX(g.has_exports) AS has_exports, MAX(g.lvl) AS digits,
            SUM(CASE WHEN g.dependent = 1 THEN g.m ELSE 0.0 END) AS dependent
       FROM pf_goods AS g WHERE g.year = ? AND g.importer = ?`, [year, country]);
  if (!summary || !summary.goods) return null;
  const dataset = await db.one<{ dataset: string }>(`SELECT d.dataset FROM ${chosenDatasetSql(false)} AS d WHERE d.year = ?`, [year]);
  const hasBec = (await db.tableExists('hs_bec'))
    && ((await db.one<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM hs_bec WHERE dataset = ?`, [HS_BEC_DATASET]))?.n ?? 0) > 0;
  const endUse = hasBec
    ? `LEFT JOIN pf_end_use AS c ON c.code = ${endUseKeySql('g.product', 'g.lvl')}`
    : 'LEFT JOIN (SELECT CAST(NULL AS VARCHAR) AS code, CAST(NULL AS VARCHAR) AS cls) AS c ON c.code = g.product';
  const rows = await db.all<Record<string, unknown>>(
    `${hasBec ? productWithSql('pf_goods', 'pf_end_use') : productWithSql('pf_goods')}
     SELECT g.product, s.section_name AS section, c.cls AS end_use, g.m AS imports, g.x AS exports, g.supplier_hhi, g.world_hhi,
            top.exporter AS main_supplier, top.value / g.m AS main_share, top.n AS suppliers
       FROM pf_goods AS g
       JOIN (SELECT r.product, r.exporter, r.value, r.n FROM (
               SELECT f.product, f.exporter, f.value, COUNT(*) OVER (PARTITION BY f.product) AS n,
                      ROW_NUMBER() OVER (PARTITION BY f.product ORDER BY f.value DESC, f.exporter) AS rn
                 FROM pf_flow AS f WHERE f.year = ? AND f.importer = ?) AS r
              WHERE r.rn = 1) AS top ON top.product = g.product
       LEFT JOIN (SELECT product, MIN(section_name) AS section_name FROM product_group WHERE classification = 'HS2' GROUP BY product) AS s
         ON s.product = SUBSTR(g.product, 1, 2)
       ${endUse}
      WHERE g.year = ? AND g.importer = ? AND g.dependent = 1
      ORDER BY g.m DESC, g.product`,
    [year, country, year, country]);
  const total = Number(summary.total);
  return {
    country, year, dataset: dataset?.dataset ?? '', digits: Number(summary.digits), thresholds: SCREEN_THRESHOLDS,
    totalImports: total, goodsImported: Number(summary.goods), hasExports: Number(summary.has_exports) === 1,
    dependentImports: Number(summary.dependent),
    goods: rows.map((r) => ({
      product: String(r.product), section: (r.section as string | null) ?? null, endUse: (r.end_use as EndUseClass | null) ?? null,
      imports: num(r.imports)!, importShare: num(r.imports)! / total, exports: num(r.exports)!, suppliers: num(r.suppliers)!,
      mainSupplier: String(r.main_supplier), mainSupplierShare: num(r.main_share)!, supplierHhi: num(r.supplier_hhi)!, worldHhi: num(r.world_hhi)!,
    })),
  };
}
