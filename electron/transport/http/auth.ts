import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { apiCallHeader } from '@contract/web-request';

export const newToken = (): string => randomBytes(24).toString('base64url');

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookie(request: IncomingMessage, wanted: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === wanted) return rest.join('=');
  }
  return undefined;
}

/**
 * Who may use browser mode: whoever opened the printed launch link first. The
 * link works once and is traded for a session cookie, so a link left in a
 * shell history or a log cannot sign anyone else in.
 */
export class LaunchAuth {
  private launchToken: string | null;
  private readonly sessions: string[] = [];
  /**
   * Browsers send a cookie to every port of a host, so the name carries the
   * port: another app on 127.0.0.1, or another Rehearse, never sees this one.
   */
  readonly cookieName: string;

  constructor(launchToken: string, port: number) {
    this.launchToken = launchToken;
    this.cookieName = `rehearse_session_${port}`;
  }

  /** A new session for the launch token, once; null when it is wrong or was already used. */
  redeem(presented: string): string | null {
    if (this.launchToken === null || !sameToken(presented, this.launchToken)) return null;
    this.launchToken = null;
    const session = newToken();
    this.sessions.push(session);
    return session;
  }

  sessionCookie(session: string): string {
    return `${this.cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`;
  }

  isSignedIn(request: IncomingMessage): boolean {
    const presented = cookie(request, this.cookieName);
    return presented !== undefined && this.sessions.some((session) => sameToken(presented, session));
  }
}

/** The renderer's client sets this header on every call; a form post cannot. */
export const hasApiCallHeader = (request: IncomingMessage): boolean =>
  request.headers[apiCallHeader.name.toLowerCase()] === apiCallHeader.value;

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
