import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'rehearse_token';

export const newToken = (): string => randomBytes(24).toString('base64url');

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookieToken(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

/** The per-launch token, from the session cookie or an Authorization header. */
export function requestHasToken(request: IncomingMessage, token: string): boolean {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const presented = bearer ?? cookieToken(request);
  return presented !== undefined && sameToken(presented, token);
}

/**
 * Browser mode binds to loopback, but a page on another site can still reach
 * it from the user's browser. Refuse any request whose Host is not our own
 * (DNS rebinding) or whose Origin is another site (cross-site requests).
 */
export function requestIsSameOrigin(request: IncomingMessage, origin: string): boolean {
  const host = request.headers.host;
  const allowedHosts = new Set([new URL(origin).host, new URL(origin).host.replace('127.0.0.1', 'localhost')]);
  if (!host || !allowedHosts.has(host)) return false;
  const requestOrigin = request.headers.origin;
  if (requestOrigin === undefined) return true;
  return requestOrigin === origin || requestOrigin === origin.replace('127.0.0.1', 'localhost');
}
