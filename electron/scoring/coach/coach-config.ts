import type { CoachStatus } from '../../api/contract/coach';
import type { Settings } from '../../api/contract/settings';
import type { ApiKeyStore } from '../../transcription/keys/api-key-store';
import type { CoachConnection } from './coach-client';
import { currentPromptTemplate } from './prompt-template';

// The same test the OpenAI engine uses: OpenAI itself always wants a key, other servers may not.
const isOpenAi = (baseUrl: string) => {
  try {
    return /(^|\.)openai\.com$/.test(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
};

/**
 * Whether the coach may run and how to reach it. It runs only when the user
 * turned it on, and then needs either the API key (shared with the OpenAI
 * engine, kept in the key store) or their own OpenAI-compatible server, which
 * may not need one.
 */
export async function coachConfig(
  settings: Settings,
  keyStore: ApiKeyStore,
): Promise<{ status: CoachStatus; connection: CoachConnection | null }> {
  const template = currentPromptTemplate();
  const apiKey = settings.coachEnabled ? await keyStore.get() : null;
  const blocker = !settings.coachEnabled
    ? ('DISABLED' as const)
    : !apiKey && isOpenAi(settings.coachBaseUrl)
      ? ('API_KEY_MISSING' as const)
      : null;
  const status: CoachStatus = {
    enabled: settings.coachEnabled,
    blocker,
    baseUrl: settings.coachBaseUrl,
    model: settings.coachModel,
    promptId: template.id,
    promptVersion: template.version,
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
