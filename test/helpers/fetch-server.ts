// A local HTTP server (127.0.0.1 only) standing in for cepii.fr, api.worldbank.org and api.imf.org in the fetch
// tests: it serves the fixtures of test/fixtures/fetch and a BACI release zip built from the BACI user fixture, plus
// routes that fail the ways real downloads fail (HTTP 404/500, a connection dropped mid-body, an API error).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { makeZip } from './zip-writer.js';

export const FETCH_FIXTURES = join('test', 'fixtures', 'fetch');
const BACI_2021 = readFileSync(join('test', 'fixtures', 'user-files', 'baci', 'BACI_HS92_Y2021_V202401.csv'));

/** The generated BACI release: two year files (2021 is the user fixture, 2022 two valid rows) and the code lists. */
export const BACI_ZIP = makeZip([
  { name: 'BACI_HS92_Y2021_V202401.csv', content: BACI_2021 },
  { name: 'BACI_HS92_Y2022_V202401.csv', content: 't,i,j,k,v,q\n2022,112,643,271111,2000,10\n2022,643,112,271111,3000.5,NA\n' },
  { name: 'country_codes_V202401.csv', content: 'country_code,country_name,country_iso2,country_iso3\n112,Belarus,BY,BLR\n' },
  { name: 'product_codes_HS92_V202401.csv', content: 'code,description\n271111,Natural gas liquefied\n' },
  { name: 'Readme.txt', content: 'synthetic release for tests\n' },
]);

export interface FetchServer {
  baseUrl: string;
  /** Every request the server answered: method, path with query, accept header. */
  requests: Array<{ url: string; accept: string | undefined }>;
  close(): Promise<void>;
}

function wdiPage(req: IncomingMessage, url: URL): { status: number; body: string } {
  const page = url.searchParams.get('page') ?? '1';
  if (url.searchParams.get('format') !== 'json') return { status: 400, body: 'format=json expected' };
  const text = readFileSync(join(FETCH_FIXTURES, `wdi_NY.GDP.MKTP.CD_page${page}.json`), 'utf8');
  // /wdi-short loses the last observation of page 2: fewer rows than the API announced.
  if (req.url!.startsWith('/wdi-short/') && page === '2') {
    const json = JSON.parse(text) as [unknown, unknown[]];
    json[1].pop();
    return { status: 200, body: JSON.stringify(json) };
  }
  return { status: 200, body: text };
}

export async function startFetchServer(port: number): Promise<FetchServer> {
  const requests: FetchServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url!, `http://127.0.0.1:${port}`);
    requests.push({ url: req.url!, accept: req.headers.accept });
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    const path = url.pathname;
    if (path === '/baci/BACI_HS92_V202401.zip') return send(200, BACI_ZIP, 'application/zip');
    if (path === '/redirect/BACI_HS92_V202401.zip') {
      res.writeHead(302, { location: '/baci/BACI_HS92_V202401.zip' });
      return res.end();
    }
    if (path === '/truncated/BACI_HS92_V202401.zip') {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': BACI_ZIP.length });
      res.write(BACI_ZIP.subarray(0, 100));
      // Half a body, then the connection drops: what a flaky network does.
      setTimeout(() => res.destroy(), 20);
      return;
    }
    if (path.startsWith('/broken/')) return send(500, 'Internal Server Error');
    if (/^\/wdi(-short)?\/country\/all\/indicator\/NY\.GDP\.MKTP\.CD$/.test(path)) {
      const { status, body } = wdiPage(req, url);
      return send(status, body, 'application/json');
    }
    if (path.startsWith('/wdi/country/all/indicator/')) {
      // What the World Bank API answers for an unknown indicator: HTTP 200 and a message.
      return send(200, '[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter value is not valid"}]}]', 'application/json');
    }
    if (path === '/imf/data/dataflow/IMF.STA/IMTS/+/BLR.XG_FOB_USD+MG_CIF_USD.*.A') {
      return send(200, readFileSync(join(FETCH_FIXTURES, 'imts_BLR.csv')), 'application/vnd.sdmx.data+csv; version=2.0.0');
    }
    send(404, 'Not Found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
