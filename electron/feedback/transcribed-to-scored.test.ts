import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { storedScores } from '../progress/stored-scores';
import { tempServices } from '../testing/temp-services';
import { writeTestWav } from '../transcription/testing/audio-fixtures';
import { startOpenAiServer } from '../transcription/testing/openai-server';
import { seedDeck } from '../testing/seed-take';

let services: ReturnType<typeof tempServices>;
let server: Awaited<ReturnType<typeof startOpenAiServer>>;

beforeEach(async () => {
  services = tempServices();
  server = await startOpenAiServer();
});
afterEach(async () => {
  await services.transcription.close();
  services.dispose();
  await server.close();
});

it('a recorded take goes through the transcription queue and comes out scored', async () => {
  // The OpenAI-compatible engine against a local server: the real queue, no whisper.cpp needed.
  services.transcription.settings.update({ engine: 'openai', openaiBaseUrl: server.baseUrl });
  await services.transcription.keys.setKeyFor(server.baseUrl, 'sk-test');
  await services.transcription.engines.refreshKey();
  const { questionIds } = seedDeck(services);
  const take = services.takes.create(questionIds[0]!, { videoFile: null, audioFile: 'take.wav' });
  writeTestWav(path.join(services.paths.recordingsDir, 'take.wav'), 3);
  services.takes.finish(take.id, 'recorded', 3000);
  const changed: unknown[] = [];
  services.events.subscribe((name, payload) => {
    if (name === 'data.changed') changed.push(payload);
  });

  services.events.emit('recording.saved', { takeId: take.id, questionId: questionIds[0]! });
  await services.transcription.idle();
  // The score waits for the voice analysis of the take's WAV.
  await services.feedback.idle();

  const transcript = services.transcription.transcript(take.id);
  expect(transcript?.text).toContain('spoken');
  const score = services.feedback.latest(take.id);
  expect(score).toMatchObject({ status: 'done', payload: { transcript: 'original' } });
  expect(score!.report!.delivery.wordCount).toBe(transcript!.words.length);
  expect(score!.report!.timing).toMatchObject({ durationSeconds: 3, targetSeconds: 60 });
  expect(storedScores(services.db).get(take.id)?.overall).toBe(score!.report!.overall);
  // A steady 220 Hz tone: measured, and flat.
  expect(score!.report!.delivery.voice).toMatchObject({
    status: 'measured',
    pitch: { medianHz: 220, monotoneShare: 1 },
  });
  expect(changed).toContainEqual({ kind: 'takes' });
  // The coach is off by default: nothing beyond the transcription request left the app.
  expect(server.stats.requests).toBe(1);
  expect(services.feedback.coach.latest(take.id)).toBeNull();
});
