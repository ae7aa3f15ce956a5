// Network interdependence (CONCEPTS C11, C14; Maoz 2009): indirect dependence through every path of the trade layer
// (Leontief/Katz form), node centralities of the trade dependence network, and pipeline transit shares from the route
// table. Computed in TS (src/network/, dense linear algebra and graph algorithms) from one input SELECT per metric.
//
// The trade layer is D(i→j) = i's turnover (exports + imports) with j over i's turnover with all partners in the
// trade source (missing components count as 0), one layer per year: the row-normalised dependence matrix. Indirect
// dependence uses the default β = 0.5 / (largest row sum of D) = 0.5 here, i.e. 0.5/ρ(D) (see network/leontief.ts);
// it is stored for the pairs with a direct tie and for the pairs without one whose T is at least 1e-4 (flag
// indirect_only), so that the panel stays the size of the trade panel. Flags: indirect_only; no_convergence (a power
// iteration that did not converge: NULL value); missing:capacity (transit); the trade origins of the dyads are not
// carried (every value mixes the whole year's network).
import type { Citation } from '../citations.js';
import { tradeFlowOf } from '../sql-fragments.js';
import type { TradeFlow } from '../trade-flow.js';
import { denseWeights, type EdgeRow } from '../../network/graph.js';
import { defaultBeta, indirectDependence, indirectShare } from '../../network/leontief.js';
import { layersByYear, nodeMeasure, type NodeMeasure } from '../../network/node-measures.js';
import { routesFromRows, routeYears, transitShares, type Route, type TransitGrouping } from '../../network/transit.js';
import type { MetricDefinition, MetricParams, MetricRow, ReferenceInput, TradeSource } from '../types.js';

const V = '1.0.0';
/** Indirect-only pairs below this T are not stored (a path product this small is noise at the panel's precision). */
export const MIN_INDIRECT = 1e-4;

export const NETWORK_CITATIONS: Readonly<Record<string, Citation>> = {
  'maoz-2009': {
    key: 'maoz-2009', authors: 'Maoz, Zeev', year: 2009,
    title: 'The Effects of Strategic and Economic Interdependence on International Conflict across Levels of Analysis',
    venue: 'American Journal of Political Science 53(1): 223–240',
  },
  'leontief-1936': {
    key: 'leontief-1936', authors: 'Leontief, Wassily W.', year: 1936,
    title: 'Quantitative Input and Output Relations in the Economic System of the United States', venue: 'Review of Economics and Statistics 18(3): 105–125',
  },
  'katz-1953': {
    key: 'katz-1953', authors: 'Katz, Leo', year: 1953,
    title: 'A new status index derived from sociometric analysis', venue: 'Psychometrika 18(1): 39–43',
  },
  'page-brin-1999': {
    key: 'page-brin-1999', authors: 'Page, Lawrence, Sergey Brin, Rajeev Motwani and Terry Winograd', year: 1999,
    title: 'The PageRank Citation Ranking: Bringing Order to the Web', venue: 'Stanford InfoLab Technical Report 1999-66',
  },
  'bonacich-1972': {
    key: 'bonacich-1972', authors: 'Bonacich, Phillip', year: 1972,
    title: 'Factoring and weighting approaches to status scores and clique identification', venue: 'Journal of Mathematical Sociology 2(1): 113–120',
  },
  'freeman-1977': {
    key: 'freeman-1977', authors: 'Freeman, Linton C.', year: 1977,
    title: 'A set of measures of centrality based on betweenness', venue: 'Sociometry 40(1): 35–41',
  },
  'brandes-2001': {
    key: 'brandes-2001', authors: 'Brandes, Ulrik', year: 2001,
    title: 'A faster algorithm for betweenness centrality', venue: 'Journal of Mathematical Sociology 25(2): 163–177',
  },
  'barrat-2004': {
    key: 'barrat-2004', authors: 'Barrat, Alain, Marc Barthélemy, Romualdo Pastor-Satorras and Alessandro Vespignani', year: 2004,
    title: 'The architecture of complex weighted networks', venue: 'PNAS 101(11): 3747–3752',
  },
  'borgatti-everett-2000': {
    key: 'borgatti-everett-2000', authors: 'Borgatti, Stephen P. and Martin G. Everett', year: 2000,
    title: 'Models of core/periphery structures', venue: 'Social Networks 21(4): 375–395',
  },
  'gem-ggit-2024': {
    key: 'gem-ggit-2024', authors: 'Global Energy Monitor', year: 2024,
    title: 'Global Gas Infrastructure Tracker, October 2024 release', venue: 'globalenergymonitor.org (CC BY 4.0)',
  },
};

// ---- inputs ----

/** The `sql` of a metric computed in TS (MetricDefinition.compute): there is none to run. */
function computedInTs(id: string): () => string {
  return () => {
    throw new Error(`metrics/network: ${id} is computed in TS (compute step), it has no SQL`);
  };
}

type LayerRow = EdgeRow & { year: number };

/**
 * The trade layer (year, source, target, weight): D(i→j) = i's turnover with j / i's turnover with all partners.
 * Missing components count as 0 in both the dyad and the total (as the partner-concentration metrics do).
 */
export function tradeLayerSql(source: TradeSource): string {
  return `
    SELECT f.year, f.reporter AS source, f.partner AS target,
           (COALESCE(f.exports, 0) + COALESCE(f.imports, 0)) / t.total AS weight
      FROM ${tradeFlowOf(source)} AS f
      JOIN (SELECT reporter, year, SUM(COALESCE(exports, 0) + COALESCE(imports, 0)) AS total
              FROM ${tradeFlowOf(source)} AS g WHERE reporter <> partner GROUP BY reporter, year) AS t
        ON t.reporter = f.reporter AND t.year = f.year
     WHERE t.total > 0 AND COALESCE(f.exports, 0) + COALESCE(f.imports, 0) > 0 AND f.reporter <> f.partner`;
}

const layerRows = (rows: ReadonlyArray<Record<string, unknown>>): LayerRow[] =>
  rows.map((r) => ({ year: Number(r.year), source: String(r.source), target: String(r.target), weight: Number(r.weight) }));

/** The trade layer (tradeLayerSql) recomputed in TS from trade_flow rows, for the references. */
function tradeLayerTs(input: ReferenceInput, source: string): LayerRow[] {
  const flows = (input.trade_flow as unknown as TradeFlow[]).filter((f) => f.source === source && f.reporter !== f.partner);
  const total = new Map<string, number>();
  const t = (f: TradeFlow) => (f.exports ?? 0) + (f.imports ?? 0);
  for (const f of flows) total.set(`${f.reporter}|${f.year}`, (total.get(`${f.reporter}|${f.year}`) ?? 0) + t(f));
  return flows
    .filter((f) => t(f) > 0 && total.get(`${f.reporter}|${f.year}`)! > 0)
    .map((f) => ({ year: f.year, source: f.reporter, target: f.partner, weight: t(f) / total.get(`${f.reporter}|${f.year}`)! }));
}

const row = (subject: string, counterpart: string | null, year: number, value: number | null, flags = ''): MetricRow =>
  ({ subject, counterpart, year, value, low: null, high: null, flags });

// ---- indirect dependence ----

function indirectRows(rows: readonly LayerRow[], kind: 'total' | 'share'): MetricRow[] {
  const out: MetricRow[] = [];
  for (const [year, g] of layersByYear(rows, true)) {
    const n = g.nodes.length;
    const d = denseWeights(g);
    const t = indirectDependence(d, n, defaultBeta(d, n));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const direct = d[i * n + j]!;
        const total = t[i * n + j]!;
        if (i === j || (direct === 0 && total < MIN_INDIRECT)) continue;
        const flags = direct === 0 ? 'indirect_only' : '';
        out.push(row(g.nodes[i]!, g.nodes[j]!, year, kind === 'total' ? total : indirectShare(total, direct), flags));
      }
    }
  }
  return out;
}

const tradeInput = (p: MetricParams) => tradeLayerSql(p.source);

const indirect: MetricDefinition = {
  id: 'network.indirect_dependence', title: 'Indirect (network) trade dependence, Leontief/Katz form', family: 'network',
  formula: 'T = D (I − βD)⁻¹ = D + βD² + β²D³ + …,  D(i,j) = turnover_ij / Σ_k turnover_ik,  β = 0.5 / max_i Σ_j D(i,j) (= 0.5/ρ(D) = 0.5)',
  description:
    "The subject's total dependence on the counterpart through every path of the trade dependence network: its direct trade share plus its partners' shares with the counterpart (discounted by β per extra step), and so on. A state can depend on another it barely trades with, through the states it does trade with. Row sums of T are at most 1/(1 − β) = 2 for β = 0.5 (less where paths end at states that report no trade). Stored for pairs with a direct tie and for indirect-only pairs with T ≥ 1e-4 (flag indirect_only); pairs absent from the panel have T below that.",
  citations: ['maoz-2009', 'leontief-1936', 'katz-1953'], unit: 'dependence (share units, paths discounted)', range: { min: 0, max: 2 },
  direction: 'higher = subject more dependent on counterpart, directly or through third states',
  level: 'directed', inputs: ['trade_flow'], version: V, usesTradeSource: true, sql: computedInTs('network.indirect_dependence'),
  compute: { input: tradeInput, compute: (rows) => indirectRows(layerRows(rows), 'total') },
  reference: (input, p) => indirectRows(tradeLayerTs(input, p.source), 'total'),
};

const share: MetricDefinition = {
  id: 'network.indirect_share', title: 'Share of network trade dependence not explained by the direct tie', family: 'network',
  formula: 'IS(i,j) = (T(i,j) − D(i,j)) / T(i,j),  T = D (I − βD)⁻¹ as network.indirect_dependence',
  description:
    "The part of the subject's total (network) dependence on the counterpart that runs through third states. 0 = all of it is the direct tie; 1 = none of it is (flag indirect_only: no direct trade at all). Same pairs as network.indirect_dependence.",
  citations: ['maoz-2009', 'leontief-1936'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = more of the dependence is indirect, through third states',
  level: 'directed', inputs: ['trade_flow'], version: V, usesTradeSource: true, sql: computedInTs('network.indirect_share'),
  compute: { input: tradeInput, compute: (rows) => indirectRows(layerRows(rows), 'share') },
  reference: (input, p) => indirectRows(tradeLayerTs(input, p.source), 'share'),
};

// ---- node measures of the trade layer (monadic) ----

function nodeRows(rows: readonly LayerRow[], measure: NodeMeasure): MetricRow[] {
  const out: MetricRow[] = [];
  for (const [year, g] of layersByYear(rows, true)) {
    let values: Float64Array | null;
    try {
      values = nodeMeasure(g, measure);
    } catch {
      values = null; // no convergence of the power iteration: NULL with a flag rather than a wrong number
    }
    g.nodes.forEach((id, i) => out.push(row(id, null, year, values ? values[i]! : null, values ? '' : 'no_convergence')));
  }
  return out;
}

interface NodeMeta {
  measure: NodeMeasure;
  title: string;
  formula: string;
  description: string;
  citations: string[];
  unit: string;
  range: { min: number | null; max: number | null };
  direction: string;
}

function nodeMetric(meta: NodeMeta): MetricDefinition {
  return {
    id: `network.${meta.measure}_trade`, title: meta.title, family: 'network', formula: meta.formula,
    description: `${meta.description} Trade dependence layer D of the year (ties i→j = i's turnover share with j).`,
    citations: meta.citations, unit: meta.unit, range: meta.range, direction: meta.direction,
    level: 'monadic', inputs: ['trade_flow'], version: V, usesTradeSource: true, sql: computedInTs(`network.${meta.measure}_trade`),
    compute: { input: tradeInput, compute: (rows) => nodeRows(layerRows(rows), meta.measure) },
    reference: (input, p) => nodeRows(tradeLayerTs(input, p.source), meta.measure),
  };
}

const NODE_METRICS: MetricDefinition[] = [
  nodeMetric({
    measure: 'strength_in', title: 'In-strength in the trade dependence network', formula: 's_in(j) = Σ_i D(i,j)',
    description: "The sum over all states of their trade share with the subject: how much of the world's trade dependence points at it (a state that is every partner's only partner would score its number of partners).",
    citations: ['barrat-2004'], unit: 'sum of shares', range: { min: 0, max: null }, direction: 'higher = more states depend on the subject',
  }),
  nodeMetric({
    measure: 'pagerank', title: 'PageRank in the trade dependence network', formula: 'PR(j) = (1 − α)/n + α Σ_i PR(i) D(i,j) (+ dangling mass / n),  α = 0.85',
    description: 'The stationary share of a random walk that follows dependence ties: high when states that are themselves depended on depend on the subject. Scores sum to 1 over the states of the year.',
    citations: ['page-brin-1999'], unit: 'score (sums to 1)', range: { min: 0, max: 1 }, direction: 'higher = more central as a state depended on',
  }),
  nodeMetric({
    measure: 'eigenvector', title: 'Eigenvector centrality in the trade dependence network', formula: 'λ x(j) = Σ_i D(i,j) x(i),  ‖x‖₂ = 1',
    description: "Bonacich's eigenvector centrality over in-ties (the leading eigenvector of Dᵀ, power iteration on Dᵀ + I as networkx): high when central states depend on the subject; CONCEPTS C11's hub score (centralisation around Russia).",
    citations: ['bonacich-1972'], unit: 'score (unit L2 norm)', range: { min: 0, max: 1 }, direction: 'higher = more central as a state depended on',
  }),
  nodeMetric({
    measure: 'betweenness', title: 'Weighted betweenness in the trade dependence network', formula: 'B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st / ((n−1)(n−2)),  tie length = 1/D(i,j)',
    description: 'The share of shortest dependence paths between other states that run through the subject (a strong tie is a short one): its position as a broker or intermediary of dependence.',
    citations: ['freeman-1977', 'brandes-2001'], unit: 'share of shortest paths', range: { min: 0, max: 1 }, direction: 'higher = more of the network’s dependence paths pass through the subject',
  }),
  nodeMetric({
    measure: 'coreness', title: 'Core–periphery score in the trade dependence network', formula: 'c = leading eigenvector of (D + Dᵀ)/2,  scaled to max c = 1 (fits D(i,j) ≈ c_i c_j)',
    description: "Borgatti and Everett's continuous core–periphery model: 1 for the core state of the year, near 0 for the periphery (few, weak ties, mostly to the core). CONCEPTS C13 centre–periphery.",
    citations: ['borgatti-everett-2000'], unit: 'score (max 1)', range: { min: 0, max: 1 }, direction: 'higher = closer to the core of the trade network',
  }),
];

// ---- transit shares from the route table ----

/** One row per route-year it operates in, per transit state (state NULL for a direct route); portable SQL. */
const ROUTE_YEARS_SQL = () => `
  WITH RECURSIVE years(year) AS (
    SELECT MIN(start_year) FROM route
    UNION ALL
    SELECT year + 1 FROM years
     WHERE year < (SELECT MAX(CASE WHEN end_year IS NOT NULL AND end_year > start_year THEN end_year ELSE start_year END) FROM route)
  )
  SELECT y.year, r.route_id, r.fuel, r.supplier, r.destination, r.capacity, r.start_year, r.end_year, t.seq, t.state
    FROM years AS y JOIN route AS r ON r.start_year <= y.year AND (r.end_year IS NULL OR y.year <= r.end_year)
    LEFT JOIN route_transit AS t ON t.route_id = r.route_id`;

function transitRows(routes: readonly Route[], years: readonly number[], grouping: TransitGrouping): MetricRow[] {
  return years.flatMap((year) =>
    transitShares(routes, 'gas', year, grouping).map((s) =>
      row((grouping === 'destination' ? s.destination : s.supplier)!, s.transit, year, s.share, s.flags)),
  );
}

function transitMetric(grouping: 'destination' | 'supplier', meta: Pick<MetricDefinition, 'id' | 'title' | 'formula' | 'description' | 'direction'>): MetricDefinition {
  return {
    ...meta, family: 'network', citations: ['maoz-2009', 'gem-ggit-2024'], unit: 'share of pipeline capacity', range: { min: 0, max: 1 },
    level: 'directed', inputs: ['route', 'route_transit'], version: V, usesTradeSource: false, sql: computedInTs(meta.id),
    compute: {
      input: ROUTE_YEARS_SQL,
      compute: (rows) => {
        const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
        return transitRows(routesFromRows(rows), years, grouping);
      },
    },
    reference: (input) => {
      const routes = routesFromRows(input.route ?? [], input.route_transit ?? []);
      return transitRows(routes, routeYears(routes), grouping);
    },
  };
}

const TRANSIT_METRICS: MetricDefinition[] = [
  transitMetric('destination', {
    id: 'network.transit_betweenness', title: 'Gas transit betweenness: share of a destination’s pipeline supply crossing a transit state',
    formula: 'TB(d, t, y) = Σ_{routes r to d operating in y, t ∈ transit(r)} cap_r / Σ_{routes r to d operating in y} cap_r',
    description:
      "Subject = destination (end market), counterpart = transit state: the share of the pipeline capacity that reaches the destination in the year (route table, gas) that must cross the transit state. It is the transit state's weighted betweenness on the supplier→destination routes. 1 = every route to the destination crosses it; 0 = none does (not stored: only transit states on some route of the destination get a row). NULL with missing:capacity when the share depends on an operating route without a cited capacity (when every route crosses the transit state the share is 1 whatever the capacities). Only the routes in the route table count (onward flows beyond a route's end market are not modelled; see data-src/pipeline_routes/README.md). Germany on Belarus = the share of Russia's pipeline gas capacity to Germany crossing Belarus (Yamal–Europe vs Nord Stream).",
    direction: 'higher = destination’s pipeline supply more dependent on the transit state',
  }),
  transitMetric('supplier', {
    id: 'network.transit_supplier_share', title: 'Gas transit share of a supplier’s pipeline exports crossing a transit state',
    formula: 'τ(s, t, y) = Σ_{routes r from s operating in y, t ∈ transit(r)} cap_r / Σ_{routes r from s operating in y} cap_r',
    description:
      "Subject = supplier, counterpart = transit state: the share of the supplier's export pipeline capacity in the route table (gas, all destinations) that crosses the transit state: τ of the transit leverage index (CONCEPTS C14b; the seed puts Belarus at 20% of Russia's gas to the EU). Capacity, not flow: the route table has no volumes. NULL with missing:capacity when the share depends on an operating route without a cited capacity.",
    direction: 'higher = supplier’s exports more dependent on the transit state',
  }),
];

export const NETWORK_METRICS: readonly MetricDefinition[] = [indirect, share, ...NODE_METRICS, ...TRANSIT_METRICS];
