// Runs the API's CPU-heavy tasks (tasks.ts: scenario runs, reports, network views) off the server thread, so /health and cached
// pages keep answering while they compute: a few worker threads, each with its own read-only DuckDB instance on the
// server's file (at most `concurrency` jobs at once), a bounded queue (a job beyond it is refused with 503 and
// Retry-After), and cancellation when the client goes away: a queued job is dropped; a running job is stopped by
// terminating its worker once it has made its last query (a scenario's Monte Carlo), otherwise it finishes and its
// result is dropped. Mode 'inline' runs the tasks on the server thread as before: the load bench's baseline.
// Events: 'start' (kind), 'computing' (kind: its last query is done), 'end' (kind, outcome).
import { EventEmitter } from 'node:events';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Database } from '../../store/db.js';
import { HttpError } from '../route.js';
import { spawnJobWorker } from './spawn.js';
import { reviveError, TASKS, type JobKind, type JobInput, type TaskContext } from './tasks.js';
import type { JobReply, JobRequest } from './worker.js';

export type JobMode = 'worker' | 'inline';

export interface JobRunnerOptions {
  /** 'worker' (default): tasks run in worker threads; 'inline': on the server thread, blocking it (as before). */
  mode?: JobMode;
  /** Jobs running at once (default: one fewer than the cores, at least 1 and at most 2). */
  concurrency?: number;
  /** Jobs that may wait for a free worker; one more is refused with 503 (default 8). */
  maxQueued?: number;
  /** The server's database: inline tasks query it; workers open its file read-only (an in-memory one keeps the
   *  tasks inline). */
  db?: Database;
}

export const DEFAULTS = {
  mode: 'worker' as JobMode,
  concurrency: Math.max(1, Math.min(2, availableParallelism() - 1)),
  maxQueued: 8,
};

/** Seconds a refused client is told to wait (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

export interface JobStats {
  mode: JobMode;
  concurrency: number;
  running: number;
  queued: number;
  finished: number;
  failed: number;
  cancelled: number;
  /** Refused because the queue was full. */
  refused: number;
}

export type JobOutcome = 'finished' | 'failed' | 'cancelled';

interface Job {
  id: number;
  kind: JobKind;
  input: unknown;
  /** Settled (answered, failed or cancelled): a later reply is dropped. */
  settled: boolean;
  resolve(text: string): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  /** The job has made its last query: terminating the worker is safe. */
  computing: boolean;
}

const cancelled = () => new HttpError(503, 'cancelled: the client closed the connection before the job finished');
const shuttingDown = () => new HttpError(503, 'the server is shutting down');

export class JobRunner extends EventEmitter {
  readonly mode: JobMode;
  readonly concurrency: number;
  readonly maxQueued: number;
  private readonly db: Database | undefined;
  private readonly dbFile: string | null;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly counts = { finished: 0, failed: 0, cancelled: 0, refused: 0 };
  private closed = false;

  constructor(options: JobRunnerOptions = {}) {
    super();
    this.mode = options.mode ?? DEFAULTS.mode;
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULTS.concurrency);
    this.maxQueued = Math.max(0, options.maxQueued ?? DEFAULTS.maxQueued);
    this.db = options.db;
    this.dbFile = this.db && this.db.path !== ':memory:' && this.db.path !== '' ? resolve(this.db.path) : null;
    this.slots = Array.from({ length: this.concurrency }, () => ({ worker: null, job: null, computing: false }));
  }

  /** Runs a task and resolves with its text; rejects with the task's error, or HttpError 503 when busy or cancelled. */
  run<K extends JobKind>(kind: K, input: JobInput<K>, opts: { signal?: AbortSignal } = {}): Promise<string> {
    if (this.closed) return Promise.reject(shuttingDown());
    if (opts.signal?.aborted) return this.refuse(cancelled(), 'cancelled');
    if (this.mode === 'inline' || this.dbFile === null) return this.runInline(kind, input);
    if (!this.slots.some((s) => s.job === null) && this.queue.length >= this.maxQueued) {
      const s = this.stats();
      return this.refuse(new HttpError(503, `server busy: ${s.running} CPU jobs (scenario runs, reports, network views) running and ${s.queued} waiting, the most it queues; retry in a few seconds`), 'refused');
    }
    const signal = opts.signal;
    return new Promise<string>((ok, fail) => {
      const onAbort = () => this.cancel(job);
      const settle = () => {
        job.settled = true;
        signal?.removeEventListener('abort', onAbort);
      };
      const job: Job = {
        id: this.nextId++, kind, input, settled: false,
        resolve: (text) => { settle(); ok(text); },
        reject: (err) => { settle(); fail(err); },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Starts the workers now, so the first job does not wait for a worker to load its modules (seconds under tsx). */
  prestart(): void {
    if (this.mode !== 'worker' || this.dbFile === null || this.closed) return;
    for (const slot of this.slots) if (!slot.worker) (slot.worker = this.spawn(slot)).unref();
  }

  stats(): JobStats {
    return {
      mode: this.mode, concurrency: this.concurrency,
      running: this.slots.filter((s) => s.job !== null).length, queued: this.queue.length, ...this.counts,
    };
  }

  /** Refuses new jobs, drops queued ones, stops the workers (a job still querying finishes first). */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(shuttingDown());
    await Promise.all(this.slots.map(async (slot) => {
      const w = slot.worker;
      if (!w) return;
      const exited = new Promise<void>((ok) => w.once('exit', () => ok()));
      w.ref(); // an idle worker is unref'd; closing must wait for it
      // no query in flight (idle, or past its last query): stop it now; otherwise it closes after its job
      if (!slot.job || slot.computing) {
        slot.job?.reject(shuttingDown());
        void w.terminate();
      } else w.postMessage({ close: true } satisfies JobRequest);
      await exited;
    }));
  }

  private async runInline<K extends JobKind>(kind: K, input: JobInput<K>): Promise<string> {
    const db = this.db;
    const ctx: TaskContext = {
      db: () => (db ? Promise.resolve(db) : Promise.reject(new Error('api/jobs/runner: a job needs the server\'s database (JobRunnerOptions.db)'))),
      computing: () => this.emit('computing', kind),
    };
    const task = TASKS[kind] as (input: unknown, ctx: TaskContext) => Promise<string>;
    this.emit('start', kind);
    try {
      const text = await task(input, ctx);
      this.count(kind, 'finished');
      return text;
    } catch (err) {
      this.count(kind, 'failed');
      throw err;
    }
  }

  private count(kind: JobKind, outcome: JobOutcome): void {
    this.counts[outcome]++;
    this.emit('end', kind, outcome);
  }

  private refuse(err: Error, outcome: 'refused' | 'cancelled'): Promise<never> {
    this.counts[outcome]++;
    return Promise.reject(err);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job === null) this.dispatch(slot, this.queue.shift()!);
    }
  }

  private dispatch(slot: Slot, job: Job): void {
    const w = (slot.worker ??= this.spawn(slot));
    slot.job = job;
    slot.computing = false;
    w.ref();
    w.postMessage({ id: job.id, kind: job.kind, input: job.input } satisfies JobRequest);
    this.emit('start', job.kind);
  }

  private spawn(slot: Slot): Worker {
    const w = spawnJobWorker({ dbPath: this.dbFile });
    w.on('message', (reply: JobReply) => {
      const job = slot.job;
      if (slot.worker !== w || !job || job.id !== reply.id) return;
      if ('computing' in reply) {
        slot.computing = true;
        this.emit('computing', job.kind);
        if (job.settled) this.stop(slot);
        return;
      }
      this.done(slot, reply.ok ? null : reviveError(reply.error), reply.ok ? reply.text : '');
    });
    // an uncaught error (a module that fails to load, a crash) ends the worker: fail its job, start a new one next time
    w.on('error', (err) => {
      if (slot.worker === w && slot.job) this.done(slot, err, '');
    });
    w.on('exit', (code) => {
      if (slot.worker !== w) return;
      slot.worker = null;
      if (slot.job) this.done(slot, new Error(`api/jobs/runner: the job worker stopped (exit code ${code}) during a ${slot.job.kind} job`), '');
    });
    return w;
  }

  private done(slot: Slot, err: Error | null, text: string): void {
    const job = slot.job!;
    slot.job = null;
    slot.computing = false;
    slot.worker?.unref();
    if (!job.settled) {
      this.count(job.kind, err ? 'failed' : 'finished');
      if (err) job.reject(err);
      else job.resolve(text);
    }
    this.pump();
  }

  private cancel(job: Job): void {
    if (job.settled) return;
    job.reject(cancelled());
    this.count(job.kind, 'cancelled');
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      return;
    }
    // still querying: it is stopped when it reports computing, or its reply is dropped
    const slot = this.slots.find((s) => s.job === job);
    if (slot?.computing) this.stop(slot);
  }

  /** Terminates a slot's worker (its job has made its last query) and frees the slot; the next job starts a new one. */
  private stop(slot: Slot): void {
    const w = slot.worker;
    slot.worker = null;
    slot.job = null;
    slot.computing = false;
    if (w) void w.terminate();
    this.pump();
  }
}
