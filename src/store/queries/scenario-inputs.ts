// The baseline-year data a scenario needs, read (never written) from the store: bilateral trade (trade_flow),
// product exports (trade_product), energy flows and balances (Energy Institute), gas prices (energy_price), GDP,
// fuel export shares and CINC, curated case facts (case_energy_fact), pipeline routes (route/route_transit when
// present, else Global Energy Monitor infrastructure), group memberships and the stored CDI domains and metrics.
import { cdiDomainSql } from '../../metrics/families/composite.js';
import type { CaseFact, EnergyFlowRow, FuelBalance, PriceRow, RouteRow, ScenarioInputs } from '../../scenarios/inputs.js';
import type { DomainVector } from '../../metrics/composite/panel-intervals.js';
import type { Database } from '../db.js';
import { LISTED_SOURCE, loadListedExports } from './listed-exports.js';

const EI = 'energy_institute_statistical_review';
const STORED = ['composite.dependence', 'power.net', 'power.pdr', 'trade.share_turnover', 'energy.gas_supplier_share',
  'network.indirect_dependence', 'network.indirect_share'];

const list = (xs: readonly string[]) => xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ') || "''";

export interface InputRequest {
  year: number;
  /** States (and group ids) the scenario names. */
  actors: readonly string[];
}

async function groups(db: Database, year: number): Promise<Record<string, string[]>> {
  if (!(await db.tableExists('country_group'))) return {};
  const rows = await db.all<{ group_id: string; member: string }>(
    `SELECT group_id, member FROM country_group WHERE from_year <= ? AND (to_year IS NULL OR to_year >= ?) ORDER BY group_id, member`, [year, year]);
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.group_id] ??= []).push(r.member);
  return out;
}

async function routes(db: Database): Promise<RouteRow[]> {
  const hasRoutes = (await db.tableExists('route')) && (await db.tableExists('route_transit'))
    && ((await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM route'))?.n ?? 0) > 0;
  if (hasRoutes) {
    const rows = await db.all<{ route_id: string; name: string; fuel: 'gas' | 'oil'; supplier: string; capacity: number | null; start_year: number | null; end_year: number | null; transit: string | null; source: string }>(
      `SELECT r.route_id, r.name, r.fuel, r.supplier, CAST(r.capacity AS DOUBLE) AS capacity, CAST(r.start_year AS INTEGER) AS start_year,
              CAST(r.end_year AS INTEGER) AS end_year, string_agg(t.state, ',' ORDER BY t.seq) AS transit, r.source
         FROM route r LEFT JOIN route_transit t ON t.route_id = r.route_id
        GROUP BY r.route_id, r.name, r.fuel, r.supplier, r.capacity, r.start_year, r.end_year, r.source ORDER BY r.route_id`);
    return rows.map((r) => ({ ...r, transit: r.transit ? r.transit.split(',') : [], source: `route table: ${r.source}` }));
  }
  if (!(await db.tableExists('infrastructure'))) return [];
  const rows = await db.all<{ id: string; name: string; kind: string; capacity: number | null; start_year: number | null; path: string | null; dataset: string }>(
    `SELECT i.id, i.name, i.kind, CAST(i.capacity AS DOUBLE) AS capacity, CAST(i.start_year AS INTEGER) AS start_year,
            string_agg(c.country, ',' ORDER BY c.seq) AS path, i.dataset
       FROM infrastructure i LEFT JOIN infrastructure_country c ON c.id = i.id AND c.dataset = i.dataset
      WHERE i.kind IN ('gas_pipeline', 'oil_pipeline') AND i.capacity_unit IN ('bcm/y') AND i.status NOT IN ('proposed', 'cancelled', 'shelved')
      GROUP BY i.id, i.name, i.kind, i.capacity, i.start_year, i.dataset ORDER BY i.id`);
  return rows.map((r) => {
    const path = r.path ? r.path.split(',') : [];
    return {
      route_id: r.id, name: r.name, fuel: r.kind === 'gas_pipeline' ? 'gas' : 'oil', supplier: path[0] ?? null, capacity: r.capacity,
      start_year: r.start_year, end_year: null, transit: path.slice(1, -1), source: `${r.dataset} (Global Energy Monitor) ${r.id}`,
    } satisfies RouteRow;
  });
}

async function balances(db: Database, year: number): Promise<ScenarioInputs['balances']> {
  const rows = await db.all<{ country: string; variable: string; value: number | null }>(
    `SELECT country, variable, value FROM energy_balance WHERE dataset = ? AND year = ? AND country IS NOT NULL AND NOT is_aggregate
        AND variable IN ('gas_production', 'gas_consumption', 'gas_consumption_ej', 'oil_production', 'oil_consumption', 'oil_consumption_ej', 'primary_energy_consumption')`,
    [EI, year]);
  const by = new Map<string, Record<string, number | null>>();
  for (const r of rows) by.set(r.country, { ...(by.get(r.country) ?? {}), [r.variable]: r.value });
  const out: ScenarioInputs['balances'] = {};
  for (const [c, v] of by) {
    const pe = v.primary_energy_consumption ?? null;
    const fb = (prod: string, cons: string, ej: string): FuelBalance => ({
      production: v[prod] ?? null, consumption: v[cons] ?? null,
      primaryShare: pe && v[ej] !== undefined && v[ej] !== null ? v[ej]! / pe : null,
    });
    out[c] = { gas: fb('gas_production', 'gas_consumption', 'gas_consumption_ej'), crude: fb('oil_production', 'oil_consumption', 'oil_consumption_ej') };
  }
  return out;
}

async function latestIndicator(db: Database, code: string, year: number, scale: number, label: string) {
  const rows = await db.all<{ country: string; year: number; value: number }>(
    `SELECT country, year, value FROM (
       SELECT country, year, value, row_number() OVER (PARTITION BY country ORDER BY year DESC) AS rn
         FROM indicator WHERE code = ? AND year <= ? AND year >= ? AND NOT is_aggregate) WHERE rn = 1`, [code, year, year - 3]);
  return Object.fromEntries(rows.map((r) => [r.country, { value: r.value * scale, year: r.year, source: `worldbank_wdi ${code} (${label})` }]));
}

/** Reads everything a scenario run needs for one baseline year; actors widen to their trade partners where needed. */
export async function loadScenarioInputs(db: Database, req: InputRequest): Promise<ScenarioInputs> {
  const { year } = req;
  const grp = await groups(db, year);
  const states = [...new Set(req.actors.flatMap((a) => grp[a] ?? [a]))].sort();
  // every pair of the year: a shock moves the trade shares of the partners too, which need their whole trade
  const trade = await db.all<{ reporter: string; partner: string; exports: number | null; imports: number | null }>(
    `SELECT reporter, partner, exports, imports FROM trade_flow WHERE source = 'default' AND year = ? ORDER BY reporter, partner`, [year]);
  const products = await db.all<{ exporter: string; product: string; value_usd: number }>(
    `SELECT exporter, product, value_usd FROM trade_product WHERE importer IS NULL AND value_usd IS NOT NULL ORDER BY exporter, product`);
  const productYear = await db.one<{ y: number | null; dataset: string | null }>(`SELECT MAX(year) AS y, MAX(dataset) AS dataset FROM trade_product`);
  const flows = await db.all<EnergyFlowRow & Record<string, unknown>>(
    `SELECT fuel, exporter, importer, SUM(volume) AS volume FROM energy_flow
      WHERE dataset = ? AND year = ? AND exporter IS NOT NULL AND importer IS NOT NULL AND NOT importer_is_region_total AND fuel IN ('gas', 'crude')
      GROUP BY fuel, exporter, importer ORDER BY fuel, importer, exporter`, [EI, year]);
  const prices = await db.all<{ importer: string | null; label: string; exporter: string; period_start: string; period_end: string; price: number; source: string | null; dataset: string }>(
    `SELECT importer, importer_label AS label, exporter, period_start, period_end, price, source, dataset FROM energy_price WHERE fuel = 'gas' AND unit = 'USD/1000m3' ORDER BY period_start`);
  const caseFacts = (await db.tableExists('case_energy_fact'))
    ? await db.all<CaseFact & Record<string, unknown>>(`SELECT fact_id, subject, counterpart, year, value, low, high, unit, source FROM case_energy_fact ORDER BY fact_id, subject, year`)
    : [];
  const domainRows = await db.all<{ subject: string; counterpart: string } & Record<string, number | null>>(
    `SELECT subject, counterpart, trade, energy, finance, institutions, security, mobility FROM (${cdiDomainSql('default')}) AS d
      WHERE year = ? AND (subject IN (${list(states)}) OR counterpart IN (${list(states)}))`, [year]);
  const domains: Record<string, DomainVector> = {};
  for (const r of domainRows) {
    domains[`${r.subject}|${r.counterpart}`] = { trade: r.trade ?? null, energy: r.energy ?? null, finance: r.finance ?? null, institutions: r.institutions ?? null, security: r.security ?? null, mobility: r.mobility ?? null };
  }
  const storedRows = await db.all<{ metric: string; subject: string; counterpart: string; value: number | null }>(
    `SELECT metric, subject, counterpart, value FROM metric_value WHERE metric IN (${list(STORED)}) AND source = 'default' AND scenario = 'baseline'
        AND year = ? AND counterpart IS NOT NULL AND (subject IN (${list(states)}) OR counterpart IN (${list(states)}))`, [year]);
  const stored: ScenarioInputs['stored'] = {};
  for (const r of storedRows) (stored[r.metric] ??= {})[`${r.subject}|${r.counterpart}`] = r.value;
  const cincRows = await db.all<{ subject: string; year: number; value: number }>(
    `SELECT subject, year, value FROM (SELECT subject, year, value, row_number() OVER (PARTITION BY subject ORDER BY year DESC) AS rn
        FROM metric_value WHERE metric = 'power.cinc' AND scenario = 'baseline' AND year <= ? AND value IS NOT NULL) WHERE rn = 1`, [year]);
  return {
    year,
    gdp: await latestIndicator(db, 'NY.GDP.MKTP.CD', year, 1, 'GDP, current US$'),
    trade, tradeSource: `trade_flow (default rule: IMF DOTS own report, else mirror, else COW), ${year}`,
    productExports: products, productSource: `trade_product ${productYear?.dataset ?? 'none'} (exports to the world by HS2, ${productYear?.y ?? 'n/a'})`,
    listedExports: await loadListedExports(db), listedSource: LISTED_SOURCE,
    energyFlows: flows, energySource: `${EI} (energy_flow, energy_balance), ${year}`,
    balances: await balances(db, year),
    prices: prices.map((p): PriceRow => ({ importer: p.importer, label: p.label, exporter: p.exporter, periodStart: p.period_start, periodEnd: p.period_end, price: p.price, source: `${p.dataset}: ${p.source ?? ''}` })),
    caseFacts: caseFacts.map((f) => ({ ...f, year: Number(f.year) })),
    routes: await routes(db),
    domains, stored,
    fuelExportShare: await latestIndicator(db, 'TX.VAL.FUEL.ZS.UN', year, 0.01, 'fuel exports, share of merchandise exports'),
    cinc: Object.fromEntries(cincRows.map((r) => [r.subject, { value: r.value, year: r.year, source: `power.cinc (COW NMC v7), ${r.year}` }])),
    groups: grp,
  };
}
