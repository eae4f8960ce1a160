import webvtt from 'webvtt-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportTake } from './export-take';
import { answerWords, reviewFixture, transcriptOf } from './testing/review-fixture';

let fx: ReturnType<typeof reviewFixture>;
beforeEach(() => {
  fx = reviewFixture();
});
afterEach(() => fx.close());

describe('review of a take', () => {
  it('follows the take from queued through transcribing to a failure with a retry', async () => {
    const take = fx.addTake();
    expect(fx.service.get(take).stage).toEqual({ state: 'queued', jobId: null });
    const job = fx.addJob(take, 'transcribe', 'running', { progress: 0.4 });
    const running = fx.service.get(take);
    expect(running.stage).toEqual({ state: 'transcribing', jobId: job, progress: 0.4 });
    expect(running.transcript).toBeNull();
    expect(running.feedback).toBeNull();
    fx.db
      .prepare(
        `UPDATE jobs SET status = 'failed', error_code = 'MODEL_MISSING', error_message = 'No model.' WHERE id = ?`,
      )
      .run(job);
    expect(fx.service.get(take).stage).toEqual({
      state: 'failed',
      step: 'transcription',
      jobId: job,
      code: 'MODEL_MISSING',
      // A failure stored in words by an earlier release is passed on as it was.
      detail: { storedText: 'No model.' },
    });
    fx.service.retry(take);
    expect(fx.retried).toEqual([job]);
  });

  it('keeps the previous transcript and score when a new transcription is canceled, and says so when there was none', async () => {
    const take = fx.addTake();
    fx.addJob(take, 'transcribe', 'done', { progress: 1, result: transcriptOf(answerWords) });
    await fx.feedback.rescore(take);
    const before = fx.service.get(take);
    const again = fx.addJob(take, 'transcribe', 'running', { progress: 0.2 });
    expect(fx.service.get(take).stage).toEqual({ state: 'transcribing', jobId: again, progress: 0.2 });
    fx.db.prepare(`UPDATE jobs SET status = 'canceled' WHERE id = ?`).run(again);
    const after = fx.service.get(take);
    expect(after.stage).toEqual({ state: 'ready' });
    expect(after.transcript).toEqual(before.transcript);
    expect(after.feedback?.overall).toBe(before.feedback!.overall);

    const fresh = fx.addTake();
    const first = fx.addJob(fresh, 'transcribe', 'canceled');
    expect(fx.service.get(fresh).stage).toMatchObject({
      state: 'failed',
      step: 'transcription',
      jobId: first,
      code: 'CANCELED',
    });
  });

  it('waits for the score of a finished transcript, then shows it with its marks and key points', async () => {
    const take = fx.addTake();
    fx.addJob(take, 'transcribe', 'done', { progress: 1, result: transcriptOf(answerWords) });
    const waiting = fx.service.get(take);
    expect(waiting.stage).toEqual({ state: 'scoring' });
    expect(waiting.feedback).toBeNull();
    await fx.feedback.rescore(take);
    const review = fx.service.get(take);
    expect(review.stage).toEqual({ state: 'ready' });
    expect(review.transcript?.words.map((word) => word.text).slice(0, 3)).toEqual(['Um,', 'so', 'I']);
    const feedback = review.feedback!;
    expect(feedback.overall).toBeGreaterThan(0);
    expect(feedback.marks.find((mark) => mark.kind === 'filler')).toMatchObject({ wordIndex: 0, start: 0.5 });
    expect(feedback.marks.find((mark) => mark.kind === 'pause')).toMatchObject({ wordIndex: 12, start: 3.6, end: 6.4 });
    const statuses = Object.fromEntries(feedback.keyPoints.map((point) => [point.text, point.status]));
    expect(statuses['Measure the hit ratio before and after the change']).toBe('missed');
    const covered = feedback.keyPoints.find((point) => point.status === 'covered')!;
    expect(covered.wordIndices.length).toBeGreaterThan(0);
    expect(feedback.delivery.wpmNorm).toEqual([130, 160]);
    expect(feedback.timing).toMatchObject({ durationSeconds: 7.5, targetSeconds: 60, verdict: 'under' });
    expect(fx.scoreRows(take)).toBe(1);
  });

  it('offers a retry when scoring failed, and scores again', async () => {
    const take = fx.addTake();
    fx.addJob(take, 'transcribe', 'done', { progress: 1, result: transcriptOf(answerWords) });
    const failed = fx.addJob(take, 'score', 'failed', { error: ['INTERNAL', 'Scorer bug.'] });
    expect(fx.service.get(take).stage).toEqual({
      state: 'failed',
      step: 'scoring',
      jobId: failed,
      code: 'INTERNAL',
      detail: { storedText: 'Scorer bug.' },
    });
    // The score runs again on the scorer's worker: the page waits for it, then shows it.
    expect(fx.service.retry(take).stage).toEqual({ state: 'scoring' });
    await fx.feedback.idle();
    expect(fx.service.get(take).stage).toEqual({ state: 'ready' });
  });

  it('waits for a scoring job that is running elsewhere instead of showing a partial result', async () => {
    const take = fx.addTake();
    fx.addJob(take, 'transcribe', 'done', { progress: 1, result: transcriptOf(answerWords) });
    fx.addJob(take, 'score', 'running');
    const review = fx.service.get(take);
    expect(review.stage).toEqual({ state: 'scoring' });
    expect(review.feedback).toBeNull();
    expect(review.transcript).not.toBeNull();
  });

  it('keeps a corrected transcript beside the original, scores it again, and can undo it', async () => {
    const take = fx.addTake();
    await fx.addTranscript(take, answerWords);
    const before = fx.service.get(take);
    const corrected = before
      .transcript!.text.replace('Redis', 'Redis,')
      .replace('TTL.', 'TTL, and I would measure the hit ratio.');
    const saved = fx.service.saveTranscript(take, corrected);
    expect(saved.stage.state).toBe('scoring');
    await fx.feedback.idle();
    const after = fx.service.get(take);
    expect(after.transcript).toMatchObject({ edited: true, text: corrected });
    expect(after.transcript!.words[6]).toMatchObject({ text: 'Redis,', start: 1.7, end: 2.1 });
    expect(after.stage.state).toBe('ready');
    expect(fx.scoreRows(take)).toBe(2);
    const covered = (r: typeof after) => r.feedback!.keyPoints.filter((point) => point.status !== 'missed').length;
    expect(covered(after)).toBeGreaterThan(covered(before));
    expect(fx.service.get(take).transcript!.edited).toBe(true);
    fx.service.restoreTranscript(take);
    await fx.feedback.idle();
    const restored = fx.service.get(take);
    expect(restored.transcript).toMatchObject({ edited: false, text: before.transcript!.text });
    expect(restored.feedback!.overall).toBe(before.feedback!.overall);
    expect(fx.emitted).toContainEqual({ name: 'data.changed', payload: { kind: 'jobs' } });
  });

  it('lists the question’s takes oldest first with their scores, and the latest takes overall', async () => {
    const first = fx.addTake();
    await fx.addTranscript(first, answerWords.slice(0, 8));
    // Started a moment later, so the order is certain.
    const second = fx.addTake();
    fx.db.prepare(`UPDATE takes SET started_at = '2999-01-01T00:00:00.000Z' WHERE id = ?`).run(second);
    await fx.addTranscript(second, answerWords);
    const takes = fx.service.takes(fx.questionId);
    expect(takes.map((take) => take.take.id)).toEqual([first, second]);
    expect(takes.every((take) => take.state === 'ready' && take.overall !== null)).toBe(true);
    expect(takes[1]!.overall).toBeGreaterThan(takes[0]!.overall!);
    expect(fx.service.recent(10).map((take) => take.take.id)).toEqual([second, first]);
  });

  it('exports subtitles that parse and a report with the score', async () => {
    const take = fx.addTake();
    await fx.addTranscript(take, answerWords);
    const review = fx.service.get(take);
    const vtt = exportTake(review, 'vtt');
    expect(vtt.fileName).toMatch(/^\d{4}-\d{2}-\d{2}-how-would-you-speed-up-reads\.vtt$/);
    expect(new webvtt.WebVTTParser().parse(vtt.content, 'subtitles').errors).toEqual([]);
    expect(exportTake(review, 'md').content).toContain(`**Overall: ${review.feedback!.overall}/100**`);
    expect(exportTake(review, 'txt').content).toBe(
      '[0:00] Um, so I would put a Redis cache in front of the database.\n\n[0:06] With a TTL.\n',
    );
  });

  it('adds the coach’s notes when the coach answered, and says when it is still working', async () => {
    const take = fx.addTake();
    await fx.addTranscript(take, answerWords);
    expect(fx.service.get(take).feedback).toMatchObject({ coach: null, coachPending: false });
    const coachJob = fx.addJob(take, 'coach', 'running');
    expect(fx.service.get(take).feedback).toMatchObject({ coach: null, coachPending: true });
    const result = {
      promptId: 'coach',
      promptVersion: 1,
      model: 'gpt-test',
      scoreJobId: null,
      summary: 'Clear start.',
      rubric: [{ key: 'accuracy', label: 'Accuracy', score: 4, max: 5, reason: 'Right idea.' }],
      strengths: ['Concrete'],
      missed: ['Hit ratio'],
      tightened: 'Add a Redis cache and measure the hit ratio.',
      seconds: 1.2,
    };
    fx.db.prepare(`UPDATE jobs SET status = 'done', result = ? WHERE id = ?`).run(JSON.stringify(result), coachJob);
    expect(fx.service.get(take).feedback!.coach).toEqual({
      summary: 'Clear start.',
      strengths: ['Concrete'],
      missed: ['Hit ratio'],
      tightened: 'Add a Redis cache and measure the hit ratio.',
      rubric: [{ label: 'Accuracy', score: 4, max: 5, reason: 'Right idea.' }],
      model: 'gpt-test',
    });
  });

  it('refuses to correct a take that has no transcript', async () => {
    const take = fx.addTake();
    expect(() => fx.service.saveTranscript(take, 'hello')).toThrow(
      expect.objectContaining({ detail: { reason: 'no-transcript' } }),
    );
    expect(() => fx.service.get('missing')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', detail: { what: 'take' } }),
    );
  });
});
