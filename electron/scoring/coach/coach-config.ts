import type { CoachStatus } from '../../api/contract/coach';
import { isOpenAiServer, keyMayTravelTo, serverOrigin } from '../../api/contract/server-address';
import type { Settings } from '../../api/contract/settings';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import type { CoachConnection } from './coach-client';
import { currentPromptTemplate } from './prompt-template';

/**
 * Whether the coach may run and how to reach it. It runs only when the user
 * turned it on, and then needs either the key saved for the coach's server
 * (OpenAI itself always wants one) or their own OpenAI-compatible server,
 * which may not need one.
 */
export async function coachConfig(
  settings: Settings,
  keys: ServerKeys,
): Promise<{ status: CoachStatus; connection: CoachConnection | null }> {
  const template = currentPromptTemplate();
  const apiKey = await keys.keyFor(settings.coachBaseUrl);
  const blocker = !settings.coachEnabled
    ? ('DISABLED' as const)
    : !apiKey && isOpenAiServer(settings.coachBaseUrl)
      ? ('API_KEY_MISSING' as const)
      : null;
  const status: CoachStatus = {
    enabled: settings.coachEnabled,
    blocker,
    baseUrl: settings.coachBaseUrl,
    model: settings.coachModel,
    promptId: template.id,
    promptVersion: template.version,
    keySet: apiKey !== null,
    keyServer: serverOrigin(settings.coachBaseUrl),
    keyAllowed: keyMayTravelTo(settings.coachBaseUrl),
  };
  const connection =
    blocker === null
      ? {
          baseUrl: settings.coachBaseUrl,
          apiKey,
          model: settings.coachModel,
          timeoutMs: settings.coachTimeoutSeconds * 1000,
        }
      : null;
  return { status, connection };
}
