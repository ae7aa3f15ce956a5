// What a download must be: a size and sha256 given on the command line (one file) or listed in a manifest, a JSON
// object keyed by file name: { "BACI_HS92_V202501.zip": { "sha256": "…", "bytes": 2345678901 } }.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { InputError, UsageError } from '../core/errors.js';
import type { Expected } from './download.js';

const SHA256 = /^[0-9a-f]{64}$/i;

const manifestSchema = z.record(
  z.string(),
  z.object({ sha256: z.string().regex(SHA256, 'not a sha256 (64 hex digits)').optional(), bytes: z.number().int().nonnegative().optional() }),
);
export type Manifest = z.infer<typeof manifestSchema>;

export function readManifest(path: string): Manifest {
  const label = basename(path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError({ file: label }, code === 'ENOENT' ? 'file not found' : `not JSON: ${(err as Error).message}`, 'a manifest maps file names to { "sha256": …, "bytes": … }');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError({ file: label, field: issue.path.join('.') || undefined }, issue.message, 'a manifest maps file names to { "sha256": …, "bytes": … }');
  }
  return parsed.data;
}

export interface ExpectedOptions {
  sha256?: string;
  bytes?: number;
  manifest?: Manifest;
}

/** Checks --sha256 and --size; returns the lookup a source calls with each file name it downloads. */
export function expectations(options: ExpectedOptions): (name: string) => Expected {
  if (options.sha256 !== undefined && !SHA256.test(options.sha256)) {
    throw new UsageError(`--sha256 must be 64 hex digits, got "${options.sha256}"`);
  }
  return (name) => {
    const listed = options.manifest?.[name] ?? {};
    return { sha256: options.sha256 ?? listed.sha256, bytes: options.bytes ?? listed.bytes };
  };
}
