// Network interdependence (CONCEPTS C11, C14; Maoz 2009): indirect dependence through every path of the trade layer
// (Leontief/Katz form); node measures, blocs (Louvain communities) of every layer — trade, energy, IGO, alliance, arms,
// composite — and structural equivalence across the trade, IGO and alliance layers; pipeline transit shares from the
// route table. Computed in TS (src/network/, dense linear algebra and graph algorithms) from one input SELECT per
// metric: the layer SELECTs (LAYER_SPECS) live here, each with its TS twin for the references; src/store runs them.
//
// The trade layer is D(i→j) = i's turnover (exports + imports) with j over i's turnover with all partners in the
// trade source (missing components count as 0), one layer per year: the row-normalised dependence matrix. Indirect
// dependence uses the default β = 0.5 / (largest row sum of D) = 0.5 here, i.e. 0.5/ρ(D) (see network/leontief.ts);
// it is stored for the pairs with a direct tie and for the pairs without one whose T is at least 1e-4 (flag
// indirect_only), so that the panel stays the size of the trade panel. Flags: indirect_only; no_convergence (a power
// iteration that did not converge: NULL value); constant_profile (structural equivalence of a state whose tie profile
// does not vary: NULL); missing:capacity (transit); the trade origins of the dyads are not carried (every value mixes
// the whole year's network).
//
// Node measures: network.<measure>_<layer> for every layer from one factory. Out-strength is stored only for the
// composite layer: in the share layers (trade, energy, arms) every state's ties sum to 1 by construction; undirected
// layers (igo, alliance) have one strength, network.strength_<layer>. Density and degree centralisation are per
// layer-year, with no state as subject: they are not stored but computed on request by `interdep network` and the API
// (/api/network/...). Build cost, measured on a copy of the test database (every year, 2026-12-04, two cores shared
// with other jobs): the TS steps of all 42 network metrics ~25 s of CPU (135 s with the implementations before the
// array ones in network/), so every combination is registered (NOT_STORED is empty); most of their build time is now
// the runner reading the inputs and writing the 5.3M rows of indirect dependence, its share and structural
// equivalence. The measures of a layer share its yearly graphs (and the two indirect metrics T) when the runner hands
// them the same input object (see `shared`); each step also has a columnar form (ComputeStep.columns).
import type { Citation } from '../citations.js';
import { tradeFlowOf } from '../sql-fragments.js';
import type { TradeFlow } from '../trade-flow.js';
import { coMembershipEdges } from '../../network/co-membership.js';
import { pairEquivalence, profilesOf, tiedPairs } from '../../network/equivalence-pairs.js';
import { denseWeights, type EdgeColumns, type EdgeRow, type LayerGraph } from '../../network/graph.js';
import { defaultBeta, indirectDependence, indirectShare } from '../../network/leontief.js';
import { layersByYear, nodeMeasure, type NodeMeasure } from '../../network/node-measures.js';
import { structuralEquivalence } from '../../network/structural-equivalence.js';
import { blocsOf } from '../../network/summaries.js';
import { routesFromRows, routeYears, transitShares, type Route, type TransitGrouping } from '../../network/transit.js';
import { asColumns, asRows, RowKeys, type KeyedRows } from '../row-order.js';
import type { ComputeStep, InputColumns, MetricDefinition, MetricParams, MetricRow, ReferenceInput, TradeSource } from '../types.js';

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
  'blondel-2008': {
    key: 'blondel-2008', authors: 'Blondel, Vincent D., Jean-Loup Guillaume, Renaud Lambiotte and Etienne Lefebvre', year: 2008,
    title: 'Fast unfolding of communities in large networks', venue: 'Journal of Statistical Mechanics: Theory and Experiment P10008',
  },
  'newman-2006': {
    key: 'newman-2006', authors: 'Newman, M. E. J.', year: 2006,
    title: 'Modularity and community structure in networks', venue: 'PNAS 103(23): 8577–8582',
  },
  'burt-1976': {
    key: 'burt-1976', authors: 'Burt, Ronald S.', year: 1976, title: 'Positions in Networks', venue: 'Social Forces 55(1): 93–122',
  },
  'maoz-2006': {
    key: 'maoz-2006', authors: 'Maoz, Zeev, Lesley G. Terris, Ranan D. Kuperman and Ilan Talmud', year: 2006,
    title: 'Structural Equivalence and International Conflict: A Social Networks Analysis', venue: 'Journal of Conflict Resolution 50(5): 664–689',
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

/** A compute step's input (columns year, source, target, weight: a layer's SELECT) as edge columns, without copies. */
const edgeColumnsOf = (input: InputColumns): EdgeColumns => ({
  length: input.length, year: input.columns.year as ArrayLike<number>, source: input.columns.source as ArrayLike<string>,
  target: input.columns.target as ArrayLike<string>, weight: input.columns.weight as ArrayLike<number>,
});

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

/** Σ amount per (year, dependent, supplier) over Σ per (year, dependent): the share layers' TS references. */
function shareLayerTs(rows: ReadonlyArray<{ year: number; dependent: string; supplier: string; amount: number }>): LayerRow[] {
  const tie = new Map<string, LayerRow>();
  const total = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.year}|${r.dependent}|${r.supplier}`;
    const t = tie.get(k) ?? { year: r.year, source: r.dependent, target: r.supplier, weight: 0 };
    t.weight += r.amount;
    tie.set(k, t);
    total.set(`${r.year}|${r.dependent}`, (total.get(`${r.year}|${r.dependent}`) ?? 0) + r.amount);
  }
  return [...tie.values()].map((t) => ({ ...t, weight: t.weight / total.get(`${t.year}|${t.source}`)! }));
}

const rowsOf = (input: ReferenceInput, table: string) => (input[table] ?? []) as ReadonlyArray<Record<string, unknown>>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export const LAYERS = ['trade', 'energy', 'igo', 'alliance', 'arms', 'composite'] as const;
export type LayerName = (typeof LAYERS)[number];

export interface LayerSpec {
  directed: boolean;
  /** Every state's ties sum to 1 (shares): its out-strength is 1 by construction and is not stored. */
  rowNormalised: boolean;
  /** What a tie's weight is, for help texts, docs and the metrics' descriptions. */
  weight: string;
  /** Input tables (or the metric the layer reads). */
  inputs: readonly string[];
  usesTradeSource: boolean;
  dependsOn?: readonly string[];
  /** One SELECT (year, source, target, weight) over the store; directed layers read "source depends on target". */
  sql: (source: TradeSource) => string;
  /** The same layer recomputed in TS from the input tables' rows (the metrics' references). */
  rows: (input: ReferenceInput, source: TradeSource) => LayerRow[];
  /**
   * The metrics' input when a cheaper one than `sql` gives the same edges: a SELECT (year, source, target, weight
   * columns) and how its rows become the layer's edges.
   */
  metricInput?: { sql: (source: TradeSource) => string; edges: (input: InputColumns) => EdgeColumns };
}

/** A row-normalised share layer: each source's flows to each target over its flows to all targets, per year. */
const shareLayerSql = (table: string, source: string, target: string, amount: string, where = 'TRUE') => `
      SELECT year, ${source} AS source, ${target} AS target, SUM(${amount}) / SUM(SUM(${amount})) OVER (PARTITION BY year, ${source}) AS weight
        FROM ${table}
       WHERE ${where} AND ${source} IS NOT NULL AND ${target} IS NOT NULL AND ${source} <> ${target} AND ${amount} > 0
       GROUP BY year, ${source}, ${target}`;

export const LAYER_SPECS: Readonly<Record<LayerName, LayerSpec>> = {
  trade: {
    directed: true, rowNormalised: true, inputs: ['trade_flow'], usesTradeSource: true,
    weight: "share of the subject's trade turnover (exports + imports) with the partner: the row-normalised dependence D",
    sql: tradeLayerSql,
    rows: tradeLayerTs,
  },
  energy: {
    directed: true, rowNormalised: true, inputs: ['energy_flow'], usesTradeSource: false,
    weight: "share of the importer's gas imports (pipeline + LNG, bcm) from the exporter, over exporters that are states",
    sql: () => shareLayerSql('energy_flow', 'importer', 'exporter', 'volume', "fuel = 'gas' AND NOT importer_is_region_total"),
    rows: (input) => shareLayerTs(rowsOf(input, 'energy_flow')
      .filter((r) => r.fuel === 'gas' && str(r.exporter) !== null && str(r.importer) !== null && !r.importer_is_region_total
        && Number(r.volume) > 0 && r.exporter !== r.importer)
      .map((r) => ({ year: Number(r.year), dependent: String(r.importer), supplier: String(r.exporter), amount: Number(r.volume) }))),
  },
  igo: {
    directed: false, rowNormalised: false, inputs: ['igo_membership'], usesTradeSource: false,
    weight: 'number of intergovernmental organisations both states are full members of (COW IGO)',
    sql: () => `
      SELECT a.year, a.state AS source, b.state AS target, CAST(COUNT(DISTINCT a.igo) AS DOUBLE) AS weight
        FROM igo_membership AS a JOIN igo_membership AS b ON b.year = a.year AND b.igo = a.igo AND a.state < b.state
       WHERE a.status = 'full' AND b.status = 'full'
       GROUP BY a.year, a.state, b.state`,
    // The metrics read the full memberships (source = state, target = IGO) and count the shared IGOs per pair in TS
    // (network/co-membership.ts, bitsets): the same edges, without the self-join's row per shared IGO (~7 s a build).
    metricInput: {
      sql: () => `SELECT year, state AS source, igo AS target, CAST(NULL AS DOUBLE) AS weight FROM igo_membership WHERE status = 'full'`,
      edges: (input) => coMembershipEdges({
        length: input.length, year: input.columns.year as ArrayLike<number>, member: input.columns.source as ArrayLike<string>,
        group: input.columns.target as ArrayLike<string>,
      }),
    },
    rows: (input) => {
      const members = new Map<string, Set<string>>();
      for (const r of rowsOf(input, 'igo_membership')) {
        if (r.status !== 'full') continue;
        const k = `${Number(r.year)}|${String(r.igo)}`;
        members.set(k, (members.get(k) ?? new Set()).add(String(r.state)));
      }
      const shared = new Map<string, number>();
      for (const [k, set] of members) {
        const year = k.slice(0, k.indexOf('|'));
        const list = [...set].sort();
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const pair = `${year}|${list[i]}|${list[j]}`;
            shared.set(pair, (shared.get(pair) ?? 0) + 1);
          }
        }
      }
      return [...shared].map(([k, weight]) => {
        const [year, source, target] = k.split('|') as [string, string, string];
        return { year: Number(year), source, target, weight };
      });
    },
  },
  alliance: {
    directed: false, rowNormalised: false, inputs: ['alliance'], usesTradeSource: false,
    weight: '1 for a pair with an ATOP obligation in force (defence, offence, neutrality, non-aggression or consultation)',
    sql: () => `
      SELECT DISTINCT year, LEAST(state_a, state_b) AS source, GREATEST(state_a, state_b) AS target, 1.0 AS weight
        FROM alliance
       WHERE state_a <> state_b AND (defense OR offense OR neutrality OR nonaggression OR consultation)`,
    rows: (input) => {
      const pairs = new Set<string>();
      for (const r of rowsOf(input, 'alliance')) {
        const [a, b] = [String(r.state_a), String(r.state_b)].sort() as [string, string];
        if (a !== b && (r.defense || r.offense || r.neutrality || r.nonaggression || r.consultation)) pairs.add(`${Number(r.year)}|${a}|${b}`);
      }
      return [...pairs].map((k) => {
        const [year, source, target] = k.split('|') as [string, string, string];
        return { year: Number(year), source, target, weight: 1 };
      });
    },
  },
  arms: {
    directed: true, rowNormalised: true, inputs: ['arms_transfer'], usesTradeSource: false,
    weight: "supplier's share of the recipient's arms imports in the year (SIPRI TIV)",
    sql: () => shareLayerSql('arms_transfer', 'recipient', 'supplier', 'tiv'),
    rows: (input) => shareLayerTs(rowsOf(input, 'arms_transfer')
      .filter((r) => str(r.supplier) !== null && str(r.recipient) !== null && r.supplier !== r.recipient && Number(r.tiv) > 0)
      .map((r) => ({ year: Number(r.year), dependent: String(r.recipient), supplier: String(r.supplier), amount: Number(r.tiv) }))),
  },
  composite: {
    directed: true, rowNormalised: false, inputs: ['composite.dependence'], usesTradeSource: true, dependsOn: ['composite.dependence'],
    weight: 'composite dependence index CDI(subject ← counterpart) (metric composite.dependence)',
    // Group counterparts (EU, CIS, …) are not states: their rows are flagged 'group' (metrics/groups.ts).
    sql: (source) => `
      SELECT year, subject AS source, counterpart AS target, value AS weight
        FROM metric_value
       WHERE metric = 'composite.dependence' AND scenario = 'baseline' AND source = '${source}' AND value > 0
         AND counterpart IS NOT NULL AND subject <> counterpart AND flags <> 'group' AND flags NOT LIKE 'group,%'`,
    rows: (input, source) => rowsOf(input, 'metric_value')
      .filter((r) => r.metric === 'composite.dependence' && r.scenario === 'baseline' && r.source === source && r.value !== null
        && Number(r.value) > 0 && str(r.counterpart) !== null && r.subject !== r.counterpart
        && r.flags !== 'group' && !String(r.flags).startsWith('group,'))
      .map((r) => ({ year: Number(r.year), source: String(r.subject), target: String(r.counterpart), weight: Number(r.value) })),
  },
};

/** A layer's SELECT (or its cheaper metricInput) as a metric's compute input, with portable column types. */
const layerInput = (layer: LayerName) => (p: MetricParams) =>
  `SELECT CAST(year AS INTEGER) AS year, source, target, CAST(weight AS DOUBLE) AS weight FROM (${(LAYER_SPECS[layer].metricInput?.sql ?? LAYER_SPECS[layer].sql)(p.source)}) AS l`;

/**
 * What the metrics of one input derive from it (the yearly graphs, T), kept as long as that input is: the runner
 * hands the same rows to each metric of a layer in turn, so a layer's graphs are built once, not once per measure.
 */
const derived = new WeakMap<object, Map<string, unknown>>();
function shared<T>(input: object, key: string, make: () => T): T {
  let m = derived.get(input);
  if (!m) derived.set(input, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

type YearGraphs = Array<[number, LayerGraph]>;

/** The layer's graph per year from a compute step's input rows (built once per input, see shared). */
const graphsOf = (layer: LayerName, input: InputColumns): YearGraphs =>
  shared(input, `graphs:${layer}`, () => layersByYear((LAYER_SPECS[layer].metricInput?.edges ?? edgeColumnsOf)(input), LAYER_SPECS[layer].directed));

/**
 * The runner's input rows as columns (values as they are), made once per rows array so that what is derived from
 * them is shared too; the adapter until the runner reads columns (ComputeStep.columns).
 */
const inputOfRows = (rows: ReadonlyArray<Record<string, unknown>>): InputColumns =>
  shared(rows, 'columns', () => ({
    length: rows.length,
    columns: Object.fromEntries(Object.keys(rows[0] ?? {}).map((c) => [c, rows.map((r) => r[c])])),
  }));

/** A compute step in both forms, from one function of the input as columns: columns(input), and compute(rows) = the same, as rows. */
const columnarStep = (input: ComputeStep['input'], keyed: (input: InputColumns) => KeyedRows): ComputeStep => ({
  input, columns: (cols) => asColumns(keyed(cols)), compute: (rows) => asRows(keyed(inputOfRows(rows))),
});

const row = (subject: string, counterpart: string | null, year: number, value: number | null, flags = ''): MetricRow =>
  ({ subject, counterpart, year, value, low: null, high: null, flags });

// ---- indirect dependence ----

/** The stored pairs of every year (direct tie, or T ≥ MIN_INDIRECT) with D and T: one inverse per year for both metrics. */
interface IndirectPairs {
  keys: RowKeys;
  direct: number[];
  total: number[];
}

function indirectPairs(graphs: YearGraphs): IndirectPairs {
  const p: IndirectPairs = { keys: new RowKeys(), direct: [], total: [] };
  for (const [year, g] of graphs) {
    const n = g.nodes.length;
    const d = denseWeights(g);
    const t = indirectDependence(d, n, defaultBeta(d, n));
    const code = g.nodes.map((id) => p.keys.codeOf(id));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const direct = d[i * n + j]!;
        const total = t[i * n + j]!;
        if (i === j || (direct === 0 && total < MIN_INDIRECT)) continue;
        p.keys.addCodes(code[i]!, code[j]!, year);
        p.direct.push(direct);
        p.total.push(total);
      }
    }
  }
  return p;
}

function indirectRows(p: IndirectPairs, kind: 'total' | 'share'): KeyedRows {
  return {
    keys: p.keys, value: (k) => (kind === 'total' ? p.total[k]! : indirectShare(p.total[k]!, p.direct[k]!)),
    flags: (k) => (p.direct[k] === 0 ? 'indirect_only' : ''),
  };
}

/** Both indirect metrics read the trade layer's input, as its node measures do: the runner reads it once for all. */
const indirectStep = (kind: 'total' | 'share') => columnarStep(layerInput('trade'),
  (input) => indirectRows(shared(input, 'indirect', () => indirectPairs(graphsOf('trade', input))), kind));

const indirect: MetricDefinition = {
  id: 'network.indirect_dependence', title: 'Indirect (network) trade dependence, Leontief/Katz form', family: 'network',
  formula: 'T = D (I − βD)⁻¹ = D + βD² + β²D³ + …,  D(i,j) = turnover_ij / Σ_k turnover_ik,  β = 0.5 / max_i Σ_j D(i,j) (= 0.5/ρ(D) = 0.5)',
  description:
    "The subject's total dependence on the counterpart through every path of the trade dependence network: its direct trade share plus its partners' shares with the counterpart (discounted by β per extra step), and so on. A state can depend on another it barely trades with, through the states it does trade with. Row sums of T are at most 1/(1 − β) = 2 for β = 0.5 (less where paths end at states that report no trade). Stored for pairs with a direct tie and for indirect-only pairs with T ≥ 1e-4 (flag indirect_only); pairs absent from the panel have T below that.",
  citations: ['maoz-2009', 'leontief-1936', 'katz-1953'], unit: 'dependence (share units, paths discounted)', range: { min: 0, max: 2 },
  direction: 'higher = subject more dependent on counterpart, directly or through third states',
  level: 'directed', inputs: ['trade_flow'], version: V, usesTradeSource: true, sql: computedInTs('network.indirect_dependence'),
  compute: indirectStep('total'),
  reference: (input, p) => asRows(indirectRows(indirectPairs(layersByYear(tradeLayerTs(input, p.source), true)), 'total')),
};

const share: MetricDefinition = {
  id: 'network.indirect_share', title: 'Share of network trade dependence not explained by the direct tie', family: 'network',
  formula: 'IS(i,j) = (T(i,j) − D(i,j)) / T(i,j),  T = D (I − βD)⁻¹ as network.indirect_dependence',
  description:
    "The part of the subject's total (network) dependence on the counterpart that runs through third states. 0 = all of it is the direct tie; 1 = none of it is (flag indirect_only: no direct trade at all). Same pairs as network.indirect_dependence.",
  citations: ['maoz-2009', 'leontief-1936'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = more of the dependence is indirect, through third states',
  level: 'directed', inputs: ['trade_flow'], version: V, usesTradeSource: true, sql: computedInTs('network.indirect_share'),
  compute: indirectStep('share'),
  reference: (input, p) => asRows(indirectRows(indirectPairs(layersByYear(tradeLayerTs(input, p.source), true)), 'share')),
};

// ---- node measures of every layer (monadic), one factory ----

function nodeRows(graphs: YearGraphs, measure: NodeMeasure): KeyedRows {
  const keys = new RowKeys();
  const value: Array<number | null> = [];
  for (const [year, g] of graphs) {
    let values: Float64Array | null;
    try {
      values = nodeMeasure(g, measure);
    } catch {
      values = null; // no convergence of the power iteration: NULL with a flag rather than a wrong number
    }
    g.nodes.forEach((id, i) => { keys.add(id, null, year); value.push(values ? values[i]! : null); });
  }
  return { keys, value: (k) => value[k]!, flags: (k) => (value[k] === null ? 'no_convergence' : '') };
}

/** The text of one node measure, for any layer (w = the layer's tie weight; an undirected tie counts both ways). */
interface NodeMeta {
  /** Name in the metric id (network.<name>_<layer>). */
  name: string;
  measure: NodeMeasure;
  title: string;
  formula: string;
  description: string;
  citations: string[];
  unit: string;
  range: { min: number | null; max: number | null };
  direction: string;
}

const STRENGTH_IN: NodeMeta = {
  name: 'strength_in', measure: 'strength_in', title: 'In-strength', formula: 's_in(j) = Σ_i w(i→j)',
  description: "The sum of the ties pointing at the subject: how much the other states depend on it (in a layer of shares, a state that is every partner's only partner would score its number of partners).",
  citations: ['barrat-2004'], unit: 'sum of tie weights', range: { min: 0, max: null }, direction: 'higher = more states depend on the subject, more strongly',
};
const STRENGTH_OUT: NodeMeta = {
  name: 'strength_out', measure: 'strength_out', title: 'Out-strength', formula: 's_out(i) = Σ_j w(i→j)',
  description: "The sum of the subject's own ties: how much it depends on all other states together.",
  citations: ['barrat-2004'], unit: 'sum of tie weights', range: { min: 0, max: null }, direction: 'higher = subject more dependent on the others together',
};
const STRENGTH: NodeMeta = {
  name: 'strength', measure: 'strength_in', title: 'Strength', formula: 's(i) = Σ_j w(i,j)',
  description: "The sum of the subject's ties (the layer is undirected: in- and out-strength are the same).",
  citations: ['barrat-2004'], unit: 'sum of tie weights', range: { min: 0, max: null }, direction: 'higher = more and stronger ties',
};
const CENTRALITIES: readonly NodeMeta[] = [
  {
    name: 'pagerank', measure: 'pagerank', title: 'PageRank', formula: 'PR(j) = (1 − α)/n + α Σ_i PR(i) w(i→j) / s_out(i) (+ dangling mass / n),  α = 0.85',
    description: 'The stationary share of a random walk that follows the ties (in proportion to their weight): high when states that are themselves central tie to the subject. Scores sum to 1 over the states of the year.',
    citations: ['page-brin-1999'], unit: 'score (sums to 1)', range: { min: 0, max: 1 }, direction: 'higher = more central (as a state depended on, in a directed layer)',
  },
  {
    name: 'eigenvector', measure: 'eigenvector', title: 'Eigenvector centrality', formula: 'λ x(j) = Σ_i w(i→j) x(i),  ‖x‖₂ = 1',
    description: "Bonacich's eigenvector centrality over in-ties (the leading eigenvector of Wᵀ, power iteration on Wᵀ + I as networkx): high when central states tie to the subject; CONCEPTS C11's hub score. NULL, flag no_convergence, in a year the iteration does not converge.",
    citations: ['bonacich-1972'], unit: 'score (unit L2 norm)', range: { min: 0, max: 1 }, direction: 'higher = more central (as a state depended on, in a directed layer)',
  },
  {
    name: 'betweenness', measure: 'betweenness', title: 'Weighted betweenness', formula: 'B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st / ((n−1)(n−2)),  tie length = 1/w(i,j)',
    description: 'The share of shortest paths between other states that run through the subject (a strong tie is a short one): its position as a broker or intermediary.',
    citations: ['freeman-1977', 'brandes-2001'], unit: 'share of shortest paths', range: { min: 0, max: 1 }, direction: 'higher = more of the network’s shortest paths pass through the subject',
  },
  {
    name: 'coreness', measure: 'coreness', title: 'Core–periphery score', formula: 'c = leading eigenvector of (W + Wᵀ)/2,  scaled to max c = 1 (fits w(i,j) ≈ c_i c_j)',
    description: "Borgatti and Everett's continuous core–periphery model: 1 for the core state of the year, near 0 for the periphery (few, weak ties, mostly to the core). CONCEPTS C13 centre–periphery.",
    citations: ['borgatti-everett-2000'], unit: 'score (max 1)', range: { min: 0, max: 1 }, direction: 'higher = closer to the core of the network',
  },
];

/**
 * The node measures stored for a layer: in-strength (out-strength only where it is not 1 by construction), or one
 * strength for an undirected layer, and the centralities, less the combinations too costly for the build (header).
 */
function layerMeasures(layer: LayerName): NodeMeta[] {
  const spec = LAYER_SPECS[layer];
  const strengths = !spec.directed ? [STRENGTH] : spec.rowNormalised ? [STRENGTH_IN] : [STRENGTH_IN, STRENGTH_OUT];
  return [...strengths, ...CENTRALITIES].filter((m) => !NOT_STORED.some(([l, name]) => l === layer && name === m.name));
}

/** Layer–measure combinations not registered (see the header comment for why). */
const NOT_STORED: ReadonlyArray<readonly [LayerName, string]> = [];

/** Everything a per-layer metric shares: level-independent fields from the layer's spec, input SELECT, reference. */
function layerMetric(
  layer: LayerName, id: string, compute: (graphs: YearGraphs) => KeyedRows,
  meta: Pick<MetricDefinition, 'title' | 'formula' | 'description' | 'citations' | 'unit' | 'range' | 'direction'>,
): MetricDefinition {
  const spec = LAYER_SPECS[layer];
  return {
    id, family: 'network', ...meta, level: 'monadic', inputs: spec.inputs, version: V, usesTradeSource: spec.usesTradeSource,
    ...(spec.dependsOn ? { dependsOn: spec.dependsOn } : {}), sql: computedInTs(id),
    compute: columnarStep(layerInput(layer), (input) => compute(graphsOf(layer, input))),
    reference: (input, p) => asRows(compute(layersByYear(spec.rows(input, p.source), spec.directed))),
  };
}

const tieText = (layer: LayerName) =>
  `${LAYER_SPECS[layer].directed ? 'Directed' : 'Undirected'} ${layer} layer of the year: w(i${LAYER_SPECS[layer].directed ? '→' : ','}j) = ${LAYER_SPECS[layer].weight}.`;

function nodeMetric(layer: LayerName, meta: NodeMeta): MetricDefinition {
  return layerMetric(layer, `network.${meta.name}_${layer}`, (graphs) => nodeRows(graphs, meta.measure), {
    ...meta, title: `${meta.title} in the ${layer} network`, description: `${meta.description} ${tieText(layer)}`,
  });
}

const NODE_METRICS: MetricDefinition[] = LAYERS.flatMap((layer) => layerMeasures(layer).map((meta) => nodeMetric(layer, meta)));

// ---- blocs (monadic, a category) ----

/** Each state's bloc number in each year: Louvain (seed 1) as `interdep blocs`, blocs numbered by size, then first member. */
function blocRows(graphs: YearGraphs): KeyedRows {
  const keys = new RowKeys();
  const bloc: number[] = [];
  for (const [year, g] of graphs) {
    for (const b of blocsOf(g, BLOC_SEED).blocs) for (const id of b.members) { keys.add(id, null, year); bloc.push(b.bloc); }
  }
  return { keys, value: (k) => bloc[k]!, flags: () => '' };
}

const BLOC_SEED = 1;

const BLOC_METRICS: MetricDefinition[] = LAYERS.map((layer) => layerMetric(layer, `network.bloc_${layer}`, blocRows, {
  title: `Bloc (Louvain community) in the ${layer} network`,
  formula: 'bloc(i) = rank of i’s community among the year’s Louvain communities (seed 1), by size desc, then by smallest member code',
  description: `A category, not a quantity: the number of the subject's bloc in the year, the community that modularity maximisation (Louvain, seeded: the same partition \`interdep blocs --layer ${layer}\` lists) puts it in, on the layer's undirected view (w(i,j) + w(j,i)). 1 = the largest bloc of the year; two states with the same number that year are in the same bloc; numbers of different years or layers are not comparable (compare memberships, not numbers). ${tieText(layer)}`,
  citations: ['blondel-2008', 'newman-2006'], unit: 'bloc number (category)', range: { min: 1, max: null },
  direction: 'none: a category (same number, same bloc that year)',
}));

// ---- structural equivalence (undirected) ----

const EQUIVALENCE_LAYERS = ['trade', 'igo', 'alliance'] as const satisfies readonly LayerName[];

/** Structural equivalence of every tied pair (both orders) per year, from the layers' graphs per year. */
function equivalenceRows(byLayer: readonly YearGraphs[]): KeyedRows {
  const keys = new RowKeys();
  const value: number[] = []; // NaN: constant profile (NULL)
  for (const [year, layers] of equivalenceLayers(byLayer)) {
    const p = profilesOf(layers);
    const pairs = tiedPairs(layers, p.universe);
    const code = p.universe.map((id) => keys.codeOf(id));
    for (let k = 0; k < pairs.length; k += 2) {
      const a = pairs[k]!;
      const b = pairs[k + 1]!;
      const v = pairEquivalence(p, a, b) ?? Number.NaN;
      keys.addCodes(code[a]!, code[b]!, year); keys.addCodes(code[b]!, code[a]!, year);
      value.push(v, v);
    }
  }
  return { keys, value: (k) => (Number.isNaN(value[k]) ? null : value[k]!), flags: (k) => (Number.isNaN(value[k]) ? 'constant_profile' : '') };
}

/** The rows of one layer of the union input (column `layer`), as a layer's input. */
function rowsOfLayer(input: InputColumns, layer: string): InputColumns {
  const c = input.columns as Readonly<Record<'layer' | 'year' | 'source' | 'target' | 'weight', ArrayLike<unknown>>>;
  let count = 0;
  for (let k = 0; k < input.length; k++) if (c.layer[k] === layer) count++;
  const [year, source, target, weight] = [0, 1, 2, 3].map(() => new Array<unknown>(count)) as [unknown[], unknown[], unknown[], unknown[]];
  for (let k = 0, r = 0; k < input.length; k++) {
    if (c.layer[k] !== layer) continue;
    year[r] = c.year[k]; source[r] = c.source[k]; target[r] = c.target[k]; weight[r++] = c.weight[k];
  }
  return { length: count, columns: { year, source, target, weight } };
}

/** Per year, the equivalence layers that have ties that year, in the order of EQUIVALENCE_LAYERS (as `interdep paths`). */
function equivalenceLayers(byLayer: readonly YearGraphs[]): Array<[number, LayerGraph[]]> {
  const maps = byLayer.map((graphs) => new Map(graphs));
  const years = [...new Set(byLayer.flatMap((graphs) => graphs.map(([y]) => y)))].sort((a, b) => a - b);
  return years.map((y) => [y, maps.flatMap((m) => (m.has(y) ? [m.get(y)!] : []))]);
}

/** The reference: structuralEquivalence(layers, a, b) pair by pair, pairs taken from the raw rows. */
function equivalenceReference(rows: ReadonlyArray<LayerRow & { layer: string }>): MetricRow[] {
  const out: MetricRow[] = [];
  const byLayer = EQUIVALENCE_LAYERS.map((l) => layersByYear(rows.filter((r) => r.layer === l), LAYER_SPECS[l].directed));
  for (const [year, layers] of equivalenceLayers(byLayer)) {
    const pairs = new Set(rows.filter((r) => r.year === year && r.source !== r.target && r.weight > 0)
      .flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));
    for (const k of pairs) {
      const [a, b] = k.split('|') as [string, string];
      const value = structuralEquivalence(layers, a, b);
      out.push(row(a, b, year, value, value === null ? 'constant_profile' : ''));
    }
  }
  return out;
}

const equivalence: MetricDefinition = {
  id: 'network.structural_equivalence', title: 'Structural equivalence across the trade, IGO and alliance networks', family: 'network',
  formula: 'SE(a,b) = corr(profile_a, profile_b),  profile_a = (w_L(a,k)/max w_L, and w_L(k,a)/max w_L for directed L) over layers L ∈ {trade, igo, alliance} with ties that year and states k ≠ a, b',
  description:
    "How alike the two states' positions are: the Pearson correlation of their tie profiles — their ties to and from every third state in the trade dependence layer, the IGO co-membership layer and the ATOP alliance layer (the layers with ties that year), each layer divided by its largest weight — as `interdep paths` reports it (combined). 1 = identical positions, 0 = unrelated, −1 = opposite. NULL, flag constant_profile, when a profile does not vary. Stored (both orders) only for the pairs with a direct tie in at least one of the three layers that year: all pairs would be about a million rows a year; other pairs are computed on request by `interdep paths`.",
  citations: ['burt-1976', 'maoz-2006'], unit: 'correlation', range: { min: -1, max: 1 },
  direction: 'higher = more similar network positions (undirected)', level: 'undirected',
  inputs: ['trade_flow', 'igo_membership', 'alliance'], version: V, usesTradeSource: true, sql: computedInTs('network.structural_equivalence'),
  compute: columnarStep(
    (p) => EQUIVALENCE_LAYERS.map((l) => `SELECT '${l}' AS layer, l.* FROM (${layerInput(l)(p)}) AS l`).join('\nUNION ALL\n'),
    (input) => equivalenceRows(EQUIVALENCE_LAYERS.map((l) => graphsOf(l, rowsOfLayer(input, l)))),
  ),
  reference: (input, p) => equivalenceReference(EQUIVALENCE_LAYERS.flatMap((l) => LAYER_SPECS[l].rows(input, p.source).map((r) => ({ ...r, layer: l })))),
};

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

// Each layer's node measures and bloc together: they read the same input, which the runner then reads once per layer.
const byLayer = LAYERS.flatMap((layer) => [...NODE_METRICS, ...BLOC_METRICS].filter((m) => m.id.endsWith(`_${layer}`)));

export const NETWORK_METRICS: readonly MetricDefinition[] = [indirect, share, ...byLayer, equivalence, ...TRANSIT_METRICS];
