// Small dense matrix helpers for regressions with a handful of columns (rows of number[]; no BLAS needed).

export type Matrix = number[][];

/** X'X for the columns of X (n × k → k × k). */
export function crossProduct(x: Matrix): Matrix {
  const k = x[0]?.length ?? 0;
  const out: Matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const row of x) {
    for (let i = 0; i < k; i++) {
      const ri = row[i]!;
      if (ri === 0) continue;
      for (let j = i; j < k; j++) out[i]![j]! += ri * row[j]!;
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) out[i]![j] = out[j]![i]!;
  return out;
}

/** X'y. */
export function crossVector(x: Matrix, y: readonly number[]): number[] {
  const k = x[0]?.length ?? 0;
  const out = new Array<number>(k).fill(0);
  x.forEach((row, r) => {
    for (let i = 0; i < k; i++) out[i]! += row[i]! * y[r]!;
  });
  return out;
}

export function matVec(a: Matrix, v: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, aij, j) => s + aij * v[j]!, 0));
}

export function matMul(a: Matrix, b: Matrix): Matrix {
  const m = b[0]?.length ?? 0;
  return a.map((row) => {
    const out = new Array<number>(m).fill(0);
    row.forEach((aik, k) => {
      for (let j = 0; j < m; j++) out[j]! += aik * b[k]![j]!;
    });
    return out;
  });
}

/**
 * Inverse by Gauss–Jordan elimination with partial pivoting; null when the matrix is singular to working precision
 * (a pivot below 1e-10 times the largest diagonal entry), which for X'X means collinear regressors.
 */
export function invert(a: Matrix): Matrix | null {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(1e-300, ...a.map((row, i) => Math.abs(row[i]!)));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-10 * scale) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let j = 0; j < 2 * n; j++) m[col]![j]! /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]!;
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) m[r]![j]! -= f * m[col]![j]!;
    }
  }
  return m.map((row) => row.slice(n));
}
