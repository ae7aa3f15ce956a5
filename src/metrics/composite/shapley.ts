// Exact Shapley values (Shapley 1953): each player's average marginal contribution over all orders in which the
// players can join. Used to say which domains drive a composite value, and its change between two years.
// Exact enumeration of the 2^n coalitions: n is the number of domains (6), so 64 evaluations.

/**
 * φ_i = Σ over S ⊆ N \ {i} of |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S)).
 * Efficiency holds exactly: Σ_i φ_i = v(N) − v(∅).
 */
export function shapleyValues<P extends string>(players: readonly P[], value: (coalition: ReadonlySet<P>) => number): Record<P, number> {
  const n = players.length;
  if (n > 16) throw new RangeError(`metrics/composite/shapley: ${n} players is too many for exact enumeration`);
  const factorial = [1];
  for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1]! * k);
  const cache = new Map<number, number>();
  const v = (mask: number) => {
    let out = cache.get(mask);
    if (out === undefined) {
      out = value(new Set(players.filter((_, i) => mask & (1 << i))));
      cache.set(mask, out);
    }
    return out;
  };
  const phi = Object.fromEntries(players.map((p) => [p, 0])) as Record<P, number>;
  for (let mask = 0; mask < 1 << n; mask++) {
    const size = popcount(mask);
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      const weight = (factorial[size]! * factorial[n - size - 1]!) / factorial[n]!;
      phi[players[i]!] += weight * (v(mask | (1 << i)) - v(mask));
    }
  }
  return phi;
}

function popcount(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}
