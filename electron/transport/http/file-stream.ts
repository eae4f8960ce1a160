import fs from 'node:fs';
import type http from 'node:http';
import type { Readable } from 'node:stream';

/**
 * Opens a file now rather than when its stream first reads: a take deleted
 * between the lookup and the read then still streams from the open handle
 * (or is reported missing here) instead of failing later with ENOENT.
 * Returns null when the file is gone or is no longer a regular file.
 */
export function openForStreaming(file: string): { fd: number; size: number } | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    return null;
  }
  return { fd, size: stat.size };
}

/**
 * Sends a file stream as the body of a response that already has its headers.
 * A read error part-way (disk gone, network drive dropped) ends this response
 * only: without a listener it would be an uncaught 'error' event and take the
 * whole server down. A client that goes away releases the file handle.
 */
export function pipeFileStream(body: Readable, response: http.ServerResponse): void {
  body.once('error', () => response.destroy());
  response.once('close', () => body.destroy());
  body.pipe(response);
}
