// Bilateral exports of the goods on a sanctions product list and of all goods, per full year, euro: the two Eurostat
// Comext extractions of the same vintage (eurostat_comext_eu_exports_sanctioned_codes_2020_2022 for the listed codes,
// eurostat_comext_eu_trade_russia_neighbours for the totals), joined on reporter, partner and year.
import type { ListedExportRow } from '../../scenarios/inputs.js';
import type { ProductList } from '../../scenarios/schema.js';
import type { Database } from '../db.js';

const LISTED = 'eurostat_comext_eu_exports_sanctioned_codes_2020_2022';
const TOTALS = 'eurostat_comext_eu_trade_russia_neighbours';
/** The list the Comext extraction holds: the export-restriction codes of Council Regulation (EU) No 833/2014. */
const LIST: ProductList = 'eu_reg_833_2014';

export const LISTED_SOURCE =
  `${LISTED} (EU member exports of the HS4/CN8 codes of Reg. (EU) 833/2014, nested CN8 codes left out) / ${TOTALS} (all goods), euro`;

/**
 * Only years with all twelve months of both: 2022 (January–November, and sanctioned from March) is never a baseline.
 * A pair with no listed row is absent (no value published), not a zero share.
 */
export async function loadListedExports(db: Database): Promise<ListedExportRow[]> {
  if (!(await db.tableExists('sanctioned_export_annual')) || !(await db.tableExists('trade_monthly'))) return [];
  const rows = await db.all<{ reporter: string; partner: string; year: number; listed: number; total: number }>(
    `SELECT l.reporter, l.partner, l.year, l.listed, t.total
       FROM (SELECT reporter, partner, year, SUM(exports_eur) AS listed
               FROM sanctioned_export_annual
              WHERE dataset = ? AND NOT contains(flags, 'nested_in_listed_hs4') AND NOT contains(flags, 'partial_year')
              GROUP BY reporter, partner, year) AS l
       JOIN (SELECT reporter, partner, CAST(left(month, 4) AS INTEGER) AS year, SUM(exports_eur) AS total
               FROM trade_monthly WHERE dataset = ? AND product = 'TOTAL'
              GROUP BY reporter, partner, CAST(left(month, 4) AS INTEGER)
             HAVING COUNT(exports_eur) = 12) AS t
         ON t.reporter = l.reporter AND t.partner = l.partner AND t.year = l.year
      ORDER BY l.reporter, l.partner, l.year`,
    [LISTED, TOTALS],
  );
  return rows.map((r) => ({ list: LIST, reporter: r.reporter, partner: r.partner, year: Number(r.year), listedEur: r.listed, totalEur: r.total }));
}
