/**
 * An OLE compound file (starts D0 CF 11 E0) is either an old binary workbook (.xls, a `Workbook` or `Book`
 * stream) or a password-protected Office file: Excel encrypts an .xlsx by wrapping it in a compound file
 * with `EncryptionInfo` and `EncryptedPackage` streams. Only the directory's stream names tell them apart,
 * so this reads the header, the FAT sectors the directory chain needs, and the directory's names.
 */

export type CompoundKind = 'encrypted' | 'xls' | 'other';

const FREE_OR_END = 0xfffffffa; // sector numbers at or above this are markers (end of chain, free…)

export async function compoundFileKind(file: Blob): Promise<CompoundKind> {
  const read = async (start: number, length: number) => new DataView(await file.slice(start, start + length).arrayBuffer());
  const header = await read(0, 512);
  if (header.byteLength < 512) return 'other';
  const shift = header.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return 'other';
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorAt = (sector: number) => (sector + 1) * sectorSize;
  const difat = Array.from({ length: 109 }, (_, index) => header.getUint32(0x4c + index * 4, true));
  const fatCache = new Map<number, DataView>();
  const next = async (sector: number): Promise<number> => {
    const fatIndex = Math.floor(sector / perSector);
    const fatSector = difat[fatIndex];
    if (fatSector === undefined || fatSector >= FREE_OR_END) return 0xfffffffe;
    let fat = fatCache.get(fatSector);
    if (!fat) {
      fat = await read(sectorAt(fatSector), sectorSize);
      fatCache.set(fatSector, fat);
    }
    return (sector % perSector) * 4 + 4 <= fat.byteLength ? fat.getUint32((sector % perSector) * 4, true) : 0xfffffffe;
  };
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-16le');
  let sector = header.getUint32(0x30, true);
  for (let hops = 0; sector < FREE_OR_END && hops < 256; hops++) {
    const directory = await read(sectorAt(sector), sectorSize);
    for (let at = 0; at + 128 <= directory.byteLength; at += 128) {
      const length = directory.getUint16(at + 64, true);
      if (length < 2 || length > 64) continue;
      names.add(decoder.decode(new Uint8Array(directory.buffer, directory.byteOffset + at, length - 2)));
    }
    sector = await next(sector);
  }
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  return 'other';
}
