// Composite dependence, relational power and interdependence (CONCEPTS C1–C4, C12, C23; ANCHORS §1, §4): the
// subject's dependence on the counterpart over six channels — trade, energy, finance, institutions, security,
// mobility — combined into one composite dependence index (CDI) with explicit missing domains and Monte Carlo
// intervals over the weights; from the CDI of both directions, net power (Keohane & Nye 1977: asymmetric
// interdependence is a source of power; Emerson 1962), the power-to-dependence ratio, mutual interdependence and the
// class of the dyad; from the CDIs of one subject over all counterparts, its freedom to choose partners.
//
// Domain values (read from metric_value, baseline scenario; every one already a share in [0, 1], so the transform to
// [0, 1] is the identity, clamped to [0, 1] to absorb rounding such as 1.0000000000000002):
//   trade        = trade.share_turnover (the run's trade source)
//   energy       = energy.supply_dependence where it has a value, else energy.gas_supplier_share (flag energy_from_gas_share)
//   finance      = migration.remittance_share — the only dyadic financial flow in the data (bilateral remittance
//                  estimates, 2017 only); bilateral FDI, portfolio and debt positions are not in the store
//   institutions = igo.comember_capability_share (the counterpart's share of the capabilities in the subject's
//                  organisations, small clubs weighted above universal bodies: what the partner brings, not just that it
//                  is there; the unweighted igo.comember_share, used up to CDI 1.1.0, made every CSTO or CIS member count
//                  alike, so Belarus "depended" as much on Tajikistan as on Russia)
//   security     = security.arms_import_share (5-year window), raised to security.ally_capability_share when the
//                  counterpart pledges to defend the subject and that share is larger (flag ally_capability_floor): the
//                  ally's share of the capabilities of the subject and all its defenders (CINC), so a pact with Russia
//                  weighs 0.79 for Belarus and one with Tajikistan 0.008 — up to CDI 1.1.0 any defence pact raised the
//                  domain to 0.5 (security.alliance_defense, flag defense_pact_floor); no arms row and no pledge =
//                  missing (SIPRI lists only positive deliveries, so absence is not read as 0 here)
//   mobility     = migration.stock_share
// Only state counterparts: rows with a country group (country_group.group_id) as counterpart are excluded.
import type { Citation } from '../citations.js';
import { compositeDependence, coverageOf, missingDomainsOf } from '../composite/cdi.js';
import { classifyDyad, DEFAULT_DYAD_THRESHOLDS, mutualInterdependence, powerDependenceRatio, type DyadClass } from '../composite/dyad-class.js';
import { CDI_INTERVAL_QUANTILES, CDI_MONTE_CARLO, cdiDifferenceIntervalFunction, cdiIntervalFunction, type DomainVector } from '../composite/panel-intervals.js';
import { compositeInterval, drawMonteCarlo } from '../composite/monte-carlo.js';
import { quantile } from '../../core/random.js';
import { DOMAINS, WEIGHT_PRESETS, type Domain, type Weights } from '../composite/weights.js';
import { joinFlags, reverseJoinRows, reverseJoinSql, type MetricValueRow } from '../sql-fragments.js';
import type { IntervalRow, MetricDefinition, MetricRow, ReferenceInput, TradeSource } from '../types.js';

const V = '1.2.0';
const DEPENDENT = 'higher = subject more dependent on counterpart';

export const COMPOSITE_CITATIONS: Readonly<Record<string, Citation>> = {
  'mcmillan-1997': {
    key: 'mcmillan-1997', authors: 'McMillan, Susan M.', year: 1997,
    title: 'Interdependence and Conflict', venue: 'Mershon International Studies Review 41(1): 33–58',
  },
  'shapley-1953': {
    key: 'shapley-1953', authors: 'Shapley, Lloyd S.', year: 1953,
    title: 'A Value for n-Person Games', venue: 'In Kuhn & Tucker (eds.), Contributions to the Theory of Games II, Princeton University Press: 307–317',
  },
};

/** The weights of the stored composite.dependence. */
export const CDI_WEIGHTS: Weights = WEIGHT_PRESETS.equal;

/** What a stored composite.dependence row rests on: the domains it names as missing and the share of weight present. */
export function cdiCoverage(flags: string | null | undefined): { missing_domains: Domain[]; coverage: number } {
  const missing = missingDomainsOf(flags);
  return { missing_domains: missing, coverage: coverageOf(missing, CDI_WEIGHTS) };
}

/** The base metric of each domain (and the fallback of the energy domain and the alliance part of the security domain). */
export const CDI_BASES = {
  trade: 'trade.share_turnover',
  energy: 'energy.supply_dependence',
  energyFallback: 'energy.gas_supplier_share',
  finance: 'migration.remittance_share',
  institutions: 'igo.comember_capability_share',
  security: 'security.arms_import_share',
  securityAlliance: 'security.ally_capability_share',
  mobility: 'migration.stock_share',
} as const;

type BaseKey = keyof typeof CDI_BASES;
const BASE_KEYS = Object.keys(CDI_BASES) as BaseKey[];
const sourceOf = (key: BaseKey, source: TradeSource): TradeSource | 'default' => (key === 'trade' ? source : 'default');

const clampSql = (x: string) => `(CASE WHEN ${x} > 1 THEN 1.0 WHEN ${x} < 0 THEN 0.0 ELSE ${x} END)`;
const clamp = (x: number | null) => (x === null ? null : x > 1 ? 1 : x < 0 ? 0 : x);

/** Subject, counterpart, year and the six domain values (NULL = missing) plus the energy / security rule markers. */
export function cdiDomainSql(source: TradeSource): string {
  const parts = BASE_KEYS.map((key) => {
    // only a pledging ally (a positive share) raises the security domain; 0 = no pledge, which says nothing of arms
    const pledged = key === 'securityAlliance' ? ' AND value > 0' : '';
    return `SELECT subject, counterpart, year, '${key}' AS base, value FROM metric_value
             WHERE metric = '${CDI_BASES[key]}' AND source = '${sourceOf(key, source)}' AND scenario = 'baseline'${pledged}`;
  });
  const pick = (key: BaseKey) => `MAX(CASE WHEN base = '${key}' THEN value END) AS ${key}`;
  const floor = 'p.securityAlliance IS NOT NULL AND (p.security IS NULL OR p.security < p.securityAlliance)';
  return `
    SELECT p.subject, p.counterpart, p.year,
           ${clampSql('p.trade')} AS trade,
           ${clampSql('COALESCE(p.energy, p.energyFallback)')} AS energy,
           ${clampSql('p.finance')} AS finance,
           ${clampSql('p.institutions')} AS institutions,
           CASE WHEN ${floor} THEN ${clampSql('p.securityAlliance')} ELSE ${clampSql('p.security')} END AS security,
           ${clampSql('p.mobility')} AS mobility,
           CASE WHEN p.energy IS NULL AND p.energyFallback IS NOT NULL THEN 1 ELSE 0 END AS energy_fallback,
           CASE WHEN ${floor} THEN 1 ELSE 0 END AS alliance_floor
      FROM (SELECT subject, counterpart, year, ${BASE_KEYS.map(pick).join(', ')}
              FROM (${parts.join(' UNION ALL ')}) AS b
             WHERE counterpart IS NOT NULL AND subject <> counterpart
               AND counterpart NOT IN (SELECT group_id FROM country_group)
             GROUP BY subject, counterpart, year) AS p`;
}

const present = (d: Domain) => `(CASE WHEN ${d} IS NULL THEN 0 ELSE 1 END)`;
const presentCount = DOMAINS.filter((d) => CDI_WEIGHTS[d] > 0).map(present).join(' + ');

function cdiSql(source: TradeSource): string {
  const w = CDI_WEIGHTS;
  const active = DOMAINS.filter((d) => w[d] > 0);
  const covered = active.map((d) => `${w[d]} * ${present(d)}`).join(' + ');
  const weighted = active.map((d) => `${w[d]} * COALESCE(${d}, 0)`).join(' + ');
  const n = active.map(present).join(' + ');
  const tokens = [
    ...active.map((d) => `CASE WHEN ${d} IS NULL THEN ',missing:${d}' ELSE '' END`),
    `CASE WHEN energy_fallback = 1 THEN ',energy_from_gas_share' ELSE '' END`,
    `CASE WHEN alliance_floor = 1 THEN ',ally_capability_floor' ELSE '' END`,
  ];
  const value = `CASE WHEN ${n} = 0 THEN CAST(NULL AS DOUBLE) ELSE (${weighted}) / (${covered}) END`;
  return `
    SELECT subject, counterpart, year, ${value} AS value,
           CASE WHEN ${n} = 1 THEN ${value} ELSE CAST(NULL AS DOUBLE) END AS low,
           CASE WHEN ${n} = 1 THEN ${value} ELSE CAST(NULL AS DOUBLE) END AS high,
           SUBSTR(${tokens.join(' || ')}, 2) AS flags
      FROM (${cdiDomainSql(source)}) AS d`;
}

/** Domain values of one pair-year in TS, with the rule markers (mirror of cdiDomainSql). */
export interface DomainRow {
  subject: string;
  counterpart: string;
  year: number;
  values: DomainVector;
  energyFallback: boolean;
  allianceFloor: boolean;
}

/** TS mirror of cdiDomainSql over metric_value (and country_group) rows. */
export function domainRows(input: ReferenceInput, source: TradeSource): DomainRow[] {
  const groups = new Set(((input.country_group ?? []) as Array<{ group_id: string }>).map((g) => g.group_id));
  const acc = new Map<string, { subject: string; counterpart: string; year: number; v: Partial<Record<BaseKey, number | null>> }>();
  for (const r of (input.metric_value ?? []) as unknown as MetricValueRow[]) {
    if (r.scenario !== 'baseline' || r.counterpart === null || r.subject === r.counterpart || groups.has(r.counterpart)) continue;
    const key = BASE_KEYS.find((k) => CDI_BASES[k] === r.metric && sourceOf(k, source) === r.source);
    if (key === undefined || (key === 'securityAlliance' && !(r.value !== null && r.value > 0))) continue;
    const id = `${r.subject}|${r.counterpart}|${r.year}`;
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { subject: r.subject, counterpart: r.counterpart, year: Number(r.year), v: {} }));
    if (r.value !== null) a.v[key] = Math.max(a.v[key] ?? -Infinity, r.value);
  }
  return [...acc.values()].map((a) => {
    const get = (k: BaseKey) => a.v[k] ?? null;
    const arms = get('security');
    const ally = get('securityAlliance');
    const allianceFloor = ally !== null && (arms === null || arms < ally);
    return {
      subject: a.subject, counterpart: a.counterpart, year: a.year,
      values: {
        trade: clamp(get('trade')),
        energy: clamp(get('energy') ?? get('energyFallback')),
        finance: clamp(get('finance')),
        institutions: clamp(get('institutions')),
        security: allianceFloor ? clamp(ally) : clamp(arms),
        mobility: clamp(get('mobility')),
      },
      energyFallback: get('energy') === null && get('energyFallback') !== null,
      allianceFloor,
    };
  });
}

function cdiReference(input: ReferenceInput, p: { source: TradeSource }): MetricRow[] {
  const draws = drawMonteCarlo(CDI_WEIGHTS, CDI_MONTE_CARLO);
  return domainRows(input, p.source).map((d) => {
    const r = compositeDependence(d.values, CDI_WEIGHTS);
    const present = DOMAINS.filter((x) => CDI_WEIGHTS[x] > 0 && d.values[x] !== null).length;
    const interval = present >= 2 ? compositeInterval(d.values, CDI_WEIGHTS, draws) : { low: r.value, high: r.value };
    const flags = joinFlags(...r.missing.map((m) => `missing:${m}`), d.energyFallback ? 'energy_from_gas_share' : '', d.allianceFloor ? 'ally_capability_floor' : '');
    return { subject: d.subject, counterpart: d.counterpart, year: d.year, value: r.value, low: interval.low, high: interval.high, flags };
  });
}

const num = (x: unknown) => (x === null || x === undefined ? null : (x as number));

/** Monte Carlo low/high for the rows with two or more domains present (rows with one have low = high = value in SQL). */
function cdiIntervals(rows: ReadonlyArray<Record<string, unknown>>): IntervalRow[] {
  const interval = cdiIntervalFunction(CDI_WEIGHTS, CDI_MONTE_CARLO);
  const out: IntervalRow[] = [];
  for (const r of rows) {
    const values: DomainVector = { trade: num(r.trade), energy: num(r.energy), finance: num(r.finance), institutions: num(r.institutions), security: num(r.security), mobility: num(r.mobility) };
    const lh = interval(values);
    if (lh) out.push({ subject: r.subject as string, counterpart: r.counterpart as string, year: Number(r.year), low: lh[0], high: lh[1] });
  }
  return out;
}

const ALL_BASES = [...new Set(Object.values(CDI_BASES))];

const dependence: MetricDefinition = {
  id: 'composite.dependence', title: 'Composite dependence index (CDI)', family: 'composite',
  formula: 'CDI_ij = Σ_{d present} w_d · x_ij,d / Σ_{d present} w_d,  d ∈ {trade, energy, finance, institutions, security, mobility}; w = equal preset (1/6 each)',
  description: `The subject's overall dependence on the counterpart: the weighted mean of its six domain dependences, each a share in [0, 1] read from metric_value — trade = trade.share_turnover; energy = energy.supply_dependence, else energy.gas_supplier_share (flag energy_from_gas_share); finance = migration.remittance_share (the only dyadic financial flow in the store: 2017 bilateral remittance estimates; no bilateral FDI or debt data); institutions = igo.comember_capability_share (the counterpart's share of the members' combined capabilities (CINC) in each of the subject's organisations, averaged with weight 1/(members − 1), so what counts is what the partner brings to the subject's closest organisations: Russia in the CSTO, not Tajikistan); security = security.arms_import_share, raised to security.ally_capability_share when the counterpart pledges to defend the subject and that is larger (the ally's share of the capabilities of the subject and all its defenders; flag ally_capability_floor); mobility = migration.stock_share. Values are clamped to [0, 1]. 0 = no dependence in any domain with data; 1 = complete dependence in every domain with data. A missing domain is never read as 0: its weight is spread over the domains present (renormalised) and the flag missing:<domain> names it; NULL when no domain has data. Weights: the equal preset (weights.ts). low/high: 5th–95th percentiles (${CDI_INTERVAL_QUANTILES.join(', ')}) over ${CDI_MONTE_CARLO.draws} draws of the method: weight vectors from a Dirichlet centred on the preset (concentration ${CDI_MONTE_CARLO.concentration}, seed ${CDI_MONTE_CARLO.seed}), each with a formula variant, stratified half and half: linear (the value's formula) and mcmillan (adds γ·x_energy·x_finance with γ = 0.1 and γ·x_security·x_institutions with γ = 0.05 when both domains are present, capped at 1; McMillan 1997: dimensions interact). With one domain present low = high = value (the value then depends on neither the weights nor the variant). Counterparts are states only (group counterparts are excluded).`,
  citations: ['keohane-nye-1977', 'baldwin-1980', 'mcmillan-1997'], unit: 'index', range: { min: 0, max: 1 }, direction: DEPENDENT,
  level: 'directed', inputs: ALL_BASES, version: V, usesTradeSource: true, dependsOn: ALL_BASES,
  sql: (p) => cdiSql(p.source),
  reference: cdiReference,
  intervals: {
    input: (p) => `SELECT subject, counterpart, year, ${DOMAINS.join(', ')} FROM (${cdiDomainSql(p.source)}) AS d WHERE ${presentCount} >= 2`,
    compute: cdiIntervals,
  },
};

// ---- from both directions ----

const CDI = 'composite.dependence';
const derived = (meta: Pick<MetricDefinition, 'id' | 'title' | 'formula' | 'description' | 'unit' | 'range' | 'direction' | 'level' | 'sql' | 'reference'>): MetricDefinition => ({
  family: 'composite', citations: ['keohane-nye-1977', 'emerson-1962'], inputs: [CDI], version: V, usesTradeSource: true, dependsOn: [CDI], ...meta,
});

/** Domain values of both directions of every pair-year where both CDIs are known (input of the net-power intervals). */
function pairDomainSql(source: TradeSource): string {
  const cols = (t: 'a' | 'b') => DOMAINS.map((d) => `${t}.${d} AS ${t}_${d}`).join(', ');
  const count = (t: 'a' | 'b') => DOMAINS.filter((d) => CDI_WEIGHTS[d] > 0).map((d) => `(CASE WHEN ${t}.${d} IS NULL THEN 0 ELSE 1 END)`).join(' + ');
  return `
    SELECT a.subject, a.counterpart, a.year, ${cols('a')}, ${cols('b')}
      FROM (${cdiDomainSql(source)}) AS a
      JOIN (${cdiDomainSql(source)}) AS b ON b.subject = a.counterpart AND b.counterpart = a.subject AND b.year = a.year
     WHERE ${count('a')} >= 1 AND ${count('b')} >= 1`;
}

const sideOf = (r: Record<string, unknown>, t: 'a' | 'b'): DomainVector => t === 'a'
  ? { trade: num(r.a_trade), energy: num(r.a_energy), finance: num(r.a_finance), institutions: num(r.a_institutions), security: num(r.a_security), mobility: num(r.a_mobility) }
  : { trade: num(r.b_trade), energy: num(r.b_energy), finance: num(r.b_finance), institutions: num(r.b_institutions), security: num(r.b_security), mobility: num(r.b_mobility) };

function netIntervals(rows: ReadonlyArray<Record<string, unknown>>): IntervalRow[] {
  const interval = cdiDifferenceIntervalFunction(CDI_WEIGHTS, CDI_MONTE_CARLO);
  const out: IntervalRow[] = [];
  for (const r of rows) {
    const lh = interval(sideOf(r, 'a'), sideOf(r, 'b'));
    if (lh) out.push({ subject: r.subject as string, counterpart: r.counterpart as string, year: Number(r.year), low: lh[0], high: lh[1] });
  }
  return out;
}

/** Reference of the net-power intervals: every draw through compositeDependence on both sides. */
function netReference(input: ReferenceInput, p: { source: TradeSource }): MetricRow[] {
  const rows = reverseJoinRows(input, CDI, p.source, (a, b) => a - b);
  const domains = new Map(domainRows(input, p.source).map((d) => [`${d.subject}|${d.counterpart}|${d.year}`, d.values]));
  const draws = drawMonteCarlo(CDI_WEIGHTS, CDI_MONTE_CARLO);
  const count = (v: DomainVector) => DOMAINS.filter((d) => CDI_WEIGHTS[d] > 0 && v[d] !== null).length;
  return rows.map((r) => {
    if (r.value === null) return r;
    const a = domains.get(`${r.subject}|${r.counterpart}|${r.year}`)!;
    const b = domains.get(`${r.counterpart}|${r.subject}|${r.year}`)!;
    if (count(a) === 1 && count(b) === 1) return { ...r, low: r.value, high: r.value };
    const sample = draws.map((d) => compositeDependence(a, d.weights, d.formula).value! - compositeDependence(b, d.weights, d.formula).value!);
    return { ...r, low: quantile(sample, CDI_INTERVAL_QUANTILES[0]), high: quantile(sample, CDI_INTERVAL_QUANTILES[1]) };
  });
}

const net = derived({
  id: 'power.net', title: 'Net power (composite dependence asymmetry)',
  formula: 'NP_ij = CDI_ij − CDI_ji',
  description: `The subject's composite dependence on the counterpart minus the counterpart's on the subject: the counterpart's net power over the subject (Emerson 1962: A's power over B is B's dependence on A). Positive: the subject is the more dependent side, so the counterpart holds the advantage; negative: the subject holds it; 0: balanced. Range [−1, 1]. NULL with missing:reverse when the reverse CDI has no row. Each side's CDI renormalises over its own present domains, so a domain that has data on one side only (e.g. a defence pact after the alliance data end) moves the value. low/high: 5th–95th percentiles of CDI_ij − CDI_ji under the same ${CDI_MONTE_CARLO.draws} draws (weights and formula variant) as composite.dependence (the same draw on both sides); low = high = value when each side has one domain.`,
  unit: 'index difference', range: { min: -1, max: 1 }, direction: 'higher = counterpart has more power over subject', level: 'directed',
  sql: (p) => reverseJoinSql(CDI, p.source, 'a.value - b.value'),
  reference: netReference,
});
const netWithIntervals: MetricDefinition = { ...net, inputs: [CDI, ...ALL_BASES], intervals: { input: (p) => pairDomainSql(p.source), compute: netIntervals } };

const pdr = derived({
  id: 'power.pdr', title: 'Power-to-dependence ratio (log2, composite)',
  formula: 'PDR_ij = log2(CDI_ij / CDI_ji)',
  description: 'How many times (in powers of two) the subject is more dependent on the counterpart than the reverse, on the composite: 0 = symmetric, 1 = twice as dependent, −1 = half. NULL (flag zero_dependence) when either CDI is 0.',
  unit: 'log2 ratio', range: { min: null, max: null }, direction: DEPENDENT, level: 'directed',
  sql: (p) => reverseJoinSql(CDI, p.source, 'CASE WHEN a.value <= 0 OR b.value <= 0 THEN NULL ELSE LN(a.value / b.value) / LN(2.0) END',
    [['(a.value = 0 OR b.value = 0)', 'zero_dependence']]),
  reference: (input, p) => reverseJoinRows(input, CDI, p.source, (a, b) => powerDependenceRatio(a, b),
    (a, b) => (a.value === 0 || b?.value === 0 ? ['zero_dependence'] : [])),
});

const mutual = derived({
  id: 'composite.mutual', title: 'Mutual interdependence (geometric mean of the two CDIs)',
  formula: 'MI_ij = sqrt(CDI_ij · CDI_ji)',
  description: 'High only when both sides depend on each other (Keohane & Nye: interdependence is mutual dependence): 0 when either side is independent, 1 when both depend completely. Undirected, stored for both orders.',
  unit: 'index', range: { min: 0, max: 1 }, direction: 'higher = more mutual dependence (undirected)', level: 'undirected',
  sql: (p) => reverseJoinSql(CDI, p.source, 'SQRT(a.value * b.value)'),
  reference: (input, p) => reverseJoinRows(input, CDI, p.source, (a, b) => mutualInterdependence(a, b)),
});

const T = DEFAULT_DYAD_THRESHOLDS;
const CLASS_CODE: Readonly<Record<DyadClass, number>> = { independent: 0, one_sided: 1, asymmetric: 2, symmetric: 3 };
const big = '(CASE WHEN a.value > b.value THEN a.value ELSE b.value END)';
const small = '(CASE WHEN a.value > b.value THEN b.value ELSE a.value END)';
const classSql: ReadonlyArray<readonly [DyadClass, string]> = [
  ['independent', `a.value < ${T.dependent} AND b.value < ${T.dependent}`],
  ['one_sided', `(a.value >= ${T.dependent} AND b.value < ${T.dependent}) OR (a.value < ${T.dependent} AND b.value >= ${T.dependent})`],
  ['asymmetric', `a.value >= ${T.dependent} AND b.value >= ${T.dependent} AND ${big} >= ${T.asymmetryRatio} * ${small}`],
  ['symmetric', `a.value >= ${T.dependent} AND b.value >= ${T.dependent} AND ${big} < ${T.asymmetryRatio} * ${small}`],
];

const dyadClass = derived({
  id: 'composite.dyad_class', title: 'Class of the dyad (independent / one-sided / asymmetric / symmetric)',
  formula: `class code: 0 independent (both CDI < ${T.dependent}); 1 one_sided (exactly one CDI ≥ ${T.dependent}); 2 asymmetric (both ≥ ${T.dependent}, larger ≥ ${T.asymmetryRatio} × smaller); 3 symmetric (both ≥ ${T.dependent}, ratio < ${T.asymmetryRatio})`,
  description: `Keohane & Nye's classes of a relation from the two composite dependences, stored as a code with the class name as a flag (independent, one_sided, asymmetric, symmetric). Thresholds (DEFAULT_DYAD_THRESHOLDS in composite/dyad-class.ts): a side is dependent from CDI ${T.dependent} on; both dependent is asymmetric from a ${T.asymmetryRatio}:1 ratio. NULL (no class flag) when either CDI is unknown. Undirected, stored for both orders.`,
  unit: 'class code', range: { min: 0, max: 3 }, direction: 'category (0 independent, 1 one-sided, 2 asymmetric, 3 symmetric)', level: 'undirected',
  sql: (p) => reverseJoinSql(CDI, p.source,
    `CASE ${classSql.map(([c, cond]) => `WHEN ${cond} THEN ${CLASS_CODE[c]}.0`).join(' ')} END`,
    classSql.map(([c, cond]) => [`a.value IS NOT NULL AND b.value IS NOT NULL AND (${cond})`, c] as const)),
  reference: (input, p) => reverseJoinRows(input, CDI, p.source, (a, b) => CLASS_CODE[classifyDyad(a, b)!],
    (a, b) => {
      const c = a.value === null || b === undefined || b.value === null ? null : classifyDyad(a.value, b.value);
      return c === null ? [] : [c];
    }),
});

// ---- over all counterparts of a subject ----

const partnerChoice: MetricDefinition = {
  id: 'composite.partner_choice', title: 'Freedom to choose partners (1 − HHI of composite dependences)', family: 'composite',
  formula: 'PC_i = 1 − Σ_j s_ij²,  s_ij = CDI_ij / Σ_k CDI_ik over the counterparts with a known CDI',
  description: "How spread the subject's composite dependence is over its counterparts: the subject's CDIs normalised to shares (its composite partner weights), one minus their Herfindahl–Hirschman index. 0 = all dependence on one counterpart (no alternative partner); close to 1 = dependence spread over many. Counterparts with a NULL CDI are left out (flag missing:composite when some are); NULL (flag zero_dependence) when the known CDIs sum to 0.",
  citations: ['herfindahl-1950', 'hirschman-1945'], unit: 'index', range: { min: 0, max: 1 }, direction: 'higher = subject freer to choose partners',
  level: 'monadic', inputs: [CDI], version: V, usesTradeSource: true, dependsOn: [CDI],
  sql: (p) => `
    SELECT a.subject, CAST(NULL AS VARCHAR) AS counterpart, a.year,
           CASE WHEN t.total IS NULL OR t.total <= 0 THEN CAST(NULL AS DOUBLE)
                ELSE 1.0 - SUM((a.value / t.total) * (a.value / t.total)) END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           SUBSTR(CASE WHEN COUNT(*) > COUNT(a.value) THEN ',missing:composite' ELSE '' END
                  || CASE WHEN t.total IS NULL OR t.total <= 0 THEN ',zero_dependence' ELSE '' END, 2) AS flags
      FROM (SELECT subject, counterpart, year, value FROM metric_value
             WHERE metric = '${CDI}' AND source = '${p.source}' AND scenario = 'baseline') AS a
      JOIN (SELECT subject, year, SUM(value) AS total FROM metric_value
             WHERE metric = '${CDI}' AND source = '${p.source}' AND scenario = 'baseline' GROUP BY subject, year) AS t
        ON t.subject = a.subject AND t.year = a.year
     GROUP BY a.subject, a.year, t.total`,
  reference: (input, p) => {
    const by = new Map<string, { subject: string; year: number; values: Array<number | null> }>();
    for (const r of (input.metric_value ?? []) as unknown as MetricValueRow[]) {
      if (r.metric !== CDI || r.source !== p.source || r.scenario !== 'baseline') continue;
      const k = `${r.subject}|${r.year}`;
      if (!by.has(k)) by.set(k, { subject: r.subject, year: Number(r.year), values: [] });
      by.get(k)!.values.push(r.value);
    }
    return [...by.values()].map(({ subject, year, values }) => {
      const known = values.filter((v): v is number => v !== null);
      const total = known.length === 0 ? null : known.reduce((s, v) => s + v, 0);
      const value = total === null || total <= 0 ? null : 1 - known.reduce((s, v) => s + (v / total) ** 2, 0);
      const flags = joinFlags(known.length < values.length ? 'missing:composite' : '', value === null ? 'zero_dependence' : '');
      return { subject, counterpart: null, year, value, low: null, high: null, flags };
    });
  },
};

export const COMPOSITE_METRICS: readonly MetricDefinition[] = [dependence, netWithIntervals, pdr, mutual, dyadClass, partnerChoice];
