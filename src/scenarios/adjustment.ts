// Sensitivity versus vulnerability (Keohane & Nye 1977, ch. 1; CONCEPTS C5): sensitivity is the cost of a shock
// before policy adjusts; vulnerability the cost left after the best adjustment available within the horizon:
//   ρ = min(1, substitution capacity / need)            (alternative capacity from the data; 1 when nothing is needed)
//   V = S · (1 − ρ) + substituted · unit adjustment cost  (CONCEPTS C5 closed form, AdjCost = premium on what is replaced)
// so full substitution at no premium gives V = 0 and no alternative gives V = S.

/** Where a substitute comes from, in the need's unit, with its source. */
export interface CapacityPart {
  from: string;
  amount: number;
  source: string;
}

export interface Substitution {
  /** The shortfall (or lost sales) to replace, in unit. */
  need: number;
  /** Alternative capacity available within the horizon, in unit. */
  capacity: number;
  rho: number;
  unit: string;
  parts: CapacityPart[];
}

export type Channel = 'energy_supply' | 'import_supply' | 'export_market' | 'energy_price' | 'energy_rent' | 'transit' | 'diversification';

/** The cost of one shock to one state through one channel, US$ (annual equivalent over the shock's duration). */
export interface ChannelCost {
  shock: number;
  state: string;
  counterpart: string;
  channel: Channel;
  sensitivity_usd: number;
  vulnerability_usd: number;
  substitution: Substitution | null;
}

/** Largest alternatives listed one by one; the rest are added into one part. */
export const LISTED_PARTS = 8;

/** Ranks the alternatives by capacity (largest first) and, past LISTED_PARTS, adds the rest into one part. */
export function substitution(need: number, parts: CapacityPart[], unit: string): Substitution {
  const kept = parts.filter((p) => p.amount > 0).sort((a, b) => b.amount - a.amount || a.from.localeCompare(b.from));
  const capacity = kept.reduce((s, p) => s + p.amount, 0);
  const rest = kept.slice(LISTED_PARTS);
  const listed = rest.length === 0 ? kept : [...kept.slice(0, LISTED_PARTS), {
    from: `${rest.length} others`, amount: rest.reduce((s, p) => s + p.amount, 0), source: `${rest[0]!.source.replace(/ to [A-Z]{3} | [A-Z]{3}'s /, ' ')} (same rule)`,
  }];
  return { need, capacity, rho: need > 0 ? Math.min(1, capacity / need) : 1, unit, parts: listed };
}

/**
 * Vulnerability from sensitivity: what remains after replacing ρ of the need, plus the cost of replacing it.
 * unitCost: adjustment cost per unit replaced, US$ (a price premium or a sales discount).
 */
export function vulnerability(sensitivityUsd: number, sub: Substitution, unitCost: number): number {
  const replaced = Math.min(sub.need, sub.capacity);
  return sensitivityUsd * (1 - sub.rho) + replaced * unitCost;
}
