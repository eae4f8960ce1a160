import fs from 'node:fs/promises';
import path from 'node:path';
import type { Attempt } from '@contract/attempts';
import type { Leftover, RecoveryReport } from '@contract/recording';
import type { RecordingDeps } from './recording-deps';
import { finalizeWavPart, finalizeWebmPart } from './finalize-parts';
import { removeMediaFiles } from './media-files';
import { partOf, takeFiles, takePaths } from './recording-files';

const fileSize = (file: string) =>
  fs.stat(file).then(
    (stat) => stat.size,
    () => null,
  );

/** One take: keep whatever finished file exists, otherwise finalise its `.part`. */
async function recoverTake(deps: RecordingDeps, attempt: Attempt): Promise<Attempt | null> {
  const paths = takePaths(deps.recordingsDir, attempt.id);
  const names = takeFiles(attempt.id);
  const webm = (await fileSize(paths.video)) ? { durationMs: 0 } : await finalizeWebmPart(paths.videoPart, paths.video);
  const wav = (await fileSize(paths.audio)) ? { durationMs: 0 } : await finalizeWavPart(paths.audioPart, paths.audio);
  if (!webm && !wav) {
    deps.attempts.finish(attempt.id, 'failed', null);
    return null;
  }
  deps.attempts.finish(attempt.id, 'recovered', webm?.durationMs || wav?.durationMs || null, {
    videoFile: webm ? names.video : null,
    audioFile: wav ? names.audio : null,
  });
  deps.events.emit('recording.saved', { attemptId: attempt.id, questionId: attempt.questionId });
  return deps.attempts.get(attempt.id) ?? null;
}

/** Failed takes, and `.part`/`.tmp` files no take claims: shown to the user before anything is deleted. */
async function listLeftovers(deps: RecordingDeps, active: ReadonlySet<string>): Promise<Leftover[]> {
  const leftovers: Leftover[] = [];
  const claimed = new Set<string>();
  for (const attempt of deps.attempts.listByStatus('failed')) {
    const names = Object.values(takeFiles(attempt.id));
    const files = [...names, ...names.map(partOf)];
    files.forEach((file) => claimed.add(file));
    let bytes = 0;
    for (const file of files) bytes += (await fileSize(path.join(deps.recordingsDir, file))) ?? 0;
    leftovers.push({ id: attempt.id, attemptId: attempt.id, files: names, bytes, reason: 'Nothing usable was saved.' });
  }
  for (const id of active) Object.values(takeFiles(id)).forEach((file) => claimed.add(partOf(file)));
  const stray = (await fs.readdir(deps.recordingsDir)).filter(
    (file) => /\.(part|tmp)$/.test(file) && !claimed.has(file),
  );
  for (const file of stray) {
    const bytes = (await fileSize(path.join(deps.recordingsDir, file))) ?? 0;
    leftovers.push({ id: file, attemptId: null, files: [file], bytes, reason: 'An unfinished file with no take.' });
  }
  return leftovers;
}

export async function recoverInterrupted(deps: RecordingDeps, active: ReadonlySet<string>): Promise<RecoveryReport> {
  const recovered: Attempt[] = [];
  for (const attempt of deps.attempts.listByStatus('recording')) {
    if (active.has(attempt.id)) continue;
    try {
      const result = await recoverTake(deps, attempt);
      if (result) recovered.push(result);
    } catch (error) {
      deps.logger.error(`could not recover take ${attempt.id}`, error);
      deps.attempts.finish(attempt.id, 'failed', null);
    }
  }
  return { recovered, leftovers: await listLeftovers(deps, active) };
}

/** Deletes only what is still listed as a leftover, whatever ids were sent. */
export async function discardLeftovers(
  deps: RecordingDeps,
  ids: readonly string[],
  active: ReadonlySet<string>,
): Promise<void> {
  const wanted = new Set(ids);
  for (const leftover of await listLeftovers(deps, active)) {
    if (!wanted.has(leftover.id)) continue;
    if (leftover.attemptId) deps.attempts.delete(leftover.attemptId);
    await removeMediaFiles(deps.recordingsDir, leftover.files, deps.logger);
  }
}
