import type { InterviewOptions } from '@contract/interviews';
import { topSection } from '../progress/series';

export interface Candidate {
  questionId: string;
  deckId: string;
  prompt: string;
  section: string;
  difficulty: string | null;
  kind: string;
  targetSeconds: number;
  position: number;
  deckTitle: string;
}

export interface PickContext {
  /** Question ids due today, most overdue first. */
  due: readonly string[];
  /** Question ids with at least one scored take. */
  practised: ReadonlySet<string>;
  thinkSeconds: number;
  random: () => number;
}

/** A question asked in a mock interview takes its think time, its target, and a moment to move on. */
export const TRANSITION_SECONDS = 10;
export const questionSeconds = (candidate: { targetSeconds: number }, thinkSeconds: number) =>
  thinkSeconds + candidate.targetSeconds + TRANSITION_SECONDS;

const inSections = (section: string, wanted: readonly string[]) =>
  wanted.length === 0 ||
  wanted.some((w) => section === w || section.startsWith(`${w} > `) || topSection(section) === w);

export function filterCandidates(pool: readonly Candidate[], options: InterviewOptions, due: readonly string[]) {
  const dueSet = new Set(due);
  const difficulties = options.difficulties.map((d) => d.toLowerCase());
  return pool.filter(
    (c) =>
      (!options.deckId || c.deckId === options.deckId) &&
      inSections(c.section, options.sections) &&
      (difficulties.length === 0 || difficulties.includes((c.difficulty ?? '').toLowerCase())) &&
      (!options.behavioralOnly || c.kind === 'behavioral') &&
      (!options.dueOnly || dueSet.has(c.questionId)),
  );
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Chooses and orders an interview's questions. With "due-first", questions
 * due for practice come first, then ones never practised, then the rest, so a
 * short interview spends its time where it helps most; the chosen ones are
 * then shuffled, because a real interviewer does not ask in the guide's order.
 */
export function pickQuestions(
  pool: readonly Candidate[],
  options: InterviewOptions,
  context: PickContext,
): Candidate[] {
  const candidates = filterCandidates(pool, options, context.due);
  let ordered: Candidate[];
  if (options.order === 'deck') {
    ordered = [...candidates].sort((a, b) => a.deckTitle.localeCompare(b.deckTitle) || a.position - b.position);
  } else if (options.order === 'random') {
    ordered = shuffle([...candidates], context.random);
  } else {
    const dueRank = new Map(context.due.map((questionId, index) => [questionId, index]));
    const group = (c: Candidate) => (dueRank.has(c.questionId) ? 0 : context.practised.has(c.questionId) ? 2 : 1);
    ordered = shuffle([...candidates], context.random).sort(
      (a, b) => group(a) - group(b) || (dueRank.get(a.questionId) ?? 0) - (dueRank.get(b.questionId) ?? 0),
    );
  }
  let chosen: Candidate[];
  if (options.length.kind === 'count') {
    chosen = ordered.slice(0, options.length.count);
  } else {
    const budget = options.length.minutes * 60;
    chosen = [];
    let used = 0;
    for (const candidate of ordered) {
      const cost = questionSeconds(candidate, context.thinkSeconds);
      if (chosen.length > 0 && used + cost > budget) continue;
      chosen.push(candidate);
      used += cost;
    }
  }
  return options.order === 'deck' ? chosen : shuffle(chosen, context.random);
}
