// Reads data/sources.json (the provenance of every bundled dataset) and checks files against it.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';

const fileEntry = z.object({
  path: z.string(),
  rows: z.number().int().nonnegative(),
  columns: z.array(z.string()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});

const sourceEntry = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  version: z.string().nullable(),
  licence: z.string().nullable(),
  citation: z.string().nullable(),
  origin: z.array(z.record(z.string(), z.unknown())).nullable(),
  years: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }).nullable(),
  trimmed: z.string(),
  upstream_transformations: z.string().nullable().optional(),
  files: z.array(fileEntry),
});

export type SourceEntry = z.infer<typeof sourceEntry>;
export type SourceFile = z.infer<typeof fileEntry>;

export function readSources(dataDir: string): SourceEntry[] {
  const path = join(dataDir, 'sources.json');
  if (!existsSync(path)) {
    throw new InputError({ file: path }, 'sources.json not found', 'pass --data with the directory of the bundled data');
  }
  const parsed = z.array(sourceEntry).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError({ file: path, field: issue.path.join('.') }, issue.message);
  }
  return parsed.data;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Refuses to build from a bundled file that is missing or differs from the one sources.json describes. */
export async function verifyBundledFile(dataDir: string, file: SourceFile): Promise<void> {
  const path = join(dataDir, file.path);
  if (!existsSync(path)) {
    throw new InputError({ file: file.path }, 'bundled file is missing', 'restore data/ from git');
  }
  const actual = await sha256File(path);
  if (actual !== file.sha256) {
    throw new InputError(
      { file: file.path },
      `sha256 ${actual.slice(0, 12)}… differs from sources.json (${file.sha256.slice(0, 12)}…)`,
      'restore the file from git, or re-run npm run bundle-data if the data were updated on purpose',
    );
  }
}
