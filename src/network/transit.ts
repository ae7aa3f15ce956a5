// Transit dependence from a route table: the share of pipeline capacity between states that must cross a transit
// state, given the routes operating in a year. A route is one pipeline system from a supplier to an end market through
// transit states in order; a route is operating in year y if start_year ≤ y ≤ end_year (end_year null = operating).
// After the transit leverage index of the design (τ, share of the supplier's exports routed through t) and the
// weighted betweenness of Maoz (2009) on supplier→destination paths. Capacity-weighted: a share is null (flag
// missing:capacity) when an operating route of the group has no capacity, unless every route of the group crosses the
// transit state (then it is 1 whatever the capacities).

export interface Route {
  route_id: string;
  fuel: string;
  supplier: string;
  destination: string;
  capacity: number | null;
  start_year: number;
  end_year: number | null;
  /** Transit states in order from the supplier. */
  transit: readonly string[];
}

/** Which side of a route a share is about: the destination (its supply), the supplier (its exports) or the pair. */
export type TransitGrouping = 'destination' | 'supplier' | 'pair';

export interface TransitShare {
  supplier: string | null;
  destination: string | null;
  transit: string;
  year: number;
  /** Capacity through the transit state / all capacity of the group; null if it depends on an unknown capacity. */
  share: number | null;
  via: number | null;
  total: number | null;
  /** Operating routes of the group, and those crossing the transit state. */
  routes: string[];
  routesVia: string[];
  flags: string;
}

export function operating(route: Route, year: number): boolean {
  return route.start_year <= year && (route.end_year === null || year <= route.end_year);
}

/** Transit shares of one fuel in one year, for every group (by `grouping`) and every transit state on its routes. */
export function transitShares(routes: readonly Route[], fuel: string, year: number, grouping: TransitGrouping): TransitShare[] {
  const groups = new Map<string, Route[]>();
  for (const r of routes) {
    if (r.fuel !== fuel || !operating(r, year)) continue;
    const key = grouping === 'destination' ? r.destination : grouping === 'supplier' ? r.supplier : `${r.supplier}>${r.destination}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: TransitShare[] = [];
  for (const [, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const known = members.every((r) => r.capacity !== null);
    const total = known ? members.reduce((s, r) => s + r.capacity!, 0) : null;
    const transits = [...new Set(members.flatMap((r) => r.transit))].sort();
    for (const t of transits) {
      const via = members.filter((r) => r.transit.includes(t));
      const viaCap = known ? via.reduce((s, r) => s + r.capacity!, 0) : null;
      // Every route of the group crossing t needs no capacities: the share is 1 whatever they are.
      const share = via.length === members.length ? 1 : known && total! > 0 ? viaCap! / total! : null;
      out.push({
        supplier: grouping === 'destination' ? null : members[0]!.supplier,
        destination: grouping === 'supplier' ? null : members[0]!.destination,
        transit: t,
        year,
        share,
        via: viaCap,
        total,
        routes: members.map((r) => r.route_id).sort(),
        routesVia: via.map((r) => r.route_id).sort(),
        flags: share === null ? 'missing:capacity' : '',
      });
    }
  }
  return out;
}

/** The years a route table covers: from its first start year to its last start or end year. */
export function routeYears(routes: readonly Route[]): number[] {
  if (routes.length === 0) return [];
  const first = Math.min(...routes.map((r) => r.start_year));
  const last = Math.max(...routes.map((r) => Math.max(r.start_year, r.end_year ?? r.start_year)));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Routes with their transit states in order, from rows of the tables route and route_transit (or from one joined row
 * set holding both, repeated per year: each route and each (route, seq) is taken once).
 */
export function routesFromRows(routes: ReadonlyArray<Record<string, unknown>>, transit: ReadonlyArray<Record<string, unknown>> = routes): Route[] {
  const byId = new Map<string, Route & { seqs: Array<[number, string]> }>();
  for (const r of routes) {
    const id = String(r.route_id);
    if (!byId.has(id)) {
      byId.set(id, {
        route_id: id, fuel: String(r.fuel), supplier: String(r.supplier), destination: String(r.destination),
        capacity: r.capacity === null || r.capacity === undefined ? null : Number(r.capacity),
        start_year: Number(r.start_year), end_year: r.end_year === null || r.end_year === undefined ? null : Number(r.end_year),
        transit: [], seqs: [],
      });
    }
  }
  const seen = new Set<string>();
  for (const t of transit) {
    const route = byId.get(String(t.route_id));
    const key = `${t.route_id}|${t.seq}`;
    if (!route || t.state === null || t.state === undefined || seen.has(key)) continue;
    seen.add(key);
    route.seqs.push([Number(t.seq), String(t.state)]);
  }
  return [...byId.values()].map(({ seqs, ...r }) => ({ ...r, transit: seqs.sort((a, b) => a[0] - b[0]).map(([, s]) => s) }));
}
