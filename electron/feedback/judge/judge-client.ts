import type { JudgeResult } from '@contract/judge';
import { askCheck } from '../llm/llm-check-client';
import type { LlmConnection } from '../llm/structured-chat';
import { currentJudgeTemplate, numberedKeyPoints, renderJudgePrompt, type JudgeTemplate } from './judge-prompt';
import { judgedPoints, judgeOutputSchema } from './judge-output';

/** One take as the judge reads it: the local score's key points and what was said. */
export interface JudgeRequest {
  question: string;
  modelAnswer: string;
  keyPoints: readonly string[];
  answer: string;
}

export type JudgeVerdicts = Omit<JudgeResult, 'scoreJobId'>;

/** Asks an OpenAI-compatible chat model to judge each key point, its reply held to a JSON schema. */
export function askJudge(
  connection: LlmConnection,
  request: JudgeRequest,
  options: { template?: JudgeTemplate; signal?: AbortSignal } = {},
): Promise<JudgeVerdicts> {
  const template = options.template ?? currentJudgeTemplate();
  const prompt = renderJudgePrompt(template, {
    question: request.question,
    modelAnswer: request.modelAnswer,
    keyPoints: numberedKeyPoints(request.keyPoints),
    answer: request.answer.trim() || '(nothing was said)',
  });
  return askCheck(
    connection,
    {
      who: 'judge',
      template,
      schemaName: 'key_point_verdicts',
      schema: judgeOutputSchema,
      prompt,
      signal: options.signal,
    },
    (output) => ({ points: judgedPoints(request.keyPoints, output) }),
  );
}
