// The keys (subject, counterpart, year) of a TS step's rows as coded columns, and the step's output built once, in the
// order the store keeps a metric's values (subject, counterpart, year; codes by localeCompare, a missing counterpart
// first): a step with a million rows hands them over sorted (the runner's sort then finds one run instead of comparing
// strings ~20 times a row, ~3 s for the 1.8M rows of a network metric), as columns or as rows, with no copies between.
import type { MetricColumns, MetricRow } from './types.js';

export class RowKeys {
  private readonly code = new Map<string, number>();
  private readonly names: string[] = [];
  // Keys in typed arrays grown by doubling (off the JS heap, no per-row garbage), `count` of them in use.
  private subject = new Int32Array(1024);
  private counterpart = new Int32Array(1024);
  private year = new Int32Array(1024);
  private count = 0;
  private sorted: Int32Array | null = null;

  /** The code of an id (for addCodes; codes are dense from 0 in order of first use). */
  codeOf(id: string): number {
    let c = this.code.get(id);
    if (c === undefined) {
      c = this.names.length;
      this.code.set(id, c);
      this.names.push(id);
    }
    return c;
  }

  /** Adds a row's key; returns its index (the caller keeps values by index). */
  add(subject: string, counterpart: string | null, year: number): number {
    return this.addCodes(this.codeOf(subject), counterpart === null ? -1 : this.codeOf(counterpart), year);
  }

  /** add() with ids as codes (codeOf), counterpart −1 for none: no lookup per row. */
  addCodes(subject: number, counterpart: number, year: number): number {
    this.sorted = null;
    if (this.count === this.year.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(2 * a.length); b.set(a); return b; };
      this.subject = grow(this.subject); this.counterpart = grow(this.counterpart); this.year = grow(this.year);
    }
    this.subject[this.count] = subject;
    this.counterpart[this.count] = counterpart;
    this.year[this.count] = year;
    return this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** Row indices in storage order. */
  order(): Int32Array {
    if (this.sorted) return this.sorted;
    const n = this.size;
    const rank = new Int32Array(this.names.length);
    [...this.names.keys()].sort((a, b) => this.names[a]!.localeCompare(this.names[b]!)).forEach((c, r) => (rank[c] = r + 1));
    let minYear = Infinity;
    let maxYear = -Infinity;
    for (let k = 0; k < n; k++) {
      if (this.year[k]! < minYear) minYear = this.year[k]!;
      if (this.year[k]! > maxYear) maxYear = this.year[k]!;
    }
    const span = maxYear - minYear + 1;
    const ids = this.names.length + 1;
    const sorted = new Int32Array(n);
    if (ids * ids * span * n < 2 ** 53) {
      // One exact integer per row: its (subject, counterpart, year) rank, then its index (a stable sort).
      const packed = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        const cp = this.counterpart[k]!;
        packed[k] = ((rank[this.subject[k]!]! * ids + (cp < 0 ? 0 : rank[cp]!)) * span + (this.year[k]! - minYear)) * n + k;
      }
      packed.sort();
      for (let k = 0; k < n; k++) sorted[k] = packed[k]! % n;
    } else {
      const cp = (k: number) => (this.counterpart[k]! < 0 ? 0 : rank[this.counterpart[k]!]!);
      sorted.set([...sorted.keys()].sort((a, b) =>
        rank[this.subject[a]!]! - rank[this.subject[b]!]! || cp(a) - cp(b) || this.year[a]! - this.year[b]! || a - b));
    }
    this.sorted = sorted;
    return sorted;
  }

  /** The metric's rows as columns in storage order, with each row's value (null: NULL) and flags by index. */
  columns(value: (k: number) => number | null, flags: (k: number) => string): MetricColumns {
    const order = this.order();
    const n = order.length;
    const out: MetricColumns = {
      length: n, subject: new Array<string>(n), counterpart: new Array<string | null>(n), year: new Int32Array(n),
      value: new Float64Array(n), missing: new Uint8Array(n), flags: new Array<string>(n),
    };
    const subject = out.subject as string[];
    const counterpart = out.counterpart as Array<string | null>;
    const flag = out.flags as string[];
    for (let r = 0; r < n; r++) {
      const k = order[r]!;
      const cp = this.counterpart[k]!;
      subject[r] = this.names[this.subject[k]!]!;
      counterpart[r] = cp < 0 ? null : this.names[cp]!;
      out.year[r] = this.year[k]!;
      const v = value(k);
      if (v === null) out.missing[r] = 1;
      else out.value[r] = v;
      flag[r] = flags(k);
    }
    return out;
  }

  /** The same rows as MetricRow objects, in storage order. */
  rows(value: (k: number) => number | null, flags: (k: number) => string): MetricRow[] {
    const order = this.order();
    const rows = new Array<MetricRow>(order.length);
    for (let r = 0; r < order.length; r++) {
      const k = order[r]!;
      const cp = this.counterpart[k]!;
      rows[r] = {
        subject: this.names[this.subject[k]!]!, counterpart: cp < 0 ? null : this.names[cp]!, year: this.year[k]!,
        value: value(k), low: null, high: null, flags: flags(k),
      };
    }
    return rows;
  }
}

/** A step's output before it is laid out: the rows' keys, and each row's value and flags by index. */
export interface KeyedRows {
  keys: RowKeys;
  value: (k: number) => number | null;
  flags: (k: number) => string;
}

export const asColumns = (r: KeyedRows): MetricColumns => r.keys.columns(r.value, r.flags);
export const asRows = (r: KeyedRows): MetricRow[] => r.keys.rows(r.value, r.flags);

/** Columns as MetricRows. */
export function rowsOfColumns(c: MetricColumns): MetricRow[] {
  const rows = new Array<MetricRow>(c.length);
  for (let r = 0; r < c.length; r++) {
    rows[r] = {
      subject: c.subject[r]!, counterpart: c.counterpart[r]!, year: c.year[r]!, value: c.missing[r] ? null : c.value[r]!,
      low: null, high: null, flags: c.flags[r]!,
    };
  }
  return rows;
}
