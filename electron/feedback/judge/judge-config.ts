import type { JudgeStatus } from '@contract/judge';
import type { Settings } from '@contract/settings';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import { llmServerState } from '../llm/llm-server-config';
import type { LlmConnection } from '../llm/structured-chat';
import { currentJudgeTemplate } from './judge-prompt';

/** Whether the judge may run and how to reach it: the judge's own server, with that server's key. */
export async function judgeConfig(
  settings: Settings,
  keys: ServerKeys,
): Promise<{ status: JudgeStatus; connection: LlmConnection | null }> {
  const template = currentJudgeTemplate();
  const { connection, ...state } = await llmServerState(
    {
      enabled: settings.judgeEnabled,
      baseUrl: settings.judgeBaseUrl,
      model: settings.judgeModel,
      timeoutSeconds: settings.judgeTimeoutSeconds,
    },
    keys,
  );
  const status: JudgeStatus = {
    enabled: settings.judgeEnabled,
    baseUrl: settings.judgeBaseUrl,
    model: settings.judgeModel,
    promptId: template.id,
    promptVersion: template.version,
    ...state,
  };
  return { status, connection };
}
