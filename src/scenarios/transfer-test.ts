// The transfer test (seed, Introduction and Conclusion: Belarus "cannot exit its dependence on Russia without
// increasing its dependence on other actors who have more power"; CONCEPTS C24): a grid search over moving a share
// x of the subject's trade with its largest dependence j0 to the alternatives, split on a simplex grid of the given
// step, each alternative within its capacity (partner_absorption_share × its total trade with the world: how much
// more trade a partner of its size can take on).
// For each feasible candidate the trade domains of the four directions touched are recomputed (the other domains
// and every other partner's CDI stay as stored), and we record the new largest dependence j*, PDR(j* over i) =
// log2(CDI(i←j*)/CDI(j*←i)), CINC(j*)/CINC(i) and the cost diversification_cost_share × moved trade / GDP.
// The frontier is the set of candidates no other beats on both the largest CDI and the cost. The claim holds when
// every candidate that lowers the largest CDI leaves a dominant partner with PDR > 0 that is more powerful
// (higher CINC) than the subject.
import { compositeDependence } from '../metrics/composite/cdi.js';
import { powerDependenceRatio } from '../metrics/composite/dyad-class.js';
import type { DomainVector } from '../metrics/composite/panel-intervals.js';
import { CDI_WEIGHTS } from '../metrics/families/composite.js';
import { InputError } from '../core/errors.js';
import type { ShockState } from './shock-state.js';

export interface TransferCandidate {
  shift: number;
  allocation: Record<string, number>;
  max_cdi: number;
  dominant: string;
  pdr_dominant: number | null;
  cinc_ratio: number | null;
  cost_pct_gdp: number | null;
}

export interface TransferTestResult {
  subject: string;
  largest: { partner: string; cdi: number };
  evaluated: number;
  infeasible: number;
  frontier: TransferCandidate[];
  /** Candidates that lower the largest CDI. */
  lowering: number;
  claim_holds: boolean;
  explanation: string;
}

/** Every split of `units` units over n alternatives (compositions), as fractions. */
function simplex(n: number, units: number): number[][] {
  const split = (m: number, left: number): number[][] => (m === 1 ? [[left]] : Array.from({ length: left + 1 }, (_, k) => split(m - 1, left - k).map((rest) => [k, ...rest])).flat());
  return split(n, units).map((w) => w.map((k) => k / units));
}

export function transferTest(st: ShockState, cfg: { subject: string; alternatives: string[]; step: number; max_shift: number }): TransferTestResult {
  const e = st.economy;
  const i = cfg.subject;
  const cdiStored = e.inputs.stored['composite.dependence'] ?? {};
  const mine = Object.entries(cdiStored).filter(([k, v]) => k.startsWith(`${i}|`) && v !== null).map(([k, v]) => [k.split('|')[1]!, v!] as const);
  if (mine.length === 0) throw new InputError({ field: 'transfer_test.subject' }, `no composite.dependence of ${i} in ${e.year}`, 'pick a baseline year with metric values');
  const [j0, cdi0] = [...mine].sort((a, b) => b[1] - a[1])[0]!;
  const alts = cfg.alternatives.filter((a) => a !== i && a !== j0);
  if (alts.length === 0) throw new InputError({ field: 'transfer_test.alternatives' }, `no alternative to ${j0}, ${i}'s largest dependence`, 'list partners other than the subject and its largest dependence');
  const absorb = st.param('partner_absorption_share', 'transfer test (capacity of the alternatives)');
  const costShare = st.param('diversification_cost_share', 'transfer test (cost of moving trade)');
  const gdp = e.gdp(i);
  const turnover = (a: string, b: string) => { const t = e.trade(a, b); return t.exports + t.imports; };
  const total = (a: string) => e.partners(a).reduce((s, p) => s + p.exports + p.imports, 0);
  const domain = (a: string, b: string): DomainVector | undefined => e.inputs.domains[`${a}|${b}`];
  const cdiWithTrade = (a: string, b: string, share: number) => {
    const d = domain(a, b);
    if (!d) return cdiStored[`${a}|${b}`] ?? null;
    return compositeDependence({ ...d, trade: Math.min(1, Math.max(0, share)) }, CDI_WEIGHTS).value;
  };
  const cinc = (s: string) => e.inputs.cinc[s]?.value ?? null;
  for (const s of [i, j0, ...alts]) e.note(`cinc|${s}`, { what: `CINC of ${s}`, value: cinc(s), source: e.inputs.cinc[s]?.source ?? 'missing' });

  const T0 = turnover(i, j0);
  const Ti = total(i);
  const units = Math.round(1 / cfg.step);
  const candidates: TransferCandidate[] = [];
  let infeasible = 0;
  for (let k = 1; k * cfg.step <= cfg.max_shift + 1e-9; k++) {
    const x = k * cfg.step;
    for (const w of simplex(alts.length, units)) {
      const moves = alts.map((a, n) => ({ a, amount: x * T0 * w[n]! }));
      if (moves.some((m) => m.amount > absorb * total(m.a) + 1e-9)) { infeasible++; continue; }
      const cdis = new Map<string, number | null>(mine.map(([p, v]) => [p, v]));
      const reverse = new Map<string, number | null>();
      cdis.set(j0, cdiWithTrade(i, j0, (T0 - x * T0) / Ti));
      reverse.set(j0, cdiWithTrade(j0, i, (T0 - x * T0) / (total(j0) - x * T0)));
      for (const m of moves) {
        cdis.set(m.a, cdiWithTrade(i, m.a, (turnover(i, m.a) + m.amount) / Ti));
        reverse.set(m.a, cdiWithTrade(m.a, i, (turnover(m.a, i) + m.amount) / (total(m.a) + m.amount)));
      }
      const [dominant, maxCdi] = [...cdis].filter((c): c is [string, number] => c[1] !== null).sort((a, b) => b[1] - a[1])[0]!;
      const rev = reverse.get(dominant) ?? cdiStored[`${dominant}|${i}`] ?? null;
      const ci = cinc(i);
      const cd = cinc(dominant);
      candidates.push({
        shift: x, allocation: Object.fromEntries(moves.map((m) => [m.a, w[moves.indexOf(m)]!])), max_cdi: maxCdi, dominant,
        pdr_dominant: powerDependenceRatio(maxCdi, rev), cinc_ratio: ci && cd !== null ? cd / ci : null,
        cost_pct_gdp: gdp ? (100 * costShare * x * T0 * 1e6) / gdp : null,
      });
    }
  }
  const cost = (c: TransferCandidate) => c.cost_pct_gdp ?? 0;
  const dominated = (c: TransferCandidate) => candidates.some((o) => o.max_cdi <= c.max_cdi && cost(o) <= cost(c) && (o.max_cdi < c.max_cdi || cost(o) < cost(c)));
  // ties on both axes: the first candidate (smallest shift, then grid order) stands for them
  const seen = new Set<string>();
  const frontier = candidates.filter((c) => {
    const key = `${c.max_cdi}|${cost(c)}`;
    if (dominated(c) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const lowering = candidates.filter((c) => c.max_cdi < cdi0);
  const holds = lowering.every((c) => (c.pdr_dominant ?? 0) > 0 && (c.cinc_ratio ?? 0) > 1);
  const explanation = lowering.length === 0
    ? `no feasible diversification lowers ${i}'s largest dependence (on ${j0}, CDI ${cdi0.toFixed(3)})`
    : holds
      ? `every one of ${lowering.length} feasible candidates that lowers ${i}'s largest dependence leaves a dominant partner with PDR > 0 and a higher CINC than ${i}`
      : `some candidates lower ${i}'s largest dependence without a more powerful dominant partner`;
  return { subject: i, largest: { partner: j0, cdi: cdi0 }, evaluated: candidates.length, infeasible, frontier, lowering: lowering.length, claim_holds: holds, explanation };
}
