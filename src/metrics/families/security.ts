// Security and material power: alliance obligations (ATOP v5.1, Leeds et al. 2002), arms imports (SIPRI Arms
// Transfers Database, TIV) and the Composite Index of National Capability (COW NMC v7, Singer, Bremer & Stuckey 1972).
// Alliances are the strategic layer of CONCEPTS.md C11 (Maoz 2009); CINC is the realist measure of power behind C1.
// Directed metrics read "subject depends on counterpart": the counterpart's pledge to defend the subject (0/1, and
// weighted by what it brings: its share of the capabilities of the subject and all its defenders — Morrow 1991;
// Olson & Zeckhauser 1966), the counterpart's share of the subject's arms imports, the counterpart's capabilities
// relative to the subject's.
import type { Citation } from '../citations.js';
import { addFlag, joinFlags } from '../sql-fragments.js';
import type { MetricDefinition, MetricRow, ReferenceInput } from '../types.js';

const V = '1.0.0';
const DEPENDENT = 'higher = subject more dependent on counterpart';
const ATOP_DATASET = 'atop_alliances_v5_1';
const NMC_DATASET = 'cow_nmc_v7';
const SIPRI_DATASET = 'sipri_arms_transfers';
/** Years in the rolling window of arms imports: the year and the four before it. */
const WINDOW = 5;

export const SECURITY_CITATIONS: Readonly<Record<string, Citation>> = {
  'leeds-2002': {
    key: 'leeds-2002', authors: 'Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long', year: 2002,
    title: 'Alliance Treaty Obligations and Provisions, 1815–1944', venue: 'International Interactions 28(3): 237–260 (data: ATOP v5.1, atopdata.org)',
  },
  'maoz-2009': {
    key: 'maoz-2009', authors: 'Maoz, Zeev', year: 2009,
    title: 'The Effects of Strategic and Economic Interdependence on International Conflict Across Levels of Analysis',
    venue: 'American Journal of Political Science 53(1): 223–240',
  },
  'sipri-arms-transfers': {
    key: 'sipri-arms-transfers', authors: 'Stockholm International Peace Research Institute (SIPRI)', year: 2022,
    title: 'SIPRI Arms Transfers Database (trend-indicator values, tables generated 28 July 2022)', venue: 'Stockholm: SIPRI, www.sipri.org/databases/armstransfers',
  },
  'singer-1972': {
    key: 'singer-1972', authors: 'Singer, J. David, Stuart Bremer and John Stuckey', year: 1972,
    title: 'Capability Distribution, Uncertainty, and Major Power War, 1820–1965',
    venue: 'In Bruce Russett (ed.), Peace, War, and Numbers, Beverly Hills: Sage, 19–48 (data: COW National Material Capabilities v7.0)',
  },
  'morrow-1991': {
    key: 'morrow-1991', authors: 'Morrow, James D.', year: 1991,
    title: 'Alliances and Asymmetry: An Alternative to the Capability Aggregation Model of Alliances', venue: 'American Journal of Political Science 35(4): 904–933',
  },
  'olson-zeckhauser-1966': {
    key: 'olson-zeckhauser-1966', authors: 'Olson, Mancur and Richard Zeckhauser', year: 1966,
    title: 'An Economic Theory of Alliances', venue: 'Review of Economics and Statistics 48(3): 266–279',
  },
  'baldwin-1980': {
    key: 'baldwin-1980', authors: 'Baldwin, David A.', year: 1980,
    title: 'Interdependence and Power: A Conceptual Analysis', venue: 'International Organization 34(4): 471–506',
  },
  'singer-1987': {
    key: 'singer-1987', authors: 'Singer, J. David', year: 1987,
    title: 'Reconstructing the Correlates of War Dataset on Material Capabilities of States, 1816–1985', venue: 'International Interactions 14(2): 115–132',
  },
};

const row = (subject: string, counterpart: string | null, year: number, value: number | null, flags: string): MetricRow =>
  ({ subject, counterpart, year, value, low: null, high: null, flags });

// ---- alliances (ATOP) ----

const ATOP = `(SELECT year, state_a, state_b, defense, offense, neutrality, nonaggression, consultation FROM alliance WHERE dataset = '${ATOP_DATASET}')`;
const NMC = `(SELECT year, state, cinc FROM capability WHERE dataset = '${NMC_DATASET}')`;

interface Alliance { dataset: string; year: number; state_a: string; state_b: string; defense: boolean; offense: boolean; neutrality: boolean; nonaggression: boolean; consultation: boolean }
interface Capability { dataset: string; year: number; state: string; cinc: number | null }

const alliancesOf = (input: ReferenceInput) => ((input.alliance ?? []) as unknown as Alliance[]).filter((a) => a.dataset === ATOP_DATASET);
const capabilitiesOf = (input: ReferenceInput) => ((input.capability ?? []) as unknown as Capability[]).filter((c) => c.dataset === NMC_DATASET);

type Pledge = 'defense' | 'any';

const PLEDGE_SQL: Record<Pledge, string> = {
  defense: 'a.defense',
  any: '(a.defense OR a.offense OR a.neutrality OR a.nonaggression OR a.consultation)',
};

const pledgeTs = (kind: Pledge, a: Alliance) =>
  kind === 'defense' ? a.defense : a.defense || a.offense || a.neutrality || a.nonaggression || a.consultation;

const ALLIANCE_RULES =
  "ATOP's directed dyad-year file codes the obligations of state A towards state B (USA→JPN defense 1, JPN→USA 0), so the value for (subject i, counterpart j) is read from the row A = j, B = i: " +
  'the counterpart pledges to the subject. ATOP lists only dyad-years with an alliance in force; per its README a pair-year not listed has no ATOP alliance, so it is a documented 0 — ' +
  "but only within ATOP's coverage (the years of the alliance table, 1815–2018) and for pairs of states that both existed: rows are every ATOP dyad-year plus every ordered pair of " +
  "COW system members of that year (both have a COW NMC row), 0 where ATOP has no row. Pairs outside that grid have no value, not 0.";

/** The (subject, counterpart, year) grid of the alliance metrics: every ATOP dyad-year plus every ordered pair of COW system members in ATOP's years. */
const ALLIANCE_GRID = `
  (SELECT subject, counterpart, year
     FROM (SELECT r.state_b AS subject, r.state_a AS counterpart, r.year FROM ${ATOP} AS r
           UNION ALL
           SELECT x.state AS subject, y.state AS counterpart, x.year
             FROM ${NMC} AS x JOIN ${NMC} AS y ON y.year = x.year
             CROSS JOIN (SELECT MIN(year) AS y0, MAX(year) AS y1 FROM ${ATOP} AS c) AS cov
            WHERE x.state <> y.state AND x.year >= cov.y0 AND x.year <= cov.y1) AS u
    GROUP BY subject, counterpart, year)`;

/** TS mirror of ALLIANCE_GRID: keys "subject|counterpart|year". */
function allianceGridTs(input: ReferenceInput): Set<string> {
  const atop = alliancesOf(input);
  const grid = new Set(atop.map((a) => `${a.state_b}|${a.state_a}|${a.year}`));
  if (atop.length > 0) {
    const y0 = Math.min(...atop.map((a) => a.year));
    const y1 = Math.max(...atop.map((a) => a.year));
    const byYear = new Map<number, string[]>();
    for (const c of capabilitiesOf(input)) if (c.year >= y0 && c.year <= y1) byYear.set(c.year, [...(byYear.get(c.year) ?? []), c.state]);
    for (const [year, states] of byYear) for (const x of states) for (const y of states) if (x !== y) grid.add(`${x}|${y}|${year}`);
  }
  return grid;
}

function alliance(kind: Pledge): MetricDefinition {
  return {
    id: `security.alliance_${kind}`,
    title: kind === 'defense' ? 'Defence pledge from the counterpart (ATOP)' : 'Any alliance obligation from the counterpart (ATOP)',
    family: 'security',
    formula: kind === 'defense'
      ? 'A_ij = 1 if ATOP codes a defence obligation of j towards i in force that year, else 0'
      : 'A_ij = 1 if ATOP codes any obligation (defence, offence, neutrality, non-aggression, consultation) of j towards i that year, else 0',
    description:
      (kind === 'defense'
        ? "1 when the counterpart is pledged to defend the subject if attacked (the subject's security rests partly on the counterpart), 0 otherwise. "
        : 'Broader: 1 when the counterpart holds any of the five ATOP obligations towards the subject (ATOP rows with none of the five coded count as 0), 0 otherwise. ') +
      ALLIANCE_RULES +
      (kind === 'defense' ? ' The 0/1 variant: up to CDI 1.1.0 a pledge raised the security domain of composite.dependence to 0.5 whoever made it; security.ally_capability_share weighs the same pledges by what the ally brings.' : ''),
    citations: ['leeds-2002', 'maoz-2009'], unit: 'indicator (0/1)', range: { min: 0, max: 1 }, direction: DEPENDENT,
    level: 'directed', inputs: ['alliance', 'capability'], version: V, usesTradeSource: false,
    sql: () => `
      SELECT g.subject, g.counterpart, g.year,
             CASE WHEN a.year IS NULL THEN 0.0 WHEN ${PLEDGE_SQL[kind]} THEN 1.0 ELSE 0.0 END AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, '' AS flags
        FROM ${ALLIANCE_GRID} AS g
        LEFT JOIN ${ATOP} AS a ON a.state_a = g.counterpart AND a.state_b = g.subject AND a.year = g.year`,
    reference: (input) => {
      const byKey = new Map(alliancesOf(input).map((a) => [`${a.state_b}|${a.state_a}|${a.year}`, a]));
      return [...allianceGridTs(input)].map((k) => {
        const [subject, counterpart, y] = k.split('|') as [string, string, string];
        const a = byKey.get(k);
        return row(subject, counterpart, Number(y), a !== undefined && pledgeTs(kind, a) ? 1 : 0, '');
      });
    },
  };
}

// ---- capability-weighted alliance dependence (ATOP × COW NMC) ----

/** Defence pledges in force: the ally (ATOP state A) pledges to defend the subject (state B). */
const DEFENDERS = `(SELECT year, state_a AS ally, state_b AS subject FROM ${ATOP} AS r WHERE defense GROUP BY year, state_a, state_b)`;
/** Per subject-year with at least one defender: its own CINC, the defenders' summed CINC, how many defenders and how many with a CINC. */
const DEFENCE_POOL = `
  (SELECT d.subject, d.year, o.cinc AS own, SUM(c.cinc) AS allies, COUNT(*) AS n, COUNT(c.cinc) AS known
     FROM ${DEFENDERS} AS d
     LEFT JOIN ${NMC} AS c ON c.state = d.ally AND c.year = d.year
     LEFT JOIN ${NMC} AS o ON o.state = d.subject AND o.year = d.year
    GROUP BY d.subject, d.year, o.cinc)`;

const allyCapabilityShare: MetricDefinition = {
  id: 'security.ally_capability_share', title: "Counterpart's share of the capabilities the subject can count on (ATOP defence pledges × CINC)", family: 'security',
  formula: 'AC_ij = CINC_j / (CINC_i + Σ_{k ∈ D_i} CINC_k) if j ∈ D_i, else 0   (D_i = states with an ATOP defence obligation towards i that year; CINC from COW NMC)',
  description:
    "What the counterpart brings to the subject's defence: its share of the combined material capabilities of the subject and every state pledged to defend it. " +
    "A defence pact with a great power is worth more than one with a small state (Morrow 1991: in an asymmetric alliance the minor partner gains security from the major partner's capabilities and gives up autonomy; " +
    'Olson & Zeckhauser 1966: the larger ally supplies most of the collective defence), so the value scales with what the ally could give or withhold (Keohane & Nye 1977; Baldwin 1980: dependence is the cost of forgoing the relation). ' +
    "The subject's own capabilities are in the denominator: a great power pledged to by small allies depends little on any of them, however many pacts it has. " +
    '0 = the counterpart has no defence obligation towards the subject (a documented 0 within ATOP\'s coverage, grid as in security.alliance_defense); ' +
    "near 1 = the counterpart's capabilities are almost all the subject can count on (Belarus on Russia 2013: 0.79; Russia on Belarus: 0.04; Belarus on Tajikistan: 0.008). " +
    'Over all counterparts the values sum to 1 − the subject\'s own share of the pool. ' +
    'NULL for a pledging counterpart when a CINC in the pool is unknown (flags missing:cinc for the subject\'s, missing:ally_cinc for a defender\'s), since a pool with an unknown member cannot be shared out. ' +
    'Replaces the 0/1 security.alliance_defense as the alliance part of the security domain of composite.dependence; security.alliance_defense stays as the unweighted variant.',
  citations: ['leeds-2002', 'singer-1972', 'morrow-1991', 'olson-zeckhauser-1966', 'keohane-nye-1977', 'baldwin-1980'],
  unit: 'share of pooled capabilities', range: { min: 0, max: 1 }, direction: DEPENDENT,
  level: 'directed', inputs: ['alliance', 'capability'], version: V, usesTradeSource: false,
  sql: () => {
    const pledged = 'd.ally IS NOT NULL';
    let flags = addFlag(`''`, `${pledged} AND p.own IS NULL`, 'missing:cinc');
    flags = addFlag(flags, `${pledged} AND p.n > p.known`, 'missing:ally_cinc');
    flags = addFlag(flags, `${pledged} AND p.own IS NOT NULL AND p.n = p.known AND p.own + p.allies <= 0`, 'zero_total');
    return `
      SELECT g.subject, g.counterpart, g.year,
             CASE WHEN d.ally IS NULL THEN 0.0
                  WHEN p.own IS NULL OR p.n > p.known OR p.own + p.allies <= 0 THEN CAST(NULL AS DOUBLE)
                  ELSE c.cinc / (p.own + p.allies) END AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${flags} AS flags
        FROM ${ALLIANCE_GRID} AS g
        LEFT JOIN ${DEFENDERS} AS d ON d.subject = g.subject AND d.ally = g.counterpart AND d.year = g.year
        LEFT JOIN ${DEFENCE_POOL} AS p ON p.subject = g.subject AND p.year = g.year
        LEFT JOIN ${NMC} AS c ON c.state = g.counterpart AND c.year = g.year`;
  },
  reference: (input) => {
    const cinc = new Map(capabilitiesOf(input).map((c) => [`${c.state}|${c.year}`, c.cinc]));
    const defenders = new Map<string, Set<string>>();
    for (const a of alliancesOf(input)) {
      if (!a.defense) continue;
      const k = `${a.state_b}|${a.year}`;
      defenders.set(k, (defenders.get(k) ?? new Set()).add(a.state_a));
    }
    return [...allianceGridTs(input)].map((k) => {
      const [subject, counterpart, y] = k.split('|') as [string, string, string];
      const allies = defenders.get(`${subject}|${y}`);
      if (!allies?.has(counterpart)) return row(subject, counterpart, Number(y), 0, '');
      const own = cinc.get(`${subject}|${y}`) ?? null;
      const known = [...allies].map((a) => cinc.get(`${a}|${y}`) ?? null);
      const unknownAlly = known.some((c) => c === null);
      const total = own === null || unknownAlly ? null : own + known.reduce<number>((s, c) => s + c!, 0);
      const flags = joinFlags(own === null ? 'missing:cinc' : '', unknownAlly ? 'missing:ally_cinc' : '', total !== null && total <= 0 ? 'zero_total' : '');
      return row(subject, counterpart, Number(y), total === null || total <= 0 ? null : cinc.get(`${counterpart}|${y}`)! / total, flags);
    });
  },
};

// ---- arms imports (SIPRI TIV, rolling window) ----

const ARMS = `(SELECT year, supplier, recipient, tiv FROM arms_transfer WHERE dataset = '${SIPRI_DATASET}')`;
const WINDOW_OFFSETS = `(${Array.from({ length: WINDOW }, (_, k) => `SELECT ${k} AS k`).join(' UNION ALL ')})`;
/** Each delivery placed in every window that contains it: window-end year = delivery year + 0…4, up to the last year of the data. */
const WINDOWED = `
  (SELECT a.year + w.k AS wyear, a.supplier, a.recipient, a.tiv
     FROM ${ARMS} AS a CROSS JOIN ${WINDOW_OFFSETS} AS w
     CROSS JOIN (SELECT MAX(year) AS y1 FROM ${ARMS} AS c) AS cov
    WHERE a.recipient IS NOT NULL AND a.year + w.k <= cov.y1)`;

interface Transfer { dataset: string; year: number; supplier: string | null; recipient: string | null; tiv: number }

const armsImportShare: MetricDefinition = {
  id: 'security.arms_import_share', title: "Counterpart's share of the subject's arms imports (SIPRI TIV, 5-year window)", family: 'security',
  formula: 'AR_ij(y) = Σ_{t=y−4..y} TIV(j→i, t) / Σ_{t=y−4..y} Σ_k TIV(k→i, t)',
  description:
    "Share of the subject's arms imports (SIPRI trend-indicator values, a volume measure of deliveries) supplied by the counterpart over a rolling five-year window ending in the year " +
    '(y−4 … y), which smooths the lumpiness of single large deliveries. 0 = no deliveries from the counterpart; 1 = the counterpart supplied all of them (the subject depends on it for weapons, spares and training). ' +
    "The total counts every delivery to the subject, including those from suppliers SIPRI names that are not states (e.g. 'Unknown supplier(s)'): the row then carries nonstate_supplier and the state shares sum to less than 1. " +
    'Rows: subject-year-supplier triples with at least one delivery in the window (SIPRI lists all deliveries; a supplier without one has share 0 and no row); window-end years run to the last year of the data. ' +
    "Windows reaching before the first year of the data carry partial_window. SIPRI writes 0 for deliveries under 0.5 m TIV: a subject whose deliveries in the window are all 0 gets NULL with zero_total.",
  citations: ['sipri-arms-transfers'], unit: 'share', range: { min: 0, max: 1 }, direction: DEPENDENT,
  level: 'directed', inputs: ['arms_transfer'], version: V, usesTradeSource: false, additiveOverCounterparts: true,
  sql: () => {
    let flags = addFlag(`''`, 'd.wyear - cov.y0 < ' + (WINDOW - 1), 'partial_window');
    flags = addFlag(flags, 't.nonstate = 1', 'nonstate_supplier');
    flags = addFlag(flags, 't.total = 0', 'zero_total');
    return `
      SELECT d.recipient AS subject, d.supplier AS counterpart, d.wyear AS year,
             CASE WHEN t.total = 0 THEN CAST(NULL AS DOUBLE) ELSE d.tiv / t.total END AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${flags} AS flags
        FROM (SELECT wyear, recipient, supplier, SUM(tiv) AS tiv FROM ${WINDOWED} AS w WHERE supplier IS NOT NULL GROUP BY wyear, recipient, supplier) AS d
        JOIN (SELECT wyear, recipient, SUM(tiv) AS total, MAX(CASE WHEN supplier IS NULL THEN 1 ELSE 0 END) AS nonstate
                FROM ${WINDOWED} AS w GROUP BY wyear, recipient) AS t ON t.wyear = d.wyear AND t.recipient = d.recipient
        CROSS JOIN (SELECT MIN(year) AS y0 FROM ${ARMS} AS c) AS cov`;
  },
  reference: (input) => {
    const all = ((input.arms_transfer ?? []) as unknown as Transfer[]).filter((a) => a.dataset === SIPRI_DATASET);
    if (all.length === 0) return [];
    const y0 = Math.min(...all.map((a) => a.year));
    const y1 = Math.max(...all.map((a) => a.year));
    const pairs = new Map<string, number>();
    const totals = new Map<string, { total: number; nonstate: boolean }>();
    for (const a of all) {
      if (a.recipient === null) continue;
      for (let w = a.year; w <= Math.min(a.year + WINDOW - 1, y1); w++) {
        const tk = `${a.recipient}|${w}`;
        const t = totals.get(tk) ?? { total: 0, nonstate: false };
        t.total += a.tiv;
        if (a.supplier === null) t.nonstate = true;
        totals.set(tk, t);
        if (a.supplier !== null) pairs.set(`${a.recipient}|${a.supplier}|${w}`, (pairs.get(`${a.recipient}|${a.supplier}|${w}`) ?? 0) + a.tiv);
      }
    }
    return [...pairs].map(([k, tiv]) => {
      const [subject, counterpart, y] = k.split('|') as [string, string, string];
      const year = Number(y);
      const t = totals.get(`${subject}|${year}`)!;
      const flags = joinFlags(year - y0 < WINDOW - 1 ? 'partial_window' : '', t.nonstate ? 'nonstate_supplier' : '', t.total === 0 ? 'zero_total' : '');
      return row(subject, counterpart, year, t.total === 0 ? null : tiv / t.total, flags);
    });
  },
};

// ---- material capabilities (COW NMC) ----

const cinc: MetricDefinition = {
  id: 'power.cinc', title: 'Composite Index of National Capability (CINC)', family: 'power',
  formula: 'CINC_i = (1/6) Σ_k c_ik / Σ_j c_jk   over k ∈ {military expenditure, military personnel, iron & steel, primary energy, total population, urban population}',
  description:
    "The subject's average share of the world (state-system) total of six material capabilities, as published in COW NMC v7 (1816–2022). " +
    'Monadic. Near 0 = a negligible share of world capabilities; the largest powers reach 0.1–0.3 (USA 1945 ≈ 0.38). NULL with missing:cinc where NMC gives none.',
  citations: ['singer-1972', 'singer-1987'], unit: 'share of world capabilities', range: { min: 0, max: 1 },
  direction: 'higher = more material power', level: 'monadic', inputs: ['capability'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT state AS subject, CAST(NULL AS VARCHAR) AS counterpart, year, cinc AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           CASE WHEN cinc IS NULL THEN 'missing:cinc' ELSE '' END AS flags
      FROM ${NMC} AS n`,
  reference: (input) => capabilitiesOf(input).map((c) => row(c.state, null, c.year, c.cinc, c.cinc === null ? 'missing:cinc' : '')),
};

const cincRatio: MetricDefinition = {
  id: 'power.cinc_ratio', title: "Counterpart's CINC relative to the subject's", family: 'power',
  formula: 'CR_ij = CINC_j / CINC_i',
  description:
    "How many times the counterpart's material capabilities exceed the subject's: 1 = equal, above 1 = the counterpart is more powerful (Russia/Belarus ≈ 20 in 2014), below 1 = less. " +
    'Read with the dependence metrics: in the realist frame of C1, an asymmetric capability ratio is what lets the stronger side turn dependence into power. ' +
    'Rows: every ordered pair of states with a COW NMC row that year. NULL with missing:cinc / missing:counterpart_cinc when either CINC is missing, zero_cinc when the subject\'s is 0.',
  citations: ['singer-1972', 'singer-1987'], unit: 'ratio', range: { min: 0, max: null },
  direction: 'higher = counterpart more powerful than the subject', level: 'directed', inputs: ['capability'], version: V, usesTradeSource: false,
  sql: () => {
    const flags = addFlag(addFlag(addFlag(`''`, 'x.cinc IS NULL', 'missing:cinc'), 'y.cinc IS NULL', 'missing:counterpart_cinc'), 'x.cinc = 0', 'zero_cinc');
    return `
      SELECT x.state AS subject, y.state AS counterpart, x.year,
             CASE WHEN x.cinc IS NULL OR y.cinc IS NULL OR x.cinc = 0 THEN CAST(NULL AS DOUBLE) ELSE y.cinc / x.cinc END AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${flags} AS flags
        FROM ${NMC} AS x JOIN ${NMC} AS y ON y.year = x.year
       WHERE x.state <> y.state`;
  },
  reference: (input) => {
    const byYear = new Map<number, Capability[]>();
    for (const c of capabilitiesOf(input)) byYear.set(c.year, [...(byYear.get(c.year) ?? []), c]);
    const out: MetricRow[] = [];
    for (const [year, cs] of byYear) {
      for (const x of cs) {
        for (const y of cs) {
          if (x.state === y.state) continue;
          const flags = joinFlags(x.cinc === null ? 'missing:cinc' : '', y.cinc === null ? 'missing:counterpart_cinc' : '', x.cinc === 0 ? 'zero_cinc' : '');
          out.push(row(x.state, y.state, year, x.cinc === null || y.cinc === null || x.cinc === 0 ? null : y.cinc / x.cinc, flags));
        }
      }
    }
    return out;
  },
};

export const SECURITY_METRICS: readonly MetricDefinition[] = [alliance('defense'), alliance('any'), allyCapabilityShare, armsImportShare, cinc, cincRatio];
