import {
  difficultySchema,
  questionKindSchema,
  skipReasons,
  targetSourceSchema,
  maxTargetSeconds,
  type ImportedQuestion,
  type ImportWarning,
  type SkippedItem,
} from '@contract/deck-import';
import { countWords, defaultTarget, speakingSeconds, type TargetOptions } from '../targets';
import type { Candidate, CandidateExtras, Collected } from './candidate';
import { findGuideLimit, findParenthesisedDuration, type StatedDuration } from './durations';
import { inferKind } from './question-shape';
import { difficultyFromSections, statedDifficulty } from './section-roles';
import type { SourceText } from './source-text';
import { importWarnings } from './warnings';

export interface Finalized {
  questions: ImportedQuestion[];
  skipped: SkippedItem[];
  warnings: ImportWarning[];
}

// A line such as "Target: 90 seconds" or "**Time limit:** 2 minutes" inside an answer.
// "Response time: 200 ms" is content, so only words that name a speaking target count.
const targetNote =
  /^[\s>*_-]*(?:target(?: time)?|time limit|timing|suggested time|aim for)[*_]*\s*:[*_]*\s*([^\n]{1,30})/im;

function statedInAnswer(answer: string): number | null {
  const note = targetNote.exec(answer)?.[1];
  return note ? (findParenthesisedDuration(`(${note.replace(/[*_,;].*$/, '').trim()})`)?.seconds ?? null) : null;
}

function target(
  candidate: Candidate,
  answer: string,
  words: number,
  limit: StatedDuration | null,
  options: TargetOptions,
) {
  const meta = candidate.meta;
  const metaSource = targetSourceSchema.safeParse(meta?.targetSource);
  if (meta?.targetSeconds && meta.targetSeconds > 0 && meta.targetSeconds <= maxTargetSeconds)
    return {
      targetSeconds: Math.round(meta.targetSeconds),
      targetSource: metaSource.success ? metaSource.data : 'stated',
    };
  const stated =
    candidate.statedSeconds ??
    statedInAnswer(answer) ??
    candidate.extras?.beatSeconds ??
    candidate.context.sectionSeconds;
  if (stated) return { targetSeconds: stated, targetSource: 'stated' as const };
  const fallback = defaultTarget(words, options);
  if (limit && fallback > limit.seconds)
    return { targetSeconds: limit.seconds, targetSource: 'stated' as const, capped: true };
  return { targetSeconds: fallback, targetSource: 'default' as const };
}

/** The optional fields, present only when the guide gave them, so older readers see the same shape. */
function optionalExtras(extras: CandidateExtras, source: SourceText, options: TargetOptions) {
  const [chosen, ...others] = extras.versions ?? [];
  const versionTarget = (v: NonNullable<CandidateExtras['versions']>[number]) =>
    v.seconds ?? defaultTarget(countWords(source.spoken(v.answer.start, v.answer.end, v.answer.cut)), options);
  return {
    ...(chosen && others.length > 0
      ? {
          answerLabel: chosen.label,
          alternatives: others.map((v) => ({
            label: v.label,
            modelAnswer: source.markdown(v.answer.start, v.answer.end, v.answer.cut),
            targetSeconds: versionTarget(v),
          })),
        }
      : {}),
    ...(extras.notes ? { notes: extras.notes } : {}),
    ...(extras.sourceNote ? { sourceNote: extras.sourceNote } : {}),
    ...(extras.tags?.length ? { tags: [...extras.tags] } : {}),
  };
}

/** Turns what the walk found into the import's questions, skipped items and warnings. */
export function finalize(collected: Collected, source: SourceText, options: TargetOptions): Finalized {
  const limit = collected.freeText.map(findGuideLimit).find((l) => l !== null) ?? null;
  const questions: ImportedQuestion[] = [];
  const skipped = [...collected.skipped];
  const spokenSeconds: number[] = [];
  let capped = false;
  for (const candidate of collected.candidates) {
    const span = candidate.answer;
    const modelAnswer = span ? source.markdown(span.start, span.end, span.cut) : '';
    // An exported deck may hold a question the user kept without an answer; its metadata says so.
    if (!modelAnswer && !candidate.meta) {
      skipped.push({ text: candidate.prompt, line: candidate.line, reason: skipReasons.noModelAnswer });
      continue;
    }
    const words = span ? countWords(source.spoken(span.start, span.end, span.cut)) : 0;
    const meta = candidate.meta;
    const metaKind = questionKindSchema.safeParse(meta?.kind);
    const metaDifficulty = difficultySchema.nullable().safeParse(meta?.difficulty);
    const { capped: cappedHere, ...timing } = target(candidate, modelAnswer, words, limit, options);
    capped ||= !!cappedHere;
    const extras = candidate.extras ?? {};
    questions.push({
      prompt: candidate.prompt,
      modelAnswer,
      section: candidate.context.path.join(' > '),
      difficulty:
        meta && 'difficulty' in meta && metaDifficulty.success
          ? metaDifficulty.data
          : ((extras.difficulty ? statedDifficulty(extras.difficulty) : null) ??
            statedDifficulty(candidate.prompt) ??
            difficultyFromSections(candidate.context.labels)),
      kind: metaKind.success
        ? metaKind.data
        : inferKind(candidate.prompt, candidate.context.labels, candidate.origin === 'timed'),
      ...timing,
      line: candidate.line,
      // An exported deck's own extras are what was saved; they stand in for what the text shows.
      ...(meta?.extras ?? optionalExtras(extras, source, options)),
    });
    spokenSeconds.push(speakingSeconds(words, options));
  }
  skipped.sort((a, b) => a.line - b.line);
  return {
    questions,
    skipped,
    warnings: importWarnings(questions, collected.candidates, spokenSeconds, capped ? limit : null),
  };
}
