// Rows → CSV text (RFC 4180: comma-separated, quoted when a field holds a comma, quote or newline; NULL → empty).

function field(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: ReadonlyArray<object>, columns: readonly string[]): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => field((r as Record<string, unknown>)[c])).join(','));
  return lines.join('\n') + '\n';
}
