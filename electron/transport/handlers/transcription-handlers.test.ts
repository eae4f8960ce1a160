import { afterEach, describe, expect, it } from 'vitest';
import { tempServices } from '../../testing/temp-services';
import { apiCaller } from '../../testing/api-caller';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

const call = apiCaller(() => services).result;

describe('transcription.engines', () => {
  it('names each engine with its model and what keeps it from running', async () => {
    const first = await call('transcription.engines', {});
    expect(first).toMatchObject({
      ok: true,
      value: {
        chosen: 'local',
        engines: [
          // A fresh data folder has no model; a machine without a C++ toolchain has no whisper-cli either.
          {
            engine: 'local',
            model: 'base.en',
            server: null,
            blocker: expect.stringMatching(/^(MODEL|ENGINE)_MISSING$/),
          },
          { engine: 'openai', model: 'whisper-1', server: 'https://api.openai.com/v1', blocker: 'API_KEY_MISSING' },
        ],
      },
    });
  });

  it('counts the cloud engine as ready with a key, or with a compatible server that needs none', async () => {
    await call('transcription.settings.update', { openaiBaseUrl: 'http://127.0.0.1:9/v1', engine: 'openai' });
    const keyless = await call('transcription.engines', {});
    expect(keyless).toMatchObject({
      value: { chosen: 'openai', engines: [{ engine: 'local' }, { server: 'http://127.0.0.1:9/v1', blocker: null }] },
    });
    await call('transcription.settings.update', { openaiBaseUrl: 'https://api.openai.com/v1' });
    expect(await call('transcription.apiKey.set', { key: 'sk-test' })).toMatchObject({ ok: true });
    expect(await call('transcription.engines', {})).toMatchObject({
      value: { engines: [{ engine: 'local' }, { engine: 'openai', blocker: null }] },
    });
  });
});
