// The report's charts as SVG strings, rendered server-side with Observable Plot on a linkedom document (no browser).
// Lines carry direct labels instead of HTML legends, so every chart is one self-contained <svg>.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { LongValue } from '../analysis/panel.js';
import type { AsymmetryRow, DomainValue, PeerRow } from './model.js';

type PlotOptions = Parameters<typeof Plot.plot>[0];

function render(options: PlotOptions, description: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...options, document, style: { fontFamily: 'sans-serif', fontSize: '11px', background: 'white' } } as PlotOptions) as unknown as Element;
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', description);
  if (!el.getAttribute('xmlns')) el.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return el.outerHTML;
}

const label = (names: Record<string, string>, code: string) => names[code] ?? code;

/** Partner shares of the state's trade turnover over time, one line per partner, labelled at its last year. */
export function partnerSharesChart(rows: readonly LongValue[], names: Record<string, string>, stateName: string): string {
  const data = rows.filter((r) => r.value !== null).map((r) => ({ year: r.year, share: r.value!, partner: label(names, r.counterpart ?? '') }));
  // End labels, nudged apart so that partners with similar last values stay readable (min gap 4% of the range).
  const last = [...new Map(data.map((d) => [d.partner, d])).values()].sort((a, b) => a.share - b.share);
  const gap = 0.04 * Math.max(...data.map((d) => d.share), 0.01);
  const labels = last.map((d) => ({ ...d, labelY: d.share }));
  for (let i = 1; i < labels.length; i++) labels[i]!.labelY = Math.max(labels[i]!.labelY, labels[i - 1]!.labelY + gap);
  return render({
    width: 720, height: 340, marginRight: 120,
    x: { label: 'year', tickFormat: 'd' },
    y: { label: `share of ${stateName}'s trade turnover`, percent: true, grid: true },
    color: { scheme: 'tableau10' },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(data, { x: 'year', y: 'share', stroke: 'partner', strokeWidth: 1.8 }),
      Plot.text(labels, { x: 'year', y: 'labelY', text: 'partner', fill: 'partner', textAnchor: 'start', dx: 4 }),
    ],
  }, `Line chart: shares of ${stateName}'s trade turnover with its main partners by year`);
}

/** Heat map: partner × domain, each cell the state's dependence in that domain (latest year with data). */
export function domainChart(rows: readonly DomainValue[], names: Record<string, string>, stateName: string): string {
  const data = rows.map((r) => ({ ...r, partner: label(names, r.partner), domain: `${r.domain} (${r.year})` }));
  return render({
    width: 720, height: 60 + 36 * new Set(data.map((d) => d.partner)).size, marginLeft: 130, marginBottom: 50,
    x: { label: null, tickRotate: -15 },
    y: { label: null },
    color: { scheme: 'blues', domain: [0, 1], legend: false },
    marks: [
      Plot.cell(data, { x: 'domain', y: 'partner', fill: 'value', inset: 1 }),
      Plot.text(data, { x: 'domain', y: 'partner', text: (d: DomainValue) => d.value.toFixed(2), fill: (d: DomainValue) => (d.value > 0.55 ? 'white' : 'black') }),
    ],
  }, `Heat map: ${stateName}'s dependence on its main partners by domain, 0 to 1`);
}

/** Scatter of the state's composite dependence on each partner (x) against the partner's on the state (y). */
export function asymmetryChart(rows: readonly AsymmetryRow[], names: Record<string, string>, stateName: string): string {
  const data = rows.filter((r) => r.in !== null).map((r) => ({ x: r.out, y: r.in!, partner: label(names, r.partner) }));
  // Square-root axes spread the many small dependences near 0; only the five largest are labelled.
  const labelled = [...data].sort((a, b) => b.x - a.x).slice(0, 5);
  return render({
    width: 560, height: 460, marginRight: 60,
    x: { label: `${stateName}'s dependence on partner (CDI, square-root scale) →`, type: 'sqrt', domain: [0, 1], grid: true },
    y: { label: `↑ partner's dependence on ${stateName} (CDI, square-root scale)`, type: 'sqrt', domain: [0, 1], grid: true },
    marks: [
      Plot.line(Array.from({ length: 21 }, (_, i) => [i / 20, i / 20]), { stroke: '#999', strokeDasharray: '4,3' }),
      Plot.dot(data, { x: 'x', y: 'y', fill: '#1f77b4', r: 4 }),
      Plot.text(labelled, { x: 'x', y: 'y', text: 'partner', dx: 6, dy: -6, textAnchor: 'start' }),
    ],
  }, `Scatter: asymmetry of dependence between ${stateName} and its main partners; points below the diagonal mean ${stateName} is the more dependent side`);
}

/** Bars: each peer's composite dependence on the focus partner, the state highlighted; the domains a value lacks beside it. */
export function peersChart(rows: readonly PeerRow[], names: Record<string, string>, state: string, focusName: string): string {
  const note = (m: readonly string[] | null | undefined) => (m && m.length > 0 ? `  (missing: ${m.join(', ')})` : '');
  const data = rows.filter((r) => r.cdi !== null).map((r) => ({ peer: label(names, r.state), cdi: r.cdi!, self: r.state === state, text: `${r.cdi!.toFixed(2)}${note(r.missing)}` }));
  const noted = data.some((d) => d.text.length > 4);
  return render({
    width: 720, height: 40 + 22 * data.length, marginLeft: 130, ...(noted ? { marginRight: 230 } : {}),
    x: { label: `composite dependence on ${focusName} →`, domain: [0, 1], grid: true },
    y: { label: null, domain: data.sort((a, b) => b.cdi - a.cdi).map((d) => d.peer) },
    marks: [
      Plot.barX(data, { x: 'cdi', y: 'peer', fill: (d: { self: boolean }) => (d.self ? '#d62728' : '#9ecae1') }),
      Plot.text(data, { x: 'cdi', y: 'peer', text: 'text', dx: 4, textAnchor: 'start' }),
    ],
  }, `Bar chart: composite dependence on ${focusName} of each peer state, ${label(names, state)} highlighted`);
}
