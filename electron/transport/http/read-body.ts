import type { IncomingMessage } from 'node:http';

/** The largest call body: a recording chunk, base64 in JSON, fits with room to spare. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * A call's body as text, or 'too-large' as soon as it is known to pass the
 * limit (from Content-Length, or while reading). The rest of an oversized
 * body is read and thrown away rather than the connection cut, so the client
 * gets the 413 instead of a reset; past four times the limit it is cut after all.
 */
export function readBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const refuse = () => {
      tooLarge = true;
      chunks.length = 0;
      resolve('too-large');
    };
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) refuse();
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > 4 * maxBytes) request.destroy();
      } else if (size > maxBytes) refuse();
      else chunks.push(chunk);
    });
    request.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}
