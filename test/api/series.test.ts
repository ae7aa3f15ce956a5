// Pure pieces of the API: the top-partners-plus-OTHER shaping (hand-computed) and the LRU response cache.
import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/api/cache.js';
import { OTHER, topWithOther } from '../../src/api/series.js';

describe('topWithOther', () => {
  it('keeps the top partners by summed value and sums the rest per year', () => {
    const p = (counterpart: string, year: number, value: number | null) => ({ counterpart, year, value, low: null, high: null });
    // sums over years: A 0.5+0.4 = 0.9, B 0.2+0.3 = 0.5, C 0.2+0.1 = 0.3, D 0.1+0.2 = 0.3 (C before D by code)
    const points = [p('A', 2000, 0.5), p('B', 2000, 0.2), p('C', 2000, 0.2), p('D', 2000, 0.1), p('A', 2001, 0.4), p('B', 2001, 0.3), p('C', 2001, 0.1), p('D', 2001, 0.2), p('E', 2001, null)];
    const { partners, series } = topWithOther(points, 2);
    expect(partners).toEqual(['A', 'B']);
    // OTHER 2000 = C 0.2 + D 0.1 = 0.3; 2001 = C 0.1 + D 0.2 = 0.3 (E is missing, not 0)
    expect(series.filter((s) => s.counterpart === OTHER).map((s) => [s.year, Number(s.value.toFixed(12))])).toEqual([[2000, 0.3], [2001, 0.3]]);
    expect(series.filter((s) => s.year === 2000).map((s) => s.counterpart)).toEqual(['A', 'B', OTHER]);
  });
});

describe('ResponseCache', () => {
  it('evicts the least recently used entry; capacity 0 keeps nothing', () => {
    const c = new ResponseCache(2);
    c.set('a', '1');
    c.set('b', '2');
    expect(c.get('a')).toBe('1'); // a is now the most recent
    c.set('c', '3');
    expect(c.get('b')).toBeUndefined();
    expect([c.get('a'), c.get('c'), c.size]).toEqual(['1', '3', 2]);
    const off = new ResponseCache(0);
    off.set('a', '1');
    expect(off.get('a')).toBeUndefined();
  });
});
