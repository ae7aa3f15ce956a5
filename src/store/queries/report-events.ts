// Dated events (table event, when the database has the timeline) of given types involving given states, for event
// studies and report timelines.
import type { Database } from '../db.js';

export interface DatedEvent {
  event_id: string;
  year: number;
  date: string;
  actor_a: string;
  actor_b: string | null;
  type: string;
  description: string | null;
  source: string | null;
  dataset: string;
}

/** Events of the types with one of the states as an actor, oldest first; null when there is no event table. */
export async function eventsOfTypes(db: Database, states: readonly string[], types: readonly string[] | null): Promise<DatedEvent[] | null> {
  if (!(await db.tableExists('event'))) return null;
  if (states.length === 0) return [];
  const ph = (n: number) => new Array(n).fill('?').join(', ');
  const typeSql = types === null ? '' : `AND type IN (${ph(types.length)})`;
  return db.all<DatedEvent & Record<string, unknown>>(
    `SELECT CAST(event_id AS VARCHAR) AS event_id, year::INTEGER AS year, CAST(date AS VARCHAR) AS date, actor_a, actor_b, type,
            description, source, dataset
       FROM event
      WHERE (actor_a IN (${ph(states.length)}) OR actor_b IN (${ph(states.length)})) ${typeSql}
      ORDER BY date, event_id`,
    [...states, ...states, ...(types ?? [])],
  );
}
