// Dense matrix inverse by Gauss–Jordan elimination with partial pivoting (row-major Float64Array, n×n).
// Golub & Van Loan (2013), Matrix Computations, 4th ed., §3.2–3.4.

export function invert(m: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(m);
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) inv[i * n + i] = 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r;
    const p = a[pivot * n + col]!;
    if (Math.abs(p) < 1e-300) throw new Error('network/invert: matrix is singular');
    if (pivot !== col) {
      for (let k = 0; k < n; k++) {
        [a[col * n + k], a[pivot * n + k]] = [a[pivot * n + k]!, a[col * n + k]!];
        [inv[col * n + k], inv[pivot * n + k]] = [inv[pivot * n + k]!, inv[col * n + k]!];
      }
    }
    // Columns left of `col` are already reduced (zero in the pivot row), so the left block starts at `col`.
    for (let k = col; k < n; k++) a[col * n + k]! /= p;
    for (let k = 0; k < n; k++) inv[col * n + k]! /= p;
    for (let r = 0; r < n; r++) {
      const f = a[r * n + col]!;
      if (r === col || f === 0) continue;
      for (let k = col; k < n; k++) a[r * n + k]! -= f * a[col * n + k]!;
      for (let k = 0; k < n; k++) inv[r * n + k]! -= f * inv[col * n + k]!;
    }
  }
  return inv;
}
