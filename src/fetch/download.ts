// Streams one URL to a file while hashing it (sha256), then checks what arrived: the whole body (Content-Length),
// and the size and checksum the caller expects. Every failure is a FetchError that says what, where and what to do;
// a partial file is deleted. node:http(s) rather than fetch(): fetch decompresses bodies, so neither the byte count
// nor the checksum would be those of the file the server holds.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FetchError } from '../core/errors.js';

export interface Expected {
  /** Lower-case hex sha256 the file must have. */
  sha256?: string;
  /** Size in bytes the file must have. */
  bytes?: number;
}

export interface DownloadOptions {
  expected?: Expected;
  /** Request headers (Accept …). */
  headers?: Record<string, string>;
  /** Milliseconds to wait for the response to start (default 60 s); a body may take as long as it needs. */
  timeoutMs?: number;
  /** What a 404 most likely means for this source (e.g. "no such release"). */
  notFoundHint?: string;
}

export interface Downloaded {
  url: string;
  /** File name recorded in provenance (the last segment of the URL, or the caller's name). */
  name: string;
  path: string;
  bytes: number;
  sha256: string;
}

const MAX_REDIRECTS = 5;

const OFFLINE_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'name lookup failed',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
};
const OFFLINE_HINT = 'interdep fetch needs the network: check the connection, or point --base-url at a reachable mirror';

function request(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const get = url.protocol === 'https:' ? httpsGet : url.protocol === 'http:' ? httpGet : undefined;
    if (!get) return reject(new FetchError(`${url.href}: unsupported protocol ${url.protocol}`, 'use an http:// or https:// URL'));
    // identity: a compressed transfer would change the bytes counted and hashed.
    const req = get(url, { headers: { 'accept-encoding': 'identity', 'user-agent': 'interdep', ...headers } }, (res) => {
      clearTimeout(timer);
      resolve(res);
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new FetchError(`cannot reach ${url.host}: no response within ${Math.round(timeoutMs / 1000)} s (${url.href})`, OFFLINE_HINT));
    }, timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const what = (err.code && OFFLINE_CODES[err.code]) ?? err.message;
      reject(new FetchError(`cannot reach ${url.host}: ${what} (${url.href})`, OFFLINE_HINT));
    });
  });
}

/** Follows redirects; resolves with a 2xx response or rejects with the HTTP status. */
async function open(url: string, options: DownloadOptions): Promise<{ res: IncomingMessage; url: string }> {
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const res = await request(current, options.headers ?? {}, options.timeoutMs ?? 60_000);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop === MAX_REDIRECTS) throw new FetchError(`${url}: more than ${MAX_REDIRECTS} redirects`);
      current = new URL(res.headers.location, current);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      const hint =
        status === 404 ? options.notFoundHint ?? 'check the URL'
        : status === 429 ? 'the server limits requests: wait a minute and try again'
        : status >= 500 ? 'the server failed: try again later'
        : undefined;
      throw new FetchError(`${current.href}: HTTP ${status} ${res.statusMessage ?? ''}`.trimEnd(), hint);
    }
    return { res, url: current.href };
  }
}

/** Downloads `url` to `path` (created or replaced); `name` defaults to the URL's last path segment. */
export async function download(url: string, path: string, options: DownloadOptions = {}, name?: string): Promise<Downloaded> {
  const { res, url: finalUrl } = await open(url, options);
  const label = name ?? (decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || 'download');
  const hash = createHash('sha256');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const declared = res.headers['content-length'] === undefined ? undefined : Number(res.headers['content-length']);
  try {
    await pipeline(res, counter, createWriteStream(path));
  } catch (err) {
    await rm(path, { force: true });
    const of = declared === undefined ? '' : ` of ${declared}`;
    throw new FetchError(
      `${finalUrl}: download interrupted after ${bytes}${of} bytes (${(err as Error).message})`,
      'the connection dropped: try again',
    );
  }
  const fail = async (message: string, hint: string): Promise<never> => {
    await rm(path, { force: true });
    throw new FetchError(`${label}: ${message} (${finalUrl})`, hint);
  };
  if (declared !== undefined && bytes !== declared) {
    await fail(`download truncated: ${bytes} of ${declared} bytes`, 'the connection dropped: try again');
  }
  const sha256 = hash.digest('hex');
  const expected = options.expected ?? {};
  if (expected.bytes !== undefined && bytes !== expected.bytes) {
    await fail(`size ${bytes} bytes, expected ${expected.bytes}`, 'the file is not the one expected: check the release, --size or the manifest');
  }
  if (expected.sha256 !== undefined && sha256 !== expected.sha256.toLowerCase()) {
    await fail(`sha256 ${sha256}, expected ${expected.sha256.toLowerCase()}`, 'the file is not the one expected: check the release, --sha256 or the manifest');
  }
  return { url: finalUrl, name: label, path, bytes, sha256 };
}
