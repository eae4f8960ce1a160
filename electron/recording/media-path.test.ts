import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveMediaPath } from './media-path';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-media-'));
const root = path.join(base, 'recordings');
fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
fs.writeFileSync(path.join(root, 'take.webm'), 'video');
fs.writeFileSync(path.join(root, 'sub', 'take.wav'), 'audio');
fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'escape.webm'));
fs.symlinkSync(path.join(root, 'take.webm'), path.join(root, 'alias.webm'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('media path confinement', () => {
  it('serves files inside the recordings folder', () => {
    expect(resolveMediaPath(root, 'take.webm')).toBe(fs.realpathSync(path.join(root, 'take.webm')));
    expect(resolveMediaPath(root, 'sub/take.wav')).toBe(fs.realpathSync(path.join(root, 'sub', 'take.wav')));
    expect(resolveMediaPath(root, 'alias.webm')).toBe(fs.realpathSync(path.join(root, 'take.webm')));
  });

  it.each([
    '../secret.txt',
    'sub/../../secret.txt',
    '%2e%2e/secret.txt',
    '%2E%2E%2Fsecret.txt',
    '..%5csecret.txt',
    path.join(base, 'secret.txt'),
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'escape.webm',
    'take.webm%00.txt',
    '%zz',
    '',
    'sub',
    'missing.webm',
  ])('refuses %j', (requested) => {
    expect(resolveMediaPath(root, requested)).toBeNull();
  });
});
