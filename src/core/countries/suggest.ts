// Ranks entities by how close one of their names is to a query, for "did you mean" lists and search.
import type { CountryIndex } from './build-index.js';
import { normalizeName } from './normalize.js';
import { nameSimilarity } from './similarity.js';

export interface RankedCode {
  code: string;
  score: number;
}

/** Entities ordered by their best-matching name (ties by code), at most `limit`. */
export function rankByName(index: CountryIndex, query: string, limit: number): RankedCode[] {
  const key = normalizeName(query);
  if (!key || limit <= 0) return [];
  const best = new Map<string, number>();
  for (const [name, owners] of index.names) {
    let score = nameSimilarity(key, name);
    // A typed prefix ("ger", "bela") is a strong hint that plain similarity underrates for short queries.
    if (name.startsWith(key)) score = Math.max(score, 0.75 + 0.25 * (key.length / name.length));
    for (const code of owners.keys()) if (score > (best.get(code) ?? -1)) best.set(code, score);
  }
  return [...best]
    .map(([code, score]) => ({ code, score }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, limit);
}
