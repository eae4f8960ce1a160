/**
 * The environment whisper.cpp runs in (whisper-cli and whisper-server). The
 * build splits work across threads with OpenMP, whose threads by default spin
 * at every step waiting for each other. When other programs keep the cores
 * busy, a spinning thread burns its share of the core while the thread it
 * waits for is not even running: the same transcription then costs about half
 * as much CPU again. Passive threads sleep instead. A policy the user set
 * themselves is kept.
 */
export function whisperProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, OMP_WAIT_POLICY: env.OMP_WAIT_POLICY ?? 'passive' };
}
