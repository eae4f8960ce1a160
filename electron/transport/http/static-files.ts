import fs from 'node:fs';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  // Compiled in streaming only when served as application/wasm (the face models' runtime).
  '.wasm': 'application/wasm',
};

/** Finds a file of the built renderer; unknown paths get index.html (the app routes by hash). */
export function resolveStatic(root: string, urlPath: string): { file: string; type: string } | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return null;
  }
  const candidate = path.resolve(root, relative || 'index.html');
  const inside = path.relative(root, candidate);
  const file =
    !inside.startsWith('..') && !path.isAbsolute(inside) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()
      ? candidate
      : path.join(root, 'index.html');
  if (!fs.existsSync(file)) return null;
  return { file, type: types[path.extname(file)] ?? 'application/octet-stream' };
}
