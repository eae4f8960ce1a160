// `npm run bench:delivery`: voice analysis of a 2-minute take (espeak-ng speech, the recorder's 16 kHz WAV) through
// the path the app runs after a take: read the WAV and track pitch and level on the voice worker thread, score the
// voice with the words on this thread; then the
// pitch tracker's accuracy on synthetic tones, sweeps and vibrato; then camera presence of a 2-minute video take in
// browser mode (bench/presence-bench.ts).
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { scoreAnswer } from '../electron/scoring/score-answer';
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
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const voiceWorker = new OffThreadVoice();
    const started = performance.now();
    const track = await voiceWorker.analyse(file);
    const analysed = performance.now();
    loop.disable();
    await voiceWorker.stop();
    // What the machine itself adds: the same monitor over as long with nothing running (a loaded machine stalls an
    // idle loop too).
    const idle = monitorEventLoopDelay({ resolution: 5 });
    idle.enable();
    await new Promise((resolve) => setTimeout(resolve, analysed - started));
    idle.disable();
    // The words' part of the score (and its one-off language model load) is warmed first, as the app does at start,
    // so the second score's extra time is what the voice measures cost.
    scoreAnswer(input);
    const scoringLoop = monitorEventLoopDelay({ resolution: 5 });
    scoringLoop.enable();
    // The monitor starts timing at the loop's next turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const scoring = performance.now();
    const report = scoreAnswer(input, { voice: track });
    const measureMs = performance.now() - scoring;
    // Let the monitor see the stall the synchronous score just caused.
    await new Promise((resolve) => setTimeout(resolve, 20));
    scoringLoop.disable();
    const withoutVoice = performance.now();
    scoreAnswer(input);
    const voiceMs = measureMs - (performance.now() - withoutVoice);
    const seconds = (analysed - started + voiceMs) / 1000;
    clearInterval(sampler);

    const voice = report.delivery.voice;
    console.log(`Voice analysis of a ${takeSeconds} s take (${fs.statSync(file).size} bytes WAV, espeak-ng speech)`);
    console.log(
      `  time            ${seconds.toFixed(2)} s = ${(seconds / takeSeconds).toFixed(3)} × the take's length (goal ≤ 0.25)`,
    );
    console.log(
      `  of which pitch and level track ${((analysed - started) / 1000).toFixed(2)} s (worker thread, its start included), voice measures in the score ${Math.max(0, voiceMs).toFixed(0)} ms`,
    );
    console.log(`  longest event-loop stall while the worker analyses  ${(loop.max / 1e6).toFixed(1)} ms (goal ≤ 50)`);
    console.log(
      `  longest event-loop stall while scoring the take with its voice  ${(scoringLoop.max / 1e6).toFixed(1)} ms (the whole score, words included)`,
    );
    console.log(`  longest stall of an idle loop on this machine, over as long  ${(idle.max / 1e6).toFixed(1)} ms`);
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
