// The baseline data a scenario reads, as plain rows (loaded by src/store/queries/scenario-inputs.ts, or built by hand
// in tests): every number carries the dataset or document it comes from, so that each assumption can be listed.
import type { DomainVector } from '../metrics/composite/panel-intervals.js';

/** A sourced number. */
export interface Fact {
  value: number;
  source: string;
  /** The year the value is for, when it differs from the scenario's baseline year. */
  year?: number;
}

/** Bilateral merchandise trade of reporter with partner, million current US$. */
export interface TradeRow {
  reporter: string;
  partner: string;
  exports: number | null;
  imports: number | null;
}

/** A state's exports to the world of one HS2 chapter, current US$ (OTS; no bilateral product data in the store). */
export interface ProductExportRow {
  exporter: string;
  product: string;
  value_usd: number;
}

/**
 * A sender's exports to a partner of the goods on a sanctions product list and of all goods, one full year, euro
 * (Eurostat Comext, same extraction for both): the bilateral share of the listed goods (CONCEPTS C17).
 */
export interface ListedExportRow {
  /** Product-list id (schema.ts PRODUCT_LISTS). */
  list: string;
  reporter: string;
  partner: string;
  year: number;
  /** Listed goods, summed without double counting (CN8 codes nested in a listed HS4 heading left out). */
  listedEur: number;
  totalEur: number;
}

/** Fuel imports of importer from exporter (bcm for gas, Mt for crude). */
export interface EnergyFlowRow {
  fuel: 'gas' | 'crude';
  exporter: string;
  importer: string;
  volume: number;
}

/** Fuel production and consumption of a state (bcm / Mt), and the fuel's share of primary energy. */
export interface FuelBalance {
  production: number | null;
  consumption: number | null;
  /** Fuel consumption (EJ) / primary energy consumption (EJ). */
  primaryShare: number | null;
}

/** A gas price paid by an importer to an exporter (USD per 1000 m3), or a benchmark (importer null). */
export interface PriceRow {
  importer: string | null;
  label: string;
  exporter: string;
  periodStart: string;
  periodEnd: string;
  price: number;
  source: string;
}

/** A curated case fact (belarus_case_energy), with the range the source allows. */
export interface CaseFact {
  fact_id: string;
  subject: string;
  counterpart: string | null;
  year: number;
  value: number;
  low: number | null;
  high: number | null;
  unit: string;
  source: string;
}

/** A pipeline route (route table of the network issue, or Global Energy Monitor infrastructure). */
export interface RouteRow {
  route_id: string;
  name: string;
  fuel: 'gas' | 'oil';
  supplier: string | null;
  capacity: number | null;
  start_year: number | null;
  end_year: number | null;
  transit: string[];
  source: string;
}

export interface ScenarioInputs {
  year: number;
  gdp: Record<string, Fact>;
  trade: TradeRow[];
  tradeSource: string;
  productExports: ProductExportRow[];
  productSource: string;
  /** Bilateral exports of listed goods (absent when the store has no product-list data). */
  listedExports?: ListedExportRow[];
  listedSource?: string;
  energyFlows: EnergyFlowRow[];
  energySource: string;
  /** state → fuel → balance. */
  balances: Record<string, Partial<Record<'gas' | 'crude', FuelBalance>>>;
  prices: PriceRow[];
  caseFacts: CaseFact[];
  routes: RouteRow[];
  /** CDI domain values (baseline metric_value) of each directed pair the scenario touches, keyed "i|j". */
  domains: Record<string, DomainVector>;
  /** Stored baseline values for comparison: metric → "i|j" → value. */
  stored: Record<string, Record<string, number | null>>;
  /** Fuel exports as a share of merchandise exports (WDI TX.VAL.FUEL.ZS.UN / 100): the importance π of a fuel flow. */
  fuelExportShare: Record<string, Fact>;
  /** CINC (COW NMC) of each state, the latest year ≤ baseline. */
  cinc: Record<string, Fact>;
  /** Members of each country group in the baseline year. */
  groups: Record<string, string[]>;
}
