import type { z } from 'zod';
import type { AppError } from '@contract/app-error';
import type { EventBus } from '@contract/event-bus';
import type { LlmCheckName } from '@contract/llm-check';
import type { LlmJob } from './llm-job-repo';
import type { LlmConnection } from './structured-chat';

/** What every result of an LLM check records besides its own fields. */
export interface LlmCheckResult {
  promptId: string;
  promptVersion: number;
  model: string;
  scoreJobId: string | null;
  seconds: number;
}

/** A versioned prompt template; its id is stored with every result it produces. */
export interface VersionedTemplate {
  id: string;
  version: number;
}

/**
 * One optional LLM check of a take (the coach, the judge): what it asks, where
 * its settings are, and how its answer is stored. Everything else (jobs, keys,
 * retries, cancelling) is the same for every check and lives in LlmCheckService.
 */
export interface LlmCheck<Request, Result extends LlmCheckResult, Template extends VersionedTemplate> {
  /** Its job kind in the jobs table, its calls' prefix, the actor its errors name and its settings' prefix. */
  readonly name: LlmCheckName;
  readonly resultSchema: z.ZodType<Result>;
  /** Said of a request a quit cut off. */
  readonly interruptedMessage: string;
  currentTemplate(): Template;
  ask(
    connection: LlmConnection,
    request: Request,
    options: { template: Template; signal: AbortSignal },
  ): Promise<Omit<Result, 'scoreJobId'>>;
  /** Why this request cannot be checked at all (asked for on demand), or null; such a request is never sent after a score. */
  refusal?(request: Request): AppError | null;
  /** Tells the page of a job besides the data change every check announces. */
  announce?(events: EventBus, job: LlmJob<Result>): void;
}
