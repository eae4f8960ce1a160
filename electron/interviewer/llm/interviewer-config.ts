import type { InterviewerStatus } from '@contract/follow-ups';
import type { Settings } from '@contract/settings';
import { llmServerState } from '../../feedback/llm/llm-server-config';
import type { LlmConnection } from '../../feedback/llm/structured-chat';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import { currentInterviewerTemplate } from './interviewer-prompt';

/**
 * Whether the LLM interviewer may run and how to reach it: its own server,
 * with that server's key. `timeoutSeconds` overrides the follow-up timeout
 * (a drafted deck takes longer than one follow-up).
 */
export async function interviewerConfig(
  settings: Settings,
  keys: ServerKeys,
  timeoutSeconds = settings.interviewerTimeoutSeconds,
): Promise<{ status: InterviewerStatus; connection: LlmConnection | null }> {
  const template = currentInterviewerTemplate();
  const { connection, ...state } = await llmServerState(
    {
      enabled: settings.interviewerLlmEnabled,
      baseUrl: settings.interviewerBaseUrl,
      model: settings.interviewerModel,
      timeoutSeconds,
    },
    keys,
  );
  const status: InterviewerStatus = {
    enabled: settings.interviewerLlmEnabled,
    baseUrl: settings.interviewerBaseUrl,
    model: settings.interviewerModel,
    promptId: template.id,
    promptVersion: template.version,
    ...state,
  };
  return { status, connection };
}
