import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers/index';
import { tempServices } from '../../testing/temp-services';
import { apiCallHeader } from '@contract/web-request';
import { startWebServer, type WebServer } from './server';

const services = tempServices();
const token = 'test-token-123';
let server: WebServer;
/** The session cookie of the one browser that opened the launch link. */
let session: string;
const staticDir = path.join(services.paths.dataDir, 'static');

beforeAll(async () => {
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Rehearse</title>');
  fs.writeFileSync(path.join(services.paths.recordingsDir, 'take.webm'), Buffer.from('0123456789'));
  fs.writeFileSync(path.join(services.paths.dataDir, 'outside.txt'), 'secret');
  server = await startWebServer({
    services,
    handlers: createHandlers(services),
    staticDir,
    token,
    port: 0,
    maxBodyBytes: 1024 * 1024,
  });
  const launch = await fetch(server.launchUrl, { redirect: 'manual' });
  session = (launch.headers.get('set-cookie') ?? '').split(';')[0]!;
});
afterAll(async () => {
  await server.close();
  services.dispose();
});

const signedIn = () => ({ Cookie: session, [apiCallHeader.name]: apiCallHeader.value });
const callApi = (name: string, body: unknown, headers: Record<string, string> = signedIn()) =>
  fetch(`${server.origin}/api/call/${name}`, { method: 'POST', headers, body: JSON.stringify(body) });

describe('browser-mode server', () => {
  it('listens on loopback only', () => {
    expect(new URL(server.origin).hostname).toBe('127.0.0.1');
  });

  it('answers calls that carry the token', async () => {
    const response = await callApi('app.info', {});
    expect(await response.json()).toMatchObject({ ok: true, value: { transport: 'web' } });
  });

  it('refuses calls without the session, or with a wrong one', async () => {
    const header = { [apiCallHeader.name]: apiCallHeader.value };
    expect((await callApi('app.info', {}, header)).status).toBe(401);
    expect((await callApi('app.info', {}, { ...header, Cookie: `${session.split('=')[0]}=nope` })).status).toBe(401);
    // The launch token itself is not a session.
    expect((await callApi('app.info', {}, { ...header, Authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('refuses a call from a foreign origin even with the token', async () => {
    const response = await callApi('app.info', {}, { ...signedIn(), Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('traded the launch link for an HttpOnly cookie named for its port, and the link works only once', async () => {
    const port = new URL(server.origin).port;
    expect(session).toMatch(new RegExp(`^rehearse_session_${port}=`));
    // The cookie is a new secret, not the token the printed link carries.
    expect(session).not.toContain(token);
    const page = await fetch(`${server.origin}/`, { headers: { Cookie: session } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");

    const again = await fetch(server.launchUrl, { redirect: 'manual' });
    expect(again.status).toBe(401);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('already used');
    // The browser that opened it can follow the link again and stays signed in.
    const same = await fetch(server.launchUrl, { redirect: 'manual', headers: { Cookie: session } });
    expect(same.status).toBe(303);
  });

  it('refuses a form-style post without the API header, even from a signed-in browser', async () => {
    const response = await fetch(`${server.origin}/api/call/settings.update`, {
      method: 'POST',
      headers: { Cookie: session, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'theme=dark',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(services.settings.get().theme).not.toBe('dark');
  });

  it('tells other sites they may not embed any response', async () => {
    for (const url of [`${server.origin}/`, `${server.origin}/media/take.webm`, `${server.origin}/api/call/app.info`]) {
      const response = await fetch(url, { method: url.includes('/api/') ? 'POST' : 'GET', headers: signedIn() });
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    }
    const refused = await fetch(`${server.origin}/`);
    expect(refused.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('answers an oversized body with 413, declared or streamed, and keeps serving', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    const declared = await callApi('app.info', big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const chunk = new Uint8Array(256 * 1024).fill(120);
    const streamed = await fetch(`${server.origin}/api/call/app.info`, {
      method: 'POST',
      headers: signedIn(),
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 6; i++) controller.enqueue(chunk);
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await callApi('app.info', {})).status).toBe(200);
  });

  it('rejects malformed input with a validation code', async () => {
    const response = await callApi('decks.get', { deckId: 12 });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const broken = await fetch(`${server.origin}/api/call/app.info`, {
      method: 'POST',
      headers: signedIn(),
      body: '{',
    });
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('serves media with byte ranges so video can seek', async () => {
    const full = await fetch(`${server.origin}/media/take.webm`, { headers: signedIn() });
    expect(full.status).toBe(200);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    const part = await fetch(`${server.origin}/media/take.webm`, { headers: { ...signedIn(), Range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    const past = await fetch(`${server.origin}/media/take.webm`, { headers: { ...signedIn(), Range: 'bytes=50-' } });
    expect(past.status).toBe(416);
  });

  it('refuses media traversal attempts', async () => {
    for (const name of ['..%2Foutside.txt', '%2e%2e%2foutside.txt', '%2Fetc%2Fpasswd']) {
      const response = await fetch(`${server.origin}/media/${name}`, { headers: signedIn() });
      expect(response.status).toBe(404);
    }
  });
});
