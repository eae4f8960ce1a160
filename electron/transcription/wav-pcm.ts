import fs from 'node:fs/promises';
import { WAV_SAMPLE_RATE, wavHeader } from '../recording/wav-format';

export interface Pcm {
  readonly sampleRate: number;
  /** Mono 16-bit samples (the first channel when the file has more). */
  readonly samples: Int16Array;
}

/**
 * Reads a 16-bit PCM WAV. Walks the RIFF chunks rather than assuming a
 * 44-byte header, since other tools add LIST or fact chunks before the data.
 */
export function parseWav(buf: Buffer): Pcm {
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a WAV file');
  }
  let format: { channels: number; sampleRate: number; bits: number } | null = null;
  for (let at = 12; at + 8 <= buf.length;) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      format = {
        channels: buf.readUInt16LE(body + 2),
        sampleRate: buf.readUInt32LE(body + 4),
        bits: buf.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format || format.bits !== 16) throw new Error('only 16-bit PCM WAV is supported');
      // A recording cut short can declare more data than the file holds.
      const end = Math.min(buf.length, body + size);
      const frames = Math.floor((end - body) / (2 * format.channels));
      const samples = new Int16Array(frames);
      // Mono is a straight byte copy (every platform Electron runs on is little-endian, like WAV), which keeps
      // a long take from holding up the event loop; other layouts pick the first channel sample by sample.
      if (format.channels === 1) new Uint8Array(samples.buffer).set(buf.subarray(body, body + frames * 2));
      else for (let i = 0; i < frames; i++) samples[i] = buf.readInt16LE(body + i * 2 * format.channels);
      return { sampleRate: format.sampleRate, samples };
    }
    at = body + size + (size % 2);
  }
  throw new Error('WAV file has no data');
}

export async function readWav(file: string): Promise<Pcm> {
  return parseWav(await fs.readFile(file));
}

/** A WAV in the recorder's own format (16 kHz mono 16-bit), e.g. one chunk of a long answer. */
export function encodeWav(pcm: Pcm): Buffer {
  if (pcm.sampleRate !== WAV_SAMPLE_RATE) throw new Error(`expected ${WAV_SAMPLE_RATE} Hz audio`);
  const data = Buffer.from(pcm.samples.buffer, pcm.samples.byteOffset, pcm.samples.byteLength);
  return Buffer.concat([wavHeader(data.length), data]);
}
