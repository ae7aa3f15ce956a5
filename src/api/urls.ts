// The API requests of the dashboard's country page, in one place: the page fetches them and the server warms its
// response cache with them for the opening (Belarus) view. No DOM and no Node here: the web bundle imports it too.

export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const DEFAULT_PARTNER_METRIC = 'trade.share_turnover';
export const DEFAULT_MAP_METRIC = 'composite.dependence';

export const countryUrls = {
  summary: (country: string, year?: string | number) => `/api/country/${encodeURIComponent(country)}/summary${qs({ year, top: 10 })}`,
  partners: (code: string, metric: string) => `/api/country/${code}/partners${qs({ metric, top: 8 })}`,
  domains: (code: string, counterpart: string) => `/api/country/${code}/domains${qs({ counterpart })}`,
  map: (code: string, metric: string, year: number) => `/api/country/${code}/map${qs({ metric, year })}`,
};

/** Every request the country page makes with its default controls, once the summary has given the year and top partner. */
export function countryPageUrls(code: string, year: number, topPartner: string | null): string[] {
  return [
    countryUrls.partners(code, DEFAULT_PARTNER_METRIC),
    ...(topPartner ? [countryUrls.domains(code, topPartner)] : []),
    countryUrls.map(code, DEFAULT_MAP_METRIC, year),
    countryUrls.map(code, 'trade.share_turnover', year),
  ];
}
