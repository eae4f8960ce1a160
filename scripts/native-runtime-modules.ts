/**
 * Modules the main process loads from node_modules at run time instead of
 * from the Vite bundle: native addons and what they require. Shared by the
 * Vite main config (externals) and the Forge packager (files to keep).
 */
export const nativeRuntimeModules = ['better-sqlite3', 'bindings', 'file-uri-to-path'];
