import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import fs from 'node:fs';
import { nativeRuntimeModules } from './scripts/native-runtime-modules.ts';

/**
 * whisper.cpp's CLI and server, built for this platform's CPU by `npm install`
 * (scripts/build-whisper.mjs). They ship as resources beside the app, where
 * electron/transcription/local/whisper-cli-path.ts looks for them.
 */
const whisperCli = ['whisper-cli', 'whisper-server']
  .flatMap((name) => [
    `vendor/whisper.cpp/build/bin/${name}`,
    `vendor/whisper.cpp/build/bin/Release/${name}.exe`,
    `vendor/whisper.cpp/build/bin/${name}.exe`,
  ])
  .filter((file) => fs.existsSync(file));

/**
 * Forge runs the app in development (`npm start`) and packages it; installers
 * (NSIS, DMG, AppImage, deb) are made from Forge's packaged output by
 * electron-builder (`npm run make`, see electron-builder.yml).
 */
const config: ForgeConfig = {
  packagerConfig: {
    name: 'Rehearse',
    executableName: 'rehearse',
    appBundleId: 'app.rehearse.desktop',
    appCategoryType: 'public.app-category.education',
    icon: 'assets/icon',
    // Native addons cannot be loaded from inside an asar archive.
    asar: { unpack: '**/*.node' },
    // Vite bundles our code into .vite/; only native modules (which cannot be
    // bundled) are copied from node_modules, along with their runtime deps.
    ignore: (file: string) => {
      if (!file) return false;
      if (file === '/package.json' || file.startsWith('/.vite')) return false;
      if (file === '/node_modules') return false;
      return !nativeRuntimeModules.some(
        (name) => file === `/node_modules/${name}` || file.startsWith(`/node_modules/${name}/`),
      );
    },
    extraResource: ['prompts', ...whisperCli],
    osxSign: {},
    protocols: [],
  },
  rebuildConfig: { onlyModules: ['better-sqlite3'] },
  makers: [new MakerZIP({}, ['darwin', 'linux', 'win32'])],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        // Guides are parsed on a worker thread (electron/decks/off-thread), loaded from beside main.cjs.
        { entry: 'electron/decks/off-thread/import-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // Each take's voice is analysed on a worker thread (electron/voice/off-thread-voice.ts).
        { entry: 'electron/voice/voice-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // Each take is scored on a worker thread (electron/feedback/off-thread-scorer.ts).
        { entry: 'electron/feedback/score-worker.ts', config: 'vite.main.config.ts', target: 'main' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
