// Belarus case event timeline (data-src/belarus_case_events/belarus_case_events.csv, bundled as
// data/belarus_case_events/: hand-compiled from the seed thesis and public documents, every row with its source):
// gas and oil disputes, Union State and Eurasian treaties, the Customs Union, IMF programmes, EU sanctions and their
// easing, read into event (schema 065_event.sql).
//
// Quarantined: a date that is not YYYY-MM-DD or does not match its precision (a 'month' date must fall on the 1st,
// a 'year' date on 1 January); an actor that is neither a canonical state code nor a known group or IGO id; a
// weight outside [−1, 1]; an empty description or source.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { optNum, optText, text } from './fields.js';
import { reject, type Importer } from './importer.js';

export const BELARUS_CASE_EVENTS = 'belarus_case_events';

/** Actors that are not states: the country groups of data-src/country_groups and the IGOs the timeline names. */
export const NON_STATE_ACTORS: ReadonlySet<string> = new Set(['EU', 'CIS', 'EAEU', 'FSU15', 'NATO', 'WEST', 'IMF', 'WB']);

const row = z.object({
  event_id: text,
  date: text,
  date_precision: z.enum(['day', 'month', 'year']),
  actor_a: text,
  actor_b: optText,
  type: text.refine((t) => /^[a-z_]+$/.test(t), { message: 'type must be lower_snake_case' }),
  weight: optNum(),
  description: text,
  source: text,
});

export function belarusCaseEventsImporter(ctx: ImportContext, file = bundled(ctx, `${BELARUS_CASE_EVENTS}/belarus_case_events.csv.gz`)): Importer {
  const actor = (code: string, year: number): string | null => {
    if (NON_STATE_ACTORS.has(code)) return null;
    const s = ctx.countries.get(code);
    if (!s || s.code !== code) return `"${code}" is neither a canonical state code nor a known group or IGO id`;
    if (!ctx.countries.existedIn(code, year)) return `${code} is not in the state system in ${year}`;
    return null;
  };
  return {
    dataset: BELARUS_CASE_EVENTS,
    tables: ['event'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'event_id', of: (r) => r.event_id },
        map: (r, emit) => {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date) || Number.isNaN(Date.parse(r.date))) return reject('date', `not a date (YYYY-MM-DD): "${r.date}"`);
          if (r.date_precision === 'month' && !r.date.endsWith('-01')) return reject('date', `a month-precision date must be the 1st of the month: ${r.date}`);
          if (r.date_precision === 'year' && !r.date.endsWith('-01-01')) return reject('date', `a year-precision date must be 1 January: ${r.date}`);
          const year = Number(r.date.slice(0, 4));
          const badA = actor(r.actor_a, year);
          if (badA) return reject('actor_a', badA);
          const badB = r.actor_b === null ? null : actor(r.actor_b, year);
          if (badB) return reject('actor_b', badB);
          if (r.weight !== null && (r.weight < -1 || r.weight > 1)) return reject('weight', `weight ${r.weight} outside [−1, 1]`);
          emit('event', {
            event_id: r.event_id, date: r.date, date_precision: r.date_precision, year, actor_a: r.actor_a, actor_b: r.actor_b,
            type: r.type, weight: r.weight, description: r.description, source: r.source, dataset: BELARUS_CASE_EVENTS,
          });
        },
      },
    ],
  };
}
