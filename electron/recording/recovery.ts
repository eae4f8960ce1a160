import fs from 'node:fs/promises';
import path from 'node:path';
import type { Take } from '@contract/takes';
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
async function recoverTake(deps: RecordingDeps, take: Take): Promise<Take | null> {
  const paths = takePaths(deps.recordingsDir, take.id);
  const names = takeFiles(take.id);
  const webm = (await fileSize(paths.video)) ? { durationMs: 0 } : await finalizeWebmPart(paths.videoPart, paths.video);
  const wav = (await fileSize(paths.audio)) ? { durationMs: 0 } : await finalizeWavPart(paths.audioPart, paths.audio);
  if (!webm && !wav) {
    deps.takes.finish(take.id, 'failed', null);
    return null;
  }
  deps.takes.finish(take.id, 'recovered', webm?.durationMs || wav?.durationMs || null, {
    videoFile: webm ? names.video : null,
    audioFile: wav ? names.audio : null,
  });
  deps.events.emit('recording.saved', { takeId: take.id, questionId: take.questionId });
  return deps.takes.get(take.id) ?? null;
}

/** Failed takes, and `.part`/`.tmp` files no take claims: shown to the user before anything is deleted. */
async function listLeftovers(deps: RecordingDeps, active: ReadonlySet<string>): Promise<Leftover[]> {
  const leftovers: Leftover[] = [];
  const claimed = new Set<string>();
  for (const take of deps.takes.listByStatus('failed')) {
    const names = Object.values(takeFiles(take.id));
    const files = [...names, ...names.map(partOf)];
    files.forEach((file) => claimed.add(file));
    let bytes = 0;
    for (const file of files) bytes += (await fileSize(path.join(deps.recordingsDir, file))) ?? 0;
    leftovers.push({ id: take.id, takeId: take.id, files: names, bytes, reason: 'Nothing usable was saved.' });
  }
  for (const id of active) Object.values(takeFiles(id)).forEach((file) => claimed.add(partOf(file)));
  const stray = (await fs.readdir(deps.recordingsDir)).filter(
    (file) => /\.(part|tmp)$/.test(file) && !claimed.has(file),
  );
  for (const file of stray) {
    const bytes = (await fileSize(path.join(deps.recordingsDir, file))) ?? 0;
    leftovers.push({ id: file, takeId: null, files: [file], bytes, reason: 'An unfinished file with no take.' });
  }
  return leftovers;
}

export async function recoverInterrupted(deps: RecordingDeps, active: ReadonlySet<string>): Promise<RecoveryReport> {
  const recovered: Take[] = [];
  for (const take of deps.takes.listByStatus('recording')) {
    if (active.has(take.id)) continue;
    try {
      const result = await recoverTake(deps, take);
      if (result) recovered.push(result);
    } catch (error) {
      deps.logger.error(`could not recover take ${take.id}`, error);
      deps.takes.finish(take.id, 'failed', null);
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
    if (leftover.takeId) deps.takes.delete(leftover.takeId);
    await removeMediaFiles(deps.recordingsDir, leftover.files, deps.logger);
  }
}
