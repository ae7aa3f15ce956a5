// Worker thread entry of the job runner: runs one task at a time as the server posts them and posts back the text or
// the error. The database is this worker's own read-only DuckDB instance on the server's file (opened on first use,
// kept for later jobs); DuckDB allows it next to the server's read-only instance in the same process.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { Database } from '../../store/db.js';
import { serialiseError, TASKS, type JobKind, type SerialisedError, type TaskContext } from './tasks.js';

export type JobRequest = { id: number; kind: JobKind; input: unknown } | { close: true };

export type JobReply =
  | { id: number; ok: true; text: string }
  | { id: number; ok: false; error: SerialisedError }
  /** The job has made its last query: the runner may terminate this worker to cancel it. */
  | { id: number; computing: true };

export interface WorkerData {
  dbPath: string | null;
}

/** Nice value of a job thread: on a busy machine the thread that answers requests gets the core first. */
export const JOB_NICE = 10;

// Linux gives each thread its own nice value (setpriority on a thread id affects that thread only), and the threads of
// this worker's DuckDB instance, created after this, inherit it; elsewhere the worker keeps the process's priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), JOB_NICE);
} catch {
  // no /proc/thread-self (not Linux), or not permitted
}

const { dbPath } = workerData as WorkerData;
const port = parentPort!;
let db: Promise<Database> | null = null;

function openDb(): Promise<Database> {
  if (dbPath === null) return Promise.reject(new Error('api/jobs/worker: the job needs a database file, and the server has none'));
  return (db ??= Database.open(dbPath, { readOnly: true }));
}

async function handle(msg: JobRequest): Promise<void> {
  if ('close' in msg) {
    if (db) (await db.catch(() => null))?.close();
    process.exit(0);
  }
  const { id, kind, input } = msg;
  const ctx: TaskContext = { db: openDb, computing: () => port.postMessage({ id, computing: true } satisfies JobReply) };
  let reply: JobReply;
  try {
    const task = TASKS[kind] as (input: unknown, ctx: TaskContext) => Promise<string>;
    reply = { id, ok: true, text: await task(input, ctx) };
  } catch (err) {
    reply = { id, ok: false, error: serialiseError(err) };
  }
  port.postMessage(reply);
}

// one message at a time: a close waits for the job in progress, so a native query is never cut off
let current: Promise<void> = Promise.resolve();
port.on('message', (msg: JobRequest) => {
  current = current.then(() => handle(msg));
});
