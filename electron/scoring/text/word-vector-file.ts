/**
 * The word-vector table's file format (electron/scoring/data/word-vectors.bin), compact so the app reads it in a
 * few milliseconds instead of parsing megabytes of JSON: "RWV1", then the word count, the dimensions and the byte
 * length of the word list (unsigned 32-bit little-endian), the words (UTF-8, one per line), and each word's vector
 * as signed bytes in the same order.
 */
export interface WordVectorTable {
  words: string[];
  dimensions: number;
  /** words.length × dimensions signed bytes, one vector after another. */
  vectors: Int8Array;
}

const magic = 'RWV1';
const headerBytes = 16;

export function encodeWordVectors(table: WordVectorTable): Buffer {
  const words = Buffer.from(table.words.join('\n'), 'utf8');
  const header = Buffer.alloc(headerBytes);
  header.write(magic, 0, 'latin1');
  header.writeUInt32LE(table.words.length, 4);
  header.writeUInt32LE(table.dimensions, 8);
  header.writeUInt32LE(words.length, 12);
  const vectors = Buffer.from(table.vectors.buffer, table.vectors.byteOffset, table.vectors.byteLength);
  return Buffer.concat([header, words, vectors]);
}

/** Reads a table written by encodeWordVectors; the vectors share the buffer's memory. */
export function decodeWordVectors(file: Buffer): WordVectorTable {
  if (file.length < headerBytes || file.toString('latin1', 0, 4) !== magic) {
    throw new Error('The word-vector table is not in the expected format.');
  }
  const count = file.readUInt32LE(4);
  const dimensions = file.readUInt32LE(8);
  const wordBytes = file.readUInt32LE(12);
  const start = headerBytes + wordBytes;
  if (file.length !== start + count * dimensions) throw new Error('The word-vector table is cut short.');
  const words = count === 0 ? [] : file.toString('utf8', headerBytes, start).split('\n');
  const vectors = new Int8Array(file.buffer, file.byteOffset + start, count * dimensions);
  return { words, dimensions, vectors };
}
