import type { CoachStatus } from '@contract/coach';
import type { Settings } from '@contract/settings';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import { llmServerState } from '../llm/llm-server-config';
import type { CoachConnection } from './coach-client';
import { currentPromptTemplate } from './prompt-template';

/** Whether the coach may run and how to reach it: the coach's own server, with that server's key. */
export async function coachConfig(
  settings: Settings,
  keys: ServerKeys,
): Promise<{ status: CoachStatus; connection: CoachConnection | null }> {
  const template = currentPromptTemplate();
  const { connection, ...state } = await llmServerState(
    {
      enabled: settings.coachEnabled,
      baseUrl: settings.coachBaseUrl,
      model: settings.coachModel,
      timeoutSeconds: settings.coachTimeoutSeconds,
    },
    keys,
  );
  const status: CoachStatus = {
    enabled: settings.coachEnabled,
    baseUrl: settings.coachBaseUrl,
    model: settings.coachModel,
    promptId: template.id,
    promptVersion: template.version,
    ...state,
  };
  return { status, connection };
}
