/**
 * WOFF 1.0 → TrueType/OpenType: the site ships its fonts as WOFF (@fontsource), and the preview-image rasteriser
 * (resvg) reads only sfnt files. WOFF 1.0 is the sfnt's tables, each zlib-compressed when that saved space
 * (W3C WOFF 1.0, §3–5), so the conversion is a table-directory rewrite.
 */
import {inflateSync} from "node:zlib";

/** The sfnt font inside a WOFF 1.0 file. Throws on anything else (WOFF2 is Brotli-based and not handled). */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("invalid WOFF: signature is not wOFF");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: Array<{tag: Buffer; checksum: number; data: Buffer}> = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error(`invalid WOFF: table ${i} inflates to ${data.length} bytes`);
    tables.push({tag: woff.subarray(entry, entry + 4), checksum: woff.readUInt32BE(entry + 16), data});
  }
  // Offset table, with the binary-search fields the sfnt format derives from the table count.
  const header = Buffer.alloc(12 + numTables * 16);
  const power = 2 ** Math.floor(Math.log2(numTables));
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}
