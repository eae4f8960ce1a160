import { describe, expect, it } from 'vitest';
import { PcmBatcher } from './pcm-batcher';

describe('PcmBatcher', () => {
  it('emits whole seconds of 16-bit samples and the rest on flush', () => {
    const chunks: Uint8Array[] = [];
    const batcher = new PcmBatcher((bytes) => chunks.push(bytes));
    for (let i = 0; i < 25; i++) batcher.push(new Int16Array(1600).fill(i));
    expect(chunks.map((c) => c.length)).toEqual([32_000, 32_000]);
    batcher.flush();
    expect(chunks.map((c) => c.length)).toEqual([32_000, 32_000, 16_000]);
    expect(new Int16Array(chunks[2]!.buffer)[0]).toBe(20);
    batcher.flush();
    expect(chunks).toHaveLength(3);
  });
});
