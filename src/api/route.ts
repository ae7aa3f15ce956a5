// The route table's shape: every endpoint declares its method, path, zod schemas and handler once; app.ts mounts it
// and openapi.ts documents it, so the two cannot drift apart.
import { z } from 'zod';
import type { ApiDeps } from './deps.js';
import type { JobRunner } from './jobs/runner.js';

/** An error with an HTTP status; its message is sent as {error: message}. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 413 | 422 | 503,
    message: string,
  ) {
    super(message);
  }
}

export type Shape = z.ZodObject<z.ZodRawShape>;

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  deps: ApiDeps;
  /** Runs CPU-heavy work off the server thread (jobs/runner.ts). */
  jobs: JobRunner;
  /** Aborts when the client closes the connection. */
  signal: AbortSignal;
}

/** A JSON body already serialised (by a job worker): sent and cached as is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** A handler returns JSON-able data, JsonText, or a Response for downloads. */
export interface RouteDef<P = any, Q = any, B = any> {
  method: 'get' | 'post';
  /** OpenAPI-style path: /api/country/{code}. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Responses depend only on the URL (the database is read-only): cache them. */
  cache?: boolean;
  /** The handler runs a job (api/jobs/): when the job queue is full it answers 503 with Retry-After. */
  job?: boolean;
  /** Media type of a successful response (default application/json). */
  produces?: string;
  handler: (input: RouteInput<P, Q, B>) => Promise<unknown> | unknown;
}

/** Identity helper that infers P, Q, B from the schemas. */
export function defineRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(def: RouteDef<P, Q, B>): RouteDef<P, Q, B> {
  return def;
}

/** zod issues → one message naming the parameter, e.g. `parameter "year": expected a four-digit year`. */
export function describeIssues(where: 'parameter' | 'body field', issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${where} "${i.path.join('.') || '(root)'}": ${i.message}`)
    .join('; ');
}

export function parseWith<T>(schema: z.ZodType<T> | undefined, value: unknown, where: 'parameter' | 'body field'): T {
  if (!schema) return {} as T;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, describeIssues(where, parsed.error.issues));
  return parsed.data;
}
