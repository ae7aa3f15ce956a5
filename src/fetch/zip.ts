// Reads ZIP archives (PKWARE APPNOTE 6.3: end of central directory, ZIP64, stored and deflated entries) and extracts
// one entry by streaming it through zlib's raw inflate, checking its size and CRC-32. Written here because Node has no
// unzip, DuckDB reads no zips, the `unzip` command is not on every machine, and a release such as BACI (several GB,
// ZIP64) must not be read into memory.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { InputError } from '../core/errors.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  crc32: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function u64(buf: Buffer, at: number): number {
  const n = buf.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('zip: 64-bit field beyond 2^53');
  return Number(n);
}

/** Every entry of the archive's central directory, in order. */
export async function listZip(path: string, label = path): Promise<ZipEntry[]> {
  const bad = (what: string) => new InputError({ file: label }, `not a readable zip archive: ${what}`, 'download it again');
  const handle = await open(path, 'r');
  const size = (await handle.stat()).size;
  await handle.close();
  const tailLength = Math.min(size, 22 + MAX_COMMENT);
  const tail = await readAt(path, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw bad('no end of central directory record');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locatorAt = size - tailLength + at - 20;
    const locator = await readAt(path, locatorAt, 20);
    if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw bad('ZIP64 locator missing');
    const zip64 = await readAt(path, u64(locator, 8), 56);
    if (zip64.length < 56 || zip64.readUInt32LE(0) !== ZIP64_EOCD) throw bad('ZIP64 end of central directory missing');
    count = u64(zip64, 32);
    cdSize = u64(zip64, 40);
    cdOffset = u64(zip64, 48);
  }
  if (cdOffset + cdSize > size) throw bad('central directory beyond the end of the file (truncated?)');
  const cd = await readAt(path, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw bad(`central directory entry ${n + 1} is damaged`);
    const flags = cd.readUInt16LE(p + 8);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressed = cd.readUInt32LE(p + 24);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const name = cd.subarray(p + 46, p + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    // ZIP64 extended information (header 0x0001) holds, in this order, the fields whose 32-bit value is all ones.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = cd.readUInt16LE(e);
      const length = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressed === 0xffffffff) {
          uncompressed = u64(cd, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(cd, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(cd, q);
      }
      e += 4 + length;
    }
    entries.push({
      name, method: cd.readUInt16LE(p + 10), compressedSize, size: uncompressed, crc32: cd.readUInt32LE(p + 16),
      localHeaderOffset, encrypted: (flags & 1) === 1,
    });
    p = extraEnd + commentLength;
  }
  return entries;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as ZIP uses), continued from `crc` over `data`. */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Writes one entry's content to `dest`, checking its size and CRC-32; a bad entry leaves no file. */
export async function extractEntry(path: string, entry: ZipEntry, dest: string, label = path): Promise<void> {
  const where = { file: `${label}/${entry.name}` };
  if (entry.encrypted) throw new InputError(where, 'the entry is encrypted', 'interdep reads unencrypted archives only');
  if (entry.method !== 0 && entry.method !== 8) {
    throw new InputError(where, `compression method ${entry.method} is not supported (stored and deflate are)`, 'unpack the archive with another tool and import the CSV files');
  }
  const local = await readAt(path, entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new InputError(where, 'local header not found', 'download the archive again');
  const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  let crc = 0;
  let size = 0;
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      done(null, chunk);
    },
  });
  // createReadStream's end is inclusive; an empty stored entry has no bytes to read.
  const source = entry.compressedSize === 0 ? [] : createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  try {
    if (entry.method === 8) await pipeline(source, createInflateRaw(), check, createWriteStream(dest));
    else await pipeline(source, check, createWriteStream(dest));
    if (size !== entry.size) throw new Error(`${size} bytes, expected ${entry.size}`);
    if (crc !== entry.crc32) throw new Error('CRC-32 mismatch');
  } catch (err) {
    await rm(dest, { force: true });
    throw new InputError(where, `damaged entry: ${(err as Error).message}`, 'download the archive again');
  }
}
