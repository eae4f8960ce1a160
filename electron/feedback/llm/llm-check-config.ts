import type { LlmCheckName, LlmServerStatus } from '@contract/llm-check';
import type { Settings } from '@contract/settings';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import type { LlmCheck, LlmCheckResult, VersionedTemplate } from './llm-check';
import { llmServerState, type LlmServerSettings } from './llm-server-config';
import type { LlmConnection } from './structured-chat';

/** A check's own server, from the settings named after it (coachBaseUrl, judgeModel, …). */
export const checkServer = (name: LlmCheckName, settings: Settings): LlmServerSettings => ({
  enabled: settings[`${name}Enabled`],
  baseUrl: settings[`${name}BaseUrl`],
  model: settings[`${name}Model`],
  timeoutSeconds: settings[`${name}TimeoutSeconds`],
});

/** Whether a check may run and how to reach it: the check's own server, with that server's key. */
export async function llmCheckConfig<Template extends VersionedTemplate>(
  check: Pick<LlmCheck<never, LlmCheckResult, Template>, 'name' | 'currentTemplate'>,
  settings: Settings,
  keys: ServerKeys,
): Promise<{ status: LlmServerStatus; connection: LlmConnection | null; template: Template }> {
  const template = check.currentTemplate();
  const server = checkServer(check.name, settings);
  const { connection, ...state } = await llmServerState(server, keys);
  const status: LlmServerStatus = {
    enabled: server.enabled,
    baseUrl: server.baseUrl,
    model: server.model,
    promptId: template.id,
    promptVersion: template.version,
    ...state,
  };
  return { status, connection, template };
}
