import { isOpenAiServer, keyMayTravelTo, serverOrigin } from '@contract/server-address';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import type { LlmConnection } from './structured-chat';

/** What a feature's settings say about its server. */
export interface LlmServerSettings {
  enabled: boolean;
  baseUrl: string;
  model: string;
  timeoutSeconds: number;
}

export interface LlmServerState {
  /** What stops the feature from running, or null when it runs. */
  blocker: 'DISABLED' | 'API_KEY_MISSING' | null;
  /** A key is saved for the server (keyServer); each server has its own. */
  keySet: boolean;
  keyServer: string | null;
  /** False for plain http to another computer: no key is sent there. */
  keyAllowed: boolean;
  connection: LlmConnection | null;
}

/**
 * Whether an optional LLM feature may run and how to reach it. It runs only
 * when the user turned it on, and then needs either the key saved for its own
 * server (OpenAI itself always wants one) or an OpenAI-compatible server of
 * the user's, which may not need one.
 */
export async function llmServerState(server: LlmServerSettings, keys: ServerKeys): Promise<LlmServerState> {
  const apiKey = await keys.keyFor(server.baseUrl);
  const blocker = !server.enabled
    ? ('DISABLED' as const)
    : !apiKey && isOpenAiServer(server.baseUrl)
      ? ('API_KEY_MISSING' as const)
      : null;
  return {
    blocker,
    keySet: apiKey !== null,
    keyServer: serverOrigin(server.baseUrl),
    keyAllowed: keyMayTravelTo(server.baseUrl),
    connection:
      blocker === null
        ? { baseUrl: server.baseUrl, apiKey, model: server.model, timeoutMs: server.timeoutSeconds * 1000 }
        : null,
  };
}
