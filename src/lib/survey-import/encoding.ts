/**
 * What kind of file this is, from its first bytes: a workbook or PDF we can't read, binary data,
 * or text in one of the encodings survey tools and Excel write.
 *
 * - BOM EF BB BF → `utf-8-bom`; FF FE / FE FF → UTF-16 (Excel's "Unicode Text" export).
 * - Bytes that are valid UTF-8 → `utf-8` (plain ASCII included).
 * - Otherwise → `windows-1252` (French Excel writes é as the single byte 0xE9, which is invalid UTF-8).
 * The reader decodes UTF-8 with `fatal: true`, so an invalid byte found after the sample restarts the
 * read as Windows-1252 instead of turning accents into �.
 */
import type { ImportErrorCode, SurveyEncoding } from './types.ts';

export type Sniffed = { kind: 'text'; encoding: SurveyEncoding; bomLength: number } | { kind: 'error'; code: ImportErrorCode };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

/** Classify a file from its first bytes (a sample of up to a few hundred KB is plenty). */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'error', code: 'empty' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'error', code: 'xlsx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'error', code: 'xls' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'error', code: 'pdf' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8-bom', bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };

  let zeros = 0;
  let zerosAtOdd = 0;
  let zerosAtEven = 0;
  let control = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number;
    if (byte === 0) {
      zeros++;
      if (index % 2 === 1) zerosAtOdd++;
      else zerosAtEven++;
    } else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1a)) control++;
  }
  const half = bytes.length / 2;
  // UTF-16 without a BOM: ASCII text puts a zero in every other byte.
  if (bytes.length >= 4 && zerosAtOdd >= 0.9 * Math.floor(half) && zerosAtEven === 0) return { kind: 'text', encoding: 'utf-16le', bomLength: 0 };
  if (bytes.length >= 4 && zerosAtEven >= 0.9 * Math.ceil(half) && zerosAtOdd === 0) return { kind: 'text', encoding: 'utf-16be', bomLength: 0 };
  if (zeros > 0 || control > bytes.length / 100) return { kind: 'error', code: 'binary' };
  return { kind: 'text', encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** True when the bytes are valid UTF-8, allowing a character cut at the end of the sample. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The label TextDecoder understands for each encoding. */
export function decoderLabel(encoding: SurveyEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}
