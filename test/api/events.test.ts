// Events in the API on a small in-memory database with the event schema (the built test database may predate it):
// both actor orders match, year bounds are inclusive, the dyad view carries them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { loadDeps } from '../../src/api/deps.js';
import { Database } from '../../src/store/db.js';
import { listEvents } from '../../src/store/queries/api-events.js';

let db: Database;

beforeAll(async () => {
  db = await Database.open(':memory:');
  await db.applySchema();
  // synthetic rows (test data, not a source): three events of the pair, one of another pair
  const rows: Array<[string, string, number, string, string | null, string, number]> = [
    ['t1', '2004-02-18', 2004, 'RUS', 'BLR', 'energy_dispute', -0.8],
    ['t2', '2010-07-01', 2010, 'BLR', 'RUS', 'customs_union', 0.7],
    ['t3', '2021-06-24', 2021, 'EU', 'BLR', 'sanctions', -0.9],
    ['t4', '2015-01-01', 2015, 'RUS', 'KAZ', 'treaty', 0.5],
  ];
  for (const [id, date, year, a, b, type, weight] of rows) {
    await db.run(`INSERT INTO event VALUES (?, ?::DATE, 'day', ?, ?, ?, ?, ?, 'synthetic test event', 'test', 'test')`, [id, date, year, a, b, type, weight]);
  }
});
afterAll(() => db.close());

describe('listEvents', () => {
  it('matches the pair in either order, oldest first, within inclusive years', async () => {
    expect((await listEvents(db, 'BLR', 'RUS', null, null, 100))!.map((e) => e.event_id)).toEqual(['t1', 't2']);
    expect((await listEvents(db, 'RUS', 'BLR', 2010, 2010, 100))!.map((e) => e.event_id)).toEqual(['t2']);
    expect((await listEvents(db, 'BLR', null, null, null, 100))!.map((e) => e.event_id)).toEqual(['t1', 't2', 't3']);
    expect((await listEvents(db, 'BLR', null, null, null, 100))![0]).toMatchObject({ date: '2004-02-18', year: 2004, weight: -0.8 });
  });
});

describe('events through the app', () => {
  it('GET /api/events and the dyad view carry the events', async () => {
    const app = createApp(await loadDeps(db, 'data'));
    const events = await (await app.request('/api/events?a=Belarus&b=RUS&from=2005')).json();
    expect(events).toEqual({ available: true, events: [expect.objectContaining({ event_id: 't2', type: 'customs_union' })] });
    const dyad = await (await app.request('/api/dyad/BLR/RUS?metrics=trade.share_turnover')).json();
    expect(dyad.events.map((e: any) => e.event_id)).toEqual(['t1', 't2']);
    expect(dyad.metrics[0].a_on_b).toEqual([]);
  });
});
