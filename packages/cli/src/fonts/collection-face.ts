/**
 * One font of a TrueType/OpenType collection (.ttc, .otc) as a font file of its own. The PDF
 * renderer embeds the first font of a collection; a system may prefer another (fontconfig picks
 * Noto Sans CJK SC, font 2 of NotoSansCJK-Regular.ttc, for Chinese), so the CLI cuts that font out.
 *
 * A collection is a header listing where each font's table directory starts; the tables themselves
 * may be shared between fonts, at offsets from the start of the file. The new file is that table
 * directory, at the start, followed by a copy of each table it lists (4-byte aligned), offsets
 * rewritten. The tables' bytes and checksums are unchanged. (`head.checkSumAdjustment`, a checksum
 * of the whole file, is left as it was: neither fontkit nor PDF readers check it, and the font is
 * re-encoded as a subset when embedded.)
 *
 * @param index The font's position in the collection (fontconfig's `index`), from 0.
 * @throws RangeError when the bytes are not a collection, the index is out of range or a table lies outside the file.
 * @example
 * ```ts
 * const ttc = new Uint8Array(readFileSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
 * const sc = collectionFace(ttc, 2);
 * String.fromCharCode(...sc.subarray(0, 4)); //=> "OTTO"
 * ```
 */
export function collectionFace(bytes: Uint8Array, index: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, size: number) => {
    if (offset < 0 || offset + size > bytes.length) throw new RangeError("font collection: truncated file");
    return offset;
  };
  if (view.getUint32(at(0, 12), false) !== 0x74746366) throw new RangeError("font collection: no ttcf header");
  const count = view.getUint32(8, false);
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`font collection: no font ${index} (it holds ${count})`);
  }
  const directory = view.getUint32(at(12 + 4 * index, 4), false);
  const tableCount = view.getUint16(at(directory, 12) + 4, false);
  const tables = Array.from({ length: tableCount }, (_, i) => {
    const record = at(directory + 12 + 16 * i, 16);
    const offset = view.getUint32(record + 8, false);
    const length = view.getUint32(record + 12, false);
    return { offset: at(offset, length), length };
  });

  const headerSize = 12 + 16 * tableCount;
  const padded = (length: number) => (length + 3) & ~3;
  const size = tables.reduce((sum, table) => sum + padded(table.length), headerSize);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(directory, directory + headerSize), 0);
  let offset = headerSize;
  tables.forEach((table, i) => {
    out.set(bytes.subarray(table.offset, table.offset + table.length), offset);
    outView.setUint32(12 + 16 * i + 8, offset, false);
    offset += padded(table.length);
  });
  return out;
}
