import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { pathAliases } from './scripts/path-aliases.ts';
import { contentSecurityPolicy } from './electron/content-security-policy.ts';
import { presenceAssets } from './scripts/presence-assets.ts';

/**
 * Writes the CSP into index.html. The dev server needs inline scripts and a
 * websocket for hot reload, so only `vite serve` relaxes it.
 */
function cspMeta(): Plugin {
  let dev = false;
  return {
    name: 'rehearse-csp-meta',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      // frame-ancestors only works as a header; browsers warn when a <meta> carries it.
      const metaPolicy = contentSecurityPolicy.replace(/;\s*frame-ancestors[^;]*/, '');
      const csp = dev
        ? metaPolicy
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")
        : metaPolicy;
      return html.replace('%REHEARSE_CSP%', csp);
    },
  };
}

// Used by Electron Forge (it sets outDir) and by `npm run build:web`.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMeta(), presenceAssets()],
  resolve: { alias: pathAliases },
  // The presence worker imports Human's ES module build, which needs a module worker.
  worker: { format: 'es' },
  build: { target: 'chrome120', sourcemap: true },
});
