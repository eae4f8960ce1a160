// Inputs for bench/transcribe-speed.ts, cached under .tmp/bench-transcribe.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shapes, type WhisperShape } from '../electron/transcription/testing/model-shapes';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';

export const benchDir = path.resolve('.tmp', 'bench-transcribe');
const whisperSource = path.resolve('node_modules', 'nodejs-whisper', 'cpp', 'whisper.cpp');

export const SPEECH_TEXT =
  'So, um, when I think about deploying services to Kubernetes, the first thing I look at is how we package them. ' +
  'We use Helm charts and Argo CD, so every change goes through a pull request, and the cluster pulls the new state. ' +
  'Uh, for observability we run Prometheus and Grafana, and we alert on the p99 latency rather than the average, ' +
  'because the tail is what users actually feel. Like, last year we had an incident where a memory leak only showed up ' +
  'under load, and the dashboards made it obvious within minutes. I mean, the key lesson was to keep rollbacks boring and fast.';

/** Whisper closes a segment every few seconds of steady speech. */
const SEGMENT_SECONDS = 3;

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });

/** 60 s of espeak-ng speech as 16 kHz mono 16-bit PCM, the recorder's format. */
export function speechWav(seconds = 60): { file: string; wordsPerWindow: number } {
  const file = path.join(benchDir, `speech-${seconds}s.wav`);
  const raw = path.join(benchDir, 'speech-raw.wav');
  if (!fs.existsSync(raw)) run('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', raw, SPEECH_TEXT]);
  const spoken = Number(execFileSync('soxi', ['-D', raw], { encoding: 'utf8' }));
  if (!fs.existsSync(file)) {
    const repeats = Math.ceil(seconds / spoken);
    run('sox', [
      ...Array<string>(repeats).fill(raw),
      '-r',
      '16000',
      '-c',
      '1',
      '-b',
      '16',
      file,
      'trim',
      '0',
      String(seconds),
    ]);
  }
  const words = SPEECH_TEXT.split(/\s+/).length;
  return { file, wordsPerWindow: Math.round((words * 30) / spoken) };
}

/**
 * Real shapes, random encoder weights, and a scripted decoder that reads the
 * speech's words per 30 s window in 3 s segments, each closed by its
 * timestamps, as a real model decodes steady speech (about 3.5 tokens per
 * second of audio here). whisper.cpp stops at the first timestamp past the
 * end of the audio, so a 10 s piece decodes a third of a window's tokens.
 * Compute does not depend on weight values, so this costs what a real model
 * costs on that speech; a fully random decoder instead babbles to the
 * 224-token limit with every temperature fallback (585 s for tiny.en shapes
 * on 60 s here), and a model that reads a whole window's words from every
 * request makes each short piece cost a full window's decode.
 */
export function benchModel(name: 'tiny.en' | 'base.en', tokensPerWindow: number): string {
  const shape: WhisperShape = name === 'tiny.en' ? shapes.tinyEn : shapes.baseEn;
  const file = path.join(benchDir, `${name}-paced-${tokensPerWindow}.bin`);
  if (!fs.existsSync(file)) {
    const tokens = Array.from({ length: tokensPerWindow }, (_, i) => ` b${i}`);
    writeScriptedModel(file, { tokens, segmentSeconds: SEGMENT_SECONDS, shape, encoderSeed: 7 });
  }
  return file;
}

/** whisper-cli built with upstream's default options (Release, native SIMD) from the same source: the baseline. */
export function referenceCli(): string {
  const build = path.join(benchDir, 'reference-build');
  const exe = path.join(build, 'bin', process.platform === 'win32' ? 'Release/whisper-cli.exe' : 'whisper-cli');
  if (!fs.existsSync(exe)) {
    process.stderr.write('Building the reference whisper-cli (upstream defaults, native SIMD); first run only...\n');
    run('cmake', ['-S', whisperSource, '-B', build, '-DCMAKE_BUILD_TYPE=Release']);
    run('cmake', [
      '--build',
      build,
      '--target',
      'whisper-cli',
      '--config',
      'Release',
      '-j',
      String(os.availableParallelism()),
    ]);
  }
  return exe;
}

export function whisperVersion(): string {
  const cmake = fs.readFileSync(path.join(whisperSource, 'CMakeLists.txt'), 'utf8');
  return /project\("whisper\.cpp" VERSION ([\d.]+)\)/.exec(cmake)?.[1] ?? 'unknown';
}
