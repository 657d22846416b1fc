import { constants, crc32, createDeflateRaw } from 'node:zlib';

// Hostile uploads, built at run time without ever holding their inflated size: the deflate
// stream is fed the same small chunk again and again (zlib, in C), and wrapped in a zip by hand.

interface BombEntry {
  name: string;
  /** Repeated `times` times to make the entry's content. */
  chunk: Uint8Array;
  times: number;
}

async function deflateRepeated(entry: BombEntry): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let i = 0; i < entry.times; i++) {
    crc = crc32(entry.chunk, crc);
    if (!deflate.write(entry.chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), crc, size: entry.chunk.length * entry.times };
}

/** A zip (deflate, 32-bit sizes: each entry under 4 GiB) of the given entries. */
async function zipBomb(entries: BombEntry[]): Promise<Uint8Array> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, crc, size } = await deflateRepeated(entry);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const MIB = 1024 * 1024;
const zeros = new Uint8Array(MIB);

/** One entry of `mib` MiB of zeros named diary.csv (and more entries for `count` > 1). */
export const zerosBomb = (mib: number, count = 1) =>
  zipBomb(
    ['diary.csv', 'ratings.csv', 'watched.csv'].slice(0, count).map((name) => ({ name, chunk: zeros, times: mib })),
  );

/** A diary.csv of `mib` MiB of Windows-1252 text (not UTF-8, no zero byte). */
export function latin1Bomb(mib: number) {
  const line = Buffer.from('Date,Name,Year,Letterboxd URI\n2020-01-01,Fran\xe7ois et \xc9lodie,1999,x\n', 'latin1');
  const chunk = Buffer.alloc(MIB);
  for (let i = 0; i < MIB; i += line.length) line.copy(chunk, i, 0, Math.min(line.length, MIB - i));
  return zipBomb([{ name: 'diary.csv', chunk: new Uint8Array(chunk), times: mib }]);
}

/** A CSV whose second line has `columns` fields. */
export function wideCsv(columns: number): Uint8Array {
  return new TextEncoder().encode(`Date,Name,Year,Letterboxd URI\n${'1,'.repeat(columns - 1)}1\n`);
}
