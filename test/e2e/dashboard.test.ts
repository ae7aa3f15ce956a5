// The dashboard in Debian's chromium: every page loads without console errors, real values on screen match the API
// (Belarus 2013: Russia first with 50.4% of trade), and the country → dyad → scenario click-through works.
import { copyFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/server.js';
import { launch, openPage, screenshot, startApp, visit } from './harness.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startApp();
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function apiJson(path: string): Promise<any> {
  return (await fetch(`${server.url}${path}`)).json();
}

describe('dashboard', () => {
  it('country page: Belarus 2013 shows the API top partner and share, every panel renders', async () => {
    const { page, errors } = await openPage(browser);
    await visit(page, `${server.url}/?page=country&country=BLR&year=2013`);
    const api = await apiJson('/api/country/BLR/summary?year=2013&top=10');
    expect(api.trade_partners[0].counterpart).toBe('RUS');
    expect(await page.textContent('[data-testid=top-partner]')).toBe('Russia (RUS)');
    // 0.50388 → "50.4%"
    expect(await page.textContent('[data-testid=top-share]')).toBe(`${(100 * api.trade_partners[0].value).toFixed(1)}%`);
    expect(await page.textContent('[data-testid=top-share]')).toBe('50.4%');
    for (const id of ['panel-partners', 'panel-composite', 'panel-domains', 'panel-maps', 'panel-dependents', 'panel-trade-partners']) {
      expect(await page.locator(`[data-testid=${id}]`).count(), id).toBe(1);
    }
    expect(await page.locator('[data-testid=panel-maps] svg path').count()).toBeGreaterThan(300);
    // every composite value is shown with the domains missing for that pair and year (from the API)
    const cdi = api.composite[0];
    expect(cdi.counterpart).toBe('RUS');
    expect(await page.textContent('[data-testid=top-cdi-missing]')).toBe(`missing: ${cdi.missing_domains.join(', ')}`);
    expect(await page.textContent('[data-testid=top-cdi-missing]')).toBe('missing: energy, finance, mobility');
    for (const c of api.composite) {
      expect(await page.textContent(`[data-testid=cdi-missing-${c.counterpart}]`), c.counterpart).toBe(c.missing_domains.length ? c.missing_domains.join(', ') : 'none');
    }
    expect(await page.locator('.error').count()).toBe(0);
    const shot = await screenshot(page, 'country-BLR-2013');
    copyFileSync(shot, 'docs/screenshot.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('click-through: country → dyad → scenario', async () => {
    const { page, errors } = await openPage(browser);
    await visit(page, `${server.url}/?page=country&country=BLR&year=2013`);
    await page.click('[data-testid=dyad-link]');
    await page.waitForSelector('body[data-ready="true"] [data-testid=dyad-title]');
    expect(page.url()).toContain('page=dyad&a=BLR&b=RUS');
    expect(await page.textContent('[data-testid=dyad-title]')).toBe('Belarus (BLR) and Russia (RUS)');
    expect(await page.locator('[data-testid="panel-trade.share_turnover"] svg').count()).toBeGreaterThan(0);
    // the composite row of the latest values names the domains each direction lacks in its latest year
    const dyadApi = await apiJson('/api/dyad/BLR/RUS');
    const cdiSeries = dyadApi.metrics.find((m: any) => m.metric === 'composite.dependence');
    const last = (pts: any[]) => [...pts].reverse().find((p) => p.value !== null);
    const names = (p: any) => (p.missing_domains.length ? p.missing_domains.join(', ') : 'none');
    expect(await page.textContent('[data-testid="missing-composite.dependence"]'))
      .toBe(`BLR on RUS (${last(cdiSeries.a_on_b).year}): ${names(last(cdiSeries.a_on_b))}; RUS on BLR (${last(cdiSeries.b_on_a).year}): ${names(last(cdiSeries.b_on_a))}`);
    await screenshot(page, 'dyad-BLR-RUS');
    await page.click('[data-testid=scenario-link]');
    await page.waitForSelector('body[data-ready="true"] [data-testid=scenario-run]', { timeout: 120_000 });
    expect(page.url()).toContain('page=scenario&country=BLR&partner=RUS');
    // the first built-in involving both states
    const builtins = await apiJson('/api/scenarios');
    const chosen = builtins.find((b: any) => b.actors.includes('BLR') && b.actors.includes('RUS'));
    expect(await page.inputValue('[data-testid=select-name]')).toBe(chosen.name);
    expect(await page.locator('[data-testid=panel-metric-changes]').count()).toBe(1);
    await screenshot(page, 'scenario-from-dyad');
    // change a parameter: fix the first one at its lower bound and run again; the URL carries it
    const first = page.locator('input[data-param]').first();
    const pname = await first.getAttribute('data-param');
    await first.fill('0.5');
    await page.click('[data-testid=run-scenario]');
    await page.waitForSelector('body[data-ready="true"] [data-testid=scenario-run]', { timeout: 120_000 });
    expect(decodeURIComponent(page.url())).toContain(`set=${pname}:0.5`);
    expect(await page.inputValue(`input[data-param=${pname}]`)).toBe('0.5');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compare page ranks the API rows in order', async () => {
    const { page, errors } = await openPage(browser);
    await visit(page, `${server.url}/?page=compare&group=EU&metric=trade.share_turnover&counterpart=RUS&year=2013`);
    const api = await apiJson('/api/compare?group=EU&metric=trade.share_turnover&counterpart=RUS&year=2013');
    const firstRow = await page.locator('[data-testid=panel-ranking] tbody tr').first().locator('td').allTextContents();
    expect(firstRow[0]).toBe('1');
    expect(firstRow[1]).toBe((await apiJson('/api/countries/' + api.rows[0].subject)).name);
    expect(await page.locator('[data-testid=panel-ranking] tbody tr').count()).toBe(api.rows.length);
    await screenshot(page, 'compare-EU-RUS-2013');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compare page on the composite lists the domains each member lacks', async () => {
    const { page, errors } = await openPage(browser);
    await visit(page, `${server.url}/?page=compare&group=FSU15&metric=composite.dependence&counterpart=RUS&year=2013`);
    const api = await apiJson('/api/compare?group=FSU15&metric=composite.dependence&counterpart=RUS&year=2013');
    expect(api.rows[0].subject).toBe('BLR');
    expect(await page.locator('[data-testid=panel-ranking] thead th').allTextContents()).toContain('domains missing');
    for (const r of api.rows) {
      const text = r.missing_domains === null ? '–' : r.missing_domains.length ? r.missing_domains.join(', ') : 'none';
      expect(await page.textContent(`[data-testid=missing-${r.subject}]`), r.subject).toBe(text);
    }
    await screenshot(page, 'compare-FSU15-composite-RUS-2013');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['methods', 'panel-methods-trade'],
    ['sources', 'panel-sources'],
    ['network', 'panel-paths'],
    ['scenario', 'panel-parameters'],
  ])('%s page loads without errors', async (name, panelId) => {
    const { page, errors } = await openPage(browser);
    await visit(page, `${server.url}/?page=${name}`);
    if (panelId) expect(await page.locator(`[data-testid=${panelId}]`).count()).toBe(1);
    expect(await page.locator('.error').count()).toBe(0);
    await screenshot(page, name);
    await screenshot(page, `${name}-top`, false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads: CSV of a panel holds the rows on screen; the manifest has sha256 of that CSV', async () => {
    const { page, errors } = await openPage(browser);
    await visit(page, `${server.url}/?page=country&country=BLR&year=2013`);
    const panel = page.locator('[data-testid=panel-trade-partners]');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), panel.locator('button[data-download=csv]').click()]);
    const csv = await (await csvDownload.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(csv.split('\n')[0]).toBe('counterpart,name,share,flags');
    expect(csv.split('\n')[1]).toMatch(/^RUS,Russia,0\.5038/);
    const [manifestDownload] = await Promise.all([page.waitForEvent('download'), panel.locator('button[data-download=manifest]').click()]);
    const manifest = JSON.parse(await (await manifestDownload.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    const { createHash } = await import('node:crypto');
    expect(manifest.files[0].sha256).toBe(createHash('sha256').update(csv).digest('hex'));
    expect(manifest.metrics[0].id).toBe('trade.share_turnover');
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=panel-partners] button[data-download=png]').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
