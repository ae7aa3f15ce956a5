// Sanctions in force: the cases a sender imposes on the subject each year, how many senders sanction it, and how much
// of its trade is with the states sanctioning it. Cases come from the case-level datasets in sanction_case and
// sanction_sender: TIES v4.1 (Morgan, Bapat & Kobayashi 2014; 1945–2005) and EUSANCT (Weber & Schneider 2022; EU, US and
// UN cases 1989–2015), both bundled, and any Global Sanctions Data Base file a user imports (`interdep import gsdb`;
// Felbermayr et al. 2020, Kirilakha et al. 2021), which carries the panel past 2015.
//
// Rules shared by the family:
// - Only imposed cases count (imposition true): a threat alone is not a sanction in force.
// - A case is in force against its target for one of its senders from the later of the case's and the sender's start
//   year to the earlier of their end years (EUSANCT dates the EU, US and UN separately; a sender row without years takes
//   the case's). An end year NULL is open: the case was ongoing when the dataset was coded.
// - Coverage: a dataset covers the years of its dataset row (year_from–year_to: TIES 1945–2005, EUSANCT 1989–2015), or,
//   when that row has none (a GSDB import), from its earliest start year to its latest start or end year. A case
//   counts only in the years its own dataset covers: an open end runs to that dataset's last year and never beyond,
//   and an end year recorded past the coverage (TIES has cases ending up to 2012) is cut there too, since the dataset
//   did not collect the cases that started after it. Years no dataset covers have no row: missing, not 0.
// - Targets and senders count only while they exist (state table start–end years; organisations always): a case
//   against the USSR left open in 1980 stops in 1991.
// - Several datasets: the same episode often appears in more than one under different ids (BLR–USA 1998: TIES
//   1998071401 and EUSANCT 1998070901), and nothing links them reliably, so cases are never added across datasets.
//   in_force is the largest per-dataset count among the datasets covering the year; senders and trade_share take the
//   union of the senders, which are the same codes in every dataset (state codes, EU, UN, ...).
// - Flags: the datasets covering the year (eusanct_sanctions, ties_sanctions_v4_1, and user_sanctions for any other,
//   e.g. a GSDB import), then open_end when the value rests on a case with no end year (in force up to the dataset's
//   last year by assumption: TIES leaves the end of 337 of its 845 imposed cases empty, most from the 1990s).
import type { Citation } from '../citations.js';
import { addFlag, aggregateOrigins, aggregateOriginsTs, joinFlags, metricValuesOf, type MetricValueRow } from '../sql-fragments.js';
import type { MetricDefinition, MetricRow, ReferenceInput, TradeSource } from '../types.js';

const V = '1.0.0';
const TIES = 'ties_sanctions_v4_1';
const EUSANCT = 'eusanct_sanctions';
/** Flag token for a sanctions dataset other than the bundled two (a user's GSDB import). */
const USER = 'user_sanctions';

export const SANCTIONS_CITATIONS: Readonly<Record<string, Citation>> = {
  'morgan-bapat-kobayashi-2014': {
    key: 'morgan-bapat-kobayashi-2014', authors: 'Morgan, T. Clifton, Navin Bapat and Yoshiharu Kobayashi', year: 2014,
    title: 'Threat and Imposition of Economic Sanctions 1945–2005: Updating the TIES Dataset',
    venue: 'Conflict Management and Peace Science 31(5): 541–558 (data: TIES v4.1)',
  },
  'weber-schneider-2022': {
    key: 'weber-schneider-2022', authors: 'Weber, Patrick M. and Gerald Schneider', year: 2022,
    title: 'Post-Cold War Sanctioning by the EU, the UN, and the US: Introducing the EUSANCT Dataset',
    venue: 'Conflict Management and Peace Science 39(1): 97–114',
  },
  'felbermayr-2020': {
    key: 'felbermayr-2020', authors: 'Felbermayr, Gabriel, Aleksandra Kirilakha, Constantinos Syropoulos, Erdal Yalcin and Yoto V. Yotov', year: 2020,
    title: 'The Global Sanctions Data Base', venue: 'European Economic Review 129: 103561',
  },
  'kirilakha-2021': {
    key: 'kirilakha-2021', authors: 'Kirilakha, Aleksandra, Gabriel Felbermayr, Constantinos Syropoulos, Erdal Yalcin and Yoto V. Yotov', year: 2021,
    title: 'The Global Sanctions Data Base (GSDB): An Update that Includes the Years of the Trump Presidency',
    venue: 'In Peter A.G. van Bergeijk (ed.), Research Handbook on Economic Sanctions, ch. 4, Cheltenham: Edward Elgar',
  },
};

const CITES = ['morgan-bapat-kobayashi-2014', 'weber-schneider-2022', 'felbermayr-2020', 'kirilakha-2021'];

// ---- SQL pieces ----

const DIGITS = `(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)`;
// INTEGER like the tables' year columns (ClickHouse would type the sum UInt64, which it cannot join with Int32).
const YEARS = `(SELECT CAST(1800 + a.d + 10 * b.d + 100 * c.d AS INTEGER) AS year FROM ${DIGITS} AS a CROSS JOIN ${DIGITS} AS b CROSS JOIN ${DIGITS} AS c)`;

/** Per sanctions dataset: the years it covers (its dataset row, else the span of its cases). */
const COVERAGE = `
  (SELECT c.dataset AS dataset,
          COALESCE(MAX(d.year_from), MIN(c.start_year)) AS y_from,
          COALESCE(MAX(d.year_to), CASE WHEN MAX(c.end_year) > MAX(c.start_year) THEN MAX(c.end_year) ELSE MAX(c.start_year) END) AS y_to
     FROM sanction_case AS c LEFT JOIN dataset AS d ON d.id = c.dataset
    GROUP BY c.dataset)`;

// Range conditions go in WHERE over a CROSS JOIN (ClickHouse joins take equality conditions only).
const COVERED = `(SELECT v.dataset AS dataset, y.year AS year FROM ${COVERAGE} AS v CROSS JOIN ${YEARS} AS y WHERE y.year >= v.y_from AND y.year <= v.y_to)`;

/** Sorted dataset tokens of the datasets in `column` within a group. */
function datasetTokens(column: string): string {
  const has = (cond: string, token: string) => `CASE WHEN MAX(CASE WHEN ${cond} THEN 1 ELSE 0 END) = 1 THEN ',${token}' ELSE '' END`;
  return `SUBSTR(${has(`${column} = '${EUSANCT}'`, EUSANCT)} || ${has(`${column} = '${TIES}'`, TIES)} || ${has(`${column} NOT IN ('${EUSANCT}', '${TIES}')`, USER)}, 2)`;
}

/** The covered years, each with the tokens of the datasets covering it. */
const YEAR_TOKENS = `(SELECT year, ${datasetTokens('dataset')} AS tokens FROM ${COVERED} AS v GROUP BY year)`;

/** Imposed case × sender rows with the years they are in force (y1 NULL = open). */
const SPANS = `
  (SELECT c.dataset AS dataset, c.case_id AS case_id, c.target AS subject, s.sender AS counterpart,
          CASE WHEN s.start_year > c.start_year THEN s.start_year ELSE c.start_year END AS y0,
          CASE WHEN s.start_year IS NULL THEN c.end_year
               WHEN c.end_year IS NULL THEN s.end_year
               WHEN s.end_year IS NULL OR c.end_year < s.end_year THEN c.end_year
               ELSE s.end_year END AS y1
     FROM sanction_case AS c JOIN sanction_sender AS s ON s.dataset = c.dataset AND s.case_id = c.case_id
    WHERE c.imposition AND c.target IS NOT NULL AND c.start_year IS NOT NULL AND s.sender <> c.target)`;

const alive = (t: string, year: string) => `${year} >= COALESCE(${t}.start_year, 0) AND ${year} <= COALESCE(${t}.end_year, 9999)`;

/** One row per case × sender × year in force within its dataset's coverage, target and sender existing. */
const IN_FORCE = `
  (SELECT x.dataset AS dataset, x.case_id AS case_id, x.subject AS subject, x.counterpart AS counterpart, v.year AS year, CASE WHEN x.y1 IS NULL THEN 1 ELSE 0 END AS open
     FROM ${SPANS} AS x
     JOIN ${COVERED} AS v ON v.dataset = x.dataset
     JOIN state AS t ON t.code = x.subject
     LEFT JOIN state AS k ON k.code = x.counterpart
    WHERE v.year >= x.y0 AND (x.y1 IS NULL OR v.year <= x.y1)
      AND ${alive('t', 'v.year')} AND (k.code IS NULL OR (${alive('k', 'v.year')})))`;

/** Every covered year of every state of the state table (and any other target) while it exists. */
const STATE_GRID = `
  (SELECT t.code AS subject, v.year AS year, v.tokens AS tokens
     FROM state AS t CROSS JOIN ${YEAR_TOKENS} AS v
    WHERE (t.kind = 'state' OR t.code IN (SELECT subject FROM ${SPANS} AS x)) AND ${alive('t', 'v.year')})`;

/** Every covered year of every (target, sender) pair with an imposed case in some dataset, while both exist. */
const PAIR_GRID = `
  (SELECT p.subject AS subject, p.counterpart AS counterpart, v.year AS year, v.tokens AS tokens
     FROM (SELECT subject, counterpart FROM ${SPANS} AS x GROUP BY subject, counterpart) AS p
     CROSS JOIN ${YEAR_TOKENS} AS v
     JOIN state AS t ON t.code = p.subject
     LEFT JOIN state AS k ON k.code = p.counterpart
    WHERE ${alive('t', 'v.year')} AND (k.code IS NULL OR (${alive('k', 'v.year')})))`;

const openEnd = (flags: string, cond: string) => addFlag(flags, cond, 'open_end');
const NULLS = 'CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high';

// ---- TS mirrors for the references ----

interface CaseRow { dataset: string; case_id: string; target: string | null; start_year: number | null; end_year: number | null; imposition: boolean | null }
interface SenderRow { dataset: string; case_id: string; sender: string; start_year: number | null; end_year: number | null }
interface StateRow { code: string; kind: string; start_year: number | null; end_year: number | null }
interface DatasetRow { id: string; year_from: number | null; year_to: number | null }
interface GroupRow { group_id: string; member: string; from_year: number; to_year: number | null }
interface InForce { dataset: string; case_id: string; subject: string; counterpart: string; year: number; open: boolean }

const rowsOf = <T>(input: ReferenceInput, table: string) => (input[table] ?? []) as unknown as T[];

interface Panel {
  /** Covered year → flag tokens of the datasets covering it. */
  tokens: Map<number, string>;
  inForce: InForce[];
  states: Map<string, StateRow>;
  alive: (code: string, year: number) => boolean;
  /** Targets and senders of imposed cases, as "subject|counterpart". */
  pairs: Set<string>;
}

function panelTs(input: ReferenceInput): Panel {
  const cases = rowsOf<CaseRow>(input, 'sanction_case');
  const states = new Map(rowsOf<StateRow>(input, 'state').map((s) => [s.code, s]));
  const datasetRows = new Map(rowsOf<DatasetRow>(input, 'dataset').map((d) => [d.id, d]));
  const coverage = new Map<string, [number, number]>();
  for (const dataset of new Set(cases.map((c) => c.dataset))) {
    const own = cases.filter((c) => c.dataset === dataset);
    const starts = own.map((c) => c.start_year).filter((y): y is number => y !== null);
    const ends = own.map((c) => c.end_year).filter((y): y is number => y !== null);
    const d = datasetRows.get(dataset);
    coverage.set(dataset, [d?.year_from ?? Math.min(...starts), d?.year_to ?? Math.max(...starts, ...ends)]);
  }
  const covering = new Map<number, Set<string>>();
  for (const [dataset, [from, to]] of coverage) for (let y = from; y <= to; y++) covering.set(y, (covering.get(y) ?? new Set()).add(dataset));
  const tokens = new Map([...covering].map(([y, ds]) => [y, joinFlags(
    ds.has(EUSANCT) ? EUSANCT : '', ds.has(TIES) ? TIES : '', [...ds].some((d) => d !== EUSANCT && d !== TIES) ? USER : '',
  )]));
  const alive = (code: string, year: number) => {
    const s = states.get(code);
    return s === undefined || (year >= (s.start_year ?? 0) && year <= (s.end_year ?? 9999));
  };
  const senders = rowsOf<SenderRow>(input, 'sanction_sender');
  const inForce: InForce[] = [];
  const pairs = new Set<string>();
  for (const c of cases) {
    if (c.imposition !== true || c.target === null || c.start_year === null) continue;
    for (const s of senders) {
      if (s.dataset !== c.dataset || s.case_id !== c.case_id || s.sender === c.target) continue;
      pairs.add(`${c.target}|${s.sender}`);
      const y0 = Math.max(c.start_year, s.start_year ?? c.start_year);
      const ends = [c.end_year, s.start_year === null ? c.end_year : s.end_year].filter((y): y is number => y !== null);
      const y1 = ends.length ? Math.min(...ends) : null;
      const [from, to] = coverage.get(c.dataset)!;
      for (let year = Math.max(y0, from); year <= Math.min(y1 ?? to, to); year++) {
        if (!states.has(c.target) || !alive(c.target, year) || !alive(s.sender, year)) continue;
        inForce.push({ dataset: c.dataset, case_id: c.case_id, subject: c.target, counterpart: s.sender, year, open: y1 === null });
      }
    }
  }
  return { tokens, inForce, states, alive, pairs };
}

/** State-years of the monadic metrics: every state of the state table (and any other target) in every covered year it exists. */
function stateGridTs(p: Panel): Array<{ subject: string; year: number; tokens: string }> {
  const targets = new Set([...p.pairs].map((k) => k.split('|')[0]!));
  const out: Array<{ subject: string; year: number; tokens: string }> = [];
  for (const s of p.states.values()) {
    if (s.kind !== 'state' && !targets.has(s.code)) continue;
    for (const [year, tokens] of p.tokens) if (p.alive(s.code, year)) out.push({ subject: s.code, year, tokens });
  }
  return out;
}

const groupBy = <T>(rows: readonly T[], key: (r: T) => string) => {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
};

const row = (subject: string, counterpart: string | null, year: number, value: number | null, flags: string): MetricRow =>
  ({ subject, counterpart, year, value, low: null, high: null, flags });

// ---- sanction cases in force (directed) ----

const inForce: MetricDefinition = {
  id: 'sanctions.in_force', title: 'Sanction cases in force from the counterpart', family: 'sanctions',
  formula: 'SC_ij(y) = max over datasets d covering y of |{imposed cases c of d: target i, sender j, y in force}|   (in force: start ≤ y ≤ end within d\'s coverage; open end = d\'s last year)',
  description:
    'How many distinct sanction cases the counterpart (a state, or an organisation: EU, UN, ...) imposes on the subject in the year. Subject = target, counterpart = sender. ' +
    '0 = none in force (a documented 0 within the coverage of the datasets, which aim to record every case); higher = more concurrent episodes of sanctions. ' +
    'Cases are counted per dataset and the largest count is taken, never the sum: the same episode is often in several datasets under different ids. ' +
    'Only imposed cases count; a case is in force from the later of its and the sender\'s start year to the earlier of their end years, within its dataset\'s coverage (an open end runs to that dataset\'s last year, never beyond). ' +
    'Rows: every (target, sender) pair with an imposed case in any dataset, in every year some dataset covers while both exist; other pairs have no row (no case: 0). Years outside every dataset\'s coverage have no row (missing, not 0): the bundled TIES and EUSANCT end in 2015, an imported GSDB file carries the panel on. ' +
    'Universes differ: TIES (1945–2005) records threats and impositions by any state or organisation; EUSANCT (1989–2015) cases with the EU, US or UN as a main sender; GSDB imposed sanctions only. ' +
    'The counterparts EU and EEC are the organisations as senders (not their member states). Flags: the datasets covering the year, then open_end when a counted case has no end year.',
  citations: CITES, unit: 'cases', range: { min: 0, max: null }, direction: 'higher = more sanctions by the counterpart in force against the subject',
  level: 'directed', inputs: ['sanction_case', 'sanction_sender', 'dataset', 'state'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT g.subject AS subject, g.counterpart AS counterpart, g.year AS year, CAST(COALESCE(MAX(n.n), 0) AS DOUBLE) AS value, ${NULLS},
           ${openEnd('g.tokens', 'MAX(n.open) = 1')} AS flags
      FROM ${PAIR_GRID} AS g
      LEFT JOIN (SELECT dataset, subject, counterpart, year, COUNT(DISTINCT case_id) AS n, MAX(open) AS open
                   FROM ${IN_FORCE} AS f GROUP BY dataset, subject, counterpart, year) AS n
        ON n.subject = g.subject AND n.counterpart = g.counterpart AND n.year = g.year
     GROUP BY g.subject, g.counterpart, g.year, g.tokens`,
  reference: (input) => {
    const p = panelTs(input);
    const byPairYear = groupBy(p.inForce, (f) => `${f.subject}|${f.counterpart}|${f.year}`);
    const out: MetricRow[] = [];
    for (const pair of p.pairs) {
      const [subject, counterpart] = pair.split('|') as [string, string];
      if (!p.states.has(subject)) continue;
      for (const [year, tokens] of p.tokens) {
        if (!p.alive(subject, year) || !p.alive(counterpart, year)) continue;
        const fs = byPairYear.get(`${pair}|${year}`) ?? [];
        const perDataset = groupBy(fs, (f) => f.dataset);
        const value = Math.max(0, ...[...perDataset.values()].map((g) => new Set(g.map((f) => f.case_id)).size));
        out.push(row(subject, counterpart, year, value, joinFlags(tokens, fs.some((f) => f.open) ? 'open_end' : '')));
      }
    }
    return out;
  },
};

// ---- number of senders (monadic) ----

const senders: MetricDefinition = {
  id: 'sanctions.senders', title: 'Number of senders sanctioning the state', family: 'sanctions',
  formula: 'NS_i(y) = |{j : SC_ij(y) > 0}|   (states and organisations with an imposed case against i in force in y, in any dataset covering y)',
  description:
    'How many distinct senders — states, and organisations counted once each (EU, UN, ...) — have a sanction in force against the subject in the year, over every dataset covering the year (a sender is the same code in every dataset, so senders, unlike cases, can be pooled). ' +
    '0 = no sanction in force (documented within coverage); higher = the subject faces a wider coalition. NS_i > 0 exactly when some counterpart has sanctions.in_force > 0. ' +
    'An organisation and its members count separately when the data name both (EUSANCT lists e.g. Norway and Iceland as joining EU measures). ' +
    'Rows: every state of the state table in every year some sanctions dataset covers while it exists; years outside every dataset\'s coverage have no row. Case, span and coverage rules as in sanctions.in_force; flags: the datasets covering the year, then open_end when some sender counts only through cases with no end year.',
  citations: CITES, unit: 'senders', range: { min: 0, max: null }, direction: 'higher = more states and organisations sanctioning the subject',
  level: 'monadic', inputs: ['sanction_case', 'sanction_sender', 'dataset', 'state'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT g.subject AS subject, CAST(NULL AS VARCHAR) AS counterpart, g.year AS year, CAST(COUNT(f.counterpart) AS DOUBLE) AS value, ${NULLS},
           ${openEnd('g.tokens', 'MAX(f.open) = 1')} AS flags
      FROM ${STATE_GRID} AS g
      LEFT JOIN (SELECT subject, year, counterpart, MIN(open) AS open FROM ${IN_FORCE} AS i GROUP BY subject, year, counterpart) AS f
        ON f.subject = g.subject AND f.year = g.year
     GROUP BY g.subject, g.year, g.tokens`,
  reference: (input) => {
    const p = panelTs(input);
    const bySubjectYear = groupBy(p.inForce, (f) => `${f.subject}|${f.year}`);
    return stateGridTs(p).map(({ subject, year, tokens }) => {
      // sender → true while every case that makes it a sender is open-ended.
      const open = new Map<string, boolean>();
      for (const f of bySubjectYear.get(`${subject}|${year}`) ?? []) open.set(f.counterpart, (open.get(f.counterpart) ?? true) && f.open);
      return row(subject, null, year, open.size, joinFlags(tokens, [...open.values()].some((o) => o) ? 'open_end' : ''));
    });
  },
};

// ---- share of the subject's trade with the states sanctioning it (monadic) ----

/** Sender codes read as a country group's members in the year (country_group): EEC as the EU group, which counts from 1958. */
const GROUP_OF = (column: string) => `CASE WHEN ${column} = 'EEC' THEN 'EU' ELSE ${column} END`;
const groupOfTs = (code: string) => (code === 'EEC' ? 'EU' : code);

/** Per subject-year: the states sanctioning it (state senders, and the members of a sender that is a country group), open = 1 if only by open-ended cases. */
const SANCTIONING_STATES = `
  (SELECT subject, year, member, MIN(open) AS open FROM (
     SELECT f.subject AS subject, f.year AS year, f.counterpart AS member, f.open AS open
       FROM ${IN_FORCE} AS f JOIN (SELECT code FROM state WHERE kind = 'state') AS k ON k.code = f.counterpart
     UNION ALL
     SELECT f.subject AS subject, f.year AS year, m.member AS member, f.open AS open
       FROM (SELECT subject, year, open, ${GROUP_OF('counterpart')} AS grp FROM ${IN_FORCE} AS i) AS f
       JOIN country_group AS m ON m.group_id = f.grp
      WHERE f.year >= m.from_year AND f.year <= COALESCE(m.to_year, 9999)) AS u
   WHERE member <> subject
   GROUP BY subject, year, member)`;

/** Subject-years with a sender that is neither a state nor a country group (UN, OAS, ...): left out of the sum. */
const UNEXPANDED = `
  (SELECT f.subject AS subject, f.year AS year
     FROM (SELECT subject, year, counterpart, ${GROUP_OF('counterpart')} AS grp FROM ${IN_FORCE} AS i) AS f
     LEFT JOIN (SELECT code FROM state WHERE kind = 'state') AS k ON k.code = f.counterpart
     LEFT JOIN (SELECT group_id FROM country_group GROUP BY group_id) AS g ON g.group_id = f.grp
    WHERE k.code IS NULL AND g.group_id IS NULL
    GROUP BY f.subject, f.year)`;

const SHARES = (source: TradeSource) => metricValuesOf('trade.share_turnover', source);

const tradeShare: MetricDefinition = {
  id: 'sanctions.trade_share', title: "Share of the state's trade with the states sanctioning it", family: 'sanctions',
  formula: 'ST_i(y) = Σ_{j ∈ S_i(y), j ≠ i} trade.share_turnover_ij(y)   (S_i(y) = state senders with a sanction in force against i, plus the members in y of a sender that is a country group: EU/EEC, NATO)',
  description:
    "How much of the subject's trade turnover is with the states that have a sanction of any kind in force against it: what the senders could withhold (Hirschman 1945) and the trade that sanctions put at risk. " +
    '0 = no trade with any sanctioning state (or no sanction in force); 1 = all its trade is with them. ' +
    'Senders: the states with an imposed case in force in any dataset covering the year (as sanctions.senders), and for the EU (EEC) its member states that year (country_group); the subject itself never counts. ' +
    'Organisations that are not country groups (UN, OAS, Council of Europe, ...) are left out of the sum, flag unexpanded_senders: a UN sanction binds every member, so counting its members would make the value 1. ' +
    'The type of sanction (trade, financial, travel, ...) is not distinguished: the datasets code it differently and keep it in their attributes only. ' +
    'Shares: trade.share_turnover (honours --source); a sanctioning state with no trade row for the subject contributes 0 (no recorded trade); NULL with missing:trade_values when a sanctioning state\'s share is NULL. ' +
    "Rows: the state-years of sanctions.senders in which the subject has trade rows. Flags: the datasets covering the year, the trade origins of the shares summed, then open_end when a sanctioning state counts only through a case with no end year.",
  citations: [...CITES, 'hirschman-1945'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = more of the subject\'s trade is with states sanctioning it',
  level: 'monadic', inputs: ['sanction_case', 'sanction_sender', 'dataset', 'state', 'country_group', 'trade.share_turnover'], version: V,
  usesTradeSource: true, dependsOn: ['trade.share_turnover'],
  sql: (p) => {
    const origins = aggregateOrigins('w.flags');
    let flags = `CASE WHEN ${origins} = '' THEN g.tokens WHEN g.tokens = '' THEN ${origins} ELSE g.tokens || ',' || ${origins} END`;
    flags = openEnd(flags, 'MAX(m.open) = 1');
    flags = addFlag(flags, 'MAX(CASE WHEN x.subject IS NULL THEN 0 ELSE 1 END) = 1', 'unexpanded_senders');
    flags = addFlag(flags, 'COUNT(w.subject) > COUNT(w.value)', 'missing:trade_values');
    return `
      SELECT g.subject AS subject, CAST(NULL AS VARCHAR) AS counterpart, g.year AS year,
             CASE WHEN COUNT(w.subject) > COUNT(w.value) THEN CAST(NULL AS DOUBLE) ELSE COALESCE(SUM(w.value), 0.0) END AS value, ${NULLS},
             ${flags} AS flags
        FROM ${STATE_GRID} AS g
        JOIN (SELECT subject, year FROM ${SHARES(p.source)} AS s GROUP BY subject, year) AS t ON t.subject = g.subject AND t.year = g.year
        LEFT JOIN ${UNEXPANDED} AS x ON x.subject = g.subject AND x.year = g.year
        LEFT JOIN ${SANCTIONING_STATES} AS m ON m.subject = g.subject AND m.year = g.year
        LEFT JOIN ${SHARES(p.source)} AS w ON w.subject = m.subject AND w.counterpart = m.member AND w.year = m.year
       GROUP BY g.subject, g.year, g.tokens`;
  },
  reference: (input, params) => {
    const p = panelTs(input);
    const shares = rowsOf<MetricValueRow>(input, 'metric_value')
      .filter((r) => r.metric === 'trade.share_turnover' && r.source === params.source && r.scenario === 'baseline');
    const traded = new Set(shares.map((s) => `${s.subject}|${s.year}`));
    const share = new Map(shares.map((s) => [`${s.subject}|${s.counterpart}|${s.year}`, s]));
    const groups = rowsOf<GroupRow>(input, 'country_group');
    const groupIds = new Set(groups.map((g) => g.group_id));
    const isState = (code: string) => p.states.get(code)?.kind === 'state';
    const bySubjectYear = groupBy(p.inForce, (f) => `${f.subject}|${f.year}`);
    return stateGridTs(p).filter((g) => traded.has(`${g.subject}|${g.year}`)).map(({ subject, year, tokens }) => {
      const fs = bySubjectYear.get(`${subject}|${year}`) ?? [];
      // member → true while every case that makes it a sanctioning state is open-ended.
      const members = new Map<string, boolean>();
      const add = (m: string, open: boolean) => {
        if (m !== subject) members.set(m, (members.get(m) ?? true) && open);
      };
      let unexpanded = false;
      for (const f of fs) {
        if (isState(f.counterpart)) add(f.counterpart, f.open);
        const grp = groupOfTs(f.counterpart);
        for (const g of groups) if (g.group_id === grp && year >= g.from_year && year <= (g.to_year ?? 9999)) add(g.member, f.open);
        if (!isState(f.counterpart) && !groupIds.has(grp)) unexpanded = true;
      }
      const used = [...members.keys()].map((m) => share.get(`${subject}|${m}|${year}`)).filter((s): s is MetricValueRow => s !== undefined);
      const missing = used.some((s) => s.value === null);
      const value = missing ? null : used.reduce((a, s) => a + s.value!, 0);
      return row(subject, null, year, value, joinFlags(
        tokens, aggregateOriginsTs(used.map((s) => s.flags)), [...members.values()].some((open) => open) ? 'open_end' : '',
        unexpanded ? 'unexpanded_senders' : '', missing ? 'missing:trade_values' : '',
      ));
    });
  },
};

export const SANCTIONS_METRICS: readonly MetricDefinition[] = [inForce, senders, tradeShare];
