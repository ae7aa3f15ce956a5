// Why a composite value is what it is: exact Shapley contributions (shapley.ts, Shapley 1953) of its parts to the
// value of one year, or to its change since an earlier year.
//   composite.dependence: players = the domains with a positive weight that have a value (in either year); v(S) = the
//     CDI from the domains in S only (renormalised over them, as the CDI itself is), 0 for no domain.
//   power.net: the same players; v(S) = CDI_ij(S) − CDI_ji(S) (each side 0 when none of S is present on it).
//   composite.influence_capacity: players = the FBIC sub-indices with a value; v(S) = mean of the bandwidth
//     sub-indices in S × mean of the dependence sub-indices in S, 0 when either side has none in S.
// For a change, v(S) = v_Y(S) − v_Y0(S). Efficiency: the contributions sum to the value (or to its change). A part that
// has data in only one of the two years contributes the change its coverage makes (it enters or leaves the mean).
import { compositeDependence, type DomainValues } from './cdi.js';
import { shapleyValues } from './shapley.js';
import { DOMAINS, type Domain, type Weights } from './weights.js';

export interface Explanation<P extends string = Domain> {
  /** The value in the year (null when unknown). */
  value: number | null;
  /** The value in the base year, for a change. */
  base: number | null;
  /** What the contributions sum to: value, or value − base. */
  total: number | null;
  players: P[];
  contributions: Partial<Record<P, number>>;
}

/** A game: the value of a coalition of parts (null when the full value is unknown). */
type Game<P extends string> = (coalition: ReadonlySet<P> | null) => number | null;

function explainGame<P extends string>(players: P[], now: Game<P>, since?: Game<P>): Explanation<P> {
  const value = now(null);
  const base = since === undefined ? null : since(null);
  const total = value === null || (since !== undefined && base === null) ? null : value - (base ?? 0);
  if (total === null) return { value, base, total, players, contributions: {} };
  const contributions = shapleyValues(players, (s) => (now(s) ?? 0) - (since === undefined ? 0 : (since(s) ?? 0)));
  return { value, base, total, players, contributions };
}

const restrict = (values: DomainValues, s: ReadonlySet<Domain> | null): DomainValues =>
  s === null ? values : Object.fromEntries(DOMAINS.map((d) => [d, s.has(d) ? (values[d] ?? null) : null]));

const has = (v: DomainValues | undefined, d: Domain) => v !== undefined && v[d] !== null && v[d] !== undefined;

/** The CDI as a game over domains (the full value null when no domain is present; a coalition with none scores 0). */
const cdiGame = (values: DomainValues, weights: Weights): Game<Domain> => (s) => {
  const v = compositeDependence(restrict(values, s), weights).value;
  return s === null ? v : (v ?? 0);
};

export function explainComposite(values: DomainValues, weights: Weights, since?: DomainValues): Explanation {
  const players = DOMAINS.filter((d) => weights[d] > 0 && (has(values, d) || has(since, d)));
  return explainGame(players, cdiGame(values, weights), since === undefined ? undefined : cdiGame(since, weights));
}

/** Both directions of a pair: ij = subject on counterpart, ji = the reverse. */
export interface PairValues {
  ij: DomainValues;
  ji: DomainValues;
}

const netGame = (pair: PairValues, weights: Weights): Game<Domain> => {
  const a = cdiGame(pair.ij, weights);
  const b = cdiGame(pair.ji, weights);
  return (s) => {
    const x = a(s);
    const y = b(s);
    return x === null || y === null ? null : x - y;
  };
};

/** Net power CDI_ij − CDI_ji by domain. */
export function explainNetPower(pair: PairValues, weights: Weights, since?: PairValues): Explanation {
  const players = DOMAINS.filter((d) => weights[d] > 0 && [pair.ij, pair.ji, since?.ij, since?.ji].some((v) => has(v, d)));
  return explainGame(players, netGame(pair, weights), since === undefined ? undefined : netGame(since, weights));
}

/** Sub-index values of the influence capacity, by key, with the side of the product each belongs to. */
export interface SubIndexValue {
  key: string;
  side: 'bandwidth' | 'dependence';
  value: number | null;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

const capacityGame = (subs: readonly SubIndexValue[]): Game<string> => (s) => {
  const part = (side: SubIndexValue['side']) => subs.filter((x) => x.side === side && x.value !== null && (s === null || s.has(x.key))).map((x) => x.value!);
  const b = part('bandwidth');
  const d = part('dependence');
  if (b.length === 0 || d.length === 0) return s === null ? null : 0;
  return mean(b) * mean(d);
};

/** Influence capacity B × D by sub-index. */
export function explainInfluenceCapacity(subs: readonly SubIndexValue[], since?: readonly SubIndexValue[]): Explanation<string> {
  const present = (xs: readonly SubIndexValue[] | undefined, key: string) => xs?.some((x) => x.key === key && x.value !== null) ?? false;
  const players = subs.map((x) => x.key).filter((k) => present(subs, k) || present(since, k));
  return explainGame(players, capacityGame(subs), since === undefined ? undefined : capacityGame(since));
}
