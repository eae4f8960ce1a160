import type { Config } from '@vladmandic/human';

/**
 * Human (MIT) set up for framing and gaze only: face detection, face mesh and iris, on the WebAssembly backend
 * (Electron and Chromium without a GPU both run it). Models and .wasm files ship in the app (vite.renderer.config.ts
 * copies them from the npm packages under `presence/`), so nothing is downloaded or cached; emotion, age, gender and
 * every other judgement about the person are switched off.
 */
export function humanConfig(base: string): Partial<Config> {
  return {
    backend: 'wasm',
    wasmPath: new URL('wasm/', base).href,
    modelBasePath: new URL('models/', base).href,
    cacheModels: false,
    warmup: 'none',
    debug: false,
    async: false,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      detector: { rotation: true, maxDetected: 1, modelPath: 'blazeface.json' },
      mesh: { enabled: true, modelPath: 'facemesh.json' },
      iris: { enabled: true, modelPath: 'iris.json' },
      emotion: { enabled: false },
      description: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
      gear: { enabled: false },
    },
  } as Partial<Config>;
}
