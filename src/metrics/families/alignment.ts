// Foreign-policy alignment from UN General Assembly voting: the agreement of two states' roll-call votes
// (Lijphart 1963's index of agreement, on Voeten's UNGA voting data, 1991–2019) and the distance between their
// ideal points (Bailey, Strezhnev & Voeten 2017, 1946–2024). Both undirected, stored for both orders.
import type { Citation } from '../citations.js';
import type { MetricDefinition, MetricRow } from '../types.js';

const V = '1.0.0';
const VOTES_DATASET = 'unga_rollcall_votes';
const IDEAL_DATASET = 'unga_ideal_points';
/** Fewer common roll calls than this in a year flag the agreement as resting on few votes. */
const FEW_VOTES = 10;

export const ALIGNMENT_CITATIONS: Readonly<Record<string, Citation>> = {
  'lijphart-1963': {
    key: 'lijphart-1963', authors: 'Lijphart, Arend', year: 1963,
    title: 'The Analysis of Bloc Voting in the General Assembly: A Critique and a Proposal', venue: 'American Political Science Review 57(4): 902–917',
  },
  'voeten-2013': {
    key: 'voeten-2013', authors: 'Voeten, Erik', year: 2013,
    title: 'Data and Analyses of Voting in the United Nations General Assembly',
    venue: 'In Bob Reinalda (ed.), Routledge Handbook of International Organization, London: Routledge, 54–66 (data: Harvard Dataverse doi:10.7910/DVN/LEJUQZ)',
  },
  'bailey-2017': {
    key: 'bailey-2017', authors: 'Bailey, Michael A., Anton Strezhnev and Erik Voeten', year: 2017,
    title: 'Estimating Dynamic State Preferences from United Nations Voting Data', venue: 'Journal of Conflict Resolution 61(2): 430–456',
  },
};

const row = (subject: string, counterpart: string, year: number, value: number | null, flags: string): MetricRow =>
  ({ subject, counterpart, year, value, low: null, high: null, flags });

// ---- roll-call agreement ----

/** Votes with their calendar year and a numeric code: yes = 1, abstain = 0, no = −1. */
const VOTES = `
  (SELECT v.rcid, v.state, r.year, CASE v.vote WHEN 'yes' THEN 1 WHEN 'no' THEN -1 ELSE 0 END AS x
     FROM unga_vote AS v JOIN unga_rollcall AS r ON r.rcid = v.rcid AND r.dataset = v.dataset
    WHERE v.dataset = '${VOTES_DATASET}' AND v.vote IN ('yes', 'no', 'abstain'))`;

const CODE: Record<string, number> = { yes: 1, abstain: 0, no: -1 };

interface Vote { dataset: string; rcid: number; state: string; vote: string }
interface RollCall { dataset: string; rcid: number; year: number | null }

const agreement: MetricDefinition = {
  id: 'unga.agreement', title: 'UN General Assembly voting agreement', family: 'alignment',
  formula: 'AG_ij(y) = Σ_r (1 − |v_ir − v_jr| / 2) / n_ij(y)   over the n_ij(y) roll calls r of year y in which both voted; v: yes = 1, abstain = 0, no = −1',
  description:
    "Lijphart's index of agreement per calendar year (the year of the roll call's date; roll calls without a date are left out): identical votes score 1, one abstaining while the other votes yes or no scores 0.5, opposite votes 0, averaged over the roll calls " +
    'in which both states voted. Absences are not votes: a roll call in which either state was absent or did not vote is left out, not scored. Undirected, stored for both orders. ' +
    '1 = always voted alike; 0 = always opposite. Rows: every pair of states with at least one common vote in the year; flag few_votes when fewer than 10 common votes (e.g. 2020 holds a single roll call of session 74). ' +
    'Votes of the Soviet seat in session 46 (Oct–Dec 1991) are coded SUN, Russia from 1992. Data: all roll calls of sessions 46–74 (Voeten; unvotes).',
  citations: ['lijphart-1963', 'voeten-2013'], unit: 'share', range: { min: 0, max: 1 },
  direction: 'higher = more aligned voting (undirected)', level: 'undirected', inputs: ['unga_vote', 'unga_rollcall'], version: V, usesTradeSource: false,
  // One self-join over the votes of each roll call with a < b (half the pairs), aggregated per pair-year, then both orders.
  sql: () => `
    SELECT CASE WHEN o.k = 1 THEN u.a ELSE u.b END AS subject, CASE WHEN o.k = 1 THEN u.b ELSE u.a END AS counterpart, u.year,
           u.score / u.n AS value, CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           CASE WHEN u.n < ${FEW_VOTES} THEN 'few_votes' ELSE '' END AS flags
      FROM (SELECT p.state AS a, q.state AS b, p.year, COUNT(*) AS n, SUM(1.0 - ABS(p.x - q.x) / 2.0) AS score
              FROM ${VOTES} AS p JOIN ${VOTES} AS q ON q.rcid = p.rcid
             WHERE p.state < q.state AND p.year IS NOT NULL
             GROUP BY p.state, q.state, p.year) AS u
      CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 2 AS k) AS o`,
  reference: (input) => {
    const years = new Map(((input.unga_rollcall ?? []) as unknown as RollCall[]).filter((r) => r.dataset === VOTES_DATASET).map((r) => [r.rcid, r.year]));
    const byRollCall = new Map<number, Vote[]>();
    for (const v of (input.unga_vote ?? []) as unknown as Vote[]) {
      if (v.dataset !== VOTES_DATASET || !(v.vote in CODE) || !years.has(v.rcid)) continue;
      byRollCall.set(v.rcid, [...(byRollCall.get(v.rcid) ?? []), v]);
    }
    const acc = new Map<string, { n: number; score: number }>();
    for (const [rcid, votes] of byRollCall) {
      const year = years.get(rcid);
      if (year === null || year === undefined) continue;
      for (const p of votes) {
        for (const q of votes) {
          if (!(p.state < q.state)) continue;
          const k = `${p.state}|${q.state}|${year}`;
          const c = acc.get(k) ?? { n: 0, score: 0 };
          c.n++;
          c.score += 1 - Math.abs(CODE[p.vote]! - CODE[q.vote]!) / 2;
          acc.set(k, c);
        }
      }
    }
    return [...acc].flatMap(([k, { n, score }]) => {
      const [a, b, y] = k.split('|') as [string, string, string];
      const flags = n < FEW_VOTES ? 'few_votes' : '';
      return [row(a, b, Number(y), score / n, flags), row(b, a, Number(y), score / n, flags)];
    });
  },
};

// ---- ideal-point distance ----

const IDEAL = `(SELECT year, state, ideal_point_all AS ip_all, ideal_point_fp AS ip_fp FROM unga_ideal_point WHERE dataset = '${IDEAL_DATASET}')`;

interface IdealPoint { dataset: string; year: number; state: string; ideal_point_all: number | null; ideal_point_fp: number | null }

const idealPointDistance: MetricDefinition = {
  id: 'unga.ideal_point_distance', title: 'UN General Assembly ideal-point distance', family: 'alignment',
  formula: 'D_ij(y) = |θ_i(y) − θ_j(y)|,  θ = ideal point from all roll-call votes; final-passage votes only when either lacks it',
  description:
    "Distance between the two states' ideal points on the single dimension of Bailey, Strezhnev & Voeten (2017), estimated from UNGA votes (higher θ = closer to the US-led liberal order). " +
    '0 = identical foreign-policy positions; larger = further apart (Belarus–Poland 1.5 in 2010, 2.7 in 2022; the estimates span about −3.2 to +3.1). Undirected, stored for both orders. ' +
    "Uses the estimate from all votes (ideal_point_all) when both states have it; otherwise, e.g. 2024 where that estimate is not published, the final-passage estimate (ideal_point_fp) for both, flagged fp — " +
    'never one of each, since the two estimates lie on different scales. NULL with missing:ideal_point when neither estimate exists for both. ' +
    'Rows: every pair of states with an ideal-point row that year. Year = UNGA session + 1945 (a session opens in September).',
  citations: ['bailey-2017'], unit: 'ideal-point units', range: { min: 0, max: null },
  direction: 'higher = more distant foreign-policy preferences (undirected)', level: 'undirected', inputs: ['unga_ideal_point'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT x.state AS subject, y.state AS counterpart, x.year,
           CASE WHEN x.ip_all IS NOT NULL AND y.ip_all IS NOT NULL THEN ABS(x.ip_all - y.ip_all)
                WHEN x.ip_fp IS NOT NULL AND y.ip_fp IS NOT NULL THEN ABS(x.ip_fp - y.ip_fp)
                ELSE CAST(NULL AS DOUBLE) END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           CASE WHEN x.ip_all IS NOT NULL AND y.ip_all IS NOT NULL THEN ''
                WHEN x.ip_fp IS NOT NULL AND y.ip_fp IS NOT NULL THEN 'fp'
                ELSE 'missing:ideal_point' END AS flags
      FROM ${IDEAL} AS x JOIN ${IDEAL} AS y ON y.year = x.year
     WHERE x.state <> y.state`,
  reference: (input) => {
    const byYear = new Map<number, IdealPoint[]>();
    for (const r of (input.unga_ideal_point ?? []) as unknown as IdealPoint[]) {
      if (r.dataset === IDEAL_DATASET) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
    }
    const out: MetricRow[] = [];
    for (const [year, rs] of byYear) {
      for (const x of rs) {
        for (const y of rs) {
          if (x.state === y.state) continue;
          if (x.ideal_point_all !== null && y.ideal_point_all !== null) out.push(row(x.state, y.state, year, Math.abs(x.ideal_point_all - y.ideal_point_all), ''));
          else if (x.ideal_point_fp !== null && y.ideal_point_fp !== null) out.push(row(x.state, y.state, year, Math.abs(x.ideal_point_fp - y.ideal_point_fp), 'fp'));
          else out.push(row(x.state, y.state, year, null, 'missing:ideal_point'));
        }
      }
    }
    return out;
  },
};

export const ALIGNMENT_METRICS: readonly MetricDefinition[] = [agreement, idealPointDistance];
