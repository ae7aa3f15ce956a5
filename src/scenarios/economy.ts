// Read-only views of the baseline inputs that the shock operators share (trade with a partner, fuel imports,
// product shares, prices, case facts), each lookup recording the data it used as a sourced assumption.
import type { CaseFact, Fact, FuelBalance, ListedExportRow, ScenarioInputs } from './inputs.js';

export interface Assumption {
  /** What the number is. */
  what: string;
  value: number | string | null;
  /** Dataset id, seed section, document or "scenario parameter: <its source>". */
  source: string;
}

/** Lookup tables over one ScenarioInputs, built once and shared by every run on it (Monte Carlo draws). */
interface Index {
  trade: Map<string, { exports: number | null; imports: number | null }>;
  partners: Map<string, Array<{ partner: string; exports: number; imports: number }>>;
  products: Map<string, Map<string, number>>;
  /** "list|reporter|partner" → the full years of listed and total exports. */
  listed: Map<string, ListedExportRow[]>;
  /** "fuel|importer" → exporter → volume. */
  suppliers: Map<string, Map<string, number>>;
  /** "fuel|exporter" → total volume. */
  exportTotals: Map<string, number>;
  /** state → partner → exports + imports, and their total (filled on first use). */
  turnover: Map<string, { byPartner: Map<string, number>; total: number }>;
}

const INDEXES = new WeakMap<ScenarioInputs, Index>();

function buildIndex(inputs: ScenarioInputs): Index {
  const trade = new Map<string, { exports: number | null; imports: number | null }>();
  for (const t of inputs.trade) trade.set(`${t.reporter}|${t.partner}`, { exports: t.exports, imports: t.imports });
  const names = new Map<string, Set<string>>();
  const link = (a: string, b: string) => { if (a !== b) names.set(a, (names.get(a) ?? new Set()).add(b)); };
  for (const t of inputs.trade) { link(t.reporter, t.partner); link(t.partner, t.reporter); }
  // i's row with j, else j's mirror row (exports ↔ imports)
  const pair = (i: string, j: string) => {
    const own = trade.get(`${i}|${j}`);
    const mirror = trade.get(`${j}|${i}`);
    return { exports: own?.exports ?? mirror?.imports ?? 0, imports: own?.imports ?? mirror?.exports ?? 0 };
  };
  const partners = new Map([...names].map(([i, ps]) => [i, [...ps].sort().map((p) => ({ partner: p, ...pair(i, p) }))]));
  const products = new Map<string, Map<string, number>>();
  for (const r of inputs.productExports) {
    const m = products.get(r.exporter) ?? new Map<string, number>();
    m.set(r.product, (m.get(r.product) ?? 0) + r.value_usd);
    products.set(r.exporter, m);
  }
  const suppliers = new Map<string, Map<string, number>>();
  const exportTotals = new Map<string, number>();
  for (const f of inputs.energyFlows) {
    const k = `${f.fuel}|${f.importer}`;
    const m = suppliers.get(k) ?? new Map<string, number>();
    m.set(f.exporter, (m.get(f.exporter) ?? 0) + f.volume);
    suppliers.set(k, m);
    exportTotals.set(`${f.fuel}|${f.exporter}`, (exportTotals.get(`${f.fuel}|${f.exporter}`) ?? 0) + f.volume);
  }
  const listed = new Map<string, ListedExportRow[]>();
  for (const r of inputs.listedExports ?? []) {
    const k = `${r.list}|${r.reporter}|${r.partner}`;
    listed.set(k, [...(listed.get(k) ?? []), r]);
  }
  return { trade, partners, products, listed, suppliers, exportTotals, turnover: new Map() };
}

export class Economy {
  readonly assumptions = new Map<string, Assumption>();
  private readonly index: Index;

  constructor(readonly inputs: ScenarioInputs) {
    let index = INDEXES.get(inputs);
    if (!index) INDEXES.set(inputs, (index = buildIndex(inputs)));
    this.index = index;
  }

  note(key: string, a: Assumption): void {
    if (!this.assumptions.has(key)) this.assumptions.set(key, a);
  }

  get year(): number {
    return this.inputs.year;
  }

  gdp(state: string): number | null {
    const g: Fact | undefined = this.inputs.gdp[state];
    this.note(`gdp|${state}`, { what: `GDP of ${state}, current US$`, value: g?.value ?? null, source: g ? `${g.source}${g.year && g.year !== this.year ? ` (${g.year})` : ''}` : 'missing' });
    return g?.value ?? null;
  }

  /** Exports and imports of i with j, million US$: i's own row, else j's mirror row. */
  trade(i: string, j: string): { exports: number; imports: number } {
    const { exports, imports } = this.rawTrade(i, j);
    this.note(`trade|${i}|${j}`, { what: `trade of ${i} with ${j}, million US$ (exports / imports)`, value: `${round(exports)} / ${round(imports)}`, source: this.inputs.tradeSource });
    return { exports, imports };
  }

  /** trade() without listing it among the assumptions (for recomputations over many partners). */
  rawTrade(i: string, j: string): { exports: number; imports: number } {
    const own = this.index.trade.get(`${i}|${j}`);
    const mirror = this.index.trade.get(`${j}|${i}`);
    return { exports: own?.exports ?? mirror?.imports ?? 0, imports: own?.imports ?? mirror?.exports ?? 0 };
  }

  /** Every partner of i with i's exports and imports (million US$). */
  partners(i: string): ReadonlyArray<{ partner: string; exports: number; imports: number }> {
    return this.index.partners.get(i) ?? [];
  }

  /** Turnover (exports + imports, million US$) of i with each partner, and its total. */
  turnover(i: string): { byPartner: ReadonlyMap<string, number>; total: number } {
    let t = this.index.turnover.get(i);
    if (!t) {
      t = { byPartner: new Map(), total: 0 };
      for (const p of this.partners(i)) {
        t.byPartner.set(p.partner, p.exports + p.imports);
        t.total += p.exports + p.imports;
      }
      this.index.turnover.set(i, t);
    }
    return t;
  }

  /** A state's exports to the world of the given chapters (all when undefined), US$. */
  productExports(state: string, products?: readonly string[]): number {
    const m = this.index.products.get(state);
    if (!m) return 0;
    if (!products) return [...m.values()].reduce((a, b) => a + b, 0);
    let sum = 0;
    for (const p of products) sum += m.get(p) ?? 0;
    return sum;
  }

  /** The HS2 chapters a state exports. */
  chapters(state: string): string[] {
    return [...(this.index.products.get(state)?.keys() ?? [])];
  }

  /** Share of HS chapters in a state's exports to the world (OTS); NULL when the state has no product data. */
  productShare(state: string, products: readonly string[]): number | null {
    const total = this.productExports(state);
    const part = this.productExports(state, products);
    const share = total > 0 ? part / total : null;
    const named = products.length <= 30 ? `HS ${products.join('+')}` : `${products.length} HS2 chapters (all but ${this.chapters(state).filter((p) => !products.includes(p)).join(', ')})`;
    this.note(`pshare|${state}|${products.join(',')}`, {
      what: `share of ${named} in ${state}'s exports to the world (applied to its bilateral flows: no bilateral product data in the store)`,
      value: share === null ? null : round(share, 4), source: this.inputs.productSource,
    });
    return share;
  }

  /**
   * Share of a product list's goods in exporter's own exports to partner (both euro, one extraction), from the latest
   * full year ≤ baseline, else the earliest after it; null when the store has none for the pair (not a zero share).
   */
  listedShare(exporter: string, partner: string, list: string): number | null {
    const rows = this.index.listed.get(`${list}|${exporter}|${partner}`) ?? [];
    const before = rows.filter((r) => r.year <= this.year).sort((a, b) => b.year - a.year)[0];
    const pick = before ?? [...rows].sort((a, b) => a.year - b.year)[0];
    const share = pick && pick.totalEur > 0 ? pick.listedEur / pick.totalEur : null;
    this.note(`lshare|${list}|${exporter}|${partner}`, {
      what: `share of the ${list} goods in ${exporter}'s exports to ${partner}${pick ? `, ${pick.year}` : ''} (bilateral; applied to the baseline flow)`,
      value: share === null ? null : round(share, 4),
      source: pick ? this.inputs.listedSource ?? 'listed exports' : `none for ${exporter} → ${partner} in ${this.inputs.listedSource ?? 'the store'}: not counted`,
    });
    return share;
  }

  /** Fuel imports of i from j (bcm / Mt); 0 when the publisher lists none. */
  fuelImports(i: string, j: string, fuel: 'gas' | 'crude'): number {
    const listed = this.index.suppliers.get(`${fuel}|${i}`);
    const v = listed?.get(j) ?? 0;
    const what = `${fuel} imports of ${i} from ${j} (${unitOf(fuel)})`;
    if (listed) {
      this.note(`fuel|${i}|${j}|${fuel}`, { what, value: round(v, 3), source: this.inputs.energySource });
      return v;
    }
    // No flow table for the year (the bundled matrices start in 2016): net imports from the balance × the
    // supplier's share from the case facts, else a case fact of the import volume.
    const bal = this.inputs.balances[i]?.[fuel];
    const share = this.fact(fuel === 'gas' ? 'gas_supply_share' : 'oil_supply_share', i, j);
    if (share && bal?.consumption) {
      const out = (bal.consumption - (bal.production ?? 0)) * share.value;
      this.note(`fuel|${i}|${j}|${fuel}`, { what: `${what} = (consumption − production) × supplier share`, value: round(out, 3), source: `${this.inputs.energySource}; ${share.source}` });
      return out;
    }
    const fact = fuel === 'gas' ? this.fact('gas_import_volume', i, j) : null;
    this.note(`fuel|${i}|${j}|${fuel}`, { what, value: fact ? fact.value : 0, source: fact ? fact.source : `${this.inputs.energySource} (none listed)` });
    return fact?.value ?? 0;
  }

  /** Every exporter of the fuel to i with its volume. */
  fuelSuppliers(i: string, fuel: 'gas' | 'crude'): ReadonlyMap<string, number> {
    return this.index.suppliers.get(`${fuel}|${i}`) ?? new Map();
  }

  /** Total fuel exports of a state to every importer in the data. */
  fuelExports(state: string, fuel: 'gas' | 'crude'): number {
    return this.index.exportTotals.get(`${fuel}|${state}`) ?? 0;
  }

  balance(state: string, fuel: 'gas' | 'crude'): FuelBalance {
    const b = this.inputs.balances[state]?.[fuel] ?? { production: null, consumption: null, primaryShare: null };
    this.note(`bal|${state}|${fuel}`, {
      what: `${fuel} production / consumption of ${state} (${unitOf(fuel)}) and its share of primary energy`,
      value: `${fmt(b.production)} / ${fmt(b.consumption)} / ${fmt(b.primaryShare)}`, source: this.inputs.energySource,
    });
    return b;
  }

  /** The gas price i paid j in the baseline year, and the reference (benchmark) price, USD per 1000 m3. */
  gasPrices(i: string, j: string): { paid: number | null; reference: number | null } {
    const inYear = (p: { periodStart: string; periodEnd: string }) => Number(p.periodStart.slice(0, 4)) <= this.year && Number(p.periodEnd.slice(0, 4)) >= this.year;
    const nearest = <T extends { periodStart: string }>(rows: T[]) =>
      rows.sort((a, b) => Math.abs(Number(a.periodStart.slice(0, 4)) - this.year) - Math.abs(Number(b.periodStart.slice(0, 4)) - this.year))[0];
    const paidRows = this.inputs.prices.filter((p) => p.importer === i && p.exporter === j);
    const paid = paidRows.filter(inYear)[0] ?? nearest(paidRows);
    // A benchmark of another year would mix price levels (US$203 in 2019 against US$46.68 in 2004): same year only.
    const ref = this.inputs.prices.filter((p) => p.importer === null && p.exporter === j).filter(inYear)[0];
    const refFact = this.fact('gas_reference_price', i, j);
    const reference = refFact?.value ?? ref?.price ?? null;
    this.note(`price|${i}|${j}`, { what: `gas price ${i} paid ${j}, USD/1000 m3 (${paid ? `${paid.periodStart}..${paid.periodEnd}` : 'none'})`, value: paid?.price ?? null, source: paid?.source ?? 'missing' });
    this.note(`pref|${i}|${j}`, {
      what: `reference gas price (what ${i} would pay at market terms), USD/1000 m3`, value: reference,
      source: refFact ? refFact.source : ref ? `${ref.label} ${ref.periodStart}..${ref.periodEnd}: ${ref.source}` : `none for ${this.year} in energy_price (the subsidy rent is not counted)`,
    });
    return { paid: paid?.price ?? null, reference };
  }

  /** A curated case fact for subject (and counterpart), the latest year ≤ baseline, else the earliest after it. */
  fact(id: string, subject: string, counterpart: string | null = null): CaseFact | null {
    const rows = this.inputs.caseFacts.filter((f) => f.fact_id === id && f.subject === subject && (counterpart === null || f.counterpart === null || f.counterpart === counterpart));
    const before = rows.filter((f) => f.year <= this.year).sort((a, b) => b.year - a.year)[0];
    const pick = before ?? rows.sort((a, b) => a.year - b.year)[0] ?? null;
    if (pick) {
      const range = pick.low !== null && pick.high !== null ? ` (range ${fmt(pick.low)}–${fmt(pick.high)})`
        : pick.low !== null ? ` (at least ${fmt(pick.low)})` : pick.high !== null ? ` (at most ${fmt(pick.high)})` : '';
      this.note(`fact|${id}|${subject}`, { what: `${id} for ${subject}${pick.counterpart ? `/${pick.counterpart}` : ''}, ${pick.year}, ${pick.unit}${range}`, value: pick.value, source: pick.source });
    }
    return pick;
  }

  members(actor: string): string[] {
    return this.inputs.groups[actor] ?? [actor];
  }
}

export const unitOf = (fuel: 'gas' | 'crude') => (fuel === 'gas' ? 'bcm' : 'Mt');
export const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const fmt = (x: number | null) => (x === null ? 'n/a' : String(round(x, 3)));
