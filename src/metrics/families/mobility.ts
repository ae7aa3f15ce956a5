// Mobility: visa-free access between states, the openness of a state to foreign passports, and reciprocity
// (Neumayer 2006: visa restrictions as a measure of unequal access to foreign spaces; data: Passport Index).
//
// Data rule shared by all visa metrics. The visa table holds dated spells [valid_from, valid_to]. A year's value is
// the requirement in force on that year's reference date = the latest Passport Index snapshot in the year
// (visa_snapshot: 2019-12-17, 2020-11-19, 2021-12-14, 2022-12-21, 2023-12-03, 2024-12-04, 2025-01-12). Two series
// overlap on 2025-01-12: the world matrix (every passport × destination, that date only) and the post-Soviet
// spells (2019-11 … 2025-01, pairs where the passport or the destination is one of the 15 post-Soviet states).
// One series per year: the world matrix where it covers the reference date (2025), else the post-Soviet spells
// (2019–2024); the two agree on every post-Soviet pair on 2025-01-12. So 2019–2024 values exist only for pairs
// involving a post-Soviet state, 2025 for the whole world. A pair absent on the reference date gets no row.
// Each row's flags start with the series it came from (world_matrix or post_soviet_spells).
import type { Citation } from '../citations.js';
import { addFlag, aggregateOrigins, aggregateOriginsTs, joinFlags, metricValuesOf, type MetricValueRow } from '../sql-fragments.js';
import type { MetricDefinition, MetricRow, ReferenceInput, TradeSource } from '../types.js';

const V = '1.0.0';
const DATASET = 'passport_index_visa';
const SERIES = ['world_matrix', 'post_soviet_spells'] as const;
/** A destination's openness is computed only when its row lists at least this share of the year's passports. */
const MIN_COVERAGE = 0.5;
/** Requirements other than visa_free and visa_required are named in the flags (so variants can be rebuilt). */
const PLAIN = ['visa_free', 'visa_required'];

export const MOBILITY_CITATIONS: Readonly<Record<string, Citation>> = {
  'passport-index': {
    key: 'passport-index', authors: 'Arton Capital (Passport Index); compiled by Ilya Ilyankou', year: 2025,
    title: 'Passport Index visa-requirement dataset, world matrix 2025-01-12 and 53 snapshots 2019–2025',
    venue: 'passportindex.org; github.com/ilyankou/passport-index-dataset (MIT)',
  },
  'neumayer-2006': {
    key: 'neumayer-2006', authors: 'Neumayer, Eric', year: 2006,
    title: 'Unequal Access to Foreign Spaces: How States Use Visa Restrictions to Regulate Mobility in a Globalized World',
    venue: 'Transactions of the Institute of British Geographers 31(1): 72–84',
  },
};

// ---- the requirement in force per year (SQL and its TS mirror) ----

const REFS = `
  (SELECT dataset, year, MAX(snapshot_date) AS ref
     FROM (SELECT dataset, CAST(EXTRACT(YEAR FROM snapshot_date) AS INTEGER) AS year, snapshot_date
             FROM visa_snapshot WHERE dataset = '${DATASET}') AS s
    GROUP BY dataset, year)`;

const IN_FORCE = `
  (SELECT r.year, v.origin, v.destination, v.requirement, v.series
     FROM visa AS v JOIN ${REFS} AS r ON r.dataset = v.dataset
    WHERE v.valid_from <= r.ref AND v.valid_to >= r.ref AND v.origin <> v.destination AND v.requirement <> 'self'
      AND v.series IN (${SERIES.map((s) => `'${s}'`).join(', ')}))`;

/** One row per (year, origin, destination): the requirement on the reference date, in the year's series. */
const VISA = `
  (SELECT f.year, f.origin, f.destination, f.requirement, f.series
     FROM ${IN_FORCE} AS f
     JOIN (SELECT year, MAX(CASE WHEN series = 'world_matrix' THEN 1 ELSE 0 END) AS world FROM ${IN_FORCE} AS g GROUP BY year) AS p
       ON p.year = f.year
    WHERE f.series = CASE WHEN p.world = 1 THEN 'world_matrix' ELSE 'post_soviet_spells' END)`;

const FREE = (alias: string) => `CASE WHEN ${alias}.requirement = 'visa_free' THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END`;

interface VisaRow { year: number; origin: string; destination: string; requirement: string; series: string }

/** DATE values arrive as Date objects from the database and as 'YYYY-MM-DD' strings from fixtures. */
const day = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

function visaTs(input: ReferenceInput): VisaRow[] {
  const refs = new Map<number, string>();
  for (const s of (input.visa_snapshot ?? []) as Array<Record<string, unknown>>) {
    if (s.dataset !== DATASET) continue;
    const d = day(s.snapshot_date);
    const y = Number(d.slice(0, 4));
    if (d > (refs.get(y) ?? '')) refs.set(y, d);
  }
  const inForce: VisaRow[] = [];
  for (const v of (input.visa ?? []) as Array<Record<string, unknown>>) {
    if (v.dataset !== DATASET || v.origin === v.destination || v.requirement === 'self') continue;
    if (!(SERIES as readonly unknown[]).includes(v.series)) continue;
    for (const [year, ref] of refs) {
      if (day(v.valid_from) <= ref && day(v.valid_to) >= ref) {
        inForce.push({ year, origin: v.origin as string, destination: v.destination as string, requirement: v.requirement as string, series: v.series as string });
      }
    }
  }
  const world = new Set(inForce.filter((r) => r.series === 'world_matrix').map((r) => r.year));
  return inForce.filter((r) => r.series === (world.has(r.year) ? 'world_matrix' : 'post_soviet_spells'));
}

const free = (r: VisaRow) => (r.requirement === 'visa_free' ? 1 : 0);

/** Passports listed in each year's series (the universe openness is measured against). */
function passportsTs(rows: VisaRow[]): Map<number, number> {
  const sets = new Map<number, Set<string>>();
  for (const r of rows) sets.set(r.year, (sets.get(r.year) ?? new Set()).add(r.origin));
  return new Map([...sets].map(([y, s]) => [y, s.size]));
}

function byDestinationYear(rows: VisaRow[]): Map<string, VisaRow[]> {
  const out = new Map<string, VisaRow[]>();
  for (const r of rows) {
    const k = `${r.destination}|${r.year}`;
    const g = out.get(k);
    if (g) g.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const PASSPORTS = `(SELECT year, COUNT(DISTINCT origin) AS n FROM ${VISA} AS h GROUP BY year)`;
const PARTIAL = `COUNT(*) < ${MIN_COVERAGE} * u.n`;

// ---- directed access ----

const freeAccess: MetricDefinition = {
  id: 'visa.free_access', title: "Visa-free access of the subject's citizens to the counterpart", family: 'mobility',
  formula: 'VF_ij = 1 if ordinary-passport holders of i may enter j without a visa on the year\'s reference date, else 0',
  description:
    "1 = the subject's citizens enter the counterpart visa-free (Passport Index 'visa free', with or without a published number of days); 0 = they need a visa, an e-visa, a visa on arrival or an eTA, or are not admitted. " +
    'Visa on arrival and eTA count as 0 here although the Passport Index mobility score counts them as visa-free access: they still require a permit the counterpart may refuse. ' +
    'The Passport Index variant (VOA and eTA = 1) is rebuilt from the flags, which name every requirement other than visa_free and visa_required (visa_on_arrival, eta, e_visa, no_admission, covid_ban, other). ' +
    'Reference date: the latest snapshot in the year; series: post-Soviet spells 2019–2024 (pairs involving a post-Soviet state), world matrix 2025 (all pairs). The 2019 snapshots used numeric codes whose VOA/eTA codes are swapped relative to their legend (the importer follows the data); this affects only those two flags, not the value.',
  citations: ['passport-index', 'neumayer-2006'], unit: 'indicator (0/1)', range: { min: 0, max: 1 },
  direction: "1 = subject's citizens may enter the counterpart without a visa",
  level: 'directed', inputs: ['visa', 'visa_snapshot'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT c.origin AS subject, c.destination AS counterpart, c.year, ${FREE('c')} AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           CASE WHEN c.requirement IN (${PLAIN.map((p) => `'${p}'`).join(', ')}) THEN c.series ELSE c.series || ',' || c.requirement END AS flags
      FROM ${VISA} AS c`,
  reference: (input) => visaTs(input).map((r) => ({
    subject: r.origin, counterpart: r.destination, year: r.year, value: free(r), low: null, high: null,
    flags: joinFlags(r.series, PLAIN.includes(r.requirement) ? '' : r.requirement),
  })),
};

// ---- monadic openness ----

const openness: MetricDefinition = {
  id: 'visa.openness', title: 'Visa openness (share of foreign passports admitted visa-free)', family: 'mobility',
  formula: 'VO_i = Σ_j VF_ji / n_i   (j over the n_i foreign passports listed for destination i in the year\'s series)',
  description:
    "Share of foreign passports whose holders the subject admits without a visa. 0 = it requires a visa (or e-visa, VOA, eTA) of everyone; 1 = it admits every passport visa-free. Unweighted: each passport counts once, whatever its population or trade. " +
    `In the post-Soviet spells (2019–2024) only the 15 post-Soviet destinations list every passport; others list at most the 15 post-Soviet ones. A destination whose row covers fewer than ${MIN_COVERAGE * 100}% of the passports listed in the year's series therefore gets NULL with flag partial_coverage, so in practice 2019–2024 values exist for post-Soviet states and 2025 values for all. ` +
    'Visa on arrival and eTA count as not visa-free (see visa.free_access).',
  citations: ['passport-index', 'neumayer-2006'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = more open to foreign visitors',
  level: 'monadic', inputs: ['visa', 'visa_snapshot'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT c.destination AS subject, CAST(NULL AS VARCHAR) AS counterpart, c.year,
           CASE WHEN ${PARTIAL} THEN NULL ELSE SUM(${FREE('c')}) / COUNT(*) END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${addFlag('c.series', PARTIAL, 'partial_coverage')} AS flags
      FROM ${VISA} AS c JOIN ${PASSPORTS} AS u ON u.year = c.year
     GROUP BY c.destination, c.year, c.series, u.n`,
  reference: (input) => {
    const rows = visaTs(input);
    const n = passportsTs(rows);
    return [...byDestinationYear(rows)].map(([, g]) => {
      const { destination, year, series } = g[0]!;
      const partial = g.length < MIN_COVERAGE * n.get(year)!;
      return {
        subject: destination, counterpart: null, year, low: null, high: null,
        value: partial ? null : g.reduce((a, r) => a + free(r), 0) / g.length,
        flags: joinFlags(series, partial ? 'partial_coverage' : ''),
      };
    });
  },
};

// ---- trade-weighted openness ----

const SHARES = (source: TradeSource) => metricValuesOf('trade.share_turnover', source);

/** For each destination-year, the latest year ≤ it in which the destination has a known trade share. */
const TRADE_YEAR = (source: TradeSource) => `
  (SELECT d.destination, d.year, MAX(k.year) AS ty
     FROM (SELECT destination, year FROM ${VISA} AS e GROUP BY destination, year) AS d
     JOIN (SELECT subject, year FROM ${SHARES(source)} AS m WHERE value IS NOT NULL GROUP BY subject, year) AS k
       ON k.subject = d.destination
    WHERE k.year <= d.year
    GROUP BY d.destination, d.year)`;

const weightedOpenness: MetricDefinition = {
  id: 'visa.openness_trade_weighted', title: 'Visa openness, trade-weighted', family: 'mobility',
  formula: 'VOw_i = Σ_j VF_ji · S_ij / Σ_j S_ij   (S_ij = trade.share_turnover in the latest year ≤ the visa year with a known share)',
  description:
    "Visa openness with each foreign passport weighted by the subject's trade share with that state (the visa-openness sub-index proposed for C16/C18, with trade weights and without the fee factor). 0 = none of its trade partners' citizens enter visa-free; 1 = all of them do. " +
    "Weights: trade.share_turnover (honours --source) of the subject's latest trade year up to the visa year; trade data end in 2020 (DOTS) or 2014 (COW), so later visa years use older weights and carry the flag trade_lagged. Partners with no known share are left out of both sums. " +
    'NULL with missing:trade when no listed partner has a known share, zero_total when their shares sum to 0, partial_coverage as for visa.openness. Flags: the visa series, then the trade origins of the weights used.',
  citations: ['passport-index', 'neumayer-2006'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = more open to the citizens of its trade partners',
  level: 'monadic', inputs: ['visa', 'visa_snapshot', 'trade.share_turnover'], version: V,
  usesTradeSource: true, dependsOn: ['trade.share_turnover'],
  sql: (p) => {
    const origins = aggregateOrigins('w.flags');
    let flags = `CASE WHEN ${origins} = '' THEN c.series ELSE c.series || ',' || ${origins} END`;
    flags = addFlag(flags, 't.ty < c.year', 'trade_lagged');
    flags = addFlag(flags, 'SUM(w.value) IS NULL', 'missing:trade');
    flags = addFlag(flags, 'SUM(w.value) = 0', 'zero_total');
    flags = addFlag(flags, PARTIAL, 'partial_coverage');
    return `
      SELECT c.destination AS subject, CAST(NULL AS VARCHAR) AS counterpart, c.year,
             CASE WHEN ${PARTIAL} OR SUM(w.value) IS NULL OR SUM(w.value) = 0 THEN NULL
                  ELSE SUM(${FREE('c')} * w.value) / SUM(w.value) END AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${flags} AS flags
        FROM ${VISA} AS c
        JOIN ${PASSPORTS} AS u ON u.year = c.year
        LEFT JOIN ${TRADE_YEAR(p.source)} AS t ON t.destination = c.destination AND t.year = c.year
        LEFT JOIN ${SHARES(p.source)} AS w ON w.subject = c.destination AND w.counterpart = c.origin AND w.year = t.ty AND w.value IS NOT NULL
       GROUP BY c.destination, c.year, c.series, u.n, t.ty`;
  },
  reference: (input, p) => {
    const rows = visaTs(input);
    const n = passportsTs(rows);
    const shares = ((input.metric_value ?? []) as unknown as MetricValueRow[])
      .filter((r) => r.metric === 'trade.share_turnover' && r.source === p.source && r.scenario === 'baseline' && r.value !== null);
    const known = new Map<string, Set<number>>();
    const byPair = new Map<string, MetricValueRow>();
    for (const s of shares) {
      known.set(s.subject, (known.get(s.subject) ?? new Set<number>()).add(s.year));
      byPair.set(`${s.subject}|${s.counterpart}|${s.year}`, s);
    }
    return [...byDestinationYear(rows)].map(([, g]): MetricRow => {
      const { destination, year, series } = g[0]!;
      const years = [...(known.get(destination) ?? [])].filter((y) => y <= year);
      const ty = years.length === 0 ? null : Math.max(...years);
      const used = g.map((r) => ({ r, w: ty === null ? undefined : byPair.get(`${destination}|${r.origin}|${ty}`) }))
        .filter((x): x is { r: VisaRow; w: MetricValueRow } => x.w !== undefined);
      const total = used.reduce((a, x) => a + x.w.value!, 0);
      const partial = g.length < MIN_COVERAGE * n.get(year)!;
      const value = partial || used.length === 0 || total === 0 ? null : used.reduce((a, x) => a + free(x.r) * x.w.value!, 0) / total;
      const flags = joinFlags(
        series, aggregateOriginsTs(used.map((x) => x.w.flags)),
        ty !== null && ty < year ? 'trade_lagged' : '',
        used.length === 0 ? 'missing:trade' : '',
        used.length > 0 && total === 0 ? 'zero_total' : '',
        partial ? 'partial_coverage' : '',
      );
      return { subject: destination, counterpart: null, year, value, low: null, high: null, flags };
    });
  },
};

// ---- reciprocity ----

const reciprocity: MetricDefinition = {
  id: 'visa.reciprocity', title: 'Visa-free reciprocity', family: 'mobility',
  formula: 'VR_ij = (VF_ij + VF_ji) / 2',
  description:
    "1 = each side admits the other's citizens visa-free; 0 = neither does; 0.5 = only one does (a one-sided opening, which Neumayer documents as typical between rich and poor states). Undirected, stored for both orders. " +
    'NULL with missing:reverse when the reverse direction has no requirement on the reference date. Visa on arrival and eTA count as not visa-free (see visa.free_access).',
  citations: ['passport-index', 'neumayer-2006'], unit: 'index (0, 0.5, 1)', range: { min: 0, max: 1 },
  direction: 'higher = more mutual visa-free access (undirected)',
  level: 'undirected', inputs: ['visa', 'visa_snapshot'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT a.origin AS subject, a.destination AS counterpart, a.year,
           CASE WHEN b.origin IS NULL THEN NULL ELSE (${FREE('a')} + ${FREE('b')}) / 2.0 END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${addFlag('a.series', 'b.origin IS NULL', 'missing:reverse')} AS flags
      FROM ${VISA} AS a
      LEFT JOIN ${VISA} AS b ON b.origin = a.destination AND b.destination = a.origin AND b.year = a.year`,
  reference: (input) => {
    const rows = visaTs(input);
    const byKey = new Map(rows.map((r) => [`${r.origin}|${r.destination}|${r.year}`, r]));
    return rows.map((a) => {
      const b = byKey.get(`${a.destination}|${a.origin}|${a.year}`);
      return {
        subject: a.origin, counterpart: a.destination, year: a.year, low: null, high: null,
        value: b === undefined ? null : (free(a) + free(b)) / 2,
        flags: joinFlags(a.series, b === undefined ? 'missing:reverse' : ''),
      };
    });
  },
};

export const MOBILITY_METRICS: readonly MetricDefinition[] = [freeAccess, openness, weightedOpenness, reciprocity];
