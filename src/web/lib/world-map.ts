/// <reference lib="dom" />
// A choropleth world map (d3-geo Natural Earth projection over world-atlas 110m; feature ids are ISO 3166 numeric,
// matched to the state table's iso_numeric). Values in [0, max] on a sequential scale; no data stays grey.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { interpolateYlOrRd } from 'd3-scale-chromatic';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { num } from './dom.js';

const NS = 'http://www.w3.org/2000/svg';
const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topo, topo.objects.countries);

export interface MapValue {
  isoNumeric: number;
  label: string;
  value: number | null;
}

export function worldMap(values: readonly MapValue[], opts: { highlight?: number | null; width?: number; title: string }): SVGSVGElement {
  const width = opts.width ?? 640;
  const height = Math.round(width * 0.52);
  const projection = geoNaturalEarth1().fitSize([width, height], countries);
  const path = geoPath(projection);
  const byId = new Map(values.map((v) => [v.isoNumeric, v]));
  const max = Math.max(1e-9, ...values.map((v) => v.value ?? 0));
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 24}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height + 24));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', opts.title);
  for (const f of countries.features) {
    const id = Number(f.id);
    const v = byId.get(id);
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', path(f) ?? '');
    const fill = id === opts.highlight ? '#1d2330' : v && v.value !== null ? interpolateYlOrRd(0.08 + 0.92 * (v.value / max)) : '#e6e8ec';
    p.setAttribute('fill', fill);
    p.setAttribute('stroke', '#fff');
    p.setAttribute('stroke-width', '0.4');
    const title = document.createElementNS(NS, 'title');
    title.textContent = v ? `${v.label}: ${num(v.value)}` : (f.properties?.name ?? String(f.id));
    p.append(title);
    svg.append(p);
  }
  // legend: a gradient bar from 0 to the largest value
  const defs = document.createElementNS(NS, 'defs');
  const grad = document.createElementNS(NS, 'linearGradient');
  grad.setAttribute('id', `g${Math.random().toString(36).slice(2, 8)}`);
  for (let i = 0; i <= 10; i++) {
    const stop = document.createElementNS(NS, 'stop');
    stop.setAttribute('offset', `${i * 10}%`);
    stop.setAttribute('stop-color', interpolateYlOrRd(0.08 + 0.092 * i));
    grad.append(stop);
  }
  defs.append(grad);
  svg.append(defs);
  const bar = document.createElementNS(NS, 'rect');
  Object.entries({ x: '10', y: String(height + 6), width: '160', height: '10', fill: `url(#${grad.id})` }).forEach(([k, v]) => bar.setAttribute(k, v));
  svg.append(bar);
  for (const [x, text, anchor] of [[10, '0', 'start'], [170, num(max), 'end']] as const) {
    const t = document.createElementNS(NS, 'text');
    Object.entries({ x: String(x), y: String(height + 24), 'font-size': '10', 'text-anchor': anchor, fill: '#5b6475' }).forEach(([k, v]) => t.setAttribute(k, v));
    t.textContent = text;
    svg.append(t);
  }
  return svg;
}
