import path from 'node:path';

/** Names of a take's files inside the recordings folder; ids are UUIDs, so no escaping is needed. */
export const takeFiles = (takeId: string) => ({
  video: `${takeId}.webm`,
  audio: `${takeId}.wav`,
});

export const partOf = (file: string) => `${file}.part`;

export interface TakePaths {
  videoPart: string;
  audioPart: string;
  video: string;
  audio: string;
}

export function takePaths(recordingsDir: string, takeId: string): TakePaths {
  const names = takeFiles(takeId);
  return {
    video: path.join(recordingsDir, names.video),
    audio: path.join(recordingsDir, names.audio),
    videoPart: path.join(recordingsDir, partOf(names.video)),
    audioPart: path.join(recordingsDir, partOf(names.audio)),
  };
}
