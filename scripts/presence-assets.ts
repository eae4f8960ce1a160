import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const projectDir = path.resolve(import.meta.dirname, '..');
const human = 'node_modules/@vladmandic/human/models';
const wasm = 'node_modules/@tensorflow/tfjs-backend-wasm/dist';

/**
 * The face models (face detection, face mesh, iris) that ship inside @vladmandic/human's npm package, and the
 * TensorFlow.js WebAssembly binaries that ship inside @tensorflow/tfjs-backend-wasm (the version Human bundles),
 * served from `presence/` beside index.html so camera presence never downloads anything.
 */
export const presenceAssetFiles: readonly { from: string; to: string }[] = [
  ...['blazeface', 'facemesh', 'iris'].flatMap((model) =>
    ['json', 'bin'].map((ext) => ({ from: `${human}/${model}.${ext}`, to: `presence/models/${model}.${ext}` })),
  ),
  ...['tfjs-backend-wasm', 'tfjs-backend-wasm-simd', 'tfjs-backend-wasm-threaded-simd'].map((name) => ({
    from: `${wasm}/${name}.wasm`,
    to: `presence/wasm/${name}.wasm`,
  })),
];

const types: Record<string, string> = { '.json': 'application/json', '.wasm': 'application/wasm' };

/** Copies the presence assets into the renderer build, and serves them from node_modules under `vite serve`. */
export function presenceAssets(): Plugin {
  return {
    name: 'rehearse-presence-assets',
    generateBundle() {
      for (const { from, to } of presenceAssetFiles)
        this.emitFile({ type: 'asset', fileName: to, source: fs.readFileSync(path.join(projectDir, from)) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = presenceAssetFiles.find(({ to }) => request.url?.split('?')[0]?.endsWith(`/${to}`));
        if (!file) return next();
        response.setHeader('Content-Type', types[path.extname(file.to)] ?? 'application/octet-stream');
        fs.createReadStream(path.join(projectDir, file.from)).pipe(response);
      });
    },
  };
}
