import { inflateRawSync } from 'node:zlib';

/** What a DOCX may unpack to at most: far above any real document, far below a zip bomb. */
export const MAX_UNPACKED = 200 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

/** Thrown with a Swedish reason, shown to the user as the extraction's message. */
export class UnsafeZipError extends Error {}

const tooLarge = (max: number) =>
  `den packas upp till mer än ${Math.round(max / 1024 / 1024)} MB (en så kallad zip-bomb)`;

/**
 * Checks a zip (a DOCX) before anything unpacks it: every entry is really inflated, with the
 * output capped, so a zip bomb (or a directory that lies about the sizes) stops at the cap
 * instead of filling memory. Throws UnsafeZipError saying what is wrong.
 */
export function assertSafeZip(bytes: Uint8Array, maxUnpacked = MAX_UNPACKED): void {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end of central directory record: in the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 65_557); i--) {
    if (view.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new UnsafeZipError('filen är inte ett helt zip-arkiv');
  const entries = view.readUInt16LE(end + 10);
  const directoryOffset = view.readUInt32LE(end + 16);
  if (entries > MAX_ENTRIES) throw new UnsafeZipError(`arkivet innehåller ${entries} filer`);
  let offset = directoryOffset;
  let budget = maxUnpacked;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > view.length || view.readUInt32LE(offset) !== 0x02014b50) {
      throw new UnsafeZipError('arkivets innehållsförteckning är trasig');
    }
    const method = view.readUInt16LE(offset + 10);
    const compressed = view.readUInt32LE(offset + 20);
    const declared = view.readUInt32LE(offset + 24);
    const nameLength = view.readUInt16LE(offset + 28);
    const extraLength = view.readUInt16LE(offset + 30);
    const commentLength = view.readUInt16LE(offset + 32);
    const local = view.readUInt32LE(offset + 42);
    offset += 46 + nameLength + extraLength + commentLength;
    if (declared > budget) {
      throw new UnsafeZipError(tooLarge(maxUnpacked));
    }
    if (local + 30 > view.length || view.readUInt32LE(local) !== 0x04034b50) {
      throw new UnsafeZipError('en del av arkivet är trasig');
    }
    const dataStart = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28);
    const data = view.subarray(dataStart, dataStart + compressed);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if (
          error instanceof RangeError ||
          (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
        ) {
          throw new UnsafeZipError(tooLarge(maxUnpacked));
        }
        throw new UnsafeZipError('en del av arkivet går inte att packa upp');
      }
    } else throw new UnsafeZipError(`en del av arkivet använder en okänd komprimering (${method})`);
    budget -= size;
    if (budget < 0) throw new UnsafeZipError(tooLarge(maxUnpacked));
  }
}
