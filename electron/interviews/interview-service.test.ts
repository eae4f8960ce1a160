import { afterEach, describe, expect, it } from 'vitest';
import { tempServices } from '../testing/temp-services';
import { ProgressService } from '../progress/progress-service';
import { memoryScores, seedDeck, seedTake } from '../progress/testing/seed-takes';
import { interviewOptionsSchema, type InterviewOptionsInput } from '@contract/interviews';
import { InterviewService } from './interview-service';
import { interviewMarkdown } from './interview-markdown';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

const norms = { wpmMin: 130, wpmMax: 160, fillersPerMinuteMax: 3, tolerance: 0.15 };

function setup() {
  const { db } = services;
  const scores = memoryScores();
  const deck = seedDeck(db, 'Backend', [
    { prompt: 'Why | this design?', targetSeconds: 60 },
    { prompt: 'Tell me about a failure', targetSeconds: 120 },
    { prompt: 'Scale reads', targetSeconds: 90 },
  ]);
  const progress = new ProgressService(db, { scores: scores.source, norms: () => norms });
  const interviews = new InterviewService(db, {
    progress,
    scores: scores.source,
    norms: () => norms,
    thinkSeconds: () => 5,
  });
  const options = (input: InterviewOptionsInput = {}) =>
    interviewOptionsSchema.parse({
      deckId: deck.deckId,
      length: { kind: 'count', count: 3 },
      order: 'deck',
      seed: 1,
      ...input,
    });
  return { db, scores, deck, interviews, options };
}

describe('InterviewService', () => {
  it('runs an interview to the end: answers move on, the last one completes it', () => {
    const { db, interviews, options } = setup();
    let interview = interviews.create(options());
    expect(interview).toMatchObject({ status: 'active', currentIndex: 0, thinkSeconds: 5 });
    expect(interview.items.map((i) => i.prompt)).toEqual([
      'Why | this design?',
      'Tell me about a failure',
      'Scale reads',
    ]);
    for (const item of interview.items) {
      const take = seedTake(db, item.questionId!, new Date(), 70_000);
      interview = interviews.answer(interview.id, item.position, take);
    }
    expect(interview).toMatchObject({ status: 'completed', currentIndex: 3 });
    expect(interview.finishedAt).not.toBeNull();
    expect(() => interviews.skipQuestion(interview.id, 0)).toThrow(/ended/);
  });

  it('pauses and resumes, and refuses a take of another question', () => {
    const { db, interviews, options } = setup();
    const interview = interviews.create(options());
    expect(interviews.pause(interview.id).status).toBe('paused');
    expect(interviews.list(['paused'], 10).map((s) => s.id)).toEqual([interview.id]);
    expect(interviews.resume(interview.id).status).toBe('active');
    const wrong = seedTake(db, interview.items[1]!.questionId!, new Date());
    expect(() => interviews.answer(interview.id, 0, wrong)).toThrow(
      expect.objectContaining({ detail: { reason: 'take-other-question' } }),
    );
  });

  it('keeps the takes already recorded when quitting mid-way', () => {
    const { db, interviews, options } = setup();
    const interview = interviews.create(options());
    const take = seedTake(db, interview.items[0]!.questionId!, new Date());
    interviews.answer(interview.id, 0, take);
    const quit = interviews.finish(interview.id, 'completed');
    expect(quit.status).toBe('quit');
    expect(quit.items.map((i) => i.status)).toEqual(['answered', 'pending', 'pending']);
    expect(db.prepare('SELECT COUNT(*) FROM takes').pluck().get()).toBe(1);
    expect(interviews.list(undefined, 10)[0]).toMatchObject({ answeredCount: 1, questionCount: 3 });
  });

  it('reports scores, time against target, averages and weakest areas', () => {
    const { db, scores, interviews, options } = setup();
    let interview = interviews.create(options());
    const [a, b, c] = interview.items;
    const takeA = seedTake(db, a!.questionId!, new Date(), 80_000); // 60 s target: 20 s over
    const takeB = seedTake(db, b!.questionId!, new Date(), 110_000); // 120 s target: on time
    scores.set(takeA, {
      overall: 60,
      content: 70,
      delivery: 50,
      timing: 40,
      structure: 80,
      wpm: 150,
      fillersPerMinute: 4,
    });
    scores.set(takeB, {
      overall: 80,
      content: 90,
      delivery: 70,
      timing: 100,
      structure: 50,
      wpm: 130,
      fillersPerMinute: 2,
    });
    interview = interviews.answer(interview.id, 0, takeA);
    interview = interviews.answer(interview.id, 1, takeB);
    const takeC = seedTake(db, c!.questionId!, new Date(), 30_000); // recorded, not scored yet
    interviews.answer(interview.id, 2, takeC);

    const report = interviews.report(interview.id);
    expect(report.rows.map((r) => [r.state, r.overall, r.timing, r.overSeconds])).toEqual([
      ['scored', 60, 'over', 20],
      ['scored', 80, 'on', -10],
      ['processing', null, 'under', -60],
    ]);
    expect(report.averages).toEqual({
      overall: 70,
      wpm: 140,
      fillersPerMinute: 3,
      secondsOverTarget: 20,
      answersOverTarget: 1,
      answered: 3,
      scored: 2,
    });
    expect(report.weakestAreas.map((w) => w.area)).toEqual(['delivery', 'structure', 'timing', 'content']);

    const markdown = interviewMarkdown(report, 'UTC');
    const tableRows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(tableRows).toHaveLength(3);
    expect(tableRows[0]).toContain('Why \\| this design?');
    expect(tableRows[0]).toContain('+20 s (over)');
    expect(tableRows[2]).toContain('still being scored');
    expect(markdown).toContain('- Average score: 70 (2 scored answers)');
    expect(markdown).toContain('1. Delivery: 60');
    expect(markdown).toContain('2. Structure: 65');
  });

  it('marks a take whose transcription failed, and says when nothing matches', () => {
    const { db, interviews, options } = setup();
    const interview = interviews.create(options({ length: { kind: 'count', count: 1 } }));
    const take = seedTake(db, interview.items[0]!.questionId!, new Date());
    db.prepare(
      "INSERT INTO jobs (id, kind, take_id, status, created_at, updated_at) VALUES ('t1', 'transcribe', ?, 'failed', 'x', 'x')",
    ).run(take);
    interviews.answer(interview.id, 0, take);
    expect(interviews.report(interview.id).rows[0]!.state).toBe('failed');
    expect(() => interviews.create(options({ behavioralOnly: true }))).toThrow(
      expect.objectContaining({ detail: { reason: 'no-matching-questions' } }),
    );
  });
});
