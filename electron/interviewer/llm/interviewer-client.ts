import type { FollowUp } from '@contract/follow-ups';
import { askForJson, type LlmConnection } from '../../feedback/llm/structured-chat';
import type { ScoredAnswer } from '../offline-follow-ups';
import {
  currentInterviewerTemplate,
  numberedPointsWithStatus,
  renderInterviewerPrompt,
  type InterviewerTemplate,
} from './interviewer-prompt';
import { followUpsFromOutput, interviewerOutputSchema } from './interviewer-output';

/** A scored answer as the LLM interviewer reads it: the question beside the score's key points and transcript. */
export interface InterviewerRequest extends ScoredAnswer {
  question: string;
  kind: string;
}

/** Asks an OpenAI-compatible chat model for follow-ups, its reply held to a JSON schema. */
export async function askInterviewer(
  connection: LlmConnection,
  request: InterviewerRequest,
  count: number,
  options: { template?: InterviewerTemplate; signal?: AbortSignal } = {},
): Promise<{ followUps: FollowUp[]; model: string; promptId: string }> {
  const template = options.template ?? currentInterviewerTemplate();
  const prompt = renderInterviewerPrompt(template, {
    question: request.question,
    kind: request.kind,
    keyPoints: numberedPointsWithStatus(request.keyPoints),
    structureMissing: request.structureMissing.join(', ') || 'nothing',
    answer: request.transcript.trim() || '(nothing was said)',
    count: String(count),
  });
  const { output, model } = await askForJson(connection, {
    who: 'interviewer',
    schemaName: 'interviewer_follow_ups',
    schema: interviewerOutputSchema,
    prompt,
    signal: options.signal,
  });
  return { followUps: followUpsFromOutput(request.keyPoints, output, count), model, promptId: template.id };
}
