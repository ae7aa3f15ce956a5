// The listening server: 127.0.0.1 by default, an ephemeral port, the dashboard at / when a web directory is given,
// and port validation of `interdep serve`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { parsePort } from '../../src/cli/commands/serve.js';
import { UsageError } from '../../src/core/errors.js';
import { BUILT_DB } from '../helpers/built-db.js';

describe('startServer', () => {
  it('listens on 127.0.0.1, serves the API and the web directory, and closes', async () => {
    const web = mkdtempSync(join(tmpdir(), 'interdep-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>interdep test page</title>');
    const server = await startServer({ dbPath: BUILT_DB, dataDir: 'data', port: 0, webDir: web });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
      expect(await (await fetch(`${server.url}/?page=country&country=BLR`)).text()).toContain('interdep test page');
      expect((await fetch(`${server.url}/assets/../../etc/passwd`)).status).toBe(404);
    } finally {
      await server.close();
      rmSync(web, { recursive: true, force: true });
    }
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});

describe('parsePort', () => {
  it('accepts 0–65535, defaults to 8080, rejects the rest with a usage error', () => {
    expect(parsePort(undefined)).toBe(8080);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('65535')).toBe(65535);
    expect(() => parsePort('65536')).toThrow(UsageError);
    expect(() => parsePort('80a')).toThrow(/--port must be an integer from 0 to 65535, got "80a"/);
  });
});
