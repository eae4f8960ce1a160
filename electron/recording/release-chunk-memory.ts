import v8 from 'node:v8';
import vm from 'node:vm';

// Every second of a take arrives as a fresh buffer of ~300 kB (from IPC or an
// HTTP body). Once written it is garbage, but V8 frees such off-heap buffers
// only when its young generation fills or its external-memory limit (tens of
// MB) trips, so a long answer would swell the process by 30-60 MB before
// anything is handed back. A minor collection every few chunks returns them at
// once (every megabyte written) and costs about a millisecond. The same flag-then-context route is how
// Jest's leak detector reaches gc() without a command-line flag.

/** About three seconds of camera video, or half a minute of audio alone. */
const BYTES_PER_COLLECTION = 1024 * 1024;

type Collect = () => void;

function youngGenerationCollector(): Collect | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
    return typeof gc === 'function' ? () => gc({ type: 'minor' }) : null;
  } catch {
    return null; // without it memory is still bounded, only returned later
  }
}

let collect: Collect | null | undefined;
let bytesSinceCollection = 0;

/** Call after a chunk has been written; once a megabyte has been, the dead chunks are collected. */
export function releaseWrittenChunks(bytes: number): void {
  bytesSinceCollection += bytes;
  if (bytesSinceCollection < BYTES_PER_COLLECTION) return;
  bytesSinceCollection = 0;
  if (collect === undefined) collect = youngGenerationCollector();
  collect?.();
}
