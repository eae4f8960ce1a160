import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseByteRange } from './byte-range';
import { openForStreaming } from './file-stream';

const mediaTypes: Record<string, string> = {
  '.webm': 'video/webm',
  '.wav': 'audio/wav',
  '.json': 'application/json',
  '.vtt': 'text/vtt',
  '.srt': 'application/x-subrip',
};

export interface MediaResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable | null;
}

/**
 * Builds the response for one already-confined media file with Range support,
 * so <video> can seek without downloading the whole take. Used by the Electron
 * media protocol and the browser-mode server alike. A file deleted since it was
 * found (a take removed while it plays) gets 404.
 */
export function mediaResponse(file: string, rangeHeader: string | undefined): MediaResponse {
  const type = mediaTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const base = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
  const opened = openForStreaming(file);
  if (!opened)
    return { status: 404, headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }, body: null };
  const { fd, size } = opened;
  const range = parseByteRange(rangeHeader, size);
  if (range.kind === 'unsatisfiable') {
    fs.closeSync(fd);
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` }, body: null };
  }
  if (range.kind === 'full') {
    return {
      status: 200,
      headers: { ...base, 'Content-Length': String(size) },
      body: fs.createReadStream(file, { fd }),
    };
  }
  const { start, end } = range;
  return {
    status: 206,
    headers: { ...base, 'Content-Length': String(end - start + 1), 'Content-Range': `bytes ${start}-${end}/${size}` },
    body: fs.createReadStream(file, { fd, start, end }),
  };
}
