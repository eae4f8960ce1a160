// One take for bench/feedback-latency.ts: real services over a fresh data
// folder, speech played into the recording service in real time, then the
// wait from Stop to the transcript and to the score.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TranscriptionJob } from '@contract/transcription';
import type { Logger } from '../electron/logger';
import { syntheticWebmChunks } from '../electron/recording/testing/synthetic-webm';
import { createServices, type Services } from '../electron/services';
import type { BacklogAtStop, StopPlan, StopPlanKind } from '../electron/transcription/streaming/stop-plan';
import { readWav } from '../electron/transcription/wav-pcm';

export interface TakeFigures {
  transcriptSeconds: number;
  scoreSeconds: number;
  /** How late each chunk was saved, against its place on a real-time clock. */
  jitterP99Ms: number;
  jitterMaxMs: number;
  /** CPU while recording, in % of one core: the app's process plus the Whisper server's. */
  cpuPercent: number;
  appCpuPercent: number;
  engineCpuPercent: number;
  fellBack: boolean;
  /** Streaming: what Stop did with the backlog (stop-plan.ts), and what was left then. */
  stopPlan: { kind: StopPlanKind; backlog: BacklogAtStop } | null;
  /**
   * Streaming: CPU seconds the server used while recording per second of
   * speech it finished (the piece under way counts as work, not as speech,
   * so this errs high). Unlike its wall-clock speed, this hardly depends on
   * how busy the machine is: below 1, one free core keeps up with the speaker.
   */
  serverCpuPerSpeechSecond: number | null;
}

const VIDEO_BYTES_PER_SECOND = 300_000;
const TICK_MS = 1000;

/** CPU seconds a process has used (Linux /proc; 0 elsewhere or once it is gone). */
function processCpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks (USER_HZ) are 1/100 s on Linux
  } catch {
    return 0;
  }
}

function seedQuestion(services: Services): string {
  const deckId = services.decks.create('Platform', [
    {
      prompt: 'How do you deploy services to Kubernetes?',
      modelAnswer:
        '- Package with Helm charts and deploy with Argo CD from Git\n- Alert on p99 latency with Prometheus and Grafana\n- Keep rollbacks fast',
      section: '',
      difficulty: null,
      kind: 'technical',
      targetSeconds: 120,
      targetSource: 'stated',
    },
  ]);
  return services.decks.get(deckId)!.questions[0]!.id;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function until(check: () => boolean): Promise<number> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
  return performance.now();
}

export async function playTake(options: {
  mode: 'batch' | 'streaming';
  wav: string;
  model: string;
}): Promise<TakeFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-feedback-'));
  let serverPid = 0;
  let stopPlan: TakeFigures['stopPlan'] = null;
  // The app's own log line at Stop says which way the take went; the bench keeps its figures.
  const logger: Logger = {
    info: (_message, detail) => {
      const d = detail as { plan?: StopPlan; backlog?: BacklogAtStop } | undefined;
      if (d?.plan && d.backlog) stopPlan = { kind: d.plan.kind, backlog: d.backlog };
    },
    warn: () => undefined,
    error: () => undefined,
  };
  const services = createServices({
    dataDir,
    transport: 'web',
    version: 'bench',
    logger,
    transcription: {
      streaming: { enabled: options.mode === 'streaming', onServerSpawn: (pid) => (serverPid = pid) },
    },
  });
  try {
    fs.symlinkSync(options.model, path.join(services.paths.modelsDir, 'ggml-base.en.bin'));
    const jobs: TranscriptionJob[] = [];
    services.events.subscribe((name, payload) => {
      if (name === 'transcription.job') jobs.push(payload as TranscriptionJob);
    });
    const { samples } = await readWav(options.wav);
    const seconds = Math.ceil(samples.length / 16_000);
    const video = syntheticWebmChunks(seconds, { videoBytesPerSecond: VIDEO_BYTES_PER_SECOND });
    const { id } = await services.recording.start(seedQuestion(services));

    const lateness: number[] = [];
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    for (let seq = 0; seq < seconds; seq++) {
      const due = started + (seq + 1) * TICK_MS;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const pcm = samples.subarray(seq * 16_000, (seq + 1) * 16_000);
      const bytes = new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength);
      await Promise.all([
        services.recording.appendVideo(id, seq, video.next().value as Uint8Array),
        services.recording.appendAudio(id, seq, bytes),
      ]);
      lateness.push(performance.now() - due);
    }
    const wall = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const appCpu = (cpu.user + cpu.system) / 1e6;
    const engineCpu = serverPid ? processCpuSeconds(serverPid) : 0;

    const stopAt = performance.now();
    await services.recording.stop(id);
    const transcriptAt = await until(() => jobs.some((j) => j.takeId === id && j.status === 'done'));
    const scoreAt = await until(() => services.feedback.latest(id)?.status === 'done');
    const backlog = (stopPlan as TakeFigures['stopPlan'])?.backlog;
    const finishedSpeech = backlog ? seconds - backlog.inFlightAudioSeconds - backlog.waitingAudioSeconds : 0;
    return {
      transcriptSeconds: (transcriptAt - stopAt) / 1000,
      scoreSeconds: (scoreAt - stopAt) / 1000,
      jitterP99Ms: percentile(lateness, 99),
      jitterMaxMs: Math.max(...lateness),
      cpuPercent: ((appCpu + engineCpu) / wall) * 100,
      appCpuPercent: (appCpu / wall) * 100,
      engineCpuPercent: (engineCpu / wall) * 100,
      // A streamed take's job never waits in the queue; one that does fell back to the batch job.
      fellBack: options.mode === 'streaming' && jobs.some((j) => j.takeId === id && j.status === 'queued'),
      stopPlan,
      serverCpuPerSpeechSecond: finishedSpeech > 0 ? engineCpu / finishedSpeech : null,
    };
  } finally {
    await services.transcription.close();
    services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
