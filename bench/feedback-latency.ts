// npm run bench:feedback — how long the user waits for feedback after Stop,
// batch (transcribe after Stop, today's path without whisper-server) versus
// streaming (transcribe while recording). espeak-ng speech is played into the
// real recording service in real time, one second of PCM and one second of
// WebM video per tick as the renderer sends them, with the app's defaults and
// a base.en-shaped scripted model decoding as many tokens per 30 s window as
// the speech has words. "streaming" is what a user gets by default: the
// same services, settings and thread choice, including what Stop does with a
// backlog (stop-plan.ts). Gates: streaming Stop -> score never above batch;
// <= 3 s for 2 minutes and <= 4 s for 5 minutes; recorder chunk jitter p99 no
// worse than batch + 20 ms.
//
// The scripted model decodes the same number of tokens for every request, so
// a 10 s piece costs the decode of a whole 30 s window: the bench overstates
// what streaming costs with a real model, whose decode follows the words.
//
//   npm run bench:feedback                        30 s, 2 min and 5 min
//   npm run bench:feedback -- --durations 30,120  a shorter run
import fs from 'node:fs';
import os from 'node:os';
import { benchDir, benchModel, speechWav } from './transcribe-fixtures';
import { playTake, type TakeFigures } from './feedback-take';

/** What Stop did, in a few words: the server finished, or one pass took what it had not done. */
function atStop(f: TakeFigures): string {
  if (!f.stopPlan) return '';
  const { kind, backlog: b } = f.stopPlan;
  const rtf = b.serverRtf === null ? 'rtf -' : `rtf ${b.serverRtf.toFixed(2)}`;
  const left = kind === 'batch' ? b.inFlightAudioSeconds + b.waitingAudioSeconds : b.waitingAudioSeconds;
  const what = kind === 'stream' ? 'server finished' : `one pass over last ${left.toFixed(0)} s`;
  const cpu = f.serverCpuPerSpeechSecond;
  const cpuPerSpeech = cpu === null ? '' : `, ${cpu.toFixed(2)} CPU s per s`;
  return `  ${what} (${rtf}${cpuPerSpeech}, ${b.serverThreads} thr)`;
}

function durations(): number[] {
  const at = process.argv.indexOf('--durations');
  const list = at >= 0 ? process.argv[at + 1] : process.env.BENCH_DURATIONS;
  const parsed = (list ?? '30,120,300').split(',').map(Number);
  if (parsed.some((d) => !Number.isInteger(d) || d < 5))
    throw new Error('--durations takes whole seconds, e.g. 30,120,300');
  return parsed;
}

const GATES: Record<number, number> = { 120: 3, 300: 4 };
const JITTER_MARGIN_MS = 20;
const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const pad = (text: string, width: number) => text.padStart(width);

async function main() {
  fs.mkdirSync(benchDir, { recursive: true });
  const rows: Array<{ seconds: number; batch: TakeFigures; streaming: TakeFigures }> = [];
  for (const seconds of durations()) {
    const speech = speechWav(seconds);
    const model = benchModel('base.en', speech.wordsPerWindow);
    // Alternate which mode goes first, so neither always runs on a machine the other just heated.
    const order = rows.length % 2 === 0 ? (['batch', 'streaming'] as const) : (['streaming', 'batch'] as const);
    const figures: Partial<Record<'batch' | 'streaming', TakeFigures>> = {};
    for (const mode of order) {
      process.stderr.write(`playing ${seconds} s of speech, ${mode}...\n`);
      const f = await playTake({ mode, wav: speech.file, model });
      figures[mode] = f;
      // Each take as it finishes: on a busy machine a whole run takes long, and a stopped one still says something.
      process.stderr.write(
        `  ${seconds} s ${mode}: Stop->transcript ${s(f.transcriptSeconds)}, Stop->score ${s(f.scoreSeconds)}, ` +
          `jitter p99 ${f.jitterP99Ms.toFixed(1)} ms${atStop(f)}, load average ${os.loadavg()[0]!.toFixed(1)}\n`,
      );
    }
    rows.push({ seconds, batch: figures.batch!, streaming: figures.streaming! });
  }

  const header =
    'answer   mode       Stop->transcript  Stop->score  chunk jitter p99  max     CPU while recording (app + whisper)  at Stop';
  const lines = [
    `base.en shapes, 2 cores (${os.cpus()[0]?.model ?? 'cpu'}), load average ${os.loadavg()[0]!.toFixed(1)}`,
    '',
    header,
    ...rows.flatMap(({ seconds, batch, streaming }) =>
      (
        [
          ['batch', batch],
          ['streaming', streaming],
        ] as const
      ).map(
        ([mode, f]) =>
          `${pad(`${seconds} s`, 6)}   ${mode.padEnd(9)}  ${pad(s(f.transcriptSeconds), 16)}  ${pad(s(f.scoreSeconds), 11)}  ${pad(`${f.jitterP99Ms.toFixed(1)} ms`, 16)}  ${pad(`${f.jitterMaxMs.toFixed(0)} ms`, 6)}  ${pad(`${f.cpuPercent.toFixed(0)}%`, 5)} of one core (${f.appCpuPercent.toFixed(0)}% + ${f.engineCpuPercent.toFixed(0)}%)${atStop(f)}${f.fellBack ? '  FELL BACK TO BATCH' : ''}`,
      ),
    ),
    '',
  ];
  let failed = false;
  for (const { seconds, batch, streaming } of rows) {
    const neverSlower = streaming.scoreSeconds <= batch.scoreSeconds;
    failed ||= !neverSlower;
    lines.push(
      `gate ${seconds} s streaming Stop->score <= batch: ${neverSlower ? 'PASS' : 'FAIL'} (${s(streaming.scoreSeconds)} vs ${s(batch.scoreSeconds)})`,
    );
    const limit = GATES[seconds];
    if (limit !== undefined) {
      const ok = streaming.scoreSeconds <= limit && !streaming.fellBack;
      failed ||= !ok;
      lines.push(
        `gate ${seconds} s streaming Stop->score <= ${limit} s: ${ok ? 'PASS' : 'FAIL'} (${s(streaming.scoreSeconds)})`,
      );
    }
    const jitterOk = streaming.jitterP99Ms <= batch.jitterP99Ms + JITTER_MARGIN_MS;
    failed ||= !jitterOk;
    lines.push(
      `gate ${seconds} s jitter p99 streaming <= batch + ${JITTER_MARGIN_MS} ms: ${jitterOk ? 'PASS' : 'FAIL'} (${streaming.jitterP99Ms.toFixed(1)} vs ${batch.jitterP99Ms.toFixed(1)} ms)`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:feedback failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
