/// <reference lib="dom" />
// Tiny DOM helpers: element creation, number formats, tables and form controls.

type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

export const pct = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '–' : `${(100 * x).toFixed(digits)}%`);
export const num = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '–' : Number(x.toPrecision(digits)).toString());

export function table(headers: string[], rows: Array<Array<Child>>, numeric: boolean[] = []): HTMLTableElement {
  return h('table', {},
    h('thead', {}, h('tr', {}, ...headers.map((x) => h('th', {}, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => h('td', numeric[i] ? { class: 'num' } : {}, c))))),
  );
}

export function select(label: string, name: string, options: Array<[string, string]>, value: string, onChange: (v: string) => void): HTMLLabelElement {
  const s = h('select', { name, 'data-testid': `select-${name}` }, ...options.map(([v, text]) => {
    const o = h('option', { value: v }, text);
    if (v === value) o.selected = true;
    return o;
  }));
  s.addEventListener('change', () => onChange(s.value));
  return h('label', {}, label, s);
}

export function input(label: string, name: string, value: string, onChange: (v: string) => void, attrs: Record<string, string> = {}): HTMLLabelElement {
  const i = h('input', { name, value, 'data-testid': `input-${name}`, ...attrs });
  i.addEventListener('change', () => onChange(i.value));
  return h('label', {}, label, i);
}

export function errorBox(err: unknown): HTMLElement {
  return h('div', { class: 'error' }, err instanceof Error ? err.message : String(err));
}
