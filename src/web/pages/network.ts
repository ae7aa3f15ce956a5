/// <reference lib="dom" />
// Network page: a layer in a year drawn with sigma (states at their geographic centroids, coloured by Louvain bloc,
// sized by PageRank, each state's strongest ties), the node measures and blocs, and a state's indirect dependence
// paths to a partner (issue 5's network service through /api/network).
import Graph from 'graphology';
import Sigma from 'sigma';
import { api, qs, stateIndex, type StateInfo } from '../lib/api.js';
import { errorBox, h, input, num, select, table } from '../lib/dom.js';
import { geoPositions } from '../lib/geo-positions.js';
import { panel } from '../lib/panel.js';
import { param, update } from '../lib/state.js';

interface NodeRow { state: string; pagerank: number | null; eigenvector: number | null; betweenness: number | null; coreness: number | null; strength_in: number | null; strength_out: number | null }
interface NetworkData {
  layer: string; year: number; directed: boolean; weight: string; nodes: number; ties_total: number; density: number; centralisation: number | null; modularity: number;
  measures: NodeRow[]; blocs: Array<{ bloc: number; members: string[] }>; ties: Array<{ source: string; target: string; weight: number }>;
}
interface Paths { direct: number; total: number; indirectShare: number | null; beta: number; paths: Array<{ path: string[]; weight: number; shareOfTotal: number | null }> }

const LAYERS = ['trade', 'energy', 'igo', 'alliance', 'arms', 'composite'];
const PALETTE = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];
const W = 1000;
const H = 520;

interface Drawn { id: string; x: number; y: number; size: number; color: string; label: string }

function layout(d: NetworkData, states: Map<string, StateInfo>, highlight: string) {
  const pos = geoPositions(W, H);
  const blocOf = new Map(d.blocs.flatMap((b) => b.members.map((m) => [m, b.bloc] as const)));
  const maxPr = Math.max(...d.measures.map((m) => m.pagerank ?? 0), 1e-9);
  const nodes: Drawn[] = [];
  for (const m of d.measures) {
    const iso = states.get(m.state)?.iso_numeric;
    const p = iso ? pos.get(iso) : undefined;
    if (!p) continue;
    const bloc = blocOf.get(m.state) ?? 0;
    nodes.push({ id: m.state, x: p[0], y: p[1], size: 3 + 14 * Math.sqrt((m.pagerank ?? 0) / maxPr), color: m.state === highlight ? '#111' : PALETTE[(bloc - 1) % PALETTE.length]!, label: m.state });
  }
  const placed = new Set(nodes.map((n) => n.id));
  const ties = d.ties.filter((t) => placed.has(t.source) && placed.has(t.target));
  return { nodes, ties, unplaced: d.measures.length - nodes.length };
}

/** The same drawing as SVG: the download format, and the view when the browser has no WebGL for sigma. */
function svgDrawing(nodes: Drawn[], ties: NetworkData['ties']): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('width', String(W));
  svg.setAttribute('height', String(H));
  const at = new Map(nodes.map((n) => [n.id, n]));
  for (const t of ties) {
    const a = at.get(t.source)!;
    const b = at.get(t.target)!;
    const line = document.createElementNS(NS, 'line');
    Object.entries({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: '#8a94a6', 'stroke-opacity': String(0.15 + 0.5 * Math.min(1, t.weight)), 'stroke-width': '0.7' }).forEach(([k, v]) => line.setAttribute(k, String(v)));
    svg.append(line);
  }
  for (const n of nodes) {
    const c = document.createElementNS(NS, 'circle');
    Object.entries({ cx: n.x, cy: n.y, r: n.size / 1.6, fill: n.color, stroke: '#fff', 'stroke-width': '0.6' }).forEach(([k, v]) => c.setAttribute(k, String(v)));
    const title = document.createElementNS(NS, 'title');
    title.textContent = n.label;
    c.append(title);
    svg.append(c);
    if (n.size > 8) {
      const t = document.createElementNS(NS, 'text');
      Object.entries({ x: n.x + n.size / 1.5, y: n.y + 3, 'font-size': '10', fill: '#1d2330' }).forEach(([k, v]) => t.setAttribute(k, String(v)));
      t.textContent = n.label;
      svg.append(t);
    }
  }
  return svg;
}

function hasWebGl(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl'));
  } catch {
    return false;
  }
}

export async function networkPage(main: HTMLElement): Promise<void> {
  const layer = param('layer', 'trade');
  const year = param('year', '2013');
  const country = param('country', 'BLR');
  const partner = param('partner', 'CHN');
  const states = await stateIndex();
  main.replaceChildren(
    h('h1', { 'data-testid': 'network-title' }, `Network: ${layer} layer, ${year}`),
    h('div', { class: 'controls' },
      select('Layer', 'layer', LAYERS.map((l) => [l, l]), layer, (v) => update({ layer: v })),
      input('Year', 'year', year, (v) => update({ year: v }), { size: '5' }),
      input('State', 'country', country, (v) => update({ country: v })),
      input('Partner (paths)', 'partner', partner, (v) => update({ partner: v })),
    ),
  );
  const url = `/api/network/${layer}${qs({ year })}`;
  const d = await api<NetworkData>(url);
  const code = states.has(country.toUpperCase()) ? country.toUpperCase() : country;
  const { nodes, ties, unplaced } = layout(d, states, code);
  const svg = svgDrawing(nodes, ties);
  const view = h('div', { class: 'network', 'data-testid': 'network-view' });
  // the SVG twin is what the SVG/PNG buttons download, and the view itself when the browser has no WebGL for sigma
  const webgl = hasWebGl();
  if (webgl) svg.style.display = 'none';
  const graphPanel = panel(`${d.layer} layer ${d.year}: ${d.nodes} states, ${d.ties_total} ties, density ${num(d.density)}, modularity ${num(d.modularity)}`, h('div', {}, webgl ? view : null, svg),
    { name: `network-${layer}-${year}-ties`, rows: ties, metrics: [], sources: [url], parameters: { layer, year: Number(year) } },
    `Tie weight: ${d.weight}. Colours: Louvain blocs; size: PageRank; drawn: each state's 2 strongest ties; ${unplaced} states too small for the 110m atlas are not drawn. ${code} in black.`, 'panel-network');
  main.append(graphPanel);
  if (webgl) {
    const g = new Graph({ multi: false, type: 'directed' });
    for (const n of nodes) g.addNode(n.id, { x: n.x, y: -n.y, size: n.size / 1.4, color: n.color, label: n.label });
    for (const t of ties) if (!g.hasEdge(t.source, t.target)) g.addEdge(t.source, t.target, { size: 0.5, color: 'rgba(120,130,150,0.35)' });
    new Sigma(g, view);
  }
  const grid = h('div', { class: 'grid' });
  main.append(h('div', { style: 'height:0.9rem' }), grid);
  const top = d.measures.slice(0, 20);
  grid.append(panel('Node measures (top 20 by PageRank)', table(['state', 'PageRank', 'eigenvector', 'betweenness', 'coreness', 'strength in', 'strength out'],
    top.map((m) => [states.get(m.state)?.name ?? m.state, num(m.pagerank), num(m.eigenvector), num(m.betweenness), num(m.coreness), num(m.strength_in), num(m.strength_out)]), [false, true, true, true, true, true, true]),
    { name: `network-${layer}-${year}-measures`, rows: d.measures, metrics: [], sources: [url], parameters: { layer, year: Number(year) } }, undefined, 'panel-measures'));
  const blocRows = d.blocs.map((b) => ({ bloc: b.bloc, size: b.members.length, members: b.members.join(' ') }));
  grid.append(panel(`Blocs (Louvain), modularity ${num(d.modularity)}`, table(['bloc', 'states', 'members'],
    blocRows.map((b) => [h('span', { style: `color:${PALETTE[(b.bloc - 1) % PALETTE.length]}` }, `■ ${b.bloc}`), String(b.size), b.members])),
    { name: `network-${layer}-${year}-blocs`, rows: blocRows, metrics: [], sources: [url], parameters: { layer, year: Number(year) } }, undefined, 'panel-blocs'));
  const pathsUrl = `/api/network/${layer}/paths${qs({ a: country, b: partner, year })}`;
  try {
    const p = await api<Paths>(pathsUrl);
    const rows = p.paths.map((x, i) => ({ rank: i + 1, path: x.path.join(' → '), weight: x.weight, share_of_total: x.shareOfTotal }));
    grid.append(panel(`${country} on ${partner}: direct ${num(p.direct)}, total ${num(p.total)}, indirect share ${num(p.indirectShare)}`,
      table(['rank', 'path', 'weight', 'share of total'], rows.map((r) => [String(r.rank), r.path, num(r.weight), num(r.share_of_total)]), [true, false, true, true]),
      { name: `paths-${layer}-${year}-${country}-${partner}`, rows, metrics: [], sources: [pathsUrl], parameters: { layer, year: Number(year), a: country, b: partner } },
      `Total dependence T = D(I − βD)⁻¹ with β = ${num(p.beta)}; the paths are the strongest simple chains of dependence.`, 'panel-paths'));
  } catch (err) {
    grid.append(errorBox(err));
  }
}
