import type { Feedback, Review } from '@contract/review';
import { w } from './sample-words';

const words = [
  w('So', 0.4, 0.6),
  w('um', 0.7, 1.0),
  w('I', 1.1, 1.2),
  w('would', 1.2, 1.4),
  w('add', 1.4, 1.6),
  w('a', 1.6, 1.7),
  w('cache', 1.7, 2.1),
  w('to', 2.1, 2.2),
  w('cut', 2.2, 2.4),
  w('p99', 2.4, 2.9),
  w('latency.', 2.9, 3.4),
  w('Maybe', 6.0, 6.3),
  w('Redis.', 6.3, 6.9),
];

export function sampleFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    overall: 64,
    breakdown: [
      { key: 'content', score: 60, weight: 0.55 },
      { key: 'delivery', score: 70, weight: 0.2 },
      { key: 'timing', score: 55, weight: 0.1 },
      { key: 'structure', score: 80, weight: 0.15 },
    ],
    keyPoints: [
      {
        text: 'Add a cache in front of the database to cut **p99** latency',
        status: 'covered',
        wordIndices: [6, 9, 10],
      },
      { text: 'Use Redis with a TTL', status: 'partly', wordIndices: [12] },
      { text: 'Measure the hit ratio | before and after', status: 'missed', wordIndices: [] },
    ],
    delivery: {
      wpm: 112.4,
      wpmNorm: [130, 160],
      fillerCount: 1,
      fillersPerMinute: 8.7,
      fillersPerMinuteMax: 3,
      pauseCount: 1,
      longPauseSeconds: 2,
      hedgeCount: 1,
      firstWordSeconds: 0.4,
    },
    timing: { durationSeconds: 7, targetSeconds: 60, tolerance: 0.15, verdict: 'under' },
    structure: { kind: 'technical', parts: [{ name: 'Concrete number', present: true }], notes: ['Name a trade-off.'] },
    tips: ['Cover the missed point: measure the hit ratio.', 'Speak for longer: aim for about a minute.'],
    marks: [
      { kind: 'filler', wordIndex: 1, wordCount: 1, text: 'um', start: 0.7, end: 1.0 },
      { kind: 'pause', wordIndex: 10, wordCount: 0, text: '', start: 3.4, end: 6.0 },
      { kind: 'hedge', wordIndex: 11, wordCount: 1, text: 'maybe', start: 6.0, end: 6.3 },
    ],
    coach: null,
    coachPending: false,
    judge: null,
    ...overrides,
  };
}

export function sampleReview(overrides: Partial<Review> = {}): Review {
  return {
    take: {
      id: 'att-1',
      questionId: 'q-1',
      name: '',
      status: 'recorded',
      startedAt: '2025-03-04T10:20:00.000Z',
      durationMs: 7000,
      videoFile: 'att-1.webm',
      audioFile: 'att-1.wav',
    },
    question: {
      id: 'q-1',
      deckId: 'd-1',
      position: 0,
      prompt: 'How would you cut p99 latency | in a read-heavy *service*?',
      modelAnswer:
        '- Add a cache in front of the database to cut **p99** latency\n- Use Redis with a TTL\n- Measure the hit ratio before and after',
      section: 'System design',
      difficulty: null,
      kind: 'technical',
      targetSeconds: 60,
      targetSource: 'stated',
    },
    stage: { state: 'ready' },
    transcript: {
      text: words.map((word) => word.text).join(' '),
      words,
      language: 'en',
      engine: 'local',
      model: 'base.en',
      edited: false,
      editedAt: null,
    },
    feedback: sampleFeedback(),
    ...overrides,
  };
}
