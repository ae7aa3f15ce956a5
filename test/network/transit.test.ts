// Transit shares from a hand-built route table: capacity through a transit state over all capacity of the group.
import { describe, expect, it } from 'vitest';
import { routeYears, transitShares, type Route } from '../../src/network/transit.js';

const route = (route_id: string, transit: string[], capacity: number | null, start_year: number, end_year: number | null = null, destination = 'DEU'): Route =>
  ({ route_id, fuel: 'gas', supplier: 'RUS', destination, capacity, start_year, end_year, transit });

const ROUTES = [
  route('yamal', ['BLR', 'POL'], 33, 1999, 2022),
  route('ns1', [], 27.5, 2011, 2022),
  route('ns2', [], 27.5, 2012, 2022),
  route('brotherhood', ['UKR'], 32, 1993, 2024, 'SVK'),
];

describe('transitShares', () => {
  it("gives the share of Germany's route capacity crossing Belarus: 1, then 33/60.5, then 33/88", () => {
    const deuBlr = (y: number) => transitShares(ROUTES, 'gas', y, 'destination').find((s) => s.destination === 'DEU' && s.transit === 'BLR');
    expect(deuBlr(2010)!.share).toBe(1);
    expect(deuBlr(2011)!.share).toBeCloseTo(33 / 60.5, 12);
    expect(deuBlr(2012)!.share).toBeCloseTo(33 / 88, 12);
    expect(deuBlr(2012)).toMatchObject({ via: 33, total: 88, routes: ['ns1', 'ns2', 'yamal'], routesVia: ['yamal'], flags: '' });
    expect(deuBlr(2023)).toBeUndefined();
    expect(deuBlr(1998)).toBeUndefined();
  });
  it("gives the supplier's share over all destinations: Belarus carries 33 of RUS's 33 + 32 + 55 = 120 bcm/y in 2013", () => {
    const rows = transitShares(ROUTES, 'gas', 2013, 'supplier');
    expect(rows.map((r) => [r.transit, r.share])).toEqual([['BLR', 33 / 120], ['POL', 33 / 120], ['UKR', 32 / 120]]);
  });
  it('is NULL with missing:capacity when a route of the group has no capacity, unless every route crosses the state', () => {
    const rows = transitShares([...ROUTES, route('unknown', ['LTU', 'BLR'], null, 2000)], 'gas', 2005, 'pair');
    const deu = rows.filter((r) => r.destination === 'DEU');
    // Both routes to Germany cross Belarus (share 1 whatever the capacities); only one crosses Lithuania or Poland.
    expect(deu.map((r) => [r.transit, r.share, r.flags])).toEqual([
      ['BLR', 1, ''], ['LTU', null, 'missing:capacity'], ['POL', null, 'missing:capacity'],
    ]);
  });
  it('covers the years from the first start to the last start or end', () => {
    expect(routeYears(ROUTES)).toEqual(Array.from({ length: 2024 - 1993 + 1 }, (_, i) => 1993 + i));
  });
});
