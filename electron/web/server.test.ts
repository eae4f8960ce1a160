import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../api/handlers/index';
import { tempServices } from '../testing/temp-services';
import { startWebServer, type WebServer } from './server';

const services = tempServices();
const token = 'test-token-123';
let server: WebServer;
const staticDir = path.join(services.paths.dataDir, 'static');

beforeAll(async () => {
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Rehearse</title>');
  fs.writeFileSync(path.join(services.paths.recordingsDir, 'take.webm'), Buffer.from('0123456789'));
  fs.writeFileSync(path.join(services.paths.dataDir, 'outside.txt'), 'secret');
  server = await startWebServer({ services, handlers: createHandlers(services), staticDir, token, port: 0 });
});
afterAll(async () => {
  await server.close();
  services.dispose();
});

const auth = { Authorization: `Bearer ${token}` };
const callApi = (name: string, body: unknown, headers: Record<string, string> = auth) =>
  fetch(`${server.origin}/api/call/${name}`, { method: 'POST', headers, body: JSON.stringify(body) });

describe('browser-mode server', () => {
  it('listens on loopback only', () => {
    expect(new URL(server.origin).hostname).toBe('127.0.0.1');
  });

  it('answers calls that carry the token', async () => {
    const response = await callApi('app.info', {});
    expect(await response.json()).toMatchObject({ ok: true, value: { transport: 'web' } });
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    expect((await callApi('app.info', {}, {})).status).toBe(401);
    expect((await callApi('app.info', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('refuses a call from a foreign origin even with the token', async () => {
    const response = await callApi('app.info', {}, { ...auth, Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('trades the launch link for an HttpOnly cookie', async () => {
    const response = await fetch(server.launchUrl, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await fetch(`${server.origin}/`, { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('rejects malformed input with a validation code', async () => {
    const response = await callApi('decks.get', { deckId: 12 });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const broken = await fetch(`${server.origin}/api/call/app.info`, { method: 'POST', headers: auth, body: '{' });
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('serves media with byte ranges so video can seek', async () => {
    const full = await fetch(`${server.origin}/media/take.webm`, { headers: auth });
    expect(full.status).toBe(200);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    const part = await fetch(`${server.origin}/media/take.webm`, { headers: { ...auth, Range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    const past = await fetch(`${server.origin}/media/take.webm`, { headers: { ...auth, Range: 'bytes=50-' } });
    expect(past.status).toBe(416);
  });

  it('refuses media traversal attempts', async () => {
    for (const name of ['..%2Foutside.txt', '%2e%2e%2foutside.txt', '%2Fetc%2Fpasswd']) {
      const response = await fetch(`${server.origin}/media/${name}`, { headers: auth });
      expect(response.status).toBe(404);
    }
  });
});
