// Influence capacity in the style of FBIC, the Formal Bilateral Influence Capacity index (Moyer et al. 2018, 2021;
// ANCHORS §1; CONCEPTS C1, C12): the counterpart's capacity to influence the subject is the product of the
// BANDWIDTH of their ties (how many channels link them, and how much flows through them: economic, political,
// security) and the subject's DEPENDENCE on the counterpart (economic, security). Relational power is the partner's
// dependence (C1); the channels are McMillan's economic, military and diplomatic dimensions (C12).
//
// Every directed metric here is read on row (subject i, counterpart j, year y) as "j's capacity to influence i", so it
// uses the base values of the same row (each base reads "i depends on j"): no reverse join. All values are in [0, 1]
// (each base value is a share or a 0/1 indicator; clamped to [0, 1] to absorb rounding), baseline scenario.
//
// Sub-indices (each stored as its own metric; value = mean of the bases that have a value in the pair-year):
//   influence.bandwidth_economic  = mean{trade.share_turnover, energy.gas_supplier_share, migration.remittance_share}
//   influence.bandwidth_political = mean{igo.shared_share, unga.agreement}
//   influence.bandwidth_security  = mean{security.alliance_any (0/1), security.arms_import_share}
//   influence.dependence_economic = trade.share_turnover
//   influence.dependence_security = security.arms_import_share
// Composite:
//   composite.influence_capacity  = B × D, B = mean of the available bandwidth sub-indices, D = mean of the available
//                                   dependence sub-indices (FBIC: bandwidth = mean of three, dependence = mean of two)
//   composite.outward_capacity    = Σ_i composite.influence_capacity(i, j) — monadic, on the row subject = j (FBIC's
//                                   outward influence capacity)
// Departure from FBIC: FBIC uses ~42 indicators (diplomatic representation, trade-agreement depth, aid, treaties, ...);
// only the dyadic shares in the store are used here, so values are not comparable in level with published FBIC.
// trade.share_turnover is read for the run's trade source; every other base for source 'default'. Only state
// counterparts: rows with a country group (country_group.group_id) as counterpart are excluded, as are self-pairs.
// A missing base is never read as 0: it leaves the mean and is named in the flags (missing:<base>); a sub-index with
// no base present is NULL. Rows: every pair-year where at least one base of the metric has a row.
import type { Citation } from '../citations.js';
import type { MetricDefinition, MetricRow, ReferenceInput, TradeSource } from '../types.js';
import { joinFlags, type MetricValueRow } from '../sql-fragments.js';

const V = '1.0.0';
const INFLUENCE = "higher = counterpart has more capacity to influence the subject";

export const INFLUENCE_CITATIONS: Readonly<Record<string, Citation>> = {
  'moyer-2018': {
    key: 'moyer-2018', authors: 'Moyer, Jonathan D., Tim Sweijs, Mathew J. Burrows and Hugo Van Manen', year: 2018,
    title: 'Power and Influence in a Globalized World', venue: 'Atlantic Council, Washington DC (with the Hague Centre for Strategic Studies methods appendix)',
  },
  'moyer-2021': {
    key: 'moyer-2021', authors: 'Moyer, Jonathan D., Collin J. Meisel, Austin S. Matthews, David K. Bohl and Mathew J. Burrows', year: 2021,
    title: 'China-US Competition: Measuring Global Influence', venue: 'Atlantic Council, Washington DC',
  },
};

/** One input of a sub-index: its short name (used in flags) and the metric it reads. */
interface Base { key: string; metric: string; trade: boolean }

const TRADE: Base = { key: 'trade', metric: 'trade.share_turnover', trade: true };
const GAS: Base = { key: 'gas', metric: 'energy.gas_supplier_share', trade: false };
const REMIT: Base = { key: 'remittances', metric: 'migration.remittance_share', trade: false };
const IGO: Base = { key: 'igo', metric: 'igo.shared_share', trade: false };
const UNGA: Base = { key: 'unga', metric: 'unga.agreement', trade: false };
const ALLIANCE: Base = { key: 'alliance', metric: 'security.alliance_any', trade: false };
const ARMS: Base = { key: 'arms', metric: 'security.arms_import_share', trade: false };

const srcOf = (b: { trade: boolean }, source: TradeSource): TradeSource | 'default' => (b.trade ? source : 'default');
const clampSql = (x: string) => `(CASE WHEN ${x} > 1 THEN 1.0 WHEN ${x} < 0 THEN 0.0 ELSE ${x} END)`;
const clamp = (x: number | null) => (x === null ? null : x > 1 ? 1 : x < 0 ? 0 : x);
const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

/** Base rows of one metric (state counterparts only, no self-pairs), with the clamped value, tagged by key. */
function baseRowsSql(key: string, metric: string, source: TradeSource | 'default'): string {
  return `SELECT subject, counterpart, year, '${key}' AS base, ${clampSql('value')} AS v FROM metric_value
           WHERE metric = '${metric}' AND source = '${source}' AND scenario = 'baseline'
             AND counterpart IS NOT NULL AND subject <> counterpart AND counterpart NOT IN (SELECT group_id FROM country_group)`;
}

/** Mean of the available inputs per pair-year, with missing:<key> for every input without a value. */
function meanSql(inputs: ReadonlyArray<{ key: string; metric: string; source: TradeSource | 'default' }>): string {
  const missing = inputs.map((b) => `CASE WHEN MAX(CASE WHEN base = '${b.key}' AND v IS NOT NULL THEN 1 ELSE 0 END) = 0 THEN ',missing:${b.key}' ELSE '' END`);
  return `
    SELECT subject, counterpart, year, AVG(v) AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           SUBSTR(${missing.join(' || ')}, 2) AS flags
      FROM (${inputs.map((b) => baseRowsSql(b.key, b.metric, b.source)).join(' UNION ALL ')}) AS b
     GROUP BY subject, counterpart, year`;
}

/** TS mirror of meanSql. */
function meanRows(input: ReferenceInput, inputs: ReadonlyArray<{ key: string; metric: string; source: TradeSource | 'default' }>): MetricRow[] {
  const groups = new Set(((input.country_group ?? []) as Array<{ group_id: string }>).map((g) => g.group_id));
  const acc = new Map<string, { subject: string; counterpart: string; year: number; v: Map<string, number> }>();
  for (const r of (input.metric_value ?? []) as unknown as MetricValueRow[]) {
    if (r.scenario !== 'baseline' || r.counterpart === null || r.subject === r.counterpart || groups.has(r.counterpart)) continue;
    const b = inputs.find((x) => x.metric === r.metric && x.source === r.source);
    if (b === undefined) continue;
    const id = `${r.subject}|${r.counterpart}|${r.year}`;
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { subject: r.subject, counterpart: r.counterpart, year: Number(r.year), v: new Map() }));
    const v = clamp(r.value);
    if (v !== null) a.v.set(b.key, v);
  }
  return [...acc.values()].map((a) => ({
    subject: a.subject, counterpart: a.counterpart, year: a.year,
    value: mean([...a.v.values()]), low: null, high: null,
    flags: joinFlags(...inputs.map((b) => (a.v.has(b.key) ? '' : `missing:${b.key}`))),
  }));
}

function subIndex(meta: { id: string; title: string; formula: string; description: string; bases: readonly Base[] }): MetricDefinition {
  const usesTrade = meta.bases.some((b) => b.trade);
  const inputsOf = (source: TradeSource) => meta.bases.map((b) => ({ key: b.key, metric: b.metric, source: srcOf(b, source) }));
  const ids = meta.bases.map((b) => b.metric);
  return {
    id: meta.id, title: meta.title, family: 'influence', formula: meta.formula,
    description: `${meta.description} Values are clamped to [0, 1]. A base without a value in the pair-year is left out of the mean (flag missing:<base>), never read as 0; NULL when none has a value. Rows: every pair-year with a row in at least one base; state counterparts only (group counterparts excluded).${usesTrade ? ' trade.share_turnover is read for the run\'s trade source, the other bases for source default.' : ''}`,
    citations: ['moyer-2018', 'moyer-2021'], unit: 'index', range: { min: 0, max: 1 }, direction: INFLUENCE,
    level: 'directed', inputs: ids, version: V, usesTradeSource: usesTrade, dependsOn: ids,
    sql: (p) => meanSql(inputsOf(p.source)),
    reference: (input, p) => meanRows(input, inputsOf(p.source)),
  };
}

const bandwidthEconomic = subIndex({
  id: 'influence.bandwidth_economic', title: 'Economic bandwidth (FBIC style)',
  formula: 'BWe_ij = mean of the available of {trade.share_turnover_ij, energy.gas_supplier_share_ij, migration.remittance_share_ij}',
  description: "Volume and breadth of the economic ties through which the counterpart can reach the subject: the mean of the counterpart's shares of the subject's trade turnover, gas imports and remittance receipts. 0 = no economic ties in any channel with data; 1 = the counterpart is the subject's only partner in every channel with data.",
  bases: [TRADE, GAS, REMIT],
});
const bandwidthPolitical = subIndex({
  id: 'influence.bandwidth_political', title: 'Political bandwidth (FBIC style)',
  formula: 'BWp_ij = mean of the available of {igo.shared_share_ij, unga.agreement_ij}',
  description: "Political ties: the share of the subject's full IGO memberships shared with the counterpart and the pair's UN General Assembly voting agreement. 0 = no shared organisation and always opposite votes; 1 = the counterpart is in every organisation the subject is in and always votes alike. (FBIC also counts embassies and treaties, not in the store.)",
  bases: [IGO, UNGA],
});
const bandwidthSecurity = subIndex({
  id: 'influence.bandwidth_security', title: 'Security bandwidth (FBIC style)',
  formula: 'BWs_ij = mean of the available of {security.alliance_any_ij (0/1), security.arms_import_share_ij}',
  description: "Security ties: any ATOP alliance obligation of the counterpart towards the subject (1/0; a documented 0 inside ATOP's coverage, see security.alliance_any) and the counterpart's share of the subject's arms imports (SIPRI, 5-year window; no row = no value, not 0). 0 = no alliance and no arms; 1 = allied and sole arms supplier.",
  bases: [ALLIANCE, ARMS],
});
const dependenceEconomic = subIndex({
  id: 'influence.dependence_economic', title: 'Economic dependence (FBIC style)',
  formula: 'De_ij = trade.share_turnover_ij',
  description: "The subject's economic dependence on the counterpart: the counterpart's share of the subject's trade turnover. 0 = no trade; 1 = all the subject's trade is with the counterpart.",
  bases: [TRADE],
});
const dependenceSecurity = subIndex({
  id: 'influence.dependence_security', title: 'Security dependence (FBIC style)',
  formula: 'Ds_ij = security.arms_import_share_ij',
  description: "The subject's security dependence on the counterpart: the counterpart's share of the subject's arms imports (SIPRI TIV, 5-year window). 0 = no deliveries; 1 = sole supplier. No SIPRI row = no value (missing:arms), not 0.",
  bases: [ARMS],
});

const SUB = [bandwidthEconomic, bandwidthPolitical, bandwidthSecurity, dependenceEconomic, dependenceSecurity] as const;
const BANDWIDTH = new Set([bandwidthEconomic.id, bandwidthPolitical.id, bandwidthSecurity.id]);
const subKey = (id: string) => id.slice('influence.'.length);
const subSource = (m: MetricDefinition, source: TradeSource): TradeSource | 'default' => (m.usesTradeSource ? source : 'default');

/** The sub-indices of composite.influence_capacity, for explain: metric id, short key, side of the product, stored source. */
export const INFLUENCE_SUB_INDICES = SUB.map((m) => ({
  id: m.id, key: subKey(m.id), side: BANDWIDTH.has(m.id) ? ('bandwidth' as const) : ('dependence' as const), usesTradeSource: m.usesTradeSource,
}));

function capacitySql(source: TradeSource): string {
  const parts = SUB.map((m) => `SELECT subject, counterpart, year, '${subKey(m.id)}' AS sub, ${BANDWIDTH.has(m.id) ? 1 : 0} AS bw, value AS v FROM metric_value
           WHERE metric = '${m.id}' AND source = '${subSource(m, source)}' AND scenario = 'baseline'`);
  const b = 'AVG(CASE WHEN bw = 1 THEN v END)';
  const d = 'AVG(CASE WHEN bw = 0 THEN v END)';
  const missing = SUB.map((m) => `CASE WHEN MAX(CASE WHEN sub = '${subKey(m.id)}' AND v IS NOT NULL THEN 1 ELSE 0 END) = 0 THEN ',missing:${subKey(m.id)}' ELSE '' END`);
  return `
    SELECT subject, counterpart, year,
           CASE WHEN ${b} IS NULL OR ${d} IS NULL THEN CAST(NULL AS DOUBLE) ELSE ${b} * ${d} END AS value,
           CASE WHEN ${b} IS NULL OR ${d} IS NULL THEN CAST(NULL AS DOUBLE) ELSE MIN(CASE WHEN bw = 1 THEN v END) * MIN(CASE WHEN bw = 0 THEN v END) END AS low,
           CASE WHEN ${b} IS NULL OR ${d} IS NULL THEN CAST(NULL AS DOUBLE) ELSE MAX(CASE WHEN bw = 1 THEN v END) * MAX(CASE WHEN bw = 0 THEN v END) END AS high,
           SUBSTR(${missing.join(' || ')}, 2) AS flags
      FROM (${parts.join(' UNION ALL ')}) AS s
     GROUP BY subject, counterpart, year`;
}

function capacityReference(input: ReferenceInput, p: { source: TradeSource }): MetricRow[] {
  const acc = new Map<string, { subject: string; counterpart: string; year: number; v: Map<string, number> }>();
  for (const r of (input.metric_value ?? []) as unknown as MetricValueRow[]) {
    const m = SUB.find((x) => x.id === r.metric && subSource(x, p.source) === r.source);
    if (m === undefined || r.scenario !== 'baseline' || r.counterpart === null) continue;
    const id = `${r.subject}|${r.counterpart}|${r.year}`;
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { subject: r.subject, counterpart: r.counterpart, year: Number(r.year), v: new Map() }));
    if (r.value !== null) a.v.set(m.id, r.value);
  }
  return [...acc.values()].map((a) => {
    const bws = SUB.filter((m) => BANDWIDTH.has(m.id) && a.v.has(m.id)).map((m) => a.v.get(m.id)!);
    const deps = SUB.filter((m) => !BANDWIDTH.has(m.id) && a.v.has(m.id)).map((m) => a.v.get(m.id)!);
    const known = bws.length > 0 && deps.length > 0;
    return {
      subject: a.subject, counterpart: a.counterpart, year: a.year,
      value: known ? mean(bws)! * mean(deps)! : null,
      low: known ? Math.min(...bws) * Math.min(...deps) : null,
      high: known ? Math.max(...bws) * Math.max(...deps) : null,
      flags: joinFlags(...SUB.map((m) => (a.v.has(m.id) ? '' : `missing:${subKey(m.id)}`))),
    };
  });
}

const SUB_IDS = SUB.map((m) => m.id);
const CAPACITY = 'composite.influence_capacity';

const influenceCapacity: MetricDefinition = {
  id: CAPACITY, title: 'Influence capacity of the counterpart over the subject (FBIC style)', family: 'influence',
  formula: 'IC_ij = B_ij × D_ij,  B_ij = mean of the available of {BWe_ij, BWp_ij, BWs_ij},  D_ij = mean of the available of {De_ij, Ds_ij};  low = min(B-terms) × min(D-terms), high = max(B-terms) × max(D-terms)',
  description:
    "The counterpart's capacity to influence the subject (Moyer et al.'s Formal Bilateral Influence Capacity): the bandwidth of their ties (mean of the economic, political and security bandwidth sub-indices, influence.bandwidth_*) times the subject's dependence on the counterpart (mean of the economic and security dependence sub-indices, influence.dependence_*). " +
    '0 = no ties or no dependence; 1 = the counterpart saturates every channel with data and the subject depends on it completely. A sub-index without a value is left out of its mean (flag missing:<sub-index>, e.g. missing:dependence_security), never read as 0; NULL when no bandwidth or no dependence sub-index has a value. ' +
    'low/high: the range over the single-channel variants (one bandwidth sub-index times one dependence sub-index), i.e. the product of the smallest and of the largest available terms; it contains the value. ' +
    'Departs from FBIC: FBIC combines ~42 indicators (diplomatic representation, trade agreements, aid, treaties, relative market size...) with its own scaling; here each sub-index is the mean of the dyadic shares the store holds (see the sub-indices), so levels are not comparable with published FBIC scores. ' +
    "Rows: every pair-year with a row of at least one sub-index; counterparts are states only. The economic sub-indices follow the run's trade source.",
  citations: ['moyer-2018', 'moyer-2021', 'keohane-nye-1977'], unit: 'index', range: { min: 0, max: 1 }, direction: INFLUENCE,
  level: 'directed', inputs: SUB_IDS, version: V, usesTradeSource: true, dependsOn: SUB_IDS,
  sql: (p) => capacitySql(p.source),
  reference: capacityReference,
};

const outwardCapacity: MetricDefinition = {
  id: 'composite.outward_capacity', title: 'Outward influence capacity (FBIC style)', family: 'influence',
  formula: 'OC_j(y) = Σ_i IC_ij(y)   over the subjects i with a known composite.influence_capacity with counterpart j in year y',
  description:
    "A state's total capacity to influence others (FBIC's outward influence capacity): the sum, over every subject, of composite.influence_capacity with the state as counterpart. Monadic: the row's subject is the influencing state. " +
    '0 = no capacity over anyone; the maximum is the number of other states (complete capacity over each). Terms with a NULL capacity are skipped, so the value is a lower bound when the row carries missing:influence_capacity; NULL when no term is known. ' +
    'Sums depend on how many states have data in the year, so compare states within a year rather than one state across distant years.',
  citations: ['moyer-2018', 'moyer-2021'], unit: 'index (sum)', range: { min: 0, max: null }, direction: 'higher = more capacity to influence other states',
  level: 'monadic', inputs: [CAPACITY], version: V, usesTradeSource: true, dependsOn: [CAPACITY],
  sql: (p) => `
    SELECT counterpart AS subject, CAST(NULL AS VARCHAR) AS counterpart, year, SUM(value) AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           CASE WHEN COUNT(*) > COUNT(value) THEN 'missing:influence_capacity' ELSE '' END AS flags
      FROM metric_value
     WHERE metric = '${CAPACITY}' AND source = '${p.source}' AND scenario = 'baseline' AND counterpart IS NOT NULL
     GROUP BY counterpart, year`,
  reference: (input, p) => {
    const by = new Map<string, { subject: string; year: number; values: Array<number | null> }>();
    for (const r of (input.metric_value ?? []) as unknown as MetricValueRow[]) {
      if (r.metric !== CAPACITY || r.source !== p.source || r.scenario !== 'baseline' || r.counterpart === null) continue;
      const k = `${r.counterpart}|${r.year}`;
      if (!by.has(k)) by.set(k, { subject: r.counterpart, year: Number(r.year), values: [] });
      by.get(k)!.values.push(r.value);
    }
    return [...by.values()].map(({ subject, year, values }) => {
      const known = values.filter((v): v is number => v !== null);
      return {
        subject, counterpart: null, year,
        value: known.length === 0 ? null : known.reduce((s, v) => s + v, 0), low: null, high: null,
        flags: known.length < values.length ? 'missing:influence_capacity' : '',
      };
    });
  },
};

export const INFLUENCE_METRICS: readonly MetricDefinition[] = [...SUB, influenceCapacity, outwardCapacity];
