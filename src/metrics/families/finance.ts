// Financial dependence (CONCEPTS C15): external debt and use of IMF credit relative to GDP (World Bank
// International Debt Statistics via WDI), and IMF lending arrangements in force (IMF, "Fund Arrangements since
// 1952"). Citations: World Bank IDS/WDI; IMF MONA; Vreeland (2003) for coding country-years under an IMF
// arrangement. The dependence measured here is on the IMF as an institution and on external creditors as a
// whole: the IMF is not a state, and the bundled data have no creditor breakdown, so every metric is monadic
// (counterpart NULL) rather than a dyad with a made-up "IMF" counterpart.
import type { Citation } from '../citations.js';
import { GDP } from '../sql-fragments.js';
import type { MetricDefinition, MetricRow, ReferenceInput } from '../types.js';

export const FINANCE_CITATIONS: Readonly<Record<string, Citation>> = {
  'worldbank-ids': {
    key: 'worldbank-ids', authors: 'World Bank', year: 2025,
    title: 'International Debt Statistics (DT.DOD.* series, as published in the World Development Indicators)',
    venue: 'Washington, DC: World Bank, databank.worldbank.org (CC BY 4.0)',
  },
  'imf-fund-arrangements': {
    key: 'imf-fund-arrangements', authors: 'International Monetary Fund, Finance Department', year: 2017,
    title: 'Fund Arrangements since 1952 (arrangements approved 1952-06-19 to 2017-06-19)',
    venue: 'IMF MONA database and IMF Financial Activities; copy in kevinkuruc/IMFCrises (2019)',
  },
  'vreeland-2003': {
    key: 'vreeland-2003', authors: 'Vreeland, James Raymond', year: 2003,
    title: 'The IMF and Economic Development', venue: 'Cambridge: Cambridge University Press',
  },
};

const V = '1.0.0';
const IMF = 'imf_fund_arrangements';
/** First year of the IMF table, and the last year whose every day lies before its last approval date (2017-06-19). */
export const IMF_FIRST_YEAR = 1952;
export const IMF_LAST_FULL_YEAR = 2016;
/** The year the table stops in (approvals to 2017-06-19 only): values that need the whole year are not known. */
export const IMF_PARTIAL_YEAR = 2017;

const row = (subject: string, year: number, value: number | null, flags: string, low: number | null = null): MetricRow =>
  ({ subject, counterpart: null, year, value, low, high: null, flags });
const toks = (...parts: Array<[boolean, string]>) => parts.filter(([c]) => c).map(([, t]) => t).join(',');
const tok = (cond: string, token: string) => `CASE WHEN ${cond} THEN ',${token}' ELSE '' END`;
const tokens = (...parts: string[]) => `SUBSTR(${parts.join(' || ')}, 2)`;

// ---- WDI stocks over GDP ----

function overGdp(id: string, code: string, meta: Pick<MetricDefinition, 'title' | 'formula' | 'description'>): MetricDefinition {
  return {
    id, family: 'finance', ...meta,
    citations: ['worldbank-ids', 'keohane-nye-1977'], unit: 'share of GDP', range: { min: 0, max: null },
    direction: 'higher = more dependent on external creditors', level: 'monadic', inputs: ['indicator'], version: V, usesTradeSource: false,
    sql: () => `
      SELECT d.country AS subject, CAST(NULL AS VARCHAR) AS counterpart, d.year,
             CASE WHEN g.value IS NULL OR g.value = 0 THEN NULL ELSE d.value / g.value END AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
             ${tokens(tok('g.value IS NULL', 'missing:gdp'), tok('g.value = 0', 'zero_gdp'))} AS flags
        FROM (SELECT country, year, value FROM indicator WHERE dataset = 'worldbank_wdi' AND code = '${code}' AND NOT is_aggregate) AS d
        LEFT JOIN ${GDP} AS g ON g.country = d.country AND g.year = d.year`,
    reference: (input) => {
      const rows = (input.indicator ?? []) as Array<Record<string, unknown>>;
      const wdi = (c: string) => rows.filter((r) => r.dataset === 'worldbank_wdi' && r.code === c && !r.is_aggregate);
      const gdp = new Map(wdi('NY.GDP.MKTP.CD').map((r) => [`${r.country}|${r.year}`, r.value as number]));
      return wdi(code).map((r) => {
        const g = gdp.get(`${r.country}|${r.year}`) ?? null;
        const value = g === null || g === 0 ? null : (r.value as number) / g;
        return row(r.country as string, r.year as number, value, toks([g === null, 'missing:gdp'], [g === 0, 'zero_gdp']));
      });
    },
  };
}

const imfCreditGdp = overGdp('finance.imf_credit_gdp', 'DT.DOD.DIMF.CD', {
  title: 'Use of IMF credit / GDP',
  formula: 'IFI_imf(i) = DT.DOD.DIMF.CD / NY.GDP.MKTP.CD  (both current US$)',
  description: "The subject's outstanding use of IMF credit (World Bank IDS, DT.DOD.DIMF.CD, current US$) as a fraction of its GDP (WDI, current US$): CONCEPTS C15's IFI exposure outstanding(IMF)/GDP. 0 = owes the IMF nothing. Since the BPM6 revision the series includes SDR allocations from 1999 on (recorded as a liability of the receiving member), so it rises in 2009 and 2021 for every member without any lending. Only countries reporting to the Debtor Reporting System (low- and middle-income) have rows; NULL with missing:gdp where GDP is unknown.",
});

const externalDebtGdp = overGdp('finance.external_debt_gdp', 'DT.DOD.DECT.CD', {
  title: 'External debt stocks / GDP',
  formula: 'ExtDebt(i) = DT.DOD.DECT.CD / NY.GDP.MKTP.CD  (both current US$)',
  description: "Total external debt stocks (public and publicly guaranteed, private non-guaranteed, use of IMF credit and short-term debt; World Bank IDS DT.DOD.DECT.CD, current US$) as a fraction of the subject's GDP (WDI). Reported over GDP rather than the WDI's own DT.DOD.DECT.GN.ZS (% of GNI), which is not used, so that it shares a denominator with the other GDP-based metrics. Debtor Reporting System countries only; NULL with missing:gdp where GDP is unknown.",
});

// ---- IMF arrangements in force (monadic, per year) ----

/**
 * Arrangements with the years they were in force: from the approval year to the year of the actual expiration,
 * else of the cancellation, else of the scheduled expiration (a cancelled arrangement ends when cancelled). y1 NULL
 * when no end date is published.
 */
const ARRANGEMENTS = `
  (SELECT country, year AS y0, approved_pct_quota AS pct,
          CASE WHEN COALESCE(actual_expiration, cancellation, expiration) IS NULL THEN NULL
               WHEN CAST(EXTRACT(YEAR FROM COALESCE(actual_expiration, cancellation, expiration)) AS INTEGER) < year THEN year
               ELSE CAST(EXTRACT(YEAR FROM COALESCE(actual_expiration, cancellation, expiration)) AS INTEGER) END AS y1
     FROM imf_arrangement WHERE dataset = '${IMF}')`;

const DIGITS = `(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)`;

/** The last year of the grid: the coverage year or the latest known end, whichever is later; NULL without data. */
const LAST = `(SELECT CASE WHEN COUNT(*) = 0 THEN NULL WHEN MAX(y1) > ${IMF_PARTIAL_YEAR} THEN MAX(y1) ELSE ${IMF_PARTIAL_YEAR} END AS last FROM ${ARRANGEMENTS} AS a)`;

const YEARS = `
  (SELECT ${IMF_FIRST_YEAR} + a.d + 10 * b.d + 100 * c.d AS year
     FROM ${DIGITS} AS a CROSS JOIN ${DIGITS} AS b CROSS JOIN ${DIGITS} AS c CROSS JOIN ${LAST} AS l
    WHERE ${IMF_FIRST_YEAR} + a.d + 10 * b.d + 100 * c.d <= l.last)`;

// Range conditions go in WHERE over a CROSS JOIN (ClickHouse joins take equality conditions only).
const IN_YEAR = 'y.year >= a.y0 AND (a.y1 IS NULL OR y.year <= a.y1)';

/** Every state-year of the state table from 1952 to the last year, plus any country-year with an arrangement. */
const GRID = `
  (SELECT DISTINCT country, year FROM (
     SELECT s.code AS country, y.year FROM state AS s CROSS JOIN ${YEARS} AS y
      WHERE s.kind = 'state' AND y.year >= COALESCE(s.start_year, 0) AND y.year <= COALESCE(s.end_year, 9999)
     UNION ALL
     SELECT a.country, y.year FROM ${ARRANGEMENTS} AS a CROSS JOIN ${YEARS} AS y WHERE ${IN_YEAR}) AS u)`;

/**
 * Per country-year: arrangements known to be in force (certain) and those whose end date is unknown (in force
 * in their approval year, unknown after it), with the sum of their approved access in % of quota.
 */
const IN_FORCE = `
  (SELECT a.country, y.year,
          SUM(CASE WHEN a.y1 IS NOT NULL OR y.year = a.y0 THEN 1 ELSE 0 END) AS certain,
          SUM(CASE WHEN a.y1 IS NULL AND y.year > a.y0 THEN 1 ELSE 0 END) AS uncertain,
          SUM(CASE WHEN a.y1 IS NOT NULL OR y.year = a.y0 THEN a.pct ELSE 0 END) AS pct,
          SUM(CASE WHEN (a.y1 IS NOT NULL OR y.year = a.y0) AND a.pct IS NULL THEN 1 ELSE 0 END) AS pct_missing
     FROM ${ARRANGEMENTS} AS a CROSS JOIN ${YEARS} AS y WHERE ${IN_YEAR}
    GROUP BY a.country, y.year)`;

const COVERAGE_FLAGS = [
  tok(`g.year = ${IMF_PARTIAL_YEAR}`, 'partial_coverage'),
  tok(`g.year > ${IMF_PARTIAL_YEAR}`, 'out_of_coverage'),
  tok('COALESCE(f.uncertain, 0) > 0', 'missing:end_date'),
];
const UNKNOWN = `(g.year > ${IMF_LAST_FULL_YEAR} OR COALESCE(f.uncertain, 0) > 0)`;

interface Arrangement { country: string; y0: number; y1: number | null; pct: number | null }
interface YearState { certain: number; uncertain: number; pct: number; pctMissing: number }

const yearOf = (d: unknown): number | null => {
  if (d === null || d === undefined) return null;
  if (d instanceof Date) return d.getUTCFullYear();
  return Number(String(d).slice(0, 4));
};

/** TS mirror of GRID and IN_FORCE. */
function imfYears(input: ReferenceInput): Map<string, YearState> {
  const arrangements: Arrangement[] = ((input.imf_arrangement ?? []) as Array<Record<string, unknown>>)
    .filter((r) => r.dataset === IMF)
    .map((r) => {
      const y0 = r.year as number;
      const end = yearOf(r.actual_expiration) ?? yearOf(r.cancellation) ?? yearOf(r.expiration);
      return { country: r.country as string, y0, y1: end === null ? null : Math.max(y0, end), pct: (r.approved_pct_quota as number | null) ?? null };
    });
  const out = new Map<string, YearState>();
  if (arrangements.length === 0) return out;
  const ends = arrangements.map((a) => a.y1).filter((y): y is number => y !== null);
  const last = Math.max(IMF_PARTIAL_YEAR, ...ends);
  const blank = (): YearState => ({ certain: 0, uncertain: 0, pct: 0, pctMissing: 0 });
  for (const s of (input.state ?? []) as Array<Record<string, unknown>>) {
    if (s.kind !== 'state') continue;
    const from = Math.max(IMF_FIRST_YEAR, (s.start_year as number | null) ?? 0);
    const to = Math.min(last, (s.end_year as number | null) ?? 9999);
    for (let y = from; y <= to; y++) out.set(`${s.code}|${y}`, blank());
  }
  for (const a of arrangements) {
    for (let y = Math.max(a.y0, IMF_FIRST_YEAR); y <= Math.min(a.y1 ?? last, last); y++) {
      const k = `${a.country}|${y}`;
      const st = out.get(k) ?? blank();
      if (a.y1 !== null || y === a.y0) {
        st.certain++;
        if (a.pct === null) st.pctMissing++;
        else st.pct += a.pct;
      } else st.uncertain++;
      out.set(k, st);
    }
  }
  return out;
}

const coverageFlags = (year: number, st: YearState) =>
  [[year === IMF_PARTIAL_YEAR, 'partial_coverage'], [year > IMF_PARTIAL_YEAR, 'out_of_coverage'], [st.uncertain > 0, 'missing:end_date']] as Array<[boolean, string]>;

const COVERAGE_NOTE = `Year grid: every state-year of the state table (kind 'state', from its start year, and from ${IMF_FIRST_YEAR}) up to the later of ${IMF_PARTIAL_YEAR} and the last year an arrangement in the table is in force, plus any country-year with an arrangement in force. The IMF table lists arrangements approved ${IMF_FIRST_YEAR}-06-19 to ${IMF_PARTIAL_YEAR}-06-19, and it is complete for that span (no arrangement in it = none in force, a documented 0). From ${IMF_PARTIAL_YEAR} on, arrangements approved after mid-${IMF_PARTIAL_YEAR} are unknown: a year with a known arrangement in force keeps it, any other year is NULL, flagged partial_coverage (${IMF_PARTIAL_YEAR}) or out_of_coverage (later) — never 0.`;

const arrangementActive: MetricDefinition = {
  id: 'finance.imf_arrangement_active', title: 'IMF arrangement in force (0/1)', family: 'finance',
  formula: 'A(i,y) = 1 if some IMF arrangement of i was in force at any time in year y (approval year ≤ y ≤ year of actual expiration, else cancellation, else expiration); else 0',
  description: `1 when the subject had an IMF lending arrangement (SBA, EFF, ECF/PRGF/ESAF/SAF, SCF, FCL, PLL/PCL, ESF, credit-tranche or outright purchase; precautionary ones included) in force at any time in the year, 0 when none was — the country-year coding of "under an IMF programme" (Vreeland 2003). Belarus: 1 in 1995–1996 and 2009–2010 (SBA 2009-01-12 to 2010-03-30), 0 otherwise. The 1993 Systemic Transformation Facility drawings are not arrangements and are not in the table. ${COVERAGE_NOTE} An arrangement without any end date counts in its approval year only and makes later years NULL with missing:end_date.`,
  citations: ['imf-fund-arrangements', 'vreeland-2003'], unit: 'flag (0/1)', range: { min: 0, max: 1 },
  direction: 'higher (1) = under an IMF arrangement', level: 'monadic', inputs: ['imf_arrangement', 'state'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT g.country AS subject, CAST(NULL AS VARCHAR) AS counterpart, g.year,
           CASE WHEN COALESCE(f.certain, 0) > 0 THEN 1.0 WHEN ${UNKNOWN} THEN NULL ELSE 0.0 END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${tokens(...COVERAGE_FLAGS)} AS flags
      FROM ${GRID} AS g LEFT JOIN ${IN_FORCE} AS f ON f.country = g.country AND f.year = g.year`,
  reference: (input) => [...imfYears(input)].map(([k, st]) => {
    const [i, y] = k.split('|') as [string, string];
    const year = Number(y);
    const value = st.certain > 0 ? 1 : year > IMF_LAST_FULL_YEAR || st.uncertain > 0 ? null : 0;
    return row(i, year, value, toks(...coverageFlags(year, st)));
  }),
};

const arrangementQuota: MetricDefinition = {
  id: 'finance.imf_arrangement_quota', title: 'IMF access in force (% of quota)', family: 'finance',
  formula: 'Q(i,y) = Σ over arrangements of i in force in y of approved amount as % of quota at approval (approved_pct_quota)',
  description: `Size of the IMF lending the subject had in force in the year: the sum of each arrangement's approved access (incl. augmentations) as a percentage of the member's quota at approval; concurrent arrangements (e.g. blended SBA + SCF) add up. 0 = no arrangement in force; Belarus 2009 and 2010: 587.3 (exceptional access). Amounts are commitments, not disbursements (precautionary arrangements count in full). NULL with missing:approved_pct_quota when an arrangement in force has no published percentage. ${COVERAGE_NOTE} In those years value is NULL and low holds the sum over the arrangements known to be in force (a lower bound). An arrangement without any end date counts in its approval year only; later years are NULL with missing:end_date and the same lower bound.`,
  citations: ['imf-fund-arrangements', 'vreeland-2003'], unit: '% of quota', range: { min: 0, max: null },
  direction: 'higher = more IMF lending committed to the subject', level: 'monadic', inputs: ['imf_arrangement', 'state'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT g.country AS subject, CAST(NULL AS VARCHAR) AS counterpart, g.year,
           CASE WHEN ${UNKNOWN} OR COALESCE(f.pct_missing, 0) > 0 THEN NULL ELSE COALESCE(f.pct, 0.0) END AS value,
           CASE WHEN ${UNKNOWN} AND COALESCE(f.pct_missing, 0) = 0 THEN COALESCE(f.pct, 0.0) ELSE NULL END AS low,
           CAST(NULL AS DOUBLE) AS high,
           ${tokens(...COVERAGE_FLAGS, tok('COALESCE(f.pct_missing, 0) > 0', 'missing:approved_pct_quota'))} AS flags
      FROM ${GRID} AS g LEFT JOIN ${IN_FORCE} AS f ON f.country = g.country AND f.year = g.year`,
  reference: (input) => [...imfYears(input)].map(([k, st]) => {
    const [i, y] = k.split('|') as [string, string];
    const year = Number(y);
    const unknown = year > IMF_LAST_FULL_YEAR || st.uncertain > 0;
    const value = unknown || st.pctMissing > 0 ? null : st.pct;
    const low = unknown && st.pctMissing === 0 ? st.pct : null;
    return row(i, year, value, toks(...coverageFlags(year, st), [st.pctMissing > 0, 'missing:approved_pct_quota']), low);
  }),
};

export const FINANCE_METRICS: readonly MetricDefinition[] = [
  imfCreditGdp,
  externalDebtGdp,
  arrangementActive,
  arrangementQuota,
];
