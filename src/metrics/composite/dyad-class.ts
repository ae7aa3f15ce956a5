// Classes of a dyad from the two composite dependences (Keohane & Nye 1977: interdependence is mutual dependence,
// and its asymmetry is a source of power; CONCEPTS.md C3, C4).

export type DyadClass = 'independent' | 'one_sided' | 'asymmetric' | 'symmetric';

export interface DyadThresholds {
  /** A side with CDI below this is not dependent on the other. */
  dependent: number;
  /** Both dependent: asymmetric when the larger CDI is at least this many times the smaller. */
  asymmetryRatio: number;
}

/** Defaults: dependent from 0.1 on the [0, 1] CDI scale; asymmetric from a 2:1 ratio. Configurable per call. */
export const DEFAULT_DYAD_THRESHOLDS: DyadThresholds = { dependent: 0.1, asymmetryRatio: 2 };

/** NULL when either side is unknown. */
export function classifyDyad(dij: number | null, dji: number | null, t: DyadThresholds = DEFAULT_DYAD_THRESHOLDS): DyadClass | null {
  if (dij === null || dji === null) return null;
  const a = dij >= t.dependent;
  const b = dji >= t.dependent;
  if (!a && !b) return 'independent';
  if (a !== b) return 'one_sided';
  return Math.max(dij, dji) / Math.min(dij, dji) >= t.asymmetryRatio ? 'asymmetric' : 'symmetric';
}

/** Mutual interdependence: geometric mean of the two dependences (high only when both sides depend). */
export function mutualInterdependence(dij: number | null, dji: number | null): number | null {
  return dij === null || dji === null ? null : Math.sqrt(dij * dji);
}

/** Power-to-dependence ratio, log2(D_ij / D_ji): 1 = the subject twice as dependent; NULL when either is 0. */
export function powerDependenceRatio(dij: number | null, dji: number | null): number | null {
  return dij === null || dji === null || dij <= 0 || dji <= 0 ? null : Math.log2(dij / dji);
}
