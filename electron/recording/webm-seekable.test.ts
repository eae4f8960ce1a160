import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { concat } from './ebml-write';
import { syntheticWebmChunks } from './testing/synthetic-webm';
import { webmFacts } from './testing/webm-facts';
import { writeSeekableWebm } from './webm-seekable';

const dirs: string[] = [];
function temp(name: string, content: Uint8Array) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-webm-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, name), content);
  return { source: path.join(dir, name), target: path.join(dir, 'out.webm') };
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('writeSeekableWebm', () => {
  it('gives a Chromium-shaped stream a duration, sized clusters and a cue per cluster', async () => {
    const { source, target } = temp('in.webm', concat([...syntheticWebmChunks(5)]));
    const result = await writeSeekableWebm(source, target);
    // Last video frame at 4967 ms plus one frame (34 ms at 30 fps).
    expect(result).toEqual({ durationMs: 5001, cues: 5 });
    expect(webmFacts(target)).toEqual({
      durationMs: 5001,
      cuePoints: 5,
      cuesOnClusters: 5,
      clusters: 5,
      unknownSizeElements: 0,
    });
  });

  it('cues the audio track when there is no video', async () => {
    const { source, target } = temp('in.webm', concat([...syntheticWebmChunks(3, { withVideo: false })]));
    // Last Opus frame at 2980 ms plus one 20 ms frame.
    expect(await writeSeekableWebm(source, target)).toEqual({ durationMs: 3000, cues: 3 });
    expect(webmFacts(target)).toMatchObject({ cuesOnClusters: 3, clusters: 3 });
  });

  it('keeps the media bytes exactly as recorded', async () => {
    const input = concat([...syntheticWebmChunks(2)]);
    const { source, target } = temp('in.webm', input);
    await writeSeekableWebm(source, target);
    const output = fs.readFileSync(target);
    // The last block of the recording appears unchanged, just before the Cues.
    const tail = input.subarray(input.length - 200);
    expect(output.indexOf(Buffer.from(tail))).toBeGreaterThan(0);
  });

  it('returns null for a file with no media', async () => {
    const { source, target } = temp('in.webm', Buffer.from('not a webm at all'));
    expect(await writeSeekableWebm(source, target)).toBeNull();
    const header = [...syntheticWebmChunks(1)][0]!.subarray(0, 150);
    const onlyHeader = temp('in.webm', header);
    expect(await writeSeekableWebm(onlyHeader.source, onlyHeader.target)).toBeNull();
  });
});
