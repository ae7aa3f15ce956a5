// Starts the job worker thread on worker.ts when the server runs from TypeScript sources (tsx, vitest), or on
// worker.js when it runs compiled. Node 20 does not apply the parent's `--import tsx` hooks to a worker's entry
// module ("Unknown file extension .ts", tsx issue #354), so a TypeScript worker starts from a one-line evaluated
// bootstrap that registers tsx's ESM hooks in the worker and then imports the entry.
import { Worker } from 'node:worker_threads';
import type { WorkerData } from './worker.js';

const FROM_SOURCES = import.meta.url.endsWith('.ts');
const ENTRY = new URL(FROM_SOURCES ? './worker.ts' : './worker.js', import.meta.url).href;

function tsxBootstrap(): string {
  // resolved here (tsx's ESM entry: its CommonJS one cannot register ESM hooks), so the worker does not depend on the
  // working directory; a runner without import.meta.resolve falls back to resolving from the working directory
  const api = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  return `import(${JSON.stringify(api)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(ENTRY)}))`;
}

export function spawnJobWorker(data: WorkerData): Worker {
  return FROM_SOURCES
    ? new Worker(tsxBootstrap(), { eval: true, workerData: data })
    : new Worker(new URL(ENTRY), { workerData: data });
}
