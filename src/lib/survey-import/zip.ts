/**
 * Reading a ZIP archive (an .xlsx or .ods workbook) from a Blob without loading it whole: the central
 * directory is read from the end of the file, then each entry is read on demand, in slices, and inflated
 * as a stream by the platform's own DecompressionStream (native code, no library shipped). ZIP64 archives
 * (over 4 GB or 65,535 entries) are read too. An entry encrypted inside the ZIP, or compressed with anything
 * but deflate or nothing, is an error with its own code.
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  /** Offset of the local header in the file. */
  offset: number;
}

/** Why an archive could not be read. */
export class ZipError extends Error {
  readonly code: 'corrupt' | 'encrypted' | 'unsupported';
  constructor(code: 'corrupt' | 'encrypted' | 'unsupported', message: string) {
    super(message);
    this.name = 'ZipError';
    this.code = code;
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const bytesOf = async (file: Blob, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> => new Uint8Array(await file.slice(start, end).arrayBuffer());
const u16 = (view: DataView, at: number) => view.getUint16(at, true);
const u32 = (view: DataView, at: number) => view.getUint32(at, true);
const u64 = (view: DataView, at: number) => Number(view.getBigUint64(at, true));

/** The entries of the archive, from its central directory. */
export async function readZipDirectory(file: Blob): Promise<Map<string, ZipEntry>> {
  // The end record is the last 22 bytes, plus a comment of up to 65,535 bytes.
  const tailStart = Math.max(0, file.size - 22 - 65_535 - 20);
  const tail = await bytesOf(file, tailStart, file.size);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let at = -1;
  for (let index = tail.length - 22; index >= 0; index--) {
    if (u32(tailView, index) === EOCD) {
      at = index;
      break;
    }
  }
  if (at < 0) throw new ZipError('corrupt', 'no end of central directory (the file is cut short, or not a ZIP archive)');
  let count = u16(tailView, at + 10);
  let size = u32(tailView, at + 12);
  let start = u32(tailView, at + 16);
  if ((count === 0xffff || size === 0xffffffff || start === 0xffffffff) && at >= 20 && u32(tailView, at - 20) === ZIP64_LOCATOR) {
    const recordAt = u64(tailView, at - 20 + 8);
    const record = await bytesOf(file, recordAt, recordAt + 56);
    const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
    if (record.length < 56 || u32(view, 0) !== ZIP64_EOCD) throw new ZipError('corrupt', 'bad ZIP64 end record');
    count = u64(view, 32);
    size = u64(view, 40);
    start = u64(view, 48);
  }
  if (start + size > file.size) throw new ZipError('corrupt', 'the central directory lies past the end of the file (the file is cut short)');
  const directory = await bytesOf(file, start, start + size);
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let position = 0;
  for (let index = 0; index < count; index++) {
    if (position + 46 > directory.length || u32(view, position) !== CENTRAL) throw new ZipError('corrupt', `central directory entry ${index + 1} is damaged`);
    const flags = u16(view, position + 8);
    const method = u16(view, position + 10);
    let compressedSize = u32(view, position + 20);
    let entrySize = u32(view, position + 24);
    const nameLength = u16(view, position + 28);
    const extraLength = u16(view, position + 30);
    const commentLength = u16(view, position + 32);
    let offset = u32(view, position + 42);
    const name = names.decode(directory.subarray(position + 46, position + 46 + nameLength));
    // ZIP64 sizes and offset live in the extra field (id 1), in this order, for the fields set to 0xFFFFFFFF.
    let extra = position + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(view, extra);
      const length = u16(view, extra + 2);
      if (id === 1) {
        let field = extra + 4;
        if (entrySize === 0xffffffff) {
          entrySize = u64(view, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(view, field);
          field += 8;
        }
        if (offset === 0xffffffff) offset = u64(view, field);
      }
      extra += 4 + length;
    }
    entries.set(name, { name, method, encrypted: (flags & 1) === 1, compressedSize, size: entrySize, offset });
    position = extraEnd + commentLength;
  }
  return entries;
}

export interface EntryStream {
  /** Compressed bytes of the entry read so far. */
  readonly bytesRead: number;
}

export interface StreamOptions {
  sliceBytes?: number;
  /** Called after each slice; returning false stops the read (no error). */
  afterSlice?: (progress: EntryStream) => boolean | Promise<boolean>;
}

/** Where the entry's data starts, from its local header. */
async function dataStart(file: Blob, entry: ZipEntry): Promise<number> {
  const header = await bytesOf(file, entry.offset, entry.offset + 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || u32(view, 0) !== LOCAL) throw new ZipError('corrupt', `the entry ${entry.name} is damaged`);
  return entry.offset + 30 + u16(view, 26) + u16(view, 28);
}

/** True when this engine inflates raw deflate data natively (DecompressionStream 'deflate-raw': Chromium 103, Firefox 113, Safari 16.4, Node 21.2). */
export function canInflate(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/**
 * Stream an entry's uncompressed bytes to `onData`. The compressed bytes are read in slices of the file and
 * inflated by the platform's DecompressionStream ('deflate-raw'), so nothing of the entry is held whole.
 * Stops early when `onData` or `afterSlice` return false. An error thrown by `onData` passes through
 * unchanged; a damaged or cut entry is a ZipError.
 */
export async function streamZipEntry(file: Blob, entry: ZipEntry, onData: (bytes: Uint8Array) => boolean | void, options: StreamOptions = {}): Promise<void> {
  if (entry.encrypted) throw new ZipError('encrypted', `the entry ${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError('unsupported', `the entry ${entry.name} uses compression method ${entry.method}`);
  const start = await dataStart(file, entry);
  const end = start + entry.compressedSize;
  if (end > file.size) throw new ZipError('corrupt', `the entry ${entry.name} runs past the end of the file (the file is cut short)`);
  const sliceBytes = options.sliceBytes ?? 1024 * 1024;
  const progress = { bytesRead: 0 };
  let at = start;
  const compressed = new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      if (at >= end) {
        controller.close();
        return;
      }
      const slice = await bytesOf(file, at, Math.min(end, at + sliceBytes));
      at += slice.length;
      progress.bytesRead += slice.length;
      controller.enqueue(slice);
    },
  });
  const reader = (entry.method === 8 ? compressed.pipeThrough(new DecompressionStream('deflate-raw')) : compressed).getReader();
  let reported = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw new ZipError('corrupt', `the entry ${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)})`);
      }
      if (chunk.done) return;
      if (chunk.value.length > 0 && onData(chunk.value) === false) return;
      if (options.afterSlice && progress.bytesRead !== reported) {
        reported = progress.bytesRead;
        if ((await options.afterSlice(progress)) === false) return;
      }
    }
  } finally {
    // Stopped early (or failed): let the rest of the entry go unread.
    await reader.cancel().catch(() => undefined);
  }
}

/** An entry's whole text (UTF-8), for the small parts: workbook, relationships, styles. */
export async function readZipText(file: Blob, entry: ZipEntry): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  await streamZipEntry(file, entry, (bytes) => {
    text += decoder.decode(bytes, { stream: true });
  });
  return text + decoder.decode();
}
