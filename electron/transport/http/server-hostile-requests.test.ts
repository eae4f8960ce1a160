import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiCallHeader } from '@contract/web-request';
import { createHandlers } from '../handlers/index';
import { tempServices } from '../../testing/temp-services';
import { startWebServer, type WebServer } from './server';

const services = tempServices();
const token = 'test-token-hostile';
/** Signed in as the browser is: the session cookie the launch link traded for, and the app's own call header. */
let auth: Record<string, string>;
const staticDir = path.join(services.paths.dataDir, 'static');
const recordings = services.paths.recordingsDir;
const bigTake = Buffer.alloc(4 << 20, 7); // several socket writes long, so an error can land part-way
let server: WebServer;

beforeAll(async () => {
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Rehearse</title>');
  fs.writeFileSync(path.join(staticDir, 'app.js'), bigTake);
  server = await startWebServer({ services, handlers: createHandlers(services), staticDir, token, port: 0 });
  const launch = await fetch(server.launchUrl, { redirect: 'manual' });
  auth = { Cookie: (launch.headers.get('set-cookie') ?? '').split(';')[0]!, [apiCallHeader.name]: apiCallHeader.value };
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await server.close();
  services.dispose();
});

const get = (pathname: string) => fetch(`${server.origin}${pathname}`, { headers: auth });

/** The server is still up: it serves a page and a take it did not serve before. */
async function expectServerAnswers() {
  fs.writeFileSync(path.join(recordings, 'after.webm'), 'still here');
  const media = await get('/media/after.webm');
  expect(media.status).toBe(200);
  expect(await media.text()).toBe('still here');
  expect((await get('/')).status).toBe(200);
}

/** Reads a whole response body; resolves with what arrived, or with the error that cut it off. */
async function drain(response: Response): Promise<{ bytes: number } | { error: unknown }> {
  try {
    return { bytes: (await response.arrayBuffer()).byteLength };
  } catch (error) {
    return { error };
  }
}

/**
 * Makes the next file stream fail after its first chunk, as a read does when
 * the disk goes away. A spy, because no real file can be made to fail on cue.
 */
function failNextReadPartWay() {
  const original = fs.createReadStream.bind(fs);
  vi.spyOn(fs, 'createReadStream').mockImplementationOnce((...args: Parameters<typeof fs.createReadStream>) => {
    const stream = original(...args);
    stream.once('data', () => stream.destroy(Object.assign(new Error('i/o error'), { code: 'EIO' })));
    return stream;
  });
}

describe('browser-mode server under hostile requests', () => {
  it('answers a call name with bad percent-encoding with 400 and stays up', async () => {
    const response = await fetch(`${server.origin}/api/call/%E0%A4%A`, { method: 'POST', headers: auth, body: '{}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expectServerAnswers();
  });

  it('survives a take deleted just as it starts to stream', async () => {
    const file = path.join(recordings, 'deleted.webm');
    fs.writeFileSync(file, bigTake);
    // The moment between finding the file and reading it, which a delete during playback can hit.
    const original = fs.createReadStream.bind(fs);
    vi.spyOn(fs, 'createReadStream').mockImplementationOnce((...args: Parameters<typeof fs.createReadStream>) => {
      fs.rmSync(file);
      return original(...args);
    });
    const response = await get('/media/deleted.webm');
    const outcome = await drain(response);
    // Either the whole take from the handle already open, or a clear "not found": never a dead server.
    if (response.status === 200) expect(outcome).toEqual({ bytes: bigTake.length });
    else expect(response.status).toBe(404);
    expect(fs.existsSync(file)).toBe(false);
    await expectServerAnswers();
  });

  it('survives a take deleted while it plays, and then reports it gone', async () => {
    const file = path.join(recordings, 'playing.webm');
    fs.writeFileSync(file, bigTake);
    const response = await get('/media/playing.webm');
    const reader = response.body!.getReader();
    await reader.read();
    fs.rmSync(file);
    await reader.cancel();
    expect((await get('/media/playing.webm')).status).toBe(404);
    await expectServerAnswers();
  });

  it('ends only the response whose media read fails part-way', async () => {
    fs.writeFileSync(path.join(recordings, 'failing.webm'), bigTake);
    failNextReadPartWay();
    const outcome = await drain(await get('/media/failing.webm'));
    expect(outcome).toHaveProperty('error');
    await expectServerAnswers();
  });

  it('ends only the response whose page read fails part-way', async () => {
    failNextReadPartWay();
    const outcome = await drain(await get('/app.js'));
    expect(outcome).toHaveProperty('error');
    await expectServerAnswers();
  });
});
