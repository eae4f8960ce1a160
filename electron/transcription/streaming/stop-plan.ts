/**
 * What to do with the rest of a take when the user presses Stop.
 *
 * The server transcribes on few threads so the recorder keeps its cores; on
 * a slow or busy machine it falls behind while the user speaks, and pieces
 * pile up. Finishing that backlog one piece at a time can then take longer
 * than transcribing it in one pass with every core, now that nothing else
 * needs them. The pass only covers what the server has not done yet, which
 * is never more than the whole take: so a take that chooses well is never
 * slower than transcribing the whole take after Stop.
 */

export interface BacklogAtStop {
  /** Seconds of audio in the piece on the server now (0 when it is idle)... */
  readonly inFlightAudioSeconds: number;
  /** ...and how long it has been there. */
  readonly inFlightElapsedSeconds: number;
  /** Seconds of audio cut but not sent yet, the last piece included. */
  readonly waitingAudioSeconds: number;
  /**
   * Wall seconds the server took per second of audio over the pieces it
   * finished in this take (its real-time factor, measured live); null before
   * the first one.
   */
  readonly serverRtf: number | null;
  readonly serverThreads: number;
  /** Threads the one-pass transcription would use (all cores). */
  readonly batchThreads: number;
}

export type StopPlanKind =
  /** Let the server finish the backlog: it is (nearly) caught up. */
  | 'stream'
  /** Let the piece on the server finish, then transcribe the rest in one pass. */
  | 'finish-piece-then-batch'
  /** Stop the server now and transcribe its piece and the rest in one pass. */
  | 'batch';

export interface StopPlan {
  readonly kind: StopPlanKind;
  /** Estimated seconds from Stop to the transcript, per choice (for the log and the bench). */
  readonly estimates: Readonly<Record<StopPlanKind, number>>;
}

const WINDOW_SECONDS = 30;
/** Starting whisper-cli and loading the model before the first window. */
export const BATCH_START_SECONDS = 1;
/**
 * What a second thread is worth to whisper.cpp on the same work: its
 * matrix products split across threads, the rest (sampling, token timings)
 * does not.
 */
const THREAD_EFFICIENCY = 0.8;

/** How much faster one pass with `batch` threads runs than the server with `server` threads. */
export function batchSpeedup(serverThreads: number, batchThreads: number): number {
  return Math.max(1, (THREAD_EFFICIENCY * batchThreads) / Math.max(1, serverThreads));
}

export function planAtStop(backlog: BacklogAtStop): StopPlan {
  const { inFlightAudioSeconds: inFlight, waitingAudioSeconds: waiting } = backlog;
  if (backlog.serverRtf === null) {
    // No piece finished yet, so no measure of the server: transcribing everything in one pass is what
    // the take would cost without streaming, the safe choice. Nothing left at all: nothing to choose.
    const nothingLeft = inFlight === 0 && waiting === 0;
    const batch = nothingLeft ? 0 : BATCH_START_SECONDS;
    return {
      kind: nothingLeft ? 'stream' : 'batch',
      estimates: { stream: batch, 'finish-piece-then-batch': batch, batch },
    };
  }
  const rtf = backlog.serverRtf;
  const batchRtf = rtf / batchSpeedup(backlog.serverThreads, backlog.batchThreads);
  // A piece can be slower than the pieces before it; it is at least never done before it started.
  const inFlightLeft = inFlight > 0 ? Math.max(0, inFlight * rtf - backlog.inFlightElapsedSeconds) : 0;
  // whisper-cli encodes whole 30 s windows, however little of the last one is speech.
  const onePass = (audio: number) =>
    audio > 0 ? BATCH_START_SECONDS + Math.ceil(audio / WINDOW_SECONDS) * WINDOW_SECONDS * batchRtf : 0;
  const estimates: Record<StopPlanKind, number> = {
    stream: inFlightLeft + waiting * rtf,
    'finish-piece-then-batch': inFlightLeft + onePass(waiting),
    batch: onePass(inFlight + waiting),
  };
  // Ties go to streaming, then to keeping the piece already under way: less work thrown away.
  const order: StopPlanKind[] = ['stream', 'finish-piece-then-batch', 'batch'];
  const kind = order.reduce((best, next) => (estimates[next] < estimates[best] ? next : best));
  return { kind, estimates };
}

const s = (value: number) => `${value.toFixed(1)} s`;

/** One log line: what was left at Stop, and what each choice was expected to cost. */
export function describePlan(plan: StopPlan, backlog: BacklogAtStop): string {
  const rtf = backlog.serverRtf === null ? 'not measured' : backlog.serverRtf.toFixed(2);
  const { estimates: e } = plan;
  return (
    `at Stop: ${s(backlog.inFlightAudioSeconds)} on the server, ${s(backlog.waitingAudioSeconds)} waiting, ` +
    `server real-time factor ${rtf} on ${backlog.serverThreads} thread(s); ` +
    `estimates stream ${s(e.stream)}, finish piece then one pass ${s(e['finish-piece-then-batch'])}, one pass ${s(e.batch)}: ${plan.kind}`
  );
}
