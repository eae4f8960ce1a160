import { coachResultSchema, type CoachResult } from '@contract/coach';
import type { LlmCheck } from '../llm/llm-check';
import { askCoach, type CoachRequest } from './coach-client';
import { currentPromptTemplate, type PromptTemplate } from './prompt-template';

/** The coach: comments, a rubric and a tightened answer; the page follows its jobs as coach.job events. */
export const coachCheck: LlmCheck<CoachRequest, CoachResult, PromptTemplate> = {
  name: 'coach',
  resultSchema: coachResultSchema,
  interruptedMessage: 'The app closed before the coach answered.',
  currentTemplate: currentPromptTemplate,
  ask: askCoach,
  announce: (events, job) => events.emit('coach.job', job),
};
