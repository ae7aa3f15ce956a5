// Dense matrix inverse by Gauss–Jordan elimination with partial pivoting (row-major Float64Array, n×n), in place:
// the inverse is built in the columns that elimination clears, so each step updates n columns, not 2n (n³ multiply–adds
// in all). Golub & Van Loan (2013), Matrix Computations, 4th ed., §3.2–3.4; Press et al. (2007), Numerical Recipes,
// 3rd ed., §2.1 (gaussj, with row pivoting only).

export function invert(m: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(m);
  const swapped = new Int32Array(n);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r;
    const p = a[pivot * n + col]!;
    if (Math.abs(p) < 1e-300) throw new Error('network/invert: matrix is singular');
    swapped[col] = pivot;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) {
        const x = a[col * n + k]!;
        a[col * n + k] = a[pivot * n + k]!;
        a[pivot * n + k] = x;
      }
    }
    // Column `col` of the identity takes the place of the pivot column: its entry in the pivot row becomes 1/p.
    const rowCol = col * n;
    a[rowCol + col] = 1;
    for (let k = 0; k < n; k++) a[rowCol + k]! /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const rowR = r * n;
      const f = a[rowR + col]!;
      if (f === 0) continue;
      a[rowR + col] = 0;
      for (let k = 0; k < n; k++) a[rowR + k]! -= f * a[rowCol + k]!;
    }
  }
  // Row swaps of the system are column swaps of the inverse, undone in reverse order.
  for (let col = n - 1; col >= 0; col--) {
    const pivot = swapped[col]!;
    if (pivot === col) continue;
    for (let r = 0; r < n; r++) {
      const x = a[r * n + col]!;
      a[r * n + col] = a[r * n + pivot]!;
      a[r * n + pivot] = x;
    }
  }
  return a;
}
