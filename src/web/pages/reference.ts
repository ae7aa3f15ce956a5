/// <reference lib="dom" />
// Methods and Sources pages, generated from the metric registry (GET /api/metrics) and data/sources.json (GET /api/sources).
import { api, metricList } from '../lib/api.js';
import { h, table } from '../lib/dom.js';
import { panel } from '../lib/panel.js';

export async function methodsPage(main: HTMLElement): Promise<void> {
  const metrics = await metricList();
  const families = [...new Set(metrics.map((m) => m.family))];
  main.replaceChildren(h('h1', {}, `Methods: ${metrics.length} metrics`), h('p', { class: 'note' }, 'Generated from the metric registry; the same text as docs/methods.md.'));
  for (const family of families) {
    const mine = metrics.filter((m) => m.family === family);
    const rows = mine.map((m) => [
      h('div', {}, h('code', { id: m.id }, m.id), h('div', {}, h('strong', {}, m.title))),
      h('div', {}, h('div', { class: 'formula' }, m.formula), h('p', { class: 'note' }, m.description)),
      `${m.level}; ${m.unit}; [${m.range.min ?? '−∞'}, ${m.range.max ?? '∞'}]; v${m.version}`,
      m.citations.map((c) => `${c.authors} (${c.year}). ${c.title}. ${c.venue}.`).join(' · '),
    ]);
    const data = mine.map((m) => ({ id: m.id, title: m.title, level: m.level, unit: m.unit, version: m.version, formula: m.formula, direction: m.direction, citations: m.citations.map((c) => c.key).join(' ') }));
    main.append(panel(`${family}`, table(['metric', 'formula and meaning', 'level; unit; range; version', 'citations'], rows),
      { name: `methods-${family}`, rows: data, metrics: mine.map((m) => m.id), sources: ['/api/metrics'], parameters: { family } }, undefined, `panel-methods-${family}`), h('div', { style: 'height:0.8rem' }));
  }
}

interface Source {
  id: string; title: string; publisher: string | null; version: string | null; licence: string | null; citation: string | null;
  years: { from: number | null; to: number | null } | null;
  files: Array<{ path: string; rows: number; sha256: string; rows_loaded: number | null; rows_quarantined: number | null }>;
}

export async function sourcesPage(main: HTMLElement): Promise<void> {
  const sources = await api<Source[]>('/api/sources');
  const rows = sources.map((s) => ({
    id: s.id, title: s.title, publisher: s.publisher, version: s.version, years: s.years ? `${s.years.from ?? '?'}–${s.years.to ?? '?'}` : '',
    licence: s.licence, rows: s.files.reduce((a, f) => a + f.rows, 0), loaded: s.files.reduce((a, f) => a + (f.rows_loaded ?? 0), 0),
    quarantined: s.files.reduce((a, f) => a + (f.rows_quarantined ?? 0), 0), citation: s.citation,
  }));
  main.replaceChildren(
    h('h1', {}, `Sources: ${sources.length} bundled datasets`),
    panel('Datasets (data/sources.json) and rows in the database',
      table(['dataset', 'publisher', 'version', 'years', 'rows bundled', 'loaded', 'quarantined', 'licence'],
        rows.map((r) => [h('div', {}, h('code', {}, r.id), h('div', { class: 'note' }, r.title)), r.publisher ?? '', r.version ?? '', r.years, r.rows.toLocaleString('en-US'), r.loaded.toLocaleString('en-US'), r.quarantined.toLocaleString('en-US'), r.licence ?? '']),
        [false, false, false, false, true, true, true, false]),
      { name: 'sources', rows, metrics: [], sources: ['/api/sources'], parameters: {} }, undefined, 'panel-sources'),
  );
}
