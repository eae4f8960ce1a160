import { describe, expect, it } from 'vitest';
import { interviewOptionsSchema, type InterviewOptionsInput } from '@contract/interviews';
import { seededRandom } from '../seeded-random';
import { pickQuestions, questionSeconds, type Candidate } from './pick-questions';

const q = (n: number, extra: Partial<Candidate> = {}): Candidate => ({
  questionId: `q${n}`,
  deckId: 'd1',
  deckTitle: 'Backend',
  prompt: `Question ${n}`,
  section: n <= 3 ? 'Part 1: Basics > Topic' : 'Part 2: Hard Questions',
  difficulty: n % 2 ? 'Hard' : 'Simple',
  kind: n === 2 || n === 5 ? 'behavioral' : 'technical',
  targetSeconds: 60,
  position: n,
  ...extra,
});
const pool = [1, 2, 3, 4, 5, 6].map((n) => q(n));
const other = q(7, { deckId: 'd2', deckTitle: 'Other', section: '' });

const pick = (options: InterviewOptionsInput, due: string[] = [], practised: string[] = [], seed = 1) =>
  pickQuestions([...pool, other], interviewOptionsSchema.parse(options), {
    due,
    practised: new Set(practised),
    thinkSeconds: 15,
    random: seededRandom(seed),
  }).map((c) => c.questionId);

describe('pickQuestions', () => {
  it('takes N questions from one deck', () => {
    const chosen = pick({ deckId: 'd1', length: { kind: 'count', count: 3 } });
    expect(chosen).toHaveLength(3);
    expect(chosen.every((id) => id !== 'q7')).toBe(true);
    expect(pick({ length: { kind: 'count', count: 50 } })).toHaveLength(7);
  });

  it('filters by section (top part or full path), difficulty and behavioural kind', () => {
    expect(pick({ sections: ['Part 1: Basics'], length: { kind: 'count', count: 10 } }).sort()).toEqual([
      'q1',
      'q2',
      'q3',
    ]);
    expect(pick({ sections: ['Part 1: Basics > Topic'], length: { kind: 'count', count: 10 } })).toHaveLength(3);
    expect(pick({ difficulties: ['hard'], length: { kind: 'count', count: 10 } }).sort()).toEqual([
      'q1',
      'q3',
      'q5',
      'q7',
    ]);
    expect(pick({ behavioralOnly: true, length: { kind: 'count', count: 10 } }).sort()).toEqual(['q2', 'q5']);
  });

  it('puts due questions first, then never-practised ones, before the rest', () => {
    const practised = ['q1', 'q2', 'q3', 'q4', 'q5'];
    for (let seed = 1; seed < 20; seed++) {
      const chosen = pick({ deckId: 'd1', length: { kind: 'count', count: 3 } }, ['q4', 'q2'], practised, seed);
      expect(chosen.sort()).toEqual(['q2', 'q4', 'q6']);
    }
    expect(pick({ dueOnly: true, length: { kind: 'count', count: 10 } }, ['q4', 'q2']).sort()).toEqual(['q2', 'q4']);
  });

  it('fits questions into a total time, always at least one', () => {
    const perQuestion = questionSeconds({ targetSeconds: 60 }, 15); // 85 s
    expect(pick({ length: { kind: 'minutes', minutes: 5 } })).toHaveLength(Math.floor(300 / perQuestion));
    expect(pick({ length: { kind: 'minutes', minutes: 1 } })).toHaveLength(1);
  });

  it('keeps deck order on request and is reproducible with a seed', () => {
    expect(pick({ order: 'deck', deckId: 'd1', length: { kind: 'count', count: 4 } })).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
    ]);
    expect(pick({ order: 'random' }, [], [], 5)).toEqual(pick({ order: 'random' }, [], [], 5));
  });
});
