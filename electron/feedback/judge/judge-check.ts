import { AppError } from '@contract/app-error';
import { judgeResultSchema, type JudgeResult } from '@contract/judge';
import type { LlmCheck } from '../llm/llm-check';
import { askJudge, type JudgeRequest } from './judge-client';
import { currentJudgeTemplate, type JudgeTemplate } from './judge-prompt';

/** The judge of key points: a verdict on each point of the local score, read with the take's feedback. */
export const judgeCheck: LlmCheck<JudgeRequest, JudgeResult, JudgeTemplate> = {
  name: 'judge',
  resultSchema: judgeResultSchema,
  interruptedMessage: 'The app closed before the judge answered.',
  currentTemplate: currentJudgeTemplate,
  ask: askJudge,
  // A take whose answer has no key points gives the judge nothing to judge.
  refusal: (request) => (request.keyPoints.length === 0 ? new AppError('CONFLICT', { reason: 'no-key-points' }) : null),
};
