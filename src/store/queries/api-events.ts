// Reads of the event table (dated cooperation/conflict events between two actors), when the database has one.
import type { Database } from '../db.js';

export interface EventRow {
  event_id: string;
  date: string;
  date_precision: string | null;
  year: number;
  actor_a: string;
  actor_b: string | null;
  type: string;
  weight: number | null;
  description: string | null;
  source: string | null;
  dataset: string;
}

/** Events of one actor (b null) or between two actors (either order), oldest first; null when there is no event table. */
export async function listEvents(
  db: Database, a: string, b: string | null, from: number | null, to: number | null, limit: number,
): Promise<EventRow[] | null> {
  if (!(await db.tableExists('event'))) return null;
  return db.all<EventRow & Record<string, unknown>>(
    `SELECT CAST(event_id AS VARCHAR) AS event_id, CAST(date AS VARCHAR) AS date, date_precision, year::INTEGER AS year,
            actor_a, actor_b, type, weight::DOUBLE AS weight, description, source, dataset
       FROM event
      WHERE (CASE WHEN ?::VARCHAR IS NULL THEN (actor_a = ? OR actor_b = ?)
                  ELSE ((actor_a = ? AND actor_b = ?) OR (actor_a = ? AND actor_b = ?)) END)
        AND (?::INTEGER IS NULL OR year >= ?) AND (?::INTEGER IS NULL OR year <= ?)
      ORDER BY date, event_id LIMIT ?`,
    [b, a, a, a, b, b, a, from, from, to, to, limit],
  );
}
