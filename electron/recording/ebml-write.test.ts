import { describe, expect, it } from 'vitest';
import { fixedUint, vintSize, vintSize8 } from './ebml-write';

describe('EBML sizes', () => {
  it('uses the shortest size field and never the reserved all-ones value', () => {
    expect([...vintSize(0)]).toEqual([0x80]);
    expect([...vintSize(126)]).toEqual([0xfe]);
    expect([...vintSize(127)]).toEqual([0x40, 0x7f]);
    expect([...vintSize(0x3ffe)]).toEqual([0x7f, 0xfe]);
    expect([...vintSize(0x3fff)]).toEqual([0x20, 0x3f, 0xff]);
    expect(vintSize(400_000_000).length).toBe(5);
  });

  it('writes fixed-width fields for values patched in place', () => {
    expect([...vintSize8(300_000)]).toEqual([0x01, 0, 0, 0, 0, 0x04, 0x93, 0xe0]);
    expect([...fixedUint(258, 8)]).toEqual([0, 0, 0, 0, 0, 0, 1, 2]);
  });
});
