// A SYNTHETIC BACI-like year of product trade (exporter, importer, HS6 product, value, quantity) for the product
// benchmark (bench/product.bench.ts) and the DuckDB/ClickHouse parity test (test/metrics/product-chdb.test.ts).
// Not data: the flows are drawn from a seeded hash, so the same options give the same rows on every run of the pinned
// DuckDB. Only the product codes are real (the HS 2017 subheadings of the UN Statistics Division's HS → BEC table,
// data-src/unsd_hs2017_bec4), so that the BEC end-use shares are not trivial. Country codes are S001 … S220
// (S001 the largest). Shape after CEPII's BACI (Gaulier & Zignago 2010): one reconciled figure per exporter,
// importer and HS6 code, about 11 M rows a year, a few exporters with hundreds of thousands of lines, many small flows.
import { existsSync } from 'node:fs';
import type { Database } from '../src/store/db.js';

export const SYNTHETIC_DATASET = 'synthetic_baci';
export const SYNTHETIC_YEAR = 2022;

export interface SyntheticYearOptions {
  /** Flows drawn before repeated (exporter, importer, product) draws are merged; the year has fewer rows than this. */
  draws: number;
  seed: number;
  countries?: number;
  /**
   * Adds the cases a BACI year does not have, for the parity test: zero and NULL values, chapter 99, self-flows, a
   * second year with Comtrade-style declarations (importer's, exporter's, both; HS2 totals beside the HS6 lines; a
   * smaller dataset that is not read; exports to the world), and a third year at HS4.
   */
  edgeCases?: boolean;
}

const HS_BEC_CSV = ['data-src/unsd_hs2017_bec4/hs2017_bec4.csv', 'data/unsd_hs2017_bec4/hs2017_bec4.csv.gz'];

/** Loads the UNSD HS 2017 → BEC Rev.4 table into hs_bec (as importers/from-unsd-hs-bec.ts does, without its checks). */
export async function loadHsBec(db: Database): Promise<number> {
  const file = HS_BEC_CSV.find((f) => existsSync(f));
  if (!file) throw new Error(`bench: no HS → BEC table at ${HS_BEC_CSV.join(' or ')}`);
  return db.run(`
    INSERT INTO hs_bec SELECT 'unsd_hs2017_bec4', 'HS2017', "HS 2017", "BEC", "Relationship"
      FROM read_csv('${file}', header = true, all_varchar = true)`);
}

// u(i, s): uniform on [0, 1) from 53 bits of DuckDB's hash; z(i, s): a standard normal (Box–Muller).
const u = (i: string, stream: number, seed: number) => `((hash(${i}, ${stream}, ${seed}) >> 11)::DOUBLE / 9007199254740992.0)`;
const z = (i: string, stream: number, seed: number) =>
  `(sqrt(-2 * ln(1 - ${u(i, stream, seed)})) * cos(2 * pi() * ${u(i, stream + 1, seed)}))`;

/** Slots of the discretised inverse CDFs the draws are looked up in (an item's chance is rounded to 1/BINS). */
const BINS = 1 << 18;

/**
 * Fills trade_product (applied schema, hs_bec loaded) with the synthetic year(s); returns the row count.
 * Sizes are Zipf (size_c = 1/c); a flow's exporter is drawn ∝ size^0.7, its importer ∝ size^0.5, its product
 * ∝ rank^-0.5 over a seeded order of the HS6 codes; repeated draws of a cell are one row. Value (US$, ≥ 1) =
 * exp(9.5 + 0.45 ln(220 size_e) + 0.3 ln(220 size_i) + 0.8 z_product) × Σ_draws exp(2 z); quantity = value / a
 * lognormal unit price with a product effect, NULL for 3 % of the rows.
 */
export async function generateSyntheticYear(db: Database, o: SyntheticYearOptions): Promise<number> {
  const { seed } = o;
  const n = o.countries ?? 220;
  await db.run(`
    CREATE TEMP TABLE syn_country AS
    SELECT c AS id, printf('S%03d', c) AS code, ln(${n}.0 / c) AS lsize, (1.0 / c) ^ 0.7 AS a, (1.0 / c) ^ 0.5 AS b
      FROM range(1, ${n + 1}) r(c)`);
  await db.run(`
    CREATE TEMP TABLE syn_prod AS
    SELECT r AS id, hs6 AS code, ${z('r', 20, seed)} AS pz, ${z('r', 22, seed)} AS pq, r ^ -0.5 AS a
      FROM (SELECT hs6, ROW_NUMBER() OVER (ORDER BY hash(hs6, ${seed})) AS r FROM (SELECT DISTINCT hs6 FROM hs_bec) AS h) AS k`);
  const bins = (name: string, table: string, w: string) => db.run(`
    CREATE TEMP TABLE ${name} AS
    SELECT b.bin, t.id FROM range(${BINS}) b(bin)
      ASOF JOIN (SELECT id, (SUM(${w}) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) - ${w}) / SUM(${w}) OVER () AS lo FROM ${table}) AS t
        ON (b.bin + 0.5) / ${BINS} >= t.lo`);
  await bins('syn_exp_bin', 'syn_country', 'a');
  await bins('syn_imp_bin', 'syn_country', 'b');
  await bins('syn_prod_bin', 'syn_prod', 'a');
  const slot = (stream: number) => `floor(${u('i', stream, seed)} * ${BINS})::INTEGER`;
  const cell = (stream: number) => u('hash(c.e, c.m, c.k)', stream, seed);
  const value = 'exp(9.5 + 0.45 * e.lsize + 0.3 * m.lsize + 0.8 * p.pz) * c.noise';
  const price = `exp(1.5 + 1.5 * p.pq + 0.5 * sqrt(-2 * ln(1 - ${cell(31)})) * cos(2 * pi() * ${cell(32)}))`;
  await db.run(`
    INSERT INTO trade_product (dataset, year, exporter, importer, product, classification, value_usd, quantity, quantity_unit, reporter)
    SELECT '${SYNTHETIC_DATASET}', ${SYNTHETIC_YEAR}, e.code, m.code, p.code, 'HS6', GREATEST(round(${value}), 1),
           CASE WHEN ${cell(30)} < 0.03 THEN NULL ELSE round(GREATEST(round(${value}), 1) / ${price}, 3) END, 'kg', NULL
      FROM (SELECT be.id AS e, bm.id AS m, bk.id AS k, SUM(exp(2 * d.zv)) AS noise
              FROM (SELECT ${slot(1)} AS se, ${slot(2)} AS sm, ${slot(3)} AS sk, ${z('i', 4, seed)} AS zv FROM range(${o.draws}) r(i)) AS d
              JOIN syn_exp_bin AS be ON be.bin = d.se
              JOIN syn_imp_bin AS bm ON bm.bin = d.sm
              JOIN syn_prod_bin AS bk ON bk.bin = d.sk
             WHERE be.id <> bm.id
             GROUP BY be.id, bm.id, bk.id) AS c
      JOIN syn_country AS e ON e.id = c.e
      JOIN syn_country AS m ON m.id = c.m
      JOIN syn_prod AS p ON p.id = c.k`);
  for (const t of ['syn_prod_bin', 'syn_imp_bin', 'syn_exp_bin', 'syn_prod', 'syn_country']) await db.run(`DROP TABLE ${t}`);
  if (o.edgeCases) await addEdgeCases(db, seed);
  return Number((await db.one<{ n: number }>('SELECT COUNT(*)::INTEGER AS n FROM trade_product'))!.n);
}

async function addEdgeCases(db: Database, seed: number): Promise<void> {
  const y = SYNTHETIC_YEAR;
  const cols = 'dataset, year, exporter, importer, product, classification, value_usd, quantity, quantity_unit, reporter';
  const rowPick = (mod: number) => `hash(exporter, importer, product, ${seed}) % ${mod}`;
  const dyadPick = (mod: number) => `hash(exporter, importer, ${seed} + 1) % ${mod}`;
  const base = `FROM trade_product WHERE year = ${y} AND dataset = '${SYNTHETIC_DATASET}'`;
  // year y: rows that are no flow (zero, NULL), not classified (chapter 99), or a self-flow
  await db.run(`
    INSERT INTO trade_product (${cols})
    SELECT dataset, year, exporter, CASE WHEN ${rowPick(4)} = 3 THEN exporter ELSE importer END,
           CASE WHEN ${rowPick(4)} = 2 THEN '99' || SUBSTR(product, 3) ELSE product END, classification,
           CASE ${rowPick(4)} WHEN 0 THEN 0.0 WHEN 1 THEN NULL ELSE value_usd END, quantity, quantity_unit, reporter
      ${base} AND ${rowPick(500)} = 0`);
  // year y + 1, Comtrade-style: a dyad is declared by the importer (1), the exporter (2: mirror), both (0; some of
  // the importer's lines missing) or neither (3: a reconciled figure, reporter NULL)
  const sample = `${base} AND ${rowPick(5)} = 0`;
  await db.run(`
    INSERT INTO trade_product (${cols})
    SELECT 'synthetic_declared', ${y + 1}, exporter, importer, product, classification, value_usd * 1.05, quantity, quantity_unit, importer
      ${sample} AND ${dyadPick(4)} IN (0, 1) AND NOT (${dyadPick(4)} = 0 AND ${rowPick(7)} = 0)
    UNION ALL
    SELECT 'synthetic_declared', ${y + 1}, exporter, importer, product, classification, value_usd, quantity, quantity_unit, exporter
      ${sample} AND ${dyadPick(4)} IN (0, 2)
    UNION ALL
    SELECT 'synthetic_declared', ${y + 1}, exporter, importer, product, classification, value_usd * 0.98, quantity, quantity_unit, NULL
      ${sample} AND ${dyadPick(4)} = 3
    UNION ALL
    SELECT 'synthetic_declared', ${y + 1}, exporter, importer, SUBSTR(product, 1, 2), 'HS2', SUM(value_usd), NULL, NULL, importer
      ${sample} AND ${dyadPick(9)} = 0 GROUP BY exporter, importer, SUBSTR(product, 1, 2)`);
  // year y + 1: a dataset covering one importer only (not read), and exports to the world by chapter for a third of
  // the exporters
  await db.run(`
    INSERT INTO trade_product (${cols})
    SELECT 'synthetic_small', ${y + 1}, exporter, importer, product, classification, value_usd, quantity, quantity_unit, importer
      ${base} AND importer = 'S001'
    UNION ALL
    SELECT 'synthetic_world', ${y + 1}, exporter, NULL, SUBSTR(product, 1, 2), 'HS2', SUM(value_usd) * 1.1, NULL, NULL, exporter
      ${base} AND hash(exporter, ${seed}) % 3 = 0 GROUP BY exporter, SUBSTR(product, 1, 2)`);
  // year y + 2: HS4 only
  await db.run(`
    INSERT INTO trade_product (${cols})
    SELECT 'synthetic_hs4', ${y + 2}, exporter, importer, SUBSTR(product, 1, 4), 'HS4', SUM(value_usd), SUM(quantity), 'kg', NULL
      ${base} AND ${rowPick(10)} = 0 GROUP BY exporter, importer, SUBSTR(product, 1, 4)`);
}

/** Writes trade_product and hs_bec to Parquet, the files every engine reads. */
export async function writeParquet(db: Database, tradeProduct: string, hsBec: string): Promise<void> {
  await db.run(`COPY (SELECT * FROM trade_product ORDER BY year, exporter, importer, product) TO '${tradeProduct}' (FORMAT PARQUET)`);
  await db.run(`COPY (SELECT * FROM hs_bec ORDER BY hs6, bec) TO '${hsBec}' (FORMAT PARQUET)`);
}
