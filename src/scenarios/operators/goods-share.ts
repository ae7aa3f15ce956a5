// Which part of a flow between two states a shock on some goods touches (CONCEPTS C5, C17): HS chapters, split by the
// exporter's world-export mix (OTS: no bilateral product data for those), or a sanctions regulation's product list,
// split by the exporter's own exports to that partner (Eurostat Comext for the EU lists).
import type { Economy } from '../economy.js';

export interface Goods {
  /** HS chapters; undefined (with no list) = all goods. */
  products: readonly string[] | undefined;
  /** A product-list id (schema.ts PRODUCT_LISTS); takes the place of products. */
  productList?: string;
}

/** The chapters' world-export share, the same for every partner; null when the goods are a product list. */
export function chapterShare(e: Economy, exporter: string, g: Goods): number | null {
  if (g.productList) return null;
  // A state without product data counts as exporting none of the chapters (the behaviour the goldens were built on).
  return g.products ? e.productShare(exporter, g.products) ?? 0 : 1;
}

/** Share of the goods in exporter's flow to partner; null = unknown for a product list (the flow is not counted). */
export function goodsShare(e: Economy, exporter: string, partner: string, g: Goods, chapters: number | null): number | null {
  return chapters ?? e.listedShare(exporter, partner, g.productList!);
}
