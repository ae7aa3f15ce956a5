// Warms the response cache with the opening view (a country page and its top dyad), so the first page `npm start`
// shows does not wait on full scans of metric_value: the server runs the same requests the page will make.
import type { Hono } from 'hono';
import { countryPageUrls, countryUrls } from './urls.js';

export async function warmCountryPage(app: Hono, country: string): Promise<void> {
  const res = await app.request(countryUrls.summary(country));
  if (!res.ok) return;
  const s = (await res.json()) as { subject: string; year: number; trade_partners: Array<{ counterpart: string }>; composite: Array<{ counterpart: string }> };
  const top = s.trade_partners[0]?.counterpart ?? s.composite[0]?.counterpart ?? null;
  const urls = countryPageUrls(s.subject, s.year, top);
  if (top) urls.push(`/api/dyad/${s.subject}/${top}`);
  for (const url of urls) await app.request(url);
}
