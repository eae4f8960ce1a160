import type { CoachResult } from '@contract/coach';
import { askCheck } from '../llm/llm-check-client';
import type { LlmConnection } from '../llm/structured-chat';
import { coachOutputSchema, rubricItems, type CoachOutput } from './coach-output';
import { currentPromptTemplate, renderPrompt, rubricText, type PromptTemplate } from './prompt-template';

export type CoachConnection = LlmConnection;

/** One answer as the coach reads it. */
export interface CoachRequest {
  question: string;
  kind: string;
  modelAnswer: string;
  answer: string;
  durationSeconds: number;
  targetSeconds: number | null;
  /** Key points the local scorer marked missed: a hint, which the prompt says may be wrong. */
  localMissed: readonly string[];
}

export type CoachAdvice = Omit<CoachResult, 'scoreJobId'>;

/** Asks an OpenAI-compatible chat model for coaching, with the reply held to a JSON schema. */
export function askCoach(
  connection: CoachConnection,
  request: CoachRequest,
  options: { template?: PromptTemplate; signal?: AbortSignal } = {},
): Promise<CoachAdvice> {
  const template = options.template ?? currentPromptTemplate();
  const prompt = renderPrompt(template, {
    question: request.question,
    kind: request.kind,
    modelAnswer: request.modelAnswer,
    answer: request.answer.trim() || '(nothing was said)',
    durationSeconds: String(Math.round(request.durationSeconds)),
    targetSeconds: request.targetSeconds === null ? 'none' : String(Math.round(request.targetSeconds)),
    localMissed: request.localMissed.length ? request.localMissed.join('; ') : 'none',
    rubric: rubricText(template),
  });
  const schema = coachOutputSchema(template);
  return askCheck(
    connection,
    { who: 'coach', template, schemaName: 'coach_feedback', schema, prompt, signal: options.signal },
    (output) => ({
      summary: output.summary,
      rubric: rubricItems(template, output as CoachOutput),
      strengths: output.strengths,
      missed: output.missed,
      tightened: output.tightened,
    }),
  );
}
