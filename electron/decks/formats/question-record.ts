import {
  maxTargetSeconds,
  questionKindSchema,
  type Difficulty,
  type ImportedQuestion,
  type SkippedItem,
} from '@contract/deck-import';
import { inferKind } from '../markdown/question-shape';
import { statedDifficulty } from '../markdown/section-roles';
import { countWords, defaultTarget, defaultTargetOptions, type TargetOptions } from '../targets';
import { readExtras } from './question-extras-fields';

/** A question as found in a CSV row or JSON item, before any checking. */
export interface RawRecord {
  prompt?: unknown;
  modelAnswer?: unknown;
  section?: unknown;
  difficulty?: unknown;
  kind?: unknown;
  targetSeconds?: unknown;
  targetSource?: unknown;
  answerLabel?: unknown;
  alternatives?: unknown;
  notes?: unknown;
  sourceNote?: unknown;
  tags?: unknown;
}

const text = (value: unknown) =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

function difficultyOf(value: unknown): Difficulty | null {
  const raw = text(value).toLowerCase();
  if (raw === 'easy' || raw === 'medium' || raw === 'hard') return raw;
  return raw ? statedDifficulty(raw) : null;
}

/** Seconds from 90, "90", "90s", "1:30" or "2 min". */
export function secondsOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value) : null;
  const raw = text(value).toLowerCase();
  if (!raw) return null;
  const clock = /^(\d+):([0-5]\d)$/.exec(raw);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const amount = /^(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?)?$/.exec(raw);
  if (!amount) return null;
  const seconds = Number(amount[1]) * (amount[2]?.startsWith('m') ? 60 : 1);
  return seconds > 0 ? Math.round(seconds) : null;
}

/**
 * Checks one record and fills what it leaves out the way the Markdown import
 * does: kind from the prompt, target from the answer's spoken length.
 */
export function recordToQuestion(
  record: RawRecord,
  line: number,
  options: TargetOptions = defaultTargetOptions,
): ImportedQuestion | SkippedItem {
  const prompt = text(record.prompt).replace(/\s+/g, ' ');
  if (!prompt) return { text: JSON.stringify(record).slice(0, 140), line, reason: 'no question text' };
  const modelAnswer = typeof record.modelAnswer === 'string' ? record.modelAnswer.replace(/\r\n?/g, '\n').trim() : '';
  const section = text(record.section);
  const kind = questionKindSchema.safeParse(text(record.kind).toLowerCase());
  const stated = secondsOf(record.targetSeconds);
  if (record.targetSeconds !== undefined && text(record.targetSeconds) !== '' && stated === null)
    return { text: prompt, line, reason: `target "${text(record.targetSeconds)}" is not a number of seconds` };
  if (stated !== null && stated > maxTargetSeconds)
    return { text: prompt, line, reason: `target over ${maxTargetSeconds / 60} minutes` };
  const source = text(record.targetSource) === 'default' ? 'default' : 'stated';
  const extras = readExtras(record);
  if (!extras.ok) return { text: prompt, line, reason: extras.problem };
  return {
    prompt,
    modelAnswer,
    section,
    difficulty: difficultyOf(record.difficulty),
    kind: kind.success ? kind.data : inferKind(prompt, section ? section.split(' > ') : [], false),
    targetSeconds: stated ?? defaultTarget(countWords(modelAnswer), options),
    targetSource: stated !== null ? source : 'default',
    line,
    ...extras.extras,
  };
}

export const isQuestion = (item: ImportedQuestion | SkippedItem): item is ImportedQuestion => 'prompt' in item;
export const isSkipped = (item: ImportedQuestion | SkippedItem): item is SkippedItem => !('prompt' in item);
