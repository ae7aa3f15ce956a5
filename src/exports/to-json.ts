// Rows → JSON text: an array of objects, one per row, keys in the given column order (NULL stays null).

export function toJson(rows: ReadonlyArray<object>, columns: readonly string[]): string {
  const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c] ?? null])));
  return JSON.stringify(ordered, null, 1) + '\n';
}
