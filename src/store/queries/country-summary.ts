// The facts behind the first-run summary of one state's dependence: partners, openness, IGO ties.
// Trade comes from IMF DOTS as the subject itself reports it; totals are its reported trade with the World.
import type { Database } from '../db.js';

const DOTS = 'imf_dots_bilateral_trade';
const WDI = 'worldbank_wdi';
const IGO = 'cow_igo_v3';

export interface PartnerShare {
  partner: string;
  name: string;
  exports: number | null;
  imports: number | null;
  turnover: number;
  share: number | null;
}

export interface TradeSummary {
  year: number;
  exports_world: number | null;
  imports_world: number | null;
  exports_eu: number | null;
  imports_eu: number | null;
  gdp_usd: number | null;
  partners: PartnerShare[];
}

export interface IgoSummary {
  year: number;
  full_memberships: number;
  shared: Array<{ partner: string; name: string; shared_full: number; partner_full: number; igos: string[] }>;
}

/** Latest year in which the subject reported bilateral trade to DOTS, or null. */
export async function latestTradeYear(db: Database, subject: string): Promise<number | null> {
  const row = await db.one<{ y: number | null }>(
    `SELECT max(year)::INTEGER AS y FROM trade WHERE dataset = ? AND reporter = ? AND (exports IS NOT NULL OR imports IS NOT NULL)`,
    [DOTS, subject],
  );
  return row?.y ?? null;
}

export async function tradeSummary(db: Database, subject: string, year: number, top: number): Promise<TradeSummary> {
  const totals = await db.all<{ partner_group: string; exports: number | null; imports: number | null }>(
    `SELECT partner_group, exports, imports FROM trade_total WHERE dataset = ? AND reporter = ? AND year = ?`,
    [DOTS, subject, year],
  );
  const world = totals.find((t) => t.partner_group === 'WLD');
  const eu = totals.find((t) => t.partner_group === 'EUU');
  const worldTurnover = world && world.exports !== null && world.imports !== null ? world.exports + world.imports : null;
  const partners = await db.all<PartnerShare & Record<string, unknown>>(
    `SELECT t.partner, s.name, t.exports, t.imports, coalesce(t.exports, 0) + coalesce(t.imports, 0) AS turnover,
            CASE WHEN ?::DOUBLE IS NULL THEN NULL ELSE (coalesce(t.exports, 0) + coalesce(t.imports, 0)) / ?::DOUBLE END AS share
       FROM trade t JOIN state s ON s.code = t.partner
      WHERE t.dataset = ? AND t.reporter = ? AND t.year = ? AND (t.exports IS NOT NULL OR t.imports IS NOT NULL)
      ORDER BY turnover DESC, t.partner LIMIT ?`,
    [worldTurnover, worldTurnover, DOTS, subject, year, top],
  );
  const gdp = await db.one<{ value: number }>(
    `SELECT value FROM indicator WHERE dataset = ? AND country = ? AND code = 'NY.GDP.MKTP.CD' AND year = ?`,
    [WDI, subject, year],
  );
  return {
    year,
    exports_world: world?.exports ?? null,
    imports_world: world?.imports ?? null,
    exports_eu: eu?.exports ?? null,
    imports_eu: eu?.imports ?? null,
    gdp_usd: gdp?.value ?? null,
    partners,
  };
}

/** Organisations in which both the subject and each partner are full members, in the latest IGO year. */
export async function igoSummary(db: Database, subject: string, partners: string[]): Promise<IgoSummary | null> {
  const latest = await db.one<{ y: number | null }>(
    `SELECT max(year)::INTEGER AS y FROM igo_membership WHERE dataset = ? AND state = ? AND status = 'full'`,
    [IGO, subject],
  );
  const year = latest?.y ?? null;
  if (year === null) return null;
  const count = await db.one<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM igo_membership WHERE dataset = ? AND state = ? AND year = ? AND status = 'full'`,
    [IGO, subject, year],
  );
  const shared: IgoSummary['shared'] = [];
  for (const partner of partners) {
    const rows = await db.all<{ igo: string }>(
      `SELECT a.igo FROM igo_membership a JOIN igo_membership b ON a.igo = b.igo AND a.year = b.year AND a.dataset = b.dataset
        WHERE a.dataset = ? AND a.year = ? AND a.state = ? AND b.state = ? AND a.status = 'full' AND b.status = 'full'
        ORDER BY a.igo`,
      [IGO, year, subject, partner],
    );
    const partnerFull = await db.one<{ n: number; name: string }>(
      `SELECT count(m.igo)::INTEGER AS n, any_value(s.name) AS name FROM state s
         LEFT JOIN igo_membership m ON m.state = s.code AND m.dataset = ? AND m.year = ? AND m.status = 'full'
        WHERE s.code = ?`,
      [IGO, year, partner],
    );
    shared.push({
      partner,
      name: partnerFull?.name ?? partner,
      shared_full: rows.length,
      partner_full: partnerFull?.n ?? 0,
      igos: rows.map((r) => r.igo),
    });
  }
  return { year, full_memberships: count?.n ?? 0, shared };
}

export async function stateName(db: Database, code: string): Promise<string | null> {
  return (await db.one<{ name: string }>(`SELECT name FROM state WHERE code = ?`, [code]))?.name ?? null;
}

export interface GasSupply {
  year: number;
  total_bcm: number;
  suppliers: Array<{ exporter: string; name: string; bcm: number; share: number }>;
}

/** The subject's gas imports by supplier in the latest Energy Institute trade year (pipeline + LNG). */
export async function gasSupply(db: Database, subject: string): Promise<GasSupply | null> {
  const rows = await db.all<{ year: number; exporter: string; name: string; bcm: number }>(
    `WITH latest AS (SELECT max(year) AS y FROM energy_flow WHERE fuel = 'gas' AND importer = ? AND NOT importer_is_region_total)
     SELECT f.year::INTEGER AS year, coalesce(f.exporter, f.exporter_label) AS exporter,
            coalesce(s.name, f.exporter_label) AS name, sum(f.volume) AS bcm
       FROM energy_flow f JOIN latest ON f.year = latest.y LEFT JOIN state s ON s.code = f.exporter
      WHERE f.fuel = 'gas' AND f.importer = ? AND NOT f.importer_is_region_total
      GROUP BY ALL ORDER BY bcm DESC`,
    [subject, subject],
  );
  if (rows.length === 0) return null;
  const total = rows.reduce((a, r) => a + r.bcm, 0);
  return {
    year: rows[0]!.year,
    total_bcm: total,
    suppliers: rows.map((r) => ({ exporter: r.exporter, name: r.name, bcm: r.bcm, share: r.bcm / total })),
  };
}

export interface IndicatorValue {
  code: string;
  year: number;
  value: number;
}

/** The latest value of each WDI indicator for the subject. */
export async function latestIndicators(db: Database, subject: string, codes: string[]): Promise<IndicatorValue[]> {
  return db.all<IndicatorValue & Record<string, unknown>>(
    `SELECT code, max(year)::INTEGER AS year, arg_max(value, year) AS value
       FROM indicator WHERE dataset = ? AND country = ? AND code IN (${codes.map(() => '?').join(', ')})
      GROUP BY code ORDER BY code`,
    [WDI, subject, ...codes],
  );
}
