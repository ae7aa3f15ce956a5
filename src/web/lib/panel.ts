/// <reference lib="dom" />
// A panel: a title, a chart or table, and download buttons — CSV and JSON of the data behind it, SVG and PNG of the
// chart, and the provenance manifest (metric versions, datasets, the API URLs and parameters, sha256 of the CSV/JSON).
import { toCsv } from '../../exports/to-csv.js';
import { toJson } from '../../exports/to-json.js';
import { api, qs } from './api.js';
import { h } from './dom.js';

export interface PanelData {
  /** File name stem, e.g. BLR-partners-trade.share_turnover. */
  name: string;
  rows: ReadonlyArray<object>;
  /** Metric ids the data comes from (for the manifest's versions). */
  metrics: readonly string[];
  /** The API requests the data came from. */
  sources: readonly string[];
  parameters: Record<string, unknown>;
}

function save(name: string, blob: Blob): void {
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function columnsOf(rows: PanelData['rows']): string[] {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return cols;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The chart's main SVG (Plot wraps charts with legends in a <figure>): the largest one. */
function mainSvg(chart: Element): SVGSVGElement | null {
  const all = [chart, ...Array.from(chart.querySelectorAll('svg'))].filter((e): e is SVGSVGElement => e instanceof SVGSVGElement);
  return all.sort((a, b) => b.getBoundingClientRect().width * b.getBoundingClientRect().height - a.getBoundingClientRect().width * a.getBoundingClientRect().height)[0] ?? null;
}

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.getBoundingClientRect();
  if (!copy.getAttribute('width')) copy.setAttribute('width', String(Math.round(width)));
  if (!copy.getAttribute('height')) copy.setAttribute('height', String(Math.round(height)));
  copy.style.background = '#fff';
  copy.style.display = '';
  return new XMLSerializer().serializeToString(copy);
}

async function png(svg: SVGSVGElement): Promise<Blob> {
  const rect = svg.getBoundingClientRect();
  const width = rect.width || Number(svg.getAttribute('width')) || 800;
  const height = rect.height || Number(svg.getAttribute('height')) || 500;
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  await img.decode();
  const canvas = h('canvas', { width: String(Math.round(width * 2)), height: String(Math.round(height * 2)) });
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(img.src);
  return new Promise((ok) => canvas.toBlob((b) => ok(b!), 'image/png'));
}

async function manifest(data: PanelData, csv: string, json: string): Promise<string> {
  const prov = await api<{ metrics: unknown[]; datasets: unknown[] }>(`/api/provenance${qs({ metrics: data.metrics.join(',') })}`);
  return JSON.stringify({
    generator: 'interdep 0.1.0 dashboard',
    view: location.href,
    api: data.sources,
    parameters: data.parameters,
    rows: data.rows.length,
    files: [
      { file: `${data.name}.csv`, format: 'csv', sha256: await sha256(csv) },
      { file: `${data.name}.json`, format: 'json', sha256: await sha256(json) },
    ],
    ...prov,
  }, null, 2) + '\n';
}

export function panel(title: string, body: Node, data: PanelData | null, note?: string, testid?: string): HTMLElement {
  const el = h('section', { class: 'panel', ...(testid ? { 'data-testid': testid } : {}) }, h('h2', {}, title), note ? h('p', { class: 'note' }, note) : null, body);
  if (!data) return el;
  const csv = () => toCsv(data.rows, columnsOf(data.rows));
  const json = () => toJson(data.rows, columnsOf(data.rows));
  const button = (label: string, run: () => Promise<void> | void) => {
    const b = h('button', { type: 'button', 'data-download': label.toLowerCase() }, label);
    b.addEventListener('click', () => void run());
    return b;
  };
  const svg = () => mainSvg(body instanceof Element ? body : el);
  el.append(h('div', { class: 'downloads' },
    button('CSV', () => save(`${data.name}.csv`, new Blob([csv()], { type: 'text/csv' }))),
    button('JSON', () => save(`${data.name}.json`, new Blob([json()], { type: 'application/json' }))),
    ...(svg() || body instanceof SVGElement || (body instanceof Element && body.querySelector('svg')) ? [
      button('SVG', () => { const s = svg(); if (s) save(`${data.name}.svg`, new Blob([svgText(s)], { type: 'image/svg+xml' })); }),
      button('PNG', async () => { const s = svg(); if (s) save(`${data.name}.png`, await png(s)); }),
    ] : []),
    button('Manifest', async () => save(`${data.name}.manifest.json`, new Blob([await manifest(data, csv(), json())], { type: 'application/json' }))),
  ));
  return el;
}
