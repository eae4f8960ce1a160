// Just enough EBML writing for a seekable WebM header (and for the synthetic
// Chromium-shaped streams used by tests and benchmarks).

/** The shortest EBML size field for `size` (all-ones is reserved for "unknown"). */
export function vintSize(size: number): Uint8Array {
  let length = 1;
  while (size >= 2 ** (7 * length) - 1) length++;
  const out = fixedUint(size, length);
  out[0]! |= 0x80 >> (length - 1);
  return out;
}

/** An 8-byte size, so a header's length does not depend on the value written into it. */
export function vintSize8(size: number): Uint8Array {
  const out = fixedUint(size, 8);
  out[0] = 0x01;
  return out;
}

/** Big-endian unsigned integer in exactly `width` bytes (EBML allows leading zeros). */
export function fixedUint(value: number, width: number): Uint8Array {
  const out = new Uint8Array(width);
  let rest = value;
  for (let i = width - 1; i >= 0; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return out;
}

/** Chromium writes Segment and Cluster with the 8-byte "unknown size" marker. */
export const UNKNOWN_SIZE = Uint8Array.of(0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);

export function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function element(id: ArrayLike<number>, ...children: Uint8Array[]): Uint8Array {
  const body = concat(children);
  return concat([Uint8Array.from(id), vintSize(body.length), body]);
}

export function uint(value: number): Uint8Array {
  const bytes: number[] = [];
  let rest = value;
  do {
    bytes.unshift(rest % 256);
    rest = Math.floor(rest / 256);
  } while (rest > 0);
  return Uint8Array.from(bytes);
}

export function float32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setFloat32(0, value);
  return out;
}

export function float64(value: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setFloat64(0, value);
  return out;
}

export const text = (value: string): Uint8Array => new TextEncoder().encode(value);
