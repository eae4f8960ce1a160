import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { CoachResult } from '../../api/contract/coach';
import { AppError } from '../../api/app-error';
import { refuseInsecureKey } from '../../transcription/keys/server-keys';
import { coachError } from './coach-errors';
import { coachOutputSchema, rubricItems, type CoachOutput } from './coach-output';
import { currentPromptTemplate, renderPrompt, rubricText, type PromptTemplate } from './prompt-template';

export interface CoachConnection {
  baseUrl: string;
  /** null for a local server that wants none. */
  apiKey: string | null;
  model: string;
  timeoutMs: number;
  /** Retries of 429, 5xx, dropped connections and timeouts, with the SDK's backoff (honours Retry-After). */
  maxRetries?: number;
}

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

// The SDK insists on a key; servers without auth ignore whatever is sent.
const NO_KEY = 'no-key';

/** Asks an OpenAI-compatible chat model for coaching, with the reply held to a JSON schema. */
export async function askCoach(
  connection: CoachConnection,
  request: CoachRequest,
  options: { template?: PromptTemplate; signal?: AbortSignal } = {},
): Promise<CoachAdvice> {
  const template = options.template ?? currentPromptTemplate();
  const started = performance.now();
  refuseInsecureKey(connection.baseUrl, connection.apiKey);
  const client = new OpenAI({
    apiKey: connection.apiKey ?? NO_KEY,
    baseURL: connection.baseUrl,
    timeout: connection.timeoutMs,
    maxRetries: connection.maxRetries ?? 2,
  });
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
  const completion = await client.chat.completions
    .parse(
      {
        model: connection.model,
        messages: [
          { role: 'system', content: prompt.system },
          { role: 'user', content: prompt.user },
        ],
        response_format: zodResponseFormat(coachOutputSchema(template), 'coach_feedback'),
      },
      { signal: options.signal },
    )
    .catch((error: unknown) => {
      throw coachError(error, connection.model);
    });
  const message = completion.choices[0]?.message;
  if (message?.refusal) throw new AppError('ENGINE_FAILED', `The coach declined to answer: ${message.refusal}`);
  if (!message?.parsed) throw new AppError('ENGINE_FAILED', 'The coach sent an empty answer.');
  const output = message.parsed as CoachOutput;
  return {
    promptId: template.id,
    promptVersion: template.version,
    model: completion.model || connection.model,
    summary: output.summary,
    rubric: rubricItems(template, output),
    strengths: output.strengths,
    missed: output.missed,
    tightened: output.tightened,
    seconds: Math.round(performance.now() - started) / 1000,
  };
}
