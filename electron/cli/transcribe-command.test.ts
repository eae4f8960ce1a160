import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestWav } from '../transcription/testing/audio-fixtures';
import { craftedLoopingModel } from '../transcription/testing/hostile-models';
import { startOpenAiServer } from '../transcription/testing/openai-server';
import { writeScriptedModel } from '../transcription/testing/scripted-model';
import { transcribeCommand } from './transcribe-command';

let dir: string;
const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Runs the real CLI the way `npm run cli` does; resolves with its exit code and stderr. */
function runCliProcess(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-cli-transcribe-'));
  writeScriptedModel(path.join(dir, 'scripted.bin'), {
    tokens: [' So', ',', ' um', ' yes', '.'],
    start: 0.2,
    end: 1.2,
  });
  writeTestWav(path.join(dir, 'answer.wav'), 3);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('transcribe command', () => {
  it('prints text, language, segments, words, engine, model and seconds from the local engine', async () => {
    const out = (await transcribeCommand.run([
      path.join(dir, 'answer.wav'),
      '--model',
      path.join(dir, 'scripted.bin'),
    ])) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['text', 'language', 'segments', 'words', 'engine', 'model', 'seconds']);
    expect(out).toMatchObject({ text: 'So, um yes.', language: 'en', engine: 'local', model: 'scripted' });
    expect(out.segments).toEqual([{ start: 0.2, end: 1.2, text: 'So, um yes.' }]);
    expect((out.words as Array<{ text: string }>).map((w) => w.text)).toEqual(['So,', 'um', 'yes.']);
    expect(Object.keys((out.words as object[])[0]!)).toEqual(['text', 'start', 'end', 'probability']);
  });

  it('uses an OpenAI-compatible server with --engine openai', async () => {
    const server = await startOpenAiServer();
    try {
      const out = await transcribeCommand.run([
        path.join(dir, 'answer.wav'),
        '--engine',
        'openai',
        '--base-url',
        server.baseUrl,
      ]);
      expect(out).toMatchObject({ text: 'Part 1 spoken.', engine: 'openai', model: 'whisper-1' });
      expect(server.received[0]!.prompt).toContain('Um');
    } finally {
      await server.close();
    }
  });

  it('explains a missing model and a bad engine name', async () => {
    await expect(
      transcribeCommand.run([path.join(dir, 'answer.wav'), '--model', 'small.en', '--data-dir', dir]),
    ).rejects.toThrow(/not installed/);
    await expect(transcribeCommand.run([path.join(dir, 'answer.wav'), '--engine', 'cloud'])).rejects.toThrow(
      /--engine/,
    );
  });

  it('refuses a crafted model file with a clear message instead of hanging', async () => {
    const crafted = path.join(dir, 'crafted.bin');
    fs.writeFileSync(crafted, craftedLoopingModel());
    const { code, stderr } = await runCliProcess(['transcribe', path.join(dir, 'answer.wav'), '--model', crafted]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('BAD_FILE: not a complete whisper.cpp model file');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 20_000);
});
