// The dashboard bundle (dist/web): built with Vite on first use when missing, so `npm start` on a fresh checkout
// serves the dashboard without a separate build step. Vite is imported only then (it is a dev dependency).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_CONFIG = join(ROOT, 'src', 'web', 'vite.config.ts');
export const WEB_DIR = join(ROOT, 'dist', 'web');

export async function ensureWebBundle(log: (line: string) => void = () => undefined): Promise<string> {
  if (existsSync(join(WEB_DIR, 'index.html'))) return WEB_DIR;
  log(`building the dashboard into ${WEB_DIR} (first run) …`);
  const { build } = await import('vite');
  await build({ configFile: WEB_CONFIG, logLevel: 'warn' });
  return WEB_DIR;
}
