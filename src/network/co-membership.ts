// Co-membership ties from membership rows: for each year, each pair of members and the number of distinct groups (e.g.
// intergovernmental organisations) both belong to — the projection of the member × group incidence matrix B onto the
// members, B·Bᵀ off the diagonal (Breiger 1974, "The duality of persons and groups", Social Forces 53(2): 181–190).
// Bitsets of groups per member make a pair's count one AND and popcount per 32 groups, instead of a self-join that
// produces one row per shared group (~15M rows for COW IGO).
import type { EdgeColumns } from './graph.js';

export interface MembershipColumns {
  length: number;
  year: ArrayLike<number>;
  member: ArrayLike<string>;
  group: ArrayLike<string>;
}

const popcount = (x: number) => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** One tie (source < target) per pair of members sharing at least one group in a year, weight = groups shared. */
export function coMembershipEdges(m: MembershipColumns): EdgeColumns {
  const year: number[] = [];
  const source: string[] = [];
  const target: string[] = [];
  const weight: number[] = [];
  const rowsOfYear = new Map<number, number[]>();
  for (let k = 0; k < m.length; k++) {
    const list = rowsOfYear.get(m.year[k]!);
    if (list) list.push(k);
    else rowsOfYear.set(m.year[k]!, [k]);
  }
  for (const [y, list] of [...rowsOfYear].sort(([a], [b]) => a - b)) {
    const members = new Map<string, number>();
    const groups = new Map<string, number>();
    for (const k of list) {
      if (!members.has(m.member[k]!)) members.set(m.member[k]!, members.size);
      if (!groups.has(m.group[k]!)) groups.set(m.group[k]!, groups.size);
    }
    const words = Math.ceil(groups.size / 32);
    const bits = new Int32Array(members.size * words);
    for (const k of list) {
      const g = groups.get(m.group[k]!)!;
      bits[members.get(m.member[k]!)! * words + (g >>> 5)]! |= 1 << (g & 31);
    }
    const ids = [...members.keys()].sort();
    const at = ids.map((id) => members.get(id)!);
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        let shared = 0;
        for (let w = 0; w < words; w++) shared += popcount(bits[at[a]! * words + w]! & bits[at[b]! * words + w]!);
        if (shared > 0) { year.push(y); source.push(ids[a]!); target.push(ids[b]!); weight.push(shared); }
      }
    }
  }
  return { length: year.length, year, source, target, weight };
}
