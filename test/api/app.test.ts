// Every API endpoint against the built database (read-only), including bad input: 400 naming the parameter, 404 for
// unknown routes. Expected values come from the stored metric_value rows (BLR–RUS 2013: trade.share_turnover 0.5039).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { loadDeps } from '../../src/api/deps.js';
import { sha256 } from '../../src/exports/manifest.js';
import type { Database } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';

let db: Database;
let app: Hono;

beforeAll(async () => {
  db = await openBuiltDb();
  app = createApp(await loadDeps(db, 'data'));
});
afterAll(() => db.close());

async function get(path: string): Promise<{ status: number; body: any; text: string; headers: Headers }> {
  const res = await app.request(path);
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, body, text, headers: res.headers };
}

describe('reference endpoints', () => {
  it('GET /health', async () => {
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('GET /api/countries lists states with ISO numeric codes for the map', async () => {
    const { status, body } = await get('/api/countries?kind=state');
    expect(status).toBe(200);
    const blr = body.find((s: any) => s.code === 'BLR');
    expect(blr).toMatchObject({ name: 'Belarus', iso_numeric: 112 });
    expect(body.every((s: any) => s.kind === 'state')).toBe(true);
  });

  it('GET /api/countries/{country} resolves old names; unknown → 400', async () => {
    expect((await get('/api/countries/Byelorussia')).body).toMatchObject({ code: 'BLR', cow: 370 });
    const bad = await get('/api/countries/Atlantis');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/parameter "country": unknown country "Atlantis"/);
  });

  it('GET /api/groups?year=2013: EU has 28 members (Croatia joined 1 July 2013)', async () => {
    const { body } = await get('/api/groups?year=2013');
    const eu = body.find((g: any) => g.id === 'EU');
    expect(eu.members).toHaveLength(28);
    expect(eu.members.map((m: any) => m.member)).toContain('HRV');
  });

  it('GET /api/metrics and /api/metrics/{metric}', async () => {
    const all = (await get('/api/metrics')).body;
    expect(all.map((m: any) => m.id)).toContain('composite.dependence');
    const trade = (await get('/api/metrics?family=trade')).body;
    expect(trade.every((m: any) => m.family === 'trade')).toBe(true);
    expect((await get('/api/metrics/trade.share_turnover')).body).toMatchObject({ level: 'directed', version: '1.0.0' });
    const bad = await get('/api/metrics/trade.nope');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/parameter "metric": unknown metric "trade.nope"/);
  });

  it('GET /api/sources carries the rows loaded per file', async () => {
    const { body } = await get('/api/sources');
    const dots = body.find((s: any) => s.id === 'imf_dots_bilateral_trade');
    expect(dots.files[0].rows_loaded).toBeGreaterThan(0);
  });

  it('GET /api/provenance lists metric versions and datasets', async () => {
    const { body } = await get('/api/provenance?metrics=trade.share_turnover,power.net');
    expect(body.metrics.map((m: any) => m.id)).toEqual(['power.net', 'trade.share_turnover']);
    expect(body.datasets.map((d: any) => d.id)).toContain('imf_dots_bilateral_trade');
    expect((await get('/api/provenance?metrics=x.y')).status).toBe(400);
  });
});

describe('metric endpoints', () => {
  it('GET /api/values: Belarus on Russia, 2013', async () => {
    const { body } = await get('/api/values?metric=trade.share_turnover&subject=Belarus&counterpart=RUS&year=2013');
    expect(body).toHaveLength(1);
    expect(body[0].value).toBeCloseTo(0.50388, 4);
  });

  it.each([
    ['/api/values?metric=trade.share_turnover&year=13', /parameter "year": expected a four-digit year/],
    ['/api/values?year=2013', /parameter "metric"/],
    ['/api/values?metric=trade.share_turnover&source=imf', /parameter "source"/],
    ['/api/values?metric=trade.share_turnover&limit=0', /parameter "limit": expected a positive integer/],
    ['/api/values?metric=trade.share_turnover&limit=999999', /parameter "limit": must be at most 50000/],
    ['/api/values?metric=trade.share_turnover&year=2013&from=2010', /parameter "year": use year or from\/to/],
    ['/api/values?metric=trade.share_turnover&from=2014&to=2010', /parameter "from": must not be after "to"/],
    ['/api/values?metric=power.cinc&counterpart=RUS', /parameter "counterpart": power.cinc is monadic/],
    ['/api/values?metric=trade.share_turnover&yaer=2013', /parameter "yaer": unknown/],
    ["/api/values?metric=trade.share_turnover&subject=' OR 1=1 --", /parameter "subject": unknown country/],
  ])('400 for %s', async (path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it('GET /api/compare ranks EU members on Russia with intervals; bad group → 400', async () => {
    const { body } = await get('/api/compare?group=EU&metric=composite.dependence&counterpart=RUS&year=2013');
    expect(body.rows.length).toBe(28);
    const ranked = body.rows.filter((r: any) => r.rank !== null);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].value).toBeGreaterThanOrEqual(ranked[i].value);
    expect(ranked[0].low).toBeLessThanOrEqual(ranked[0].value);
    // every composite value comes with the domains it lacks (read from its flags) and the share of weight present
    for (const r of ranked) {
      expect(r.missing_domains).toEqual(['trade', 'energy', 'finance', 'institutions', 'security', 'mobility'].filter((d) => r.flags.split(',').includes(`missing:${d}`)));
      expect(r.coverage).toBeCloseTo(1 - r.missing_domains.length / 6, 12);
    }
    expect((await get('/api/compare?group=XX&metric=power.cinc&year=2013')).body.error).toMatch(/parameter "group": unknown country group/);
    expect((await get('/api/compare?group=EU&metric=trade.share_turnover&year=2013')).body.error).toMatch(/parameter "counterpart": required/);
  });
});

describe('country and dyad endpoints', () => {
  it('GET /api/country/BLR/summary?year=2013: Russia first, 50.4% of trade; CDI interval brackets the value', async () => {
    const { body } = await get('/api/country/BLR/summary?year=2013&top=3');
    expect(body.trade_partners[0].counterpart).toBe('RUS');
    expect(body.trade_partners[0].value).toBeCloseTo(0.50388, 4);
    expect(body.trade_partners).toHaveLength(3);
    const rus = body.composite.find((c: any) => c.counterpart === 'RUS');
    expect(rus.low).toBeLessThanOrEqual(rus.value);
    expect(rus.high).toBeGreaterThanOrEqual(rus.value);
    expect(rus.power_net).toBeGreaterThan(0);
    // 2013: no energy, remittance or migrant-stock figure for the pair; trade, institutions and security carry the value
    expect(rus.missing_domains).toEqual(['energy', 'finance', 'mobility']);
    expect(rus.coverage).toBeCloseTo(0.5, 12);
    expect((await get('/api/country/BLR/summary?top=51')).status).toBe(400);
  });

  it('GET /api/country/BLR/partners: top partners plus OTHER sum to the total of shares', async () => {
    const { body } = await get('/api/country/BLR/partners?top=3&from=2013&to=2013');
    expect(body.partners[0]).toBe('RUS');
    const total = body.series.reduce((a: number, p: any) => a + p.value, 0);
    // top 3 + OTHER = the sum over every state partner of the stored rows (≈ 1: shares of BLR's turnover)
    const rows = (await get('/api/values?metric=trade.share_turnover&subject=BLR&year=2013')).body;
    const all = rows.filter((r: any) => !r.flags.startsWith('group')).reduce((a: number, r: any) => a + (r.value ?? 0), 0);
    expect(total).toBeCloseTo(all, 10);
    expect(total).toBeCloseTo(1, 4);
    expect((await get('/api/country/BLR/partners?metric=power.cinc')).body.error).toMatch(/parameter "metric": power.cinc is monadic/);
  });

  it('GET /api/country/BLR/domains?counterpart=RUS: the trade cell equals trade.share_turnover', async () => {
    const { body } = await get('/api/country/BLR/domains?counterpart=RUS');
    const cell = body.cells.find((c: any) => c.domain === 'trade' && c.year === 2013);
    expect(cell.value).toBeCloseTo(0.50388, 4);
    expect((await get('/api/country/BLR/domains?counterpart=BLR')).status).toBe(400);
    expect((await get('/api/country/BLR/domains')).body.error).toMatch(/parameter "counterpart"/);
  });

  it('GET /api/country/BLR/map: both directions, no group counterparts', async () => {
    const { body } = await get('/api/country/BLR/map?metric=trade.share_turnover&year=2013');
    expect(body.on.find((r: any) => r.counterpart === 'RUS').value).toBeCloseTo(0.50388, 4);
    expect(body.on.some((r: any) => r.counterpart === 'EU')).toBe(false);
    expect(body.by.find((r: any) => r.subject === 'RUS').value).toBeGreaterThan(0);
    expect((await get('/api/country/BLR/map')).body.error).toMatch(/parameter "year"/);
  });

  it('GET /api/dyad/BLR/RUS: both directions over time; same state twice → 400', async () => {
    const { body } = await get('/api/dyad/BLR/RUS?metrics=trade.share_turnover,power.net,composite.dependence');
    const cdi = body.metrics.find((m: any) => m.metric === 'composite.dependence');
    expect(cdi.a_on_b.find((p: any) => p.year === 2013).missing_domains).toEqual(['energy', 'finance', 'mobility']);
    expect(cdi.b_on_a.find((p: any) => p.year === 2010).missing_domains).toEqual(['energy', 'finance']);
    expect(body.metrics.find((m: any) => m.metric === 'power.net').a_on_b[0].missing_domains).toBeUndefined();
    const trade = body.metrics.find((m: any) => m.metric === 'trade.share_turnover');
    expect(trade.a_on_b.find((p: any) => p.year === 2013).value).toBeCloseTo(0.50388, 4);
    expect(trade.b_on_a.find((p: any) => p.year === 2013).value).toBeLessThan(0.1);
    expect((await get('/api/dyad/BLR/Belarus')).body.error).toMatch(/parameter "b": a dyad needs two different states/);
    expect((await get('/api/dyad/BLR/RUS?metrics=bad.metric')).status).toBe(400);
  });

  it('GET /api/events: availability follows the event table', async () => {
    const { status, body } = await get('/api/events?a=BLR&b=RUS');
    expect(status).toBe(200);
    expect(body.available).toBe(await db.tableExists('event'));
    expect((await get('/api/events')).body.error).toMatch(/parameter "a"/);
  });
});

describe('downloads', () => {
  it('GET /api/export: CSV rows and the manifest agree (rows, sha256)', async () => {
    const q = 'metric=trade.share_turnover&subject=BLR&year=2013';
    const file = await get(`/api/export?${q}`);
    expect(file.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = file.text.trim().split('\n');
    const manifest = (await get(`/api/export/manifest?${q}`)).body;
    expect(manifest.rows).toBe(lines.length - 1);
    expect(manifest.sha256).toBe(sha256(file.text));
    expect(manifest.metrics).toEqual([{ id: 'trade.share_turnover', version: '1.0.0', title: 'Share of trade with counterpart' }]);
    // the value to 1e-13 (DuckDB's parallel SUM may differ in the last bits between builds)
    const brus = lines.find((l) => l.startsWith('trade.share_turnover,1.0.0,default,BLR,RUS,2013,'))!.split(',');
    expect(Number(brus[6])).toBeCloseTo(0.50388068549382, 13);
    expect(brus.slice(7)).toEqual(['', '', 'dots_own']);
  });

  it('GET /api/export refuses a whole dyadic panel and bad formats', async () => {
    expect((await get('/api/export?metric=trade.share_turnover')).body.error).toMatch(/parameter "subject": give subject or counterpart/);
    expect((await get('/api/export?metric=power.cinc&format=xlsx')).body.error).toMatch(/parameter "format"/);
  });
});

describe('routing and OpenAPI', () => {
  it('unknown routes are 404 with a JSON message', async () => {
    const { status, body } = await get('/api/nothing');
    expect(status).toBe(404);
    expect(body.error).toMatch(/no route GET \/api\/nothing/);
  });

  it('/openapi.json is a structurally valid OpenAPI 3.1 document listing every route of the app', async () => {
    const doc = (await get('/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    const ops = new Set<string>();
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      expect(path.startsWith('/')).toBe(true);
      const declared = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries<any>(item)) {
        expect(['get', 'post']).toContain(method);
        ops.add(`${method.toUpperCase()} ${path}`);
        expect(typeof op.operationId).toBe('string');
        expect(op.responses['200']).toBeDefined();
        const pathParams = op.parameters.filter((p: any) => p.in === 'path').map((p: any) => p.name);
        expect(pathParams.sort()).toEqual([...declared].sort());
        for (const p of op.parameters) {
          expect(['path', 'query']).toContain(p.in);
          expect(typeof p.schema).toBe('object');
          if (p.in === 'path') expect(p.required).toBe(true);
        }
      }
    }
    const opIds = Object.values<any>(doc.paths).flatMap((item) => Object.values<any>(item).map((op) => op.operationId));
    expect(new Set(opIds).size).toBe(opIds.length);
    // every route Hono knows (except static files) appears in the document
    const honoRoutes = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    for (const r of honoRoutes) expect(ops.has(r), r).toBe(true);
    expect(ops.size).toBe(new Set(honoRoutes).size);
  });
});

async function post(path: string, body: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return { status: res.status, body: await res.json() };
}

describe('network endpoints', () => {
  it('GET /api/network/trade?year=2013: measures, blocs covering every state, at most 2 drawn ties per state', async () => {
    const { status, body } = await get('/api/network/trade?year=2013');
    expect(status).toBe(200);
    expect(body.directed).toBe(true);
    expect(body.measures.length).toBe(body.nodes);
    expect(body.measures.some((m: any) => m.state === 'BLR')).toBe(true);
    expect(body.blocs.reduce((a: number, b: any) => a + b.members.length, 0)).toBe(body.nodes);
    const perSource = new Map<string, number>();
    for (const t of body.ties) perSource.set(t.source, (perSource.get(t.source) ?? 0) + 1);
    expect(Math.max(...perSource.values())).toBeLessThanOrEqual(2);
    // Belarus's strongest trade tie in 2013 is Russia (50.4% of its turnover)
    expect(body.ties.filter((t: any) => t.source === 'BLR').sort((a: any, b: any) => b.weight - a.weight)[0].target).toBe('RUS');
  });

  it('GET /api/network/trade/paths: the direct tie equals the stored trade.share_turnover', async () => {
    const { body } = await get('/api/network/trade/paths?a=BLR&b=CHN&year=2013&top=3');
    // trade layer weight = (exports + imports with CHN) / BLR's turnover over all partners = trade.share_turnover
    expect(body.direct).toBeCloseTo(0.041713860397339805, 10);
    expect(body.total).toBeGreaterThan(body.direct);
    expect(body.paths[0].path).toEqual(['BLR', 'CHN']);
    expect(body.paths).toHaveLength(3);
  });

  it('a 404 raised inside the job worker keeps its status and message; job routes declare 503 in /openapi.json', async () => {
    const none = await get('/api/network/trade?year=1801');
    expect(none.status).toBe(404);
    expect(none.body.error).toBe('the trade layer has no ties in 1801');
    const doc = (await get('/openapi.json')).body;
    expect(doc.paths['/api/network/{layer}'].get.responses['503']).toBeDefined();
    expect(doc.paths['/api/scenarios/run'].post.responses['503']).toBeDefined();
    expect(doc.paths['/api/country/{country}/summary'].get.responses['503']).toBeUndefined();
  });

  it('bad network parameters → 400 naming them', async () => {
    expect((await get('/api/network/roads?year=2013')).body.error).toMatch(/parameter "layer"/);
    expect((await get('/api/network/trade')).body.error).toMatch(/parameter "year"/);
    expect((await get('/api/network/trade/paths?a=BLR&b=BLR&year=2013')).body.error).toMatch(/parameter "b": give two different states/);
    expect((await get('/api/network/trade/paths?a=BLR&b=CHN&year=2013&hops=5')).body.error).toMatch(/parameter "hops": must be at most 4/);
  });
});

describe('scenario endpoints', () => {
  it('GET /api/scenarios and /api/scenarios/{name}', async () => {
    const list = (await get('/api/scenarios')).body;
    const gas = list.find((s: any) => s.name === 'gas-cut-2004');
    expect(gas).toMatchObject({ baseline_year: 2004 });
    expect(gas.actors).toEqual(expect.arrayContaining(['BLR', 'RUS']));
    expect((await get('/api/scenarios/gas-cut-2004')).body.shocks[0]).toMatchObject({ type: 'supply_cut', supplier: 'RUS', target: 'BLR' });
    expect((await get('/api/scenarios/no-such')).status).toBe(404);
    expect((await get('/api/scenarios/Bad%20Name')).body.error).toMatch(/parameter "name"/);
  });

  it('GET /api/scenarios/{name}/run and POST /api/scenarios/run of the same document agree; limits are enforced', async () => {
    const run = await get('/api/scenarios/russian-gas-market-price/run?runs=3&seed=7');
    expect(run.status).toBe(200);
    const blr = run.body.states.find((s: any) => s.state === 'BLR');
    expect(blr.sensitivity_pct_gdp).toBeGreaterThan(0);
    expect(run.body.monte_carlo).toMatchObject({ runs: 3, seed: 7 });
    const doc = (await get('/api/scenarios/russian-gas-market-price')).body;
    const posted = await post('/api/scenarios/run', JSON.stringify({ scenario: doc, runs: 3, seed: 7 }));
    expect(posted.status).toBe(200);
    expect(posted.body.states).toEqual(run.body.states);
    expect(posted.body.intervals).toEqual(run.body.intervals);
    expect((await get('/api/scenarios/russian-gas-market-price/run?runs=201')).body.error).toMatch(/parameter "runs": must be at most 200/);
    expect((await get('/api/scenarios/russian-gas-market-price/run?set=nope:1')).body.error).toMatch(/parameter "set": unknown scenario parameter "nope"/);
    expect((await post('/api/scenarios/run', '{not json')).body.error).toMatch(/not valid JSON/);
    expect((await post('/api/scenarios/run', JSON.stringify({ scenario: doc, runs: 5000 }))).body.error).toMatch(/body field "runs"/);
    const bad = await post('/api/scenarios/run', JSON.stringify({ scenario: { ...doc, baseline_year: 'x' } }));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/baseline_year/);
  });

  it('set=name:value fixes that parameter for the run (its central value becomes the value)', async () => {
    const fix = await firstParam('russian-gas-market-price', 'low');
    const [name, value] = fix.split(':');
    const r = (await get('/api/scenarios/russian-gas-market-price/run?runs=2&set=' + encodeURIComponent(fix))).body;
    const p = r.parameters.find((x: any) => x.name === name);
    expect(p.central).toBe(Number(value));
    expect(p.source).toBe('set in the dashboard');
  });
});

/** name:value fixing the scenario's first non-fixed parameter at its low or high bound. */
async function firstParam(name: string, end: 'low' | 'high'): Promise<string> {
  const doc = (await get(`/api/scenarios/${name}`)).body;
  const [p, d] = Object.entries<any>(doc.parameters).find(([, d]) => d.dist === 'uniform')!;
  return `${p}:${d[end]}`;
}

describe('reports', () => {
  it('GET /api/report/BLR?year=2013 is an HTML page naming Belarus; md is Markdown; a bad format → 400', async () => {
    const html = await get('/api/report/BLR?year=2013');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.text).toMatch(/<html/i);
    expect(html.text).toContain('Belarus');
    const md = await get('/api/report/Belarus?year=2013&format=md');
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(md.text).toMatch(/^# /m);
    expect((await get('/api/report/BLR?format=pdf')).body.error).toMatch(/parameter "format"/);
  });
});

describe('warming the opening view', () => {
  it('after warmCountryPage the country page and its top dyad are served from the cache', async () => {
    const { warmCountryPage } = await import('../../src/api/warm.js');
    const { countryPageUrls, countryUrls } = await import('../../src/api/urls.js');
    const fresh = createApp(await loadDeps(db, 'data'));
    await warmCountryPage(fresh, 'BLR');
    const summary = await fresh.request(countryUrls.summary('BLR'));
    expect(summary.headers.get('x-cache')).toBe('hit');
    const s = await summary.json();
    for (const url of [...countryPageUrls('BLR', s.year, s.trade_partners[0].counterpart), `/api/dyad/BLR/${s.trade_partners[0].counterpart}`]) {
      expect((await fresh.request(url)).headers.get('x-cache'), url).toBe('hit');
    }
  });
});

describe('parameters of routes without a query', () => {
  it('any query parameter is rejected by name', async () => {
    const { status, body } = await get('/api/scenarios?name=x');
    expect(status).toBe(400);
    expect(body.error).toBe('parameter "name": unknown (known: none)');
  });
});
