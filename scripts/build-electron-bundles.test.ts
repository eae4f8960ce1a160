import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectronBundles } from './build-electron-bundles';
import { nativeRuntimeModules } from './native-runtime-modules';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-bundles-'));
const requires = (file: string) =>
  [...fs.readFileSync(path.join(outDir, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);

beforeAll(async () => {
  await buildElectronBundles(outDir);
}, 120_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('Electron bundles built with the Forge Vite config', () => {
  it('bundles the preload into one file that requires only electron (a sandboxed preload can load nothing else)', () => {
    expect(new Set(requires('preload.cjs'))).toEqual(new Set(['electron']));
  });

  it('bundles main so that only Node builtins, electron and native addons load from disk', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = requires('main.cjs').filter((name) => !builtins.has(name) && name !== 'electron');
    expect(external.every((name) => nativeRuntimeModules.includes(name))).toBe(true);
  });
});
