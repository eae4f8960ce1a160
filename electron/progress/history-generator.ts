import type { Db } from '../store/database';
import { seededRandom } from '../seeded-random';
import { writeScoreReport } from './stored-scores';

export interface HistoryOptions {
  /** Number of finished, scored takes. */
  takes: number;
  /** The history ends at this moment and reaches back `days` days. */
  now?: Date;
  days?: number;
  seed?: number;
}

const decks = [
  { title: 'Backend engineering', sections: ['Part 1: Systems', 'Part 2: Databases', 'Part 3: Hard Questions'], n: 18 },
  { title: 'Behavioural', sections: ['Leadership', 'Conflict', 'Failure'], n: 12 },
  { title: 'Project pitch', sections: ['Pitches'], n: 4 },
];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Writes a realistic practice history: decks with sections, takes spread over
 * weeks with rest days, scores that improve with practice and vary by
 * question, pace and fillers around the norms. For the progress page's dev
 * data, its benchmark and its end-to-end test; no media files are written.
 */
export function generateHistory(db: Db, options: HistoryOptions): { deckIds: string[]; questionIds: string[] } {
  if (db.prepare("SELECT 1 FROM decks WHERE id = 'gen-deck-1'").get()) {
    throw new Error('This data folder already holds a generated history; use an empty folder.');
  }
  const rand = seededRandom(options.seed ?? 42);
  const now = options.now ?? new Date();
  const days = options.days ?? 120;
  const created = new Date(now.getTime() - (days + 1) * 86_400_000).toISOString();
  const deckIds: string[] = [];
  const questions: { id: string; target: number; difficulty: number }[] = [];
  db.transaction(() => {
    decks.forEach((deck, d) => {
      const deckId = `gen-deck-${d + 1}`;
      deckIds.push(deckId);
      db.prepare('INSERT INTO decks (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
        deckId,
        deck.title,
        created,
        created,
      );
      for (let q = 0; q < deck.n; q++) {
        const id = `gen-q-${d + 1}-${q + 1}`;
        const target = [60, 90, 120, 180][q % 4]!;
        questions.push({ id, target, difficulty: rand() * 30 });
        db.prepare(
          `INSERT INTO questions (id, deck_id, position, prompt, model_answer, section, kind, target_seconds,
             created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          deckId,
          q,
          `${deck.title} question ${q + 1}: explain a decision you made and its trade-offs`,
          'A model answer with key points.',
          `${deck.sections[q % deck.sections.length]} > Topic ${q + 1}`,
          d === 1 ? 'behavioral' : 'technical',
          target,
          created,
          created,
        );
      }
    });
    const insertTake = db.prepare(
      `INSERT INTO takes (id, question_id, status, started_at, duration_ms, created_at)
       VALUES (?, ?, 'recorded', ?, ?, ?)`,
    );
    const practiceCount = new Map<string, number>();
    for (let i = 0; i < options.takes; i++) {
      // Spread evenly over the period, with jitter; some days end up empty, as in real life.
      const dayOffset = Math.floor(((options.takes - i) / options.takes) * days * (0.85 + rand() * 0.15));
      const at = new Date(now.getTime() - dayOffset * 86_400_000 - Math.floor(rand() * 10 * 3_600_000));
      const question = questions[Math.floor(rand() * questions.length)]!;
      const practice = (practiceCount.get(question.id) ?? 0) + 1;
      practiceCount.set(question.id, practice);
      const overall = Math.round(clamp(45 + practice * 4 - question.difficulty + (rand() - 0.5) * 25, 5, 100));
      const durationSeconds = question.target * (0.6 + rand() * 0.8);
      const id = `gen-take-${i + 1}`;
      insertTake.run(id, question.id, at.toISOString(), Math.round(durationSeconds * 1000), at.toISOString());
      const wpm = Math.round(clamp(110 + rand() * 70 + practice, 80, 200));
      const fillersPerMinute = Math.round(clamp(6 - practice * 0.4 + (rand() - 0.5) * 4, 0, 12) * 10) / 10;
      writeScoreReport(
        db,
        id,
        {
          overall,
          breakdown: {
            content: clamp(overall + Math.round((rand() - 0.5) * 20), 0, 100),
            delivery: clamp(overall + Math.round((rand() - 0.5) * 20), 0, 100),
            timing: clamp(overall + Math.round((rand() - 0.5) * 30), 0, 100),
            structure: clamp(overall + Math.round((rand() - 0.5) * 30), 0, 100),
          },
          delivery: { wpm, fillers: { perMinute: fillersPerMinute } },
        },
        new Date(at.getTime() + durationSeconds * 1000 + 30_000).toISOString(),
      );
    }
  })();
  return { deckIds, questionIds: questions.map((q) => q.id) };
}
