// src/analysis is pure (ARCHITECTURE.md): no file system, no network, no database, no wall clock.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'src/analysis';

describe('src/analysis imports', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    it(`${file} imports no I/O module and no store`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const i of imports) expect(i, `${file} imports ${i}`).not.toMatch(/^node:|\/store\/|\/cli\/|\/api\/|duckdb/);
      expect(text).not.toMatch(/Date\.now\(|new Date\(|Math\.random\(/);
    });
  }
});
