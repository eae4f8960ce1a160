// Scores one import against a hand-written expected file: which pairs were
// found (recall), which found items were real (precision), whether each answer
// starts and ends where the guide's author meant (boundaries), and whether
// targets, alternatives, coaching notes and metadata came out as written.
import type { ImportResult } from '@contract/deck-import';
import { skipReasons } from '@contract/deck-import';
import { normalizePrompt } from './inline-text';

export interface ExpectedSpan {
  /** The answer's first words and last words, as a reader sees them (markup ignored). */
  readonly first: string;
  readonly last: string;
}

export interface ExpectedPair extends ExpectedSpan {
  readonly prompt: string;
  readonly target?: number;
  readonly section?: string;
  readonly label?: string;
  readonly alternatives?: readonly (ExpectedSpan & { label: string; target: number })[];
  readonly notes?: ExpectedSpan;
  readonly source?: string;
  readonly difficulty?: string;
  readonly tags?: readonly string[];
}

export interface ExpectedGuide {
  readonly family: string;
  readonly pairs: readonly ExpectedPair[];
  /** Questions the guide asks without answering: listed as skipped for "no model answer". */
  readonly unanswered: readonly string[];
  /** Questions that are not practice questions (to ask the interviewer, tips…): listed as skipped. */
  readonly skipped: readonly string[];
}

export interface GuideScore {
  expected: number;
  recalled: number;
  found: number;
  genuine: number;
  boundaries: number;
  boundariesRight: number;
  fields: number;
  fieldsRight: number;
  problems: string[];
}

const words = (text: string) =>
  text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

const startsWith = (all: string[], part: string[]) => part.every((w, i) => all[i] === w);
const endsWith = (all: string[], part: string[]) => part.every((w, i) => all[all.length - part.length + i] === w);

/** True when the text runs from exactly the expected first words to exactly the expected last words. */
export function spans(text: string, span: ExpectedSpan): boolean {
  const all = words(text);
  return all.length > 0 && startsWith(all, words(span.first)) && endsWith(all, words(span.last));
}

export function scoreGuide(result: ImportResult | null, expected: ExpectedGuide): GuideScore {
  const score: GuideScore = {
    expected: expected.pairs.length + expected.unanswered.length + expected.skipped.length,
    recalled: 0,
    found: 0,
    genuine: 0,
    boundaries: 0,
    boundariesRight: 0,
    fields: 0,
    fieldsRight: 0,
    problems: [],
  };
  const questions = result?.questions ?? [];
  const unanswered = result?.skipped.filter((s) => s.reason === skipReasons.noModelAnswer) ?? [];
  const skipped = result?.skipped.filter((s) => s.reason !== skipReasons.noModelAnswer) ?? [];
  const pairKeys = new Set(expected.pairs.map((p) => normalizePrompt(p.prompt)));
  const unansweredKeys = new Set(expected.unanswered.map(normalizePrompt));
  score.found = questions.length + unanswered.length;
  score.genuine =
    questions.filter((q) => pairKeys.has(normalizePrompt(q.prompt))).length +
    unanswered.filter((s) => unansweredKeys.has(normalizePrompt(s.text))).length;
  for (const q of questions)
    if (!pairKeys.has(normalizePrompt(q.prompt))) score.problems.push(`not a pair: "${q.prompt}" (line ${q.line})`);
  for (const s of unanswered)
    if (!unansweredKeys.has(normalizePrompt(s.text)))
      score.problems.push(`not unanswered: "${s.text}" (line ${s.line})`);

  const check = (kind: 'boundaries' | 'fields', ok: boolean, problem: string) => {
    score[kind] += 1;
    if (ok) score[kind === 'boundaries' ? 'boundariesRight' : 'fieldsRight'] += 1;
    else score.problems.push(problem);
  };
  for (const pair of expected.pairs) {
    const q = questions.find((x) => normalizePrompt(x.prompt) === normalizePrompt(pair.prompt));
    if (!q) {
      score.problems.push(`missed pair: "${pair.prompt}"`);
      continue;
    }
    score.recalled += 1;
    const at = `"${pair.prompt.slice(0, 50)}"`;
    check(
      'boundaries',
      spans(q.modelAnswer, pair),
      `${at} answer: ${JSON.stringify(q.modelAnswer.slice(0, 60))}…${JSON.stringify(q.modelAnswer.slice(-60))}`,
    );
    const alternatives = q.alternatives ?? [];
    for (const alt of pair.alternatives ?? []) {
      const got = alternatives.find((a) => a.label === alt.label);
      check(
        'boundaries',
        !!got && spans(got.modelAnswer, alt),
        `${at} alternative "${alt.label}": ${JSON.stringify(got?.modelAnswer.slice(0, 80))}`,
      );
      check(
        'fields',
        got?.targetSeconds === alt.target,
        `${at} alternative "${alt.label}" target ${got?.targetSeconds}, expected ${alt.target}`,
      );
    }
    if (alternatives.length !== (pair.alternatives?.length ?? 0))
      check(
        'fields',
        false,
        `${at} has ${alternatives.length} alternatives, expected ${pair.alternatives?.length ?? 0}`,
      );
    const expectField = (name: string, want: unknown, got: unknown) =>
      check(
        'fields',
        JSON.stringify(want) === JSON.stringify(got),
        `${at} ${name}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`,
      );
    if (pair.target !== undefined) expectField('target', pair.target, q.targetSeconds);
    if (pair.section !== undefined) expectField('section', pair.section, q.section);
    if (pair.label !== undefined) expectField('label', pair.label, q.answerLabel);
    if (pair.source !== undefined) expectField('source', pair.source, q.sourceNote);
    if (pair.difficulty !== undefined) expectField('difficulty', pair.difficulty, q.difficulty);
    if (pair.tags !== undefined) expectField('tags', pair.tags, q.tags);
    if (pair.notes)
      check('fields', !!q.notes && spans(q.notes, pair.notes), `${at} notes: ${JSON.stringify(q.notes?.slice(0, 80))}`);
    else if (q.notes) check('fields', false, `${at} has notes it should not: ${JSON.stringify(q.notes.slice(0, 80))}`);
  }
  for (const prompt of expected.unanswered) {
    if (unanswered.some((s) => normalizePrompt(s.text) === normalizePrompt(prompt))) score.recalled += 1;
    else score.problems.push(`missed unanswered: "${prompt}"`);
  }
  for (const prompt of expected.skipped) {
    if (skipped.some((s) => normalizePrompt(s.text) === normalizePrompt(prompt))) score.recalled += 1;
    else score.problems.push(`not listed as skipped: "${prompt}"`);
  }
  return score;
}
