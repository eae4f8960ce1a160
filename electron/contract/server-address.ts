// Where an API key may go. Shared by the services (which refuse) and the
// Settings page (which warns as the address is typed), so both say the same.

/**
 * The server a key belongs to: scheme, host and port, as browsers compare
 * origins. Two addresses on one origin share a key; any other address gets
 * its own. null for anything that is not an http(s) address.
 */
export function serverOrigin(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
}

/** This computer: local servers such as llama.cpp or Ollama listen here. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * A key travels only encrypted (https), or over plain http to this computer,
 * where nobody on the network can read it on the way.
 */
export function keyMayTravelTo(address: string): boolean {
  const origin = serverOrigin(address);
  if (!origin) return false;
  const url = new URL(origin);
  return url.protocol === 'https:' || isLoopbackHost(url.hostname);
}

/** Why a key is refused for this address; the same words on the page and in errors. */
export const insecureKeyMessage = (address: string): string =>
  `API keys are sent only over https, or over plain http to this computer (localhost, 127.0.0.1, ::1). ` +
  `${serverOrigin(address) ?? address} uses plain http, where anyone on the network could read the key. ` +
  `Use its https address, or leave the key empty if the server needs none.`;

/** OpenAI itself always wants a key; other OpenAI-compatible servers may not. */
export function isOpenAiServer(address: string): boolean {
  const origin = serverOrigin(address);
  return origin !== null && /(^|\.)openai\.com$/.test(new URL(origin).hostname);
}
