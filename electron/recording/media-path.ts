import fs from 'node:fs';
import path from 'node:path';

/**
 * Resolves a requested media name inside the recordings folder, or returns
 * null. Refuses absolute paths, `..` in any encoding, NUL bytes, and symlinks
 * whose target lies outside the folder. Both the Electron media protocol and
 * the browser-mode server go through here.
 */
export function resolveMediaPath(root: string, requested: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(requested);
  } catch {
    return null;
  }
  if (name.length === 0 || name.length > 512 || name.includes('\0')) return null;
  if (path.isAbsolute(name) || path.win32.isAbsolute(name) || /^[a-zA-Z]:/.test(name)) return null;
  const segments = name.split(/[\\/]/);
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return null;

  let realRoot: string;
  let realTarget: string;
  try {
    realRoot = fs.realpathSync(root);
    realTarget = fs.realpathSync(path.join(realRoot, ...segments));
  } catch {
    return null;
  }
  const relative = path.relative(realRoot, realTarget);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  if (!fs.statSync(realTarget).isFile()) return null;
  return realTarget;
}
