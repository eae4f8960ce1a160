import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../content-security-policy';
import { resolveMediaPath } from '../recording/media-path';
import { resolveStatic } from '../transport/http/static-files';
import { mediaResponse } from '../transport/http/media-response';
import { APP_HOST, APP_SCHEME, MEDIA_HOST, MEDIA_SCHEME } from './trusted-origin';

/** Must run before `app.ready`: both schemes behave like secure, fetchable origins. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

const notFound = () => new Response('Not found', { status: 404 });

/** Serves the built renderer from disk with the CSP as a header; never file://. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    const found = resolveStatic(rendererDir, url.pathname);
    if (!found) return notFound();
    return new Response(Readable.toWeb(fs.createReadStream(found.file)) as ReadableStream, {
      headers: { 'Content-Type': found.type, 'Content-Security-Policy': contentSecurityPolicy },
    });
  });
}

/** Recorded media, confined to the recordings folder, with Range support for seeking. */
export function handleMediaProtocol(recordingsDir: string): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== MEDIA_HOST) return notFound();
    const file = resolveMediaPath(recordingsDir, url.pathname.replace(/^\//, ''));
    if (!file) return notFound();
    const media = mediaResponse(file, request.headers.get('range') ?? undefined);
    const body = media.body ? (Readable.toWeb(media.body) as ReadableStream) : null;
    return new Response(body, { status: media.status, headers: media.headers });
  });
}

export const rendererDirFor = (mainDir: string, name: string) => path.join(mainDir, `../renderer/${name}`);
