/**
 * The renderer's Content Security Policy, sent as a header by both the
 * Electron app protocol and the browser-mode server (index.html repeats it in
 * a <meta> as a second layer). No inline or remote script, no eval; WebAssembly
 * may be compiled ('wasm-unsafe-eval') for the face models that measure camera
 * presence in a web worker (renderer/src/presence), from the app's own files.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream: rehearse-media:",
  "font-src 'self'",
  "connect-src 'self' rehearse-media:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
