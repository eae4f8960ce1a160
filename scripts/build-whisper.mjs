#!/usr/bin/env node
// Builds whisper.cpp's `whisper-cli` (one take at a time, after Stop) and
// `whisper-server` (keeps the model loaded to transcribe while the user is
// still speaking) at install time (npm postinstall) from the current
// whisper.cpp source that the nodejs-whisper package ships, with the CPU's
// native SIMD (AVX2/FMA on x86, NEON on ARM). The binaries go to
// vendor/whisper.cpp/build (outside node_modules, so a packaged app can ship it
// as an extra resource). Never fails the install: without cmake the app says
// the local engine is missing and offers the cloud engine.
//
//   node scripts/build-whisper.mjs           build unless an up-to-date build exists
//   node scripts/build-whisper.mjs --force   rebuild
//   REHEARSE_SKIP_WHISPER_BUILD=1            skip (e.g. CI jobs that do not transcribe)
//   REHEARSE_WHISPER_BUILD_JOBS=N            compile with N jobs (default: every core)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'node_modules', 'nodejs-whisper', 'cpp', 'whisper.cpp');
const buildDir = path.join(root, 'vendor', 'whisper.cpp', 'build');
const exeName = (name) => (process.platform === 'win32' ? `${name}.exe` : name);
/** Both come from the same source and flags, so the two engines decode alike. */
const targets = ['whisper-cli', 'whisper-server'];
const stampFile = path.join(buildDir, 'rehearse-build.json');

// Static libraries make self-contained executables to ship; only the targets above are built.
const configureFlags = [
  '-DCMAKE_BUILD_TYPE=Release',
  '-DBUILD_SHARED_LIBS=OFF',
  '-DGGML_NATIVE=ON',
  '-DWHISPER_BUILD_TESTS=OFF',
  '-DWHISPER_BUILD_EXAMPLES=ON',
  '-DWHISPER_BUILD_SERVER=ON',
  '-DWHISPER_SDL2=OFF',
  '-DWHISPER_CURL=OFF',
  // -Wall only floods the install log with notes from the compiler's own SIMD headers.
  '-DWHISPER_ALL_WARNINGS=OFF',
];

const log = (message) => process.stdout.write(`[whisper.cpp] ${message}\n`);
const warn = (message) => process.stderr.write(`[whisper.cpp] WARNING: ${message}\n`);

function sourceVersion() {
  const cmake = fs.readFileSync(path.join(source, 'CMakeLists.txt'), 'utf8');
  return /project\("whisper\.cpp" VERSION ([\d.]+)\)/.exec(cmake)?.[1] ?? 'unknown';
}

function builtBinary(name) {
  const exe = exeName(name);
  for (const file of [path.join(buildDir, 'bin', exe), path.join(buildDir, 'bin', 'Release', exe)]) {
    if (fs.existsSync(file)) return file;
  }
  return null;
}

const allBuilt = () => targets.every((name) => builtBinary(name) !== null);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

function main() {
  if (process.env.REHEARSE_SKIP_WHISPER_BUILD === '1') return log('skipped (REHEARSE_SKIP_WHISPER_BUILD=1).');
  if (!fs.existsSync(path.join(source, 'CMakeLists.txt'))) {
    return warn('source not found (is nodejs-whisper installed?); the local engine will be unavailable.');
  }
  const stamp = JSON.stringify({
    version: sourceVersion(),
    flags: configureFlags,
    targets,
    platform: process.platform,
    arch: process.arch,
  });
  const force = process.argv.includes('--force');
  if (!force && allBuilt() && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    return log(`${targets.join(' and ')} ${sourceVersion()} are already built in ${path.relative(root, buildDir)}`);
  }
  if (spawnSync('cmake', ['--version'], { stdio: 'ignore' }).status !== 0) {
    return warn(
      'cmake was not found, so the local Whisper engine was not built. Install cmake and a C++ compiler, ' +
        'then run "npm run build:whisper". Until then Rehearse can transcribe with an OpenAI-compatible server.',
    );
  }
  const requestedJobs = Number(process.env.REHEARSE_WHISPER_BUILD_JOBS);
  const jobs = String(Number.isInteger(requestedJobs) && requestedJobs > 0 ? requestedJobs : os.availableParallelism());
  const started = Date.now();
  log(
    `building ${targets.join(' and ')} ${sourceVersion()} with native SIMD (${jobs} jobs; a few minutes on first install)...`,
  );
  if (force) fs.rmSync(buildDir, { recursive: true, force: true });
  const buildTarget = (name) =>
    run('cmake', ['--build', buildDir, '--target', name, '--config', 'Release', '-j', jobs]);
  // One target at a time: a server that fails to compile must not cost the user the CLI.
  const ok = run('cmake', ['-S', source, '-B', buildDir, ...configureFlags]) && buildTarget('whisper-cli');
  if (ok) buildTarget('whisper-server');
  if (!ok || !builtBinary('whisper-cli')) {
    return warn('the build failed (see the output above); the local Whisper engine will be unavailable.');
  }
  // The CLI alone still transcribes every take after Stop; only transcription while recording is lost.
  if (!builtBinary('whisper-server')) warn('whisper-server did not build; takes are transcribed after Stop only.');
  else fs.writeFileSync(stampFile, stamp);
  const built = targets.map(builtBinary).filter(Boolean);
  log(
    `built ${built.map((file) => path.relative(root, file)).join(', ')} in ${Math.round((Date.now() - started) / 1000)} s.`,
  );
}

try {
  main();
} catch (error) {
  warn(`could not build: ${error instanceof Error ? error.message : String(error)}`);
}
