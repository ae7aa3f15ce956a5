// The strongest paths of dependence from one state to another: the terms of T = D + βD² + β²D³ + … (leontief.ts)
// that contribute most to T(a←b), one simple path each, weight β^(k−1) · Π D along its k ties.
// Maoz (2009), AJPS 53(1): indirect ties between states that are not in direct contact.

export interface DependencePath {
  /** Node indices from the dependent state to the state depended on. */
  nodes: number[];
  /** β^(k−1) times the product of the ties' dependence. */
  weight: number;
}

export interface PathOptions {
  beta: number;
  /** Longest path considered, in ties. */
  maxHops: number;
  top: number;
}

/** Simple paths a→…→b of at most maxHops ties over the row-major n×n D, the `top` heaviest first. */
export function strongestPaths(d: Float64Array, n: number, a: number, b: number, options: PathOptions): DependencePath[] {
  const found: DependencePath[] = [];
  const onPath = new Uint8Array(n);
  const walk = (v: number, nodes: number[], weight: number) => {
    if (v === b) {
      found.push({ nodes: [...nodes], weight });
      return;
    }
    if (nodes.length > options.maxHops) return;
    onPath[v] = 1;
    const discount = nodes.length > 1 ? options.beta : 1;
    for (let w = 0; w < n; w++) {
      const x = d[v * n + w]!;
      if (x <= 0 || onPath[w]) continue;
      if (w !== b && nodes.length === options.maxHops) continue;
      nodes.push(w);
      walk(w, nodes, weight * discount * x);
      nodes.pop();
    }
    onPath[v] = 0;
  };
  walk(a, [a], 1);
  return found.sort((x, y) => y.weight - x.weight || x.nodes.length - y.nodes.length).slice(0, options.top);
}
