// The only module that talks to DuckDB: opens the file, runs SQL with bound parameters, appends rows.
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../core/errors.js';

export type SqlParam = string | number | boolean | null;
export type Row = Record<string, unknown>;

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'schema');

/**
 * DuckDB's buffer limit. Its default (80 % of RAM) let a build grow to 4.5 GB on a 24 GB machine; with a limit,
 * large sorts and joins spill to <db>.tmp/ instead, so the whole process stays near the limit plus Node's heap.
 * INTERDEP_MEMORY_LIMIT overrides it (any DuckDB size, e.g. 4GB).
 */
const DEFAULT_MEMORY_LIMIT = process.env.INTERDEP_MEMORY_LIMIT ?? '1GB';

/** Column kinds the appender knows how to write; anything else is a schema bug. */
type ColumnKind = 'int' | 'bigint' | 'double' | 'text' | 'bool' | 'date';

function kindOf(sqlType: string): ColumnKind {
  if (sqlType === 'INTEGER' || sqlType === 'SMALLINT') return 'int';
  if (sqlType === 'BIGINT') return 'bigint';
  if (sqlType === 'DOUBLE') return 'double';
  if (sqlType === 'BOOLEAN') return 'bool';
  if (sqlType === 'DATE') return 'date';
  if (sqlType === 'VARCHAR' || sqlType === 'JSON') return 'text';
  throw new StoreError(`store/db: column type ${sqlType} is not supported by the appender`);
}

/** Appends whole rows given as objects; missing or undefined values are written as NULL. */
export class TableWriter {
  private rows = 0;
  constructor(
    readonly table: string,
    private readonly appender: DuckDBAppender,
    private readonly columns: ReadonlyArray<{ name: string; kind: ColumnKind }>,
  ) {}

  append(values: Row): void {
    for (const { name, kind } of this.columns) {
      const v = values[name];
      if (v === null || v === undefined) {
        this.appender.appendNull();
        continue;
      }
      switch (kind) {
        case 'int':
          this.appender.appendInteger(v as number);
          break;
        case 'bigint':
          this.appender.appendBigInt(BigInt(v as number));
          break;
        case 'double':
          this.appender.appendDouble(v as number);
          break;
        case 'bool':
          this.appender.appendBoolean(v as boolean);
          break;
        case 'date':
        case 'text':
          this.appender.appendVarchar(String(v));
          break;
      }
    }
    this.appender.endRow();
    this.rows++;
  }

  get count(): number {
    return this.rows;
  }

  close(): void {
    this.appender.closeSync();
  }
}

function describeLockError(path: string, err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  if (/lock/i.test(message)) {
    throw new StoreError(
      `database ${path} is in use by another process`,
      'stop the other interdep process (e.g. a running server) or pass --db with another file',
    );
  }
  throw new StoreError(`cannot open database ${path}: ${message.split('\n')[0]}`);
}

export class Database {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, options: { readOnly?: boolean } = {}): Promise<Database> {
    try {
      const config: Record<string, string> = { memory_limit: DEFAULT_MEMORY_LIMIT };
      if (options.readOnly) config.access_mode = 'READ_ONLY';
      const instance = await DuckDBInstance.create(path, config);
      return new Database(path, instance, await instance.connect());
    } catch (err) {
      describeLockError(path, err);
    }
  }

  /** Runs a statement; returns the number of rows it inserted, updated or deleted. */
  async run(sql: string, params: SqlParam[] = []): Promise<number> {
    return (await this.connection.run(sql, params as DuckDBValue[])).rowsChanged;
  }

  /** Rows as plain JS objects. Cast BIGINT/DECIMAL to INTEGER/DOUBLE in SQL to get numbers back. */
  async all<T extends Row = Row>(sql: string, params: SqlParam[] = []): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params as DuckDBValue[]);
    return reader.getRowObjectsJS() as T[];
  }

  async one<T extends Row = Row>(sql: string, params: SqlParam[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async tableExists(table: string): Promise<boolean> {
    const row = await this.one<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = ?`,
      [table],
    );
    return (row?.n ?? 0) > 0;
  }

  async writer(table: string): Promise<TableWriter> {
    const cols = await this.all<{ column_name: string; column_type: string }>(`DESCRIBE "${table.replace(/"/g, '')}"`);
    const columns = cols.map((c) => ({ name: c.column_name, kind: kindOf(c.column_type) }));
    return new TableWriter(table, await this.connection.createAppender(table), columns);
  }

  /** Runs fn inside one transaction: everything or nothing lands. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const out = await fn();
      await this.run('COMMIT');
      return out;
    } catch (err) {
      await this.run('ROLLBACK');
      throw err;
    }
  }

  /** Creates every table of schema/*.sql (numbered, applied in order; all statements are idempotent). */
  async applySchema(): Promise<void> {
    for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.sql')).sort()) {
      await this.connection.run(readFileSync(join(SCHEMA_DIR, file), 'utf8'));
    }
  }

  async checkpoint(): Promise<void> {
    await this.run('CHECKPOINT');
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
