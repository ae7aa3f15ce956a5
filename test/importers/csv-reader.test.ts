import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'csv-reader-'));

async function collect(path: string, delimiter?: string) {
  const out = [];
  for await (const rec of readCsv(path, { delimiter })) out.push(rec);
  return out;
}

describe('readCsv', () => {
  it('reads quoted fields with commas, escaped quotes and newlines, keeping start lines', async () => {
    const path = join(dir, 'q.csv');
    writeFileSync(path, 'a,b,c\n1,"x, y",3\n2,"say ""hi""\nand more",4\r\n\n5,,6\n');
    const recs = await collect(path);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3, 6]);
    expect(recs[1]!.fields).toEqual(['1', 'x, y', '3']);
    expect(recs[2]!.fields).toEqual(['2', 'say "hi"\nand more', '4']);
    expect(recs[3]!.fields).toEqual(['5', '', '6']);
  });

  it('detects gzip by its magic bytes and strips a BOM', async () => {
    const path = join(dir, 'g.data');
    writeFileSync(path, gzipSync(Buffer.from('\uFEFFiso3;v\nBLR;1\n')));
    const recs = await collect(path, ';');
    expect(recs.map((r) => r.fields)).toEqual([['iso3', 'v'], ['BLR', '1']]);
  });

  it('rejects text that is not UTF-8 with file and line', async () => {
    const path = join(dir, 'latin1.csv');
    writeFileSync(path, Buffer.concat([Buffer.from('name\nok\n'), Buffer.from([0x43, 0xf4, 0x74, 0x65, 0x0a])]));
    await expect(collect(path)).rejects.toThrow(/latin1\.csv:3: text is not valid UTF-8/);
  });

  it('rejects a quote that is never closed', async () => {
    const path = join(dir, 'open.csv');
    writeFileSync(path, 'a,b\n1,"never\n2,3\n');
    await expect(collect(path)).rejects.toThrow(/open\.csv:2: quoted field is never closed/);
  });
});
