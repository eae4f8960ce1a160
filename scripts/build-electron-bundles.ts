// Builds the main and preload bundles exactly as Electron Forge's Vite plugin
// does for `npm run package`, without needing the Electron binary. Used by a
// test to prove the shell bundles and stays within the sandbox's limits.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VitePluginConfig } from '@electron-forge/plugin-vite';
import { build, type InlineConfig } from 'vite';
import forgeConfig from '../forge.config.ts';

const projectDir = path.resolve(import.meta.dirname, '..');

interface ConfigGenerator {
  getBuildConfigs(): Promise<InlineConfig[]>;
}

/** Forge's own config generator; not in its package exports, so loaded by path. */
async function forgeConfigGenerator(config: VitePluginConfig): Promise<ConfigGenerator> {
  const file = path.join(projectDir, 'node_modules/@electron-forge/plugin-vite/dist/ViteConfig.js');
  const module = (await import(pathToFileURL(file).href)) as {
    default: new (config: VitePluginConfig, projectDir: string, isProd: boolean) => ConfigGenerator;
  };
  return new module.default(config, projectDir, true);
}

export async function buildElectronBundles(outDir: string): Promise<void> {
  const vitePlugin = forgeConfig.plugins?.find((p) => p.name === 'vite') as unknown as { config: VitePluginConfig };
  const generator = await forgeConfigGenerator(vitePlugin.config);
  const configs = await generator.getBuildConfigs();
  for (const config of configs) {
    await build({
      ...config,
      configFile: false,
      logLevel: 'warn',
      build: { ...config.build, outDir, emptyOutDir: false },
    });
  }
}

if (process.argv[1] === import.meta.filename) {
  const outDir = path.resolve(process.argv[2] ?? '.vite/build');
  await buildElectronBundles(outDir);
  process.stdout.write(`Built main and preload into ${outDir}\n`);
}
