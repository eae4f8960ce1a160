import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeWire, encodeWire } from '@contract/wire';
import type { ErrorReason } from '@contract/error-detail';
import { dispatch } from '../dispatch';
import type { Handlers } from '../handlers';
import { contentSecurityPolicy } from '../../content-security-policy';
import { resolveMediaPath } from '../../recording/media-path';
import type { Services } from '../../services';
import { hasApiCallHeader, LaunchAuth, requestIsSameOrigin } from './auth';
import { openForStreaming, pipeFileStream } from './file-stream';
import { mediaResponse } from './media-response';
import { readBody } from './read-body';
import { resolveStatic } from './static-files';

export interface WebServerOptions {
  /** What the server itself needs; the database behind the handlers may still be waiting for recovery. */
  services: Pick<Services, 'logger' | 'events' | 'paths'>;
  handlers: Handlers;
  /** The built renderer (vite build output). */
  staticDir: string;
  /** The launch token: the printed link carries it, and it signs in one browser, once. */
  token: string;
  port: number;
  /** Bodies past this many bytes are answered 413; defaults to MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

export interface WebServer {
  readonly origin: string;
  /** The address to open: it carries the per-launch token once. */
  readonly launchUrl: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // No other site may embed our responses (a recording in an <img> or <video>, JSON as a script).
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const refusal = (code: 'FORBIDDEN' | 'VALIDATION', reason: ErrorReason) =>
  encodeWire({ ok: false, error: { code, detail: { reason } } });

function send(response: http.ServerResponse, status: number, body: string, type = 'application/json'): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

/** `%E0%A4%A` and other broken escapes would throw URIError; a request must never take the server down. */
function decodedCallName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** Browser mode: the same handlers as the Electron app, over HTTP on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { services, handlers, staticDir, token } = options;
  let origin = '';

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!requestIsSameOrigin(request, origin)) {
      send(response, 403, refusal('FORBIDDEN', 'cross-origin'));
      return;
    }
    if (request.method === 'GET' && url.searchParams.has('token')) {
      // Trade the launch token for an HttpOnly cookie, so <video> and EventSource carry it too.
      const session = auth.isSignedIn(request) ? null : auth.redeem(url.searchParams.get('token') ?? '');
      if (!session && !auth.isSignedIn(request)) {
        return send(
          response,
          401,
          'This link was already used, or is not from this launch. Each link signs in one browser once: go back to the tab it opened, or restart `npm run web` for a new link.',
          'text/plain',
        );
      }
      response.writeHead(303, {
        ...securityHeaders,
        ...(session ? { 'Set-Cookie': auth.sessionCookie(session) } : {}),
        Location: '/',
      });
      response.end();
      return;
    }
    if (!auth.isSignedIn(request)) {
      send(response, 401, "Open the link that `npm run web` printed; it carries this launch's token.", 'text/plain');
      return;
    }
    if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/events') && !hasApiCallHeader(request)) {
      // EventSource cannot set headers; the event stream only reads, and only for a signed-in tab.
      send(response, 403, refusal('FORBIDDEN', 'not-from-page'));
      return;
    }
    if (url.pathname.startsWith('/api/call/') && request.method === 'POST') {
      void handleCall(url.pathname.slice('/api/call/'.length), request, response);
    } else if (url.pathname === '/api/events' && request.method === 'GET') {
      handleEvents(request, response);
    } else if (url.pathname.startsWith('/media/') && request.method === 'GET') {
      handleMedia(url.pathname.slice('/media/'.length), request, response);
    } else if (request.method === 'GET') {
      handleStatic(url.pathname, response);
    } else {
      send(response, 405, 'Method not allowed', 'text/plain');
    }
  });

  async function handleCall(name: string, request: http.IncomingMessage, response: http.ServerResponse) {
    const controller = new AbortController();
    response.on('close', () => controller.abort());
    let input: unknown;
    try {
      const body = await readBody(request, options.maxBodyBytes);
      if (body === 'too-large') {
        send(response, 413, refusal('VALIDATION', 'request-too-large'));
        return;
      }
      input = body === '' ? undefined : decodeWire(body);
    } catch {
      send(response, 400, refusal('VALIDATION', 'body-not-json'));
      return;
    }
    const callName = decodedCallName(name);
    if (callName === null) {
      send(response, 400, refusal('VALIDATION', 'bad-call-name'));
      return;
    }
    const result = await dispatch(handlers, callName, input, { signal: controller.signal }, services.logger);
    send(response, 200, encodeWire(result));
  }

  function handleEvents(request: http.IncomingMessage, response: http.ServerResponse) {
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const unsubscribe = services.events.subscribe((name, payload) => {
      response.write(`event: ${name}\ndata: ${encodeWire(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => response.write(': ping\n\n'), 15_000);
    request.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  function handleMedia(name: string, request: http.IncomingMessage, response: http.ServerResponse) {
    const file = resolveMediaPath(services.paths.recordingsDir, name);
    if (!file) return send(response, 404, 'Not found', 'text/plain');
    const media = mediaResponse(file, request.headers.range);
    response.writeHead(media.status, { ...securityHeaders, ...media.headers });
    if (media.body) pipeFileStream(media.body, response);
    else response.end();
  }

  function handleStatic(pathname: string, response: http.ServerResponse) {
    const found = resolveStatic(staticDir, pathname);
    const opened = found && openForStreaming(found.file);
    if (!found || !opened) return send(response, 500, 'The app has not been built. Run `npm run web`.', 'text/plain');
    response.writeHead(200, { ...securityHeaders, 'Content-Type': found.type, 'Cache-Control': 'no-cache' });
    pipeFileStream(fs.createReadStream(found.file, { fd: opened.fd }), response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  // Requests arrive only after listen(), so the handlers above never see it unset.
  const auth = new LaunchAuth(token, port);
  return {
    origin,
    launchUrl: `${origin}/?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
