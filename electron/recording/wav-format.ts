// The transcription input: 16 kHz mono signed 16-bit little-endian PCM in a
// plain RIFF/WAVE file, so no decoder is needed later.

export const WAV_SAMPLE_RATE = 16_000;
export const WAV_CHANNELS = 1;
export const WAV_BYTES_PER_SAMPLE = 2;
export const WAV_HEADER_BYTES = 44;
export const WAV_BYTES_PER_SECOND = WAV_SAMPLE_RATE * WAV_CHANNELS * WAV_BYTES_PER_SAMPLE;

/** A 44-byte header for `dataBytes` of PCM; sizes saturate at the 4 GB RIFF limit. */
export function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(WAV_HEADER_BYTES);
  const data = Math.min(dataBytes, 0xffffffff - 36);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(data + 36, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(WAV_CHANNELS, 22);
  header.writeUInt32LE(WAV_SAMPLE_RATE, 24);
  header.writeUInt32LE(WAV_BYTES_PER_SECOND, 28);
  header.writeUInt16LE(WAV_CHANNELS * WAV_BYTES_PER_SAMPLE, 32);
  header.writeUInt16LE(WAV_BYTES_PER_SAMPLE * 8, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data, 40);
  return header;
}

/** Whole sample frames only: a crash can leave half a sample at the end. */
export const wholeFrames = (bytes: number): number =>
  Math.max(0, bytes - (bytes % (WAV_CHANNELS * WAV_BYTES_PER_SAMPLE)));

export const pcmDurationMs = (dataBytes: number): number => Math.round((dataBytes / WAV_BYTES_PER_SECOND) * 1000);

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  dataBytes: number;
  durationMs: number;
}

/** Reads the header we write (tests and recovery checks). */
export function parseWavHeader(header: Uint8Array): WavInfo | null {
  const b = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  if (b.length < WAV_HEADER_BYTES || b.toString('ascii', 0, 4) !== 'RIFF' || b.toString('ascii', 8, 12) !== 'WAVE') {
    return null;
  }
  const sampleRate = b.readUInt32LE(24);
  const channels = b.readUInt16LE(22);
  const bitsPerSample = b.readUInt16LE(34);
  const dataBytes = b.readUInt32LE(40);
  const byteRate = sampleRate * channels * (bitsPerSample / 8);
  return { sampleRate, channels, bitsPerSample, dataBytes, durationMs: Math.round((dataBytes / byteRate) * 1000) };
}
