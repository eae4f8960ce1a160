import http from 'node:http';
import { listenOnLoopback } from '../../testing/loopback-server';

export type Behaviour = 'normal' | 'drop-once' | 'ignore-range' | 'slow';

export interface ServedRequest {
  path: string;
  range: string | null;
}

/**
 * A local HTTP server standing in for Hugging Face: serves byte payloads per
 * path with Range support, and can misbehave the ways real servers do.
 */
export async function startFileServer(files: Record<string, { body: Buffer; behaviour?: Behaviour }>) {
  const requests: ServedRequest[] = [];
  const dropped = new Set<string>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const range = req.headers.range ?? null;
    requests.push({ path, range });
    const file = files[path];
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const behaviour = file.behaviour ?? 'normal';
    const match = /^bytes=(\d+)-$/.exec(range ?? '');
    const start = match && behaviour !== 'ignore-range' ? Number(match[1]) : 0;
    const body = file.body.subarray(start);
    const headers: http.OutgoingHttpHeaders = { 'content-length': body.length, 'accept-ranges': 'bytes' };
    if (start > 0) headers['content-range'] = `bytes ${start}-${file.body.length - 1}/${file.body.length}`;
    res.writeHead(start > 0 ? 206 : 200, headers);
    if (behaviour === 'drop-once' && !dropped.has(path)) {
      dropped.add(path);
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    if (behaviour === 'slow') {
      let at = 0;
      const tick = setInterval(() => {
        if (res.destroyed || at >= body.length) {
          clearInterval(tick);
          res.end();
          return;
        }
        res.write(body.subarray(at, at + 1024));
        at += 1024;
      }, 20);
      res.on('close', () => clearInterval(tick));
      return;
    }
    res.end(body);
  });
  const { origin, close } = await listenOnLoopback(server);
  return {
    url: origin,
    requests,
    close,
  };
}
