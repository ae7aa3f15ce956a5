// Typed errors: each says what went wrong, where, and how to fix it; the CLI maps them to exit codes.

export interface InputLocation {
  file?: string;
  line?: number;
  field?: string;
}

/** Base class for every error interdep reports to a user. */
export class InterdepError extends Error {
  readonly exitCode: number = 1;
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
  /** One line for stderr: what, where, how to fix. */
  toLine(): string {
    return this.hint ? `${this.message} (${this.hint})` : this.message;
  }
}

/** Wrong command-line usage: exit code 2. */
export class UsageError extends InterdepError {
  override readonly exitCode = 2;
}

/** A file the user (or the bundle) gave cannot be read as declared. */
export class InputError extends InterdepError {
  readonly location: InputLocation;
  constructor(location: InputLocation, message: string, hint?: string) {
    super(`${formatLocation(location)}: ${message}`, hint);
    this.location = location;
  }
}

/** A country name or code that matches nothing, or more than one state. */
export class CountryLookupError extends InterdepError {
  readonly query: string;
  readonly reason: 'unknown' | 'ambiguous';
  readonly candidates: readonly string[];
  constructor(query: string, reason: 'unknown' | 'ambiguous', candidates: readonly string[]) {
    const list = candidates.length ? `; closest: ${candidates.join(', ')}` : '';
    super(
      reason === 'unknown' ? `unknown country "${query}"${list}` : `ambiguous country "${query}"${list}`,
      'use an ISO3 code or one of the names listed',
    );
    this.query = query;
    this.reason = reason;
    this.candidates = candidates;
  }
}

/** The database is missing, locked or not built by this version. */
export class StoreError extends InterdepError {}

/** A download failed: the host could not be reached, answered with an HTTP error, or sent other bytes than expected. */
export class FetchError extends InterdepError {}

export function formatLocation({ file, line, field }: InputLocation): string {
  let where = file ?? '<input>';
  if (line !== undefined) where += `:${line}`;
  if (field !== undefined) where += ` field "${field}"`;
  return where;
}
