/// <reference lib="dom" />
// Page state lives in the query string, so every view is a shareable URL.

export function param(name: string, fallback = ''): string {
  return new URL(location.href).searchParams.get(name) ?? fallback;
}

/** Replaces the query string with these parameters and re-renders (a new history entry). */
export function go(params: Record<string, string | number | undefined>): void {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  history.pushState(null, '', `?${p.toString()}`);
  window.dispatchEvent(new Event('interdep:navigate'));
}

/** Keeps the page, changes some parameters. */
export function update(changes: Record<string, string | number | undefined>): void {
  const current = Object.fromEntries(new URL(location.href).searchParams);
  go({ ...current, ...changes });
}

export function href(params: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  return `?${p.toString()}`;
}
