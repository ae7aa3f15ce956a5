// Country groups known to a database (country_group, from data-src/country_groups/country_groups.csv), for commands that accept
// a group id where a counterpart is expected (interdep query --counterpart EU).
import type { Database } from '../db.js';

/** The group ids in the database; empty for a database built before groups existed (no country_group table). */
export async function countryGroupIds(db: Database): Promise<Set<string>> {
  try {
    const rows = await db.all<{ group_id: string }>('SELECT DISTINCT group_id FROM country_group ORDER BY group_id');
    return new Set(rows.map((r) => r.group_id));
  } catch {
    return new Set();
  }
}
