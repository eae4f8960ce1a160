// `npm run bench:delivery`: voice analysis of a 2-minute take (espeak-ng speech, the recorder's 16 kHz WAV) through
// the path the app runs after a take: read the WAV and track pitch and level on the voice worker thread, then score
// the take with its voice on the scorer's worker thread, timing how long the main thread is held up by each; then the
// pitch tracker's accuracy on synthetic tones, sweeps and vibrato; then camera presence of a 2-minute video take in
// browser mode (bench/presence-bench.ts).
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { monitorEventLoopDelay, performance as perf } from 'node:perf_hooks';
import { sharedScorer } from '../electron/feedback/off-thread-scorer';
import { runScoreRequest, type ScoreRequest } from '../electron/feedback/score-request';
import { audioDir, concat, espeak, writeWav } from '../electron/voice/testing/synth-audio';
import { OffThreadVoice } from '../electron/voice/off-thread-voice';
import { printAccuracy } from './delivery-accuracy';
import { printPresenceBench } from './presence-bench';

const takeSeconds = 120;
const sentences = [
  'When I joined the team, deployments took a whole day and nobody trusted them.',
  'I wrote a pipeline that built, tested and shipped every change in ten minutes.',
  'Over the next quarter we moved every service onto it, one team at a time.',
  'The result was twenty releases a week instead of one, with fewer rollbacks.',
];

/** The deck's other questions, so the score weighs terms across a deck as it does for a user's take. */
const otherQuestions = [
  { question: 'How do you handle a conflict in your team?', modelAnswer: 'Listen first, find the shared goal, agree.' },
  { question: 'How would you speed up reads?', modelAnswer: 'Put a cache in front of the database with a TTL.' },
];

const ms = (nanoseconds: number) => `${(nanoseconds / 1e6).toFixed(1)} ms`;

/**
 * The longest the event loop was held up while `work` ran (nanoseconds), how long the main thread itself was busy
 * meanwhile (ms; unlike the stall, this hardly moves with the machine's load), and what the work gave.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ stall: number; busyMs: number; value: T }> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  // The monitor starts timing at the loop's next turn.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const before = perf.eventLoopUtilization();
  const value = await work();
  // Let the monitor see a stall the work's last step caused.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const busyMs = perf.eventLoopUtilization(before).active;
  loop.disable();
  return { stall: loop.max, busyMs, value };
}

const stallAndBusy = (r: { stall: number; busyMs: number }) =>
  `${ms(r.stall).padStart(9)}, main thread busy ${r.busyMs.toFixed(0)} ms`;

async function main() {
  const scratch = audioDir();
  try {
    const parts = sentences.map((s, i) => espeak(scratch.dir, `s${i}`, `<prosody range="60">${s}</prosody>`));
    let take = concat(parts, 0.6);
    while (take.samples.length < takeSeconds * take.sampleRate) take = concat([take, ...parts], 0.6);
    take = { sampleRate: take.sampleRate, samples: take.samples.slice(0, takeSeconds * take.sampleRate) };
    const file = path.join(scratch.dir, 'take.wav');
    writeWav(file, take);
    const words = sentences.join(' ').split(' ');
    const input = {
      question: 'Tell me about a time you improved delivery.',
      modelAnswer: 'A pipeline that cut deployment time, rolled out across teams, with results.',
      transcript: Array.from({ length: 8 }, () => sentences.join(' ')).join(' '),
      durationSeconds: takeSeconds,
      words: Array.from({ length: 8 * words.length }, (_, i) => ({
        text: words[i % words.length]!,
        start: (i * takeSeconds) / (8 * words.length),
        end: ((i + 0.8) * takeSeconds) / (8 * words.length),
      })),
    };

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
    const voiceWorker = new OffThreadVoice();
    const started = performance.now();
    const cold = await longestStall(() => voiceWorker.analyse(file));
    const analysed = performance.now();
    // A second take on the worker the first one started, as every take after the first finds it.
    const warm = await longestStall(() => voiceWorker.analyse(file));
    await voiceWorker.stop();
    const trackJson = cold.value;
    // What the machine itself adds: the same monitor over as long with nothing running (a loaded machine stalls an
    // idle loop too).
    const idle = await longestStall(() => new Promise((resolve) => setTimeout(resolve, analysed - started)));

    // The take is scored as the app scores it (electron/feedback/feedback-service.ts): the same request, on the
    // scorer's worker, with the voice track as stored. The first score starts the worker and loads the word vectors
    // (the app does that at start-up); the second is what every later take costs.
    const request: ScoreRequest = {
      input,
      settings: {},
      deck: {
        id: 'bench',
        questions: [{ question: input.question, modelAnswer: input.modelAnswer }, ...otherQuestions],
      },
      voiceJson: trackJson,
    };
    const scorer = sharedScorer();
    const firstScore = await longestStall(() => scorer.score(request));
    const scoring = performance.now();
    const offThread = await longestStall(() => scorer.score(request));
    const scoreMs = performance.now() - scoring;
    const report = offThread.value;
    await scorer.stop();
    // For comparison, the same score on this thread, as it ran before it moved to the worker (warmed first).
    runScoreRequest(request);
    const onThisThread = await longestStall(() => Promise.resolve(runScoreRequest(request)));
    const withoutVoice = performance.now();
    runScoreRequest({ ...request, voiceJson: undefined });
    const wordsMs = performance.now() - withoutVoice;
    const measuring = performance.now();
    runScoreRequest(request);
    const voiceMs = performance.now() - measuring - wordsMs;
    const seconds = (analysed - started + voiceMs) / 1000;
    clearInterval(sampler);

    const voice = report.delivery.voice;
    const load = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ');
    console.log(`Voice analysis of a ${takeSeconds} s take (${fs.statSync(file).size} bytes WAV, espeak-ng speech)`);
    console.log(`  load average at the end of the run: ${load} (2 cores shared)`);
    console.log(
      `  time            ${seconds.toFixed(2)} s = ${(seconds / takeSeconds).toFixed(3)} × the take's length (goal ≤ 0.25)`,
    );
    console.log(
      `  of which pitch and level track ${((analysed - started) / 1000).toFixed(2)} s (worker thread, its start included), voice measures in the score ${Math.max(0, voiceMs).toFixed(0)} ms`,
    );
    console.log('Longest event-loop stall of the main thread (goal ≤ 50 ms), and its own busy time meanwhile');
    console.log(`  while the voice worker starts and analyses the take      ${stallAndBusy(cold)}`);
    console.log(`  while the warm voice worker analyses the next take       ${stallAndBusy(warm)}`);
    console.log(`  while the scorer's worker starts and scores the take     ${stallAndBusy(firstScore)}`);
    console.log(
      `  while the warm scorer's worker scores the next take      ${stallAndBusy(offThread)} (${scoreMs.toFixed(0)} ms to the answer)`,
    );
    console.log(`  scoring on the main thread instead, for comparison       ${stallAndBusy(onThisThread)}`);
    console.log(`  an idle loop on this machine, over as long as the voice  ${stallAndBusy(idle)}`);
    console.log(`  memory peak (RSS)         ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
    if (voice?.status === 'measured')
      console.log(
        `  measured: pitch spread ${voice.pitch.spread} st, range ${voice.pitch.range} st, level ${voice.volume?.db} dBFS`,
      );
    else console.log(`  voice not measured: ${voice?.reason ?? 'no voice part'}`);
    console.log('');
    await printAccuracy(scratch.dir);
    console.log('');
    await printPresenceBench();
  } finally {
    scratch.dispose();
  }
}

void main();
